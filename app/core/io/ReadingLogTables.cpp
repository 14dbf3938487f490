#include "ReadingLogTables.h"

#include "stats/GlucoseSummary.h"
#include "stats/ReadingRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <map>

namespace {

// Gives the strings of this file their translation context, in a form lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DoctorReport)
};

QDateTime wallClock(const GlucoseReading &reading)
{
    return QDateTime::fromMSecsSinceEpoch(reading.utcMs, QTimeZone::utc()).toOffsetFromUtc(reading.utcOffsetSec);
}

QString mealContextText(GlucoseReading::MealContext context)
{
    using Context = GlucoseReading::MealContext;
    switch (context) {
    case Context::Fasting: return Text::tr("Fasting");
    case Context::BeforeBreakfast: return Text::tr("Before breakfast");
    case Context::AfterBreakfast: return Text::tr("After breakfast");
    case Context::BeforeLunch: return Text::tr("Before lunch");
    case Context::AfterLunch: return Text::tr("After lunch");
    case Context::BeforeDinner: return Text::tr("Before dinner");
    case Context::AfterDinner: return Text::tr("After dinner");
    case Context::Bedtime: return Text::tr("Bedtime");
    case Context::Night: return Text::tr("Night");
    case Context::Other: break;
    }
    return QString();
}

QString rangeMark(Glucose::Range range)
{
    switch (range) {
    case Glucose::Range::VeryLow: return QStringLiteral("▼▼ ") + Text::tr("Very low");
    case Glucose::Range::Low: return QStringLiteral("▼ ") + Text::tr("Low");
    case Glucose::Range::High: return QStringLiteral("▲ ") + Text::tr("High");
    case Glucose::Range::VeryHigh: return QStringLiteral("▲▲ ") + Text::tr("Very high");
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
    case GlucoseReading::Flag::Lo: return Text::tr("LO (below %1)").arg(value);
    case GlucoseReading::Flag::Hi: return Text::tr("HI (above %1)").arg(value);
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
    table.columns = {{Text::tr("Date"), 1.2}, {Text::tr("Time"), 0.7}, {Text::tr("Value as recorded"), 2.3, true},
                     {Text::tr("Meal"), 1.6}, {Text::tr("Low / high"), 1.3}, {Text::tr("Note"), 1.9}};
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
    table.columns = {{Text::tr("Date"), 1.3},          {Text::tr("Readings"), 1.0, true},       {Text::tr("Mean") + unit, 1.2, true},
                     {Text::tr("Lowest") + unit, 1.2, true}, {Text::tr("Highest") + unit, 1.2, true},
                     {Text::tr("In range"), 1.0, true}, {Text::tr("Low"), 0.9, true},           {Text::tr("High"), 0.9, true}};
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
