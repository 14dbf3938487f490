#include "DoctorReport.h"

#include "ProfileChart.h"
#include "ReadingLogTables.h"
#include "PrivateSaveFile.h"
#include "ReportCanvas.h"
#include "ReportTable.h"
#include "TimeInRangeBar.h"
#include "stats/AmbulatoryProfile.h"
#include "stats/DataCoverage.h"
#include "stats/GlucoseSummary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTimeZone>
#include <algorithm>

namespace {

// Gives the strings of this file their translation context, in a form lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DoctorReport)
};

constexpr double SectionGap = 14.0;

// A section heading, kept on one page with the first `keepWith` points of what follows it.
void heading(ReportCanvas &canvas, const QString &text, double keepWith = 60)
{
    canvas.advance(SectionGap);
    canvas.ensureSpace(canvas.textHeight(text, canvas.style().heading, canvas.width()) + 4 + keepWith);
    canvas.paragraph(text, canvas.style().heading);
    canvas.advance(4);
}

QDate localDate(const GlucoseReading &reading)
{
    return QDateTime::fromMSecsSinceEpoch(reading.utcMs, QTimeZone::utc()).toOffsetFromUtc(reading.utcOffsetSec).date();
}

void drawHeader(ReportCanvas &canvas, const DoctorReportRequest &request, QDate first, QDate last)
{
    const ReportStyle &style = canvas.style();
    const int days = int(first.daysTo(last)) + 1;
    canvas.paragraph(Text::tr("IsletGuide glucose report"), style.title);
    canvas.advance(6);
    canvas.paragraph(Text::tr("Period: %1 to %2 (%n day(s))", nullptr, days)
                         .arg(style.locale.toString(first, QLocale::LongFormat),
                              style.locale.toString(last, QLocale::LongFormat)),
                     style.body);
    canvas.paragraph(Text::tr("Printed on %1. Glucose is shown in %2; meter and manual readings are listed as recorded.")
                         .arg(style.locale.toString(request.printedOn, QLocale::LongFormat), style.unitLabel()),
                     style.body);
    canvas.advance(6);
    canvas.paragraph(Text::tr("For discussion with your care team, not a diagnosis. The values come from the person's own "
                        "diary, meter and sensor files; they are not checked by a laboratory."),
                     style.bold, ReportStyle::Muted);
    canvas.advance(6);
    canvas.rule();
}

void drawStatistics(ReportCanvas &canvas, const Stats::GlucoseSummary &s, const Stats::DataCoverage &coverage,
                    int periodDays)
{
    const ReportStyle &style = canvas.style();
    const auto glucose = [&](const std::optional<double> &mgdl) {
        return mgdl ? style.glucoseWithUnit(*mgdl) : QStringLiteral("–");
    };
    ReportTable table;
    table.columns = {{Text::tr("Measure"), 1.6}, {Text::tr("Value"), 1.3, true}, {Text::tr("Goal or note"), 2.6}};
    table.rows.push_back({Text::tr("Readings"), QString::number(s.count), QString()});
    table.rows.push_back({Text::tr("Days with readings"), Text::tr("%1 of %2").arg(s.days).arg(periodDays), QString()});
    if (coverage.continuous)
        table.rows.push_back({Text::tr("Sensor data captured"), style.percent(coverage.percentOfExpected),
                              Text::tr("goal ≥ 70 % over at least 14 days")});
    table.rows.push_back({Text::tr("Mean glucose"), glucose(s.meanMgdl), QString()});
    table.rows.push_back({Text::tr("Standard deviation"), glucose(s.sdMgdl), QString()});
    table.rows.push_back({Text::tr("Coefficient of variation"), s.cvPercent ? style.percent(*s.cvPercent) : QStringLiteral("–"),
                          Text::tr("goal ≤ 36 %")});
    if (coverage.continuous && s.gmiPercent) {
        table.rows.push_back({Text::tr("GMI (estimated HbA1c)"),
                              QStringLiteral("%1 % (%2 mmol/mol)")
                                  .arg(style.number(*s.gmiPercent, 1), style.number(s.gmiMmolPerMol.value_or(0), 0)),
                              coverage.sufficient ? Text::tr("from the sensor's mean glucose; a laboratory HbA1c may differ")
                                                  : Text::tr("less than 14 days or 70 % of sensor data: read with care")});
    } else {
        table.rows.push_back({Text::tr("GMI (estimated HbA1c)"), QStringLiteral("–"),
                              Text::tr("only estimated from at least 14 days of sensor data")});
    }
    table.rows.push_back({Text::tr("Lowest and highest"),
                          s.minMgdl && s.maxMgdl ? QStringLiteral("%1 – %2").arg(style.glucose(*s.minMgdl),
                                                                                  style.glucoseWithUnit(*s.maxMgdl))
                                                 : QStringLiteral("–"),
                          QString()});
    table.draw(canvas);
}

// The readings coverage and the profile are judged on: the sensor trace when there is one (meter readings would
// add spikes at meal times and readings the sensor never missed), otherwise all of them.
std::vector<GlucoseReading> profiledReadings(const std::vector<GlucoseReading> &readings)
{
    std::vector<GlucoseReading> sensor;
    std::copy_if(readings.begin(), readings.end(), std::back_inserter(sensor), isSensorReading);
    return sensor.empty() ? readings : sensor;
}

void drawProfileSection(ReportCanvas &canvas, const std::vector<GlucoseReading> &profiled,
                        const Stats::DataCoverage &coverage)
{
    const Stats::AmbulatoryProfile profile = Stats::ambulatoryProfile(profiled, coverage.continuous);
    const ReportStyle &style = canvas.style();
    if (!profileIsDrawable(profile)) {
        heading(canvas, Text::tr("Daily glucose profile (AGP)"));
        canvas.paragraph(Text::tr("Not enough readings for a daily profile: it needs at least %1 readings at each of most "
                            "times of the day, which usually takes a sensor or many meter readings a day over several "
                            "weeks.")
                             .arg(Stats::MinimumReadingsPerBin),
                         style.body);
        return;
    }
    const QString caption = Text::tr("All days laid over one 24-hour day. The line is the median; the bands hold the middle "
                               "half and 90 % of the readings at each time of day.");
    const QString caution = coverage.sufficient ? QString()
                                                : Text::tr("Less than 14 days or under 70 % of possible sensor readings: "
                                                     "read this profile with care.");
    const double captionHeight = canvas.textHeight(caption + QLatin1Char('\n') + caution, style.small, canvas.width());
    heading(canvas, Text::tr("Daily glucose profile (AGP)"), captionHeight + 14 + ProfileChartHeight);
    canvas.paragraph(caption, style.small, ReportStyle::Muted);
    if (!caution.isEmpty())
        canvas.paragraph(caution, style.small, ReportStyle::Muted);
    canvas.advance(14);
    drawProfileChart(canvas, profile);
}

void drawTables(ReportCanvas &canvas, const std::vector<GlucoseReading> &readings)
{
    std::vector<GlucoseReading> sensor, logged;
    std::partition_copy(readings.begin(), readings.end(), std::back_inserter(sensor), std::back_inserter(logged),
                        isSensorReading);
    if (!sensor.empty()) {
        heading(canvas, Text::tr("Sensor readings by day"));
        dailySummaryTable(sensor, canvas.style()).draw(canvas);
    }
    if (!logged.empty()) {
        heading(canvas, Text::tr("Meter and manual readings"));
        readingLogTable(logged, canvas.style()).draw(canvas);
    }
}

void drawReport(ReportCanvas &canvas, const DoctorReportRequest &request, QDate first, QDate last)
{
    drawHeader(canvas, request, first, last);
    if (request.readings.empty()) {
        canvas.advance(SectionGap);
        canvas.paragraph(Text::tr("There are no glucose readings in this period."), canvas.style().body);
        return;
    }
    const Stats::GlucoseSummary summary = Stats::summarize(request.readings);
    const std::vector<GlucoseReading> profiled = profiledReadings(request.readings);
    const Stats::DataCoverage coverage = Stats::dataCoverage(profiled);
    heading(canvas, Text::tr("Summary"));
    drawStatistics(canvas, summary, coverage, int(first.daysTo(last)) + 1);
    heading(canvas, Text::tr("Time in ranges"));
    drawTimeInRangeBar(canvas, summary);
    drawProfileSection(canvas, profiled, coverage);
    drawTables(canvas, request.readings);
}

} // namespace

std::optional<int> writeDoctorReport(const QString &path, const DoctorReportRequest &request, QString *error)
{
    QDate first = request.firstDay;
    QDate last = request.lastDay;
    if (!first.isValid())
        first = request.readings.empty() ? request.printedOn : localDate(request.readings.front());
    if (!last.isValid())
        last = request.readings.empty() ? request.printedOn : localDate(request.readings.back());

    // Drawn in memory (a report is a few hundred kilobytes) and then written whole: QPdfWriter does not report a
    // failed write, so a full disk would otherwise leave an empty file reported as written.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const ReportStyle style(request.script, request.unit);
    int pages = 0;
    bool drawn = false;
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(Text::tr("IsletGuide glucose report"));
        writer.setCreator(QStringLiteral("IsletGuide"));
        const QString period = QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        ReportCanvas canvas(writer, style, Text::tr("IsletGuide glucose report") + QStringLiteral(" · ") + period);
        drawReport(canvas, request, first, last);
        pages = canvas.pageCount();
        drawn = canvas.finish();
    }
    const QByteArray &bytes = pdf.data();
    PrivateSaveFile file(path);
    if (!drawn || !file.writeWhole(bytes)) {
        *error = Text::tr("%1 could not be written: %2")
                     .arg(QFileInfo(path).fileName(), file.failureReason(bytes.size()));
        return std::nullopt;
    }
    return pages;
}

Glucose::Unit majorityUnit(const std::vector<GlucoseReading> &readings, Glucose::Unit fallback)
{
    const auto mgdl = std::count_if(readings.begin(), readings.end(),
                                    [](const GlucoseReading &r) { return r.unit == Glucose::Unit::MgDl; });
    const auto mmol = qsizetype(readings.size()) - mgdl;
    return mgdl == mmol ? fallback : (mgdl > mmol ? Glucose::Unit::MgDl : Glucose::Unit::MmolL);
}
