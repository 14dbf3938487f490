#include "ReadingLogTables.h"

#include "stats/GlucoseSummary.h"
#include "stats/ReadingRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <map>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DoctorReport", text);
}

QDateTime wallClock(const GlucoseReading &reading)
{
    return QDateTime::fromMSecsSinceEpoch(reading.utcMs, QTimeZone::utc()).toOffsetFromUtc(reading.utcOffsetSec);
}

QString mealContextText(GlucoseReading::MealContext context)
{
    using Context = GlucoseReading::MealContext;
    switch (context) {
    case Context::Fasting: return tr("Fasting");
    case Context::BeforeBreakfast: return tr("Before breakfast");
    case Context::AfterBreakfast: return tr("After breakfast");
    case Context::BeforeLunch: return tr("Before lunch");
    case Context::AfterLunch: return tr("After lunch");
    case Context::BeforeDinner: return tr("Before dinner");
    case Context::AfterDinner: return tr("After dinner");
    case Context::Bedtime: return tr("Bedtime");
    case Context::Night: return tr("Night");
    case Context::Other: break;
    }
    return QString();
}

QString rangeMark(Glucose::Range range)
{
    switch (range) {
    case Glucose::Range::VeryLow: return QStringLiteral("▼▼ ") + tr("Very low");
    case Glucose::Range::Low: return QStringLiteral("▼ ") + tr("Low");
    case Glucose::Range::High: return QStringLiteral("▲ ") + tr("High");
    case Glucose::Range::VeryHigh: return QStringLiteral("▲▲ ") + tr("Very high");
    case Glucose::Range::InRange: break;
    }
    return QString();
}

QString recordedValue(const GlucoseReading &reading, const ReportStyle &style)
{
    const auto key = Glucose::unitKey(reading.unit);
    const QString unit = QString::fromLatin1(key.data(), qsizetype(key.size()));
    const QString value = style.number(reading.value, Glucose::decimals(reading.unit)) + QLatin1Char(' ') + unit;
    switch (reading.flag) {
    case GlucoseReading::Flag::Lo: return tr("LO (below %1)").arg(value);
    case GlucoseReading::Flag::Hi: return tr("HI (above %1)").arg(value);
    case GlucoseReading::Flag::None: break;
    }
    return value;
}

} // namespace

bool isSensorReading(const GlucoseReading &reading)
{
    return reading.source.startsWith(QLatin1String("cgm:"));
}

ReportTable readingLogTable(const std::vector<GlucoseReading> &readings, const ReportStyle &style)
{
    ReportTable table;
    table.columns = {{tr("Date"), 1.2}, {tr("Time"), 0.7}, {tr("Value as recorded"), 2.3, true},
                     {tr("Meal"), 1.6}, {tr("Low / high"), 1.3}, {tr("Note"), 1.9}};
    for (const GlucoseReading &reading : readings) {
        const QDateTime local = wallClock(reading);
        table.rows.push_back({local.toString(QStringLiteral("yyyy-MM-dd")), local.toString(QStringLiteral("HH:mm")),
                              recordedValue(reading, style), mealContextText(reading.context),
                              rangeMark(Stats::rangeOf(reading)), reading.note});
    }
    return table;
}

ReportTable dailySummaryTable(const std::vector<GlucoseReading> &readings, const ReportStyle &style)
{
    std::map<QDate, std::vector<GlucoseReading>> days;
    for (const GlucoseReading &reading : readings)
        days[wallClock(reading).date()].push_back(reading);

    const QString unit = QStringLiteral(" (%1)").arg(style.unitLabel());
    ReportTable table;
    table.columns = {{tr("Date"), 1.3},          {tr("Readings"), 1.0, true},       {tr("Mean") + unit, 1.2, true},
                     {tr("Lowest") + unit, 1.2, true}, {tr("Highest") + unit, 1.2, true},
                     {tr("In range"), 1.0, true}, {tr("Low"), 0.9, true},           {tr("High"), 0.9, true}};
    const auto text = [](const std::optional<double> &value, const auto &format) {
        return value ? format(*value) : QStringLiteral("–");
    };
    const auto glucose = [&](double mgdl) { return style.glucose(mgdl); };
    const auto percent = [&](double share) { return style.percent(share); };
    for (const auto &[day, dayReadings] : days) {
        const Stats::GlucoseSummary s = Stats::summarize(dayReadings);
        table.rows.push_back({day.toString(QStringLiteral("yyyy-MM-dd")), QString::number(s.count),
                              text(s.meanMgdl, glucose), text(s.minMgdl, glucose), text(s.maxMgdl, glucose),
                              text(s.tirPercent, percent), text(s.tbrPercent, percent), text(s.tarPercent, percent)});
    }
    return table;
}
