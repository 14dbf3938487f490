#include "Fixture.h"
#include "io/ClarityParser.h"

TEST_CASE("BOM CRLF quotes a short preamble and Low/High become flagged readings at the sensor limits")
{
    ImportProblem problem;
    const auto parsed = parseClarity(fixture("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 4);
    CHECK(parsed->skipped.at(SkipReason::EmptyValue) == 1);
    CHECK(parsed->readings[0].value == 120.0);
    CHECK(parsed->readings[0].flag == GlucoseReading::Flag::None);
    CHECK(parsed->readings[0].utcMs == utcMs(2024, 5, 1, 0, 0));
    CHECK(parsed->readings[1].flag == GlucoseReading::Flag::Lo);
    CHECK(parsed->readings[1].value == 40.0);
    CHECK(parsed->readings[1].utcMs == utcMs(2024, 5, 1, 0, 5, 1));
    CHECK(parsed->readings[2].flag == GlucoseReading::Flag::Hi);
    CHECK(parsed->readings[2].value == 400.0);
    CHECK(parsed->readings[3].value == 88.0);
}

TEST_CASE("an mmol/L header gives mmol/L readings Low at 2.2")
{
    ImportProblem problem;
    const auto parsed = parseClarity(fixture("clarity_mmol_unquoted.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 2);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MmolL);
    CHECK(parsed->readings[0].value == 6.7);
    CHECK(parsed->readings[1].value == 2.2);
}

TEST_CASE("a truncated file and an implausible value are refused with their line")
{
    ImportProblem problem;
    CHECK_FALSE(parseClarity(fixture("clarity_truncated.csv"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("quoted field")));
    CHECK_FALSE(parseClarity(fixture("clarity_out_of_range.csv"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("plausible range")));
}

TEST_CASE("zone-less times are read in the zone given across a daylight-saving change")
{
    ImportOptions options = shanghaiOptions();
    options.zone = QTimeZone("Europe/London");
    const QByteArray text = "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Glucose Value (mg/dL)\n"
                            "1,2024-03-31T00:30:00,EGV,100\n"
                            "2,2024-03-31T02:30:00,EGV,101\n";
    ImportProblem problem;
    const auto parsed = parseClarity(text, options, &problem);
    REQUIRE(parsed);
    CHECK(parsed->readings[0].utcOffsetSec == 0);
    CHECK(parsed->readings[0].utcMs == utcMs(2024, 3, 31, 0, 30));
    CHECK(parsed->readings[1].utcOffsetSec == 3600);
    CHECK(parsed->readings[1].utcMs == utcMs(2024, 3, 31, 1, 30));
}
