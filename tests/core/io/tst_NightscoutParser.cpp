#include "Fixture.h"
#include "io/NightscoutParser.h"

TEST_CASE("sgv as number or string mbg entries error codes skipped and counted offsets kept")
{
    ImportProblem problem;
    const auto parsed = parseNightscout(fixture("nightscout_entries.json"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 3);
    CHECK(parsed->skipped.at(SkipReason::SensorErrorCode) == 1);
    CHECK(parsed->readings[0].value == 102.0);
    CHECK(parsed->readings[0].utcMs == 1711942416000);
    CHECK(parsed->readings[0].utcOffsetSec == 8 * 3600);
    CHECK(parsed->readings[1].value == 110.0);
    CHECK(parsed->readings[1].utcOffsetSec == 2 * 3600);  // from dateString
    CHECK(parsed->readings[2].value == 118.0);            // mbg; no offset written: the zone's
    CHECK(parsed->readings[2].utcOffsetSec == 8 * 3600);
}

TEST_CASE("a bad value names the line its entry starts on and invalid JSON names the line of the error")
{
    ImportProblem problem;
    CHECK_FALSE(parseNightscout(fixture("nightscout_bad_value.json"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("abc")));
    CHECK_FALSE(parseNightscout(fixture("nightscout_truncated.json"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("JSON")));
}
