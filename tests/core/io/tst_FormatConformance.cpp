#include "Fixture.h"
#include "io/ImportFormatDetection.h"

#include <QDir>
#include <algorithm>

// Conformance with real exports: the samples in ../shared/reference/formats (excerpts of public files, described in
// their README; not copied into this repository) are imported with the real importers and compared with what the
// files hold, as read by hand from them. Without that folder the test says SKIPPED.
namespace {

struct Sample {
    const char *path;  // under reference/formats
    ImportFormat format;
    size_t readings;
    Glucose::Unit unit;
    int lows;        // readings the device reported as "Low"
    int errorCodes;  // Nightscout values below 40 (sensor error codes), skipped and counted
    qint64 firstUtcMs;
    double firstValue;
    qint64 lastUtcMs;
    double lastValue;
    int offsetSec;  // the offset stored with the readings (zone-less files are read in UTC here)
};

const qint64 NightscoutFirst = 1405762455000;  // "date" of the earliest entry, 2014-07-19T02:34:15-07:00
const qint64 NightscoutLast = 1405767555000;

const Sample Samples[] = {
    {"libreview/libreview_mgdl_mmddyyyy_12h_libre3_excerpt.csv", ImportFormat::LibreView, 34, Glucose::Unit::MgDl, 0, 0,
     utcMs(2026, 1, 2, 23, 39), 81, utcMs(2026, 1, 3, 1, 34), 95, 0},
    {"libreview/libreview_mmol_ddmmyyyy_24h_excerpt.csv", ImportFormat::LibreView, 34, Glucose::Unit::MmolL, 0, 0,
     utcMs(2021, 3, 16, 13, 42), 4.1, utcMs(2021, 3, 16, 21, 20), 5.1, 0},
    {"dexcom_clarity/clarity_g7_mgdl_quoted_excerpt.csv", ImportFormat::Clarity, 23, Glucose::Unit::MgDl, 0, 0,
     utcMs(2025, 11, 21, 0, 17, 19), 94, utcMs(2025, 11, 30, 18, 32, 35), 91, 0},
    {"dexcom_clarity/clarity_g6_mgdl_low_and_calibration_excerpt_EDITED_HEADER.csv", ImportFormat::Clarity, 19,
     Glucose::Unit::MgDl, 3, 0, utcMs(2023, 11, 1, 0, 2, 33), 190, utcMs(2023, 11, 3, 5, 7, 32), 58, 0},
    {"nightscout/cgm-remote-monitor_tests_fixtures_example.json", ImportFormat::Nightscout, 18, Glucose::Unit::MgDl, 0,
     12, NightscoutFirst, 169, NightscoutLast, 178, -7 * 3600},
    {"nightscout/openaps_glucose-zoned-merge_first6.json", ImportFormat::Nightscout, 4, Glucose::Unit::MgDl, 0, 0,
     1477246717000, 87, 1477247616000, 102, -7 * 3600},
};

QString referenceFormats()
{
    return QStringLiteral(ISLETGUIDE_SHARED_REFERENCE "/formats");
}

} // namespace

TEST_CASE("real LibreView, Dexcom Clarity and Nightscout samples import as the files say")
{
    if (!QDir(referenceFormats()).exists()) {
        WARN("SKIPPED: no reference samples at " << referenceFormats().toStdString());
        return;
    }
    for (const Sample &sample : Samples) {
        INFO(sample.path);
        QFile file(referenceFormats() + QLatin1Char('/') + QLatin1String(sample.path));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        CHECK(detectImportFormat(text) == sample.format);
        ImportOptions options;
        options.zone = QTimeZone::utc();
        ImportProblem problem;
        auto parsed = parseGlucoseFile(text, options, &problem);
        INFO(problem.message(QLatin1String(sample.path)).toStdString());
        REQUIRE(parsed);
        auto &readings = parsed->readings;
        REQUIRE(readings.size() == sample.readings);
        std::stable_sort(readings.begin(), readings.end(), [](const auto &a, const auto &b) { return a.utcMs < b.utcMs; });
        CHECK(std::all_of(readings.begin(), readings.end(), [&](const auto &r) { return r.unit == sample.unit; }));
        CHECK(std::all_of(readings.begin(), readings.end(),
                          [&](const auto &r) { return r.utcOffsetSec == sample.offsetSec; }));
        CHECK(std::count_if(readings.begin(), readings.end(),
                            [](const auto &r) { return r.flag == GlucoseReading::Flag::Lo; })
              == sample.lows);
        CHECK(std::none_of(readings.begin(), readings.end(),
                           [](const auto &r) { return r.flag == GlucoseReading::Flag::Hi; }));
        const auto codes = parsed->skipped.find(SkipReason::SensorErrorCode);
        CHECK((codes == parsed->skipped.end() ? 0 : codes->second) == sample.errorCodes);
        CHECK(readings.front().utcMs == sample.firstUtcMs);
        CHECK(readings.front().value == Approx(sample.firstValue));
        CHECK(readings.back().utcMs == sample.lastUtcMs);
        CHECK(readings.back().value == Approx(sample.lastValue));
    }
}

TEST_CASE("the old Nightscout entries.txt layout is refused with the reason, not misread")
{
    QFile file(referenceFormats() + QStringLiteral("/nightscout/cgm-remote-monitor_tests_fixtures_example.tsv"));
    if (!file.exists()) {
        WARN("SKIPPED: no reference samples at " << referenceFormats().toStdString());
        return;
    }
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportProblem problem;
    CHECK_FALSE(parseGlucoseFile(file.readAll(), ImportOptions{}, &problem));
    CHECK_FALSE(problem.reason.isEmpty());
}
