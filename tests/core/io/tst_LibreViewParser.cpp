#include "Fixture.h"
#include "io/ImportFormatDetection.h"
#include "io/ImportTextEncoding.h"
#include "io/LibreViewParser.h"

TEST_CASE("day-first 24 h mmol/L: historic scan and strip rows type 6 and empty values left out")
{
    ImportProblem problem;
    const auto parsed = parseLibreView(fixture("libreview_mmol_dayfirst_24h.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 5);
    CHECK(parsed->skipped.at(SkipReason::EmptyValue) == 1);
    const GlucoseReading &first = parsed->readings.front();
    CHECK(first.value == 5.4);
    CHECK(first.unit == Glucose::Unit::MmolL);
    CHECK(first.utcMs == utcMs(2024, 3, 12, 15, 45));  // 23:45 in UTC+8
    CHECK(first.utcOffsetSec == 8 * 3600);
    CHECK(first.source == QLatin1String("cgm:test"));
    CHECK(parsed->readings[3].value == 6.2);  // scan
    CHECK(parsed->readings[4].value == 6.0);  // strip
}

TEST_CASE("month-first 12 h dates that fit both orders are decided by the continuity of historic rows")
{
    ImportProblem problem;
    const auto parsed = parseLibreView(fixture("libreview_mgdl_monthfirst_12h.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 5);
    CHECK(parsed->readings[0].utcMs == utcMs(2026, 1, 2, 15, 40));  // 11:40 PM on 2 January
    CHECK(parsed->readings[2].utcMs == utcMs(2026, 1, 2, 16, 10));  // 12:10 AM on 3 January
    CHECK(parsed->readings[3].utcMs == utcMs(2026, 1, 2, 16, 30));  // 12:30 AM, a scan after a 12:25 PM row
    CHECK(parsed->readings[4].utcMs == utcMs(2026, 1, 3, 4, 25));   // 12:25 PM: the readings come out in time order
    CHECK(parsed->readings[0].unit == Glucose::Unit::MgDl);
}

TEST_CASE("dates that stay ambiguous refuse the whole file with the reason")
{
    ImportProblem problem;
    CHECK_FALSE(parseLibreView(fixture("libreview_ambiguous_dates.csv"), shanghaiOptions(), &problem));
    CHECK(problem.reason.contains(QLatin1String("day-first or month-first")));
    CHECK(problem.message(QStringLiteral("export.csv")).startsWith(QLatin1String("export.csv: ")));
}

TEST_CASE("a malformed value names its line")
{
    ImportProblem problem;
    CHECK_FALSE(parseLibreView(fixture("libreview_bad_value.csv"), shanghaiOptions(), &problem));
    CHECK(problem.line == 4);
    CHECK(problem.message(QStringLiteral("x.csv")) == QStringLiteral("x.csv, line 4: “5.2x” is not a glucose value"));
}

TEST_CASE("a header without LibreView's column count is refused on its line")
{
    ImportProblem problem;
    CHECK_FALSE(parseLibreView("Glucose Data,Generated on\r\nfoo,bar\r\n", shanghaiOptions(), &problem));
    CHECK(problem.line == 2);
    CHECK(problem.reason.contains(QLatin1String("2 columns")));
}

TEST_CASE("a time with a run of digits before its colon is refused, not overflowed (found by the fuzzer)")
{
    const QByteArray file = fixture("libreview_mmol_dayfirst_24h.csv").replace("12-03-2024 23:45",
                                                                              "12-03-2024 99999999999999999999:45");
    ImportProblem problem;
    CHECK_FALSE(parseLibreView(file, shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
}

TEST_CASE("LibreView exports in other languages are recognised and read by column position")
{
    struct Case {
        const char *file;
        Glucose::Unit unit;
        double firstValue;
        std::int64_t firstUtcMs;
    };
    const Case cases[] = {
        {"libreview_zh_tw_21col.csv", Glucose::Unit::MgDl, 98, utcMs(2024, 3, 12, 16, 0)},
        {"libreview_zh_cn_gb18030.csv", Glucose::Unit::MmolL, 5.4, utcMs(2024, 3, 12, 16, 0)},
        {"libreview_de_dayfirst.csv", Glucose::Unit::MgDl, 101, utcMs(2021, 2, 13, 15, 45)},
        {"libreview_ja_monthfirst.csv", Glucose::Unit::MgDl, 110, utcMs(2024, 3, 12, 15, 45)},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        QString reason;
        const auto decoded = decodeImportText(fixture(c.file), LocaleDefaults::Region::MainlandChina, &reason);
        REQUIRE(decoded);
        CHECK(detectImportFormat(decoded->utf8) == ImportFormat::LibreView);
        ImportProblem problem;
        const auto parsed = parseGlucoseFile(decoded->utf8, shanghaiOptions(), &problem);
        INFO(problem.reason.toStdString());
        REQUIRE(parsed);
        REQUIRE(parsed->readings.size() == 3);
        CHECK(parsed->readings[0].unit == c.unit);
        CHECK(parsed->readings[0].value == c.firstValue);
        CHECK(parsed->readings[0].utcMs == c.firstUtcMs);
    }
}
