#include "Fixture.h"
#include "io/XDripParser.h"

TEST_CASE("CGM and fingerstick rows in mg/dL in local time and treatments left out")
{
    ImportProblem problem;
    const auto parsed = parseXDrip(fixture("xdrip_sidiary.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 3);
    CHECK(parsed->readings[0].value == 110.0);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MgDl);
    CHECK(parsed->readings[0].utcMs == utcMs(2024, 5, 31, 23, 0));
    CHECK(parsed->readings[0].source == QLatin1String("cgm:test"));
    CHECK(parsed->readings[2].value == 121.0);
    CHECK(parsed->readings[2].source == QLatin1String("meter"));
}

TEST_CASE("a date that does not exist names its line")
{
    ImportProblem problem;
    CHECK_FALSE(parseXDrip(fixture("xdrip_bad_date.csv"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("31.06.2024")));
}
