#include "SyntheticReadings.h"
#include "stats/MealPatterns.h"

#include <catch2/catch.hpp>

using namespace Stats;
using namespace SyntheticReadings;
using Context = GlucoseReading::MealContext;

namespace {

GlucoseReading meal(double mmol, int day, Context context, int minute = 19 * 60)
{
    return reading(mmol, Glucose::Unit::MmolL, std::int64_t(day) * 1440 + minute, context);
}

} // namespace

TEST_CASE("averages by meal context leave out readings without a context")
{
    const std::vector<GlucoseReading> readings = {meal(6.0, 0, Context::Fasting), meal(8.0, 1, Context::Fasting),
                                                  meal(12.0, 0, Context::AfterDinner), meal(5.0, 0, Context::Other)};
    const std::vector<MealContextAverage> averages = mealContextAverages(readings);
    REQUIRE(averages.size() == 2);
    CHECK(averages[0].context == Context::Fasting);
    CHECK(averages[0].count == 2);
    CHECK(averages[0].meanMgdl == Approx(7.0 * Glucose::MgDlPerMmolL));
    CHECK(averages[1].context == Context::AfterDinner);
    CHECK(mealContextAverages({}).empty());
}

TEST_CASE("after dinner above target on 5 of the last 7 days is a pattern")
{
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 7; ++day)
        readings.push_back(meal(day < 5 ? 12.5 : 8.0, day, Context::AfterDinner));
    // Older days fall outside the window.
    readings.push_back(meal(15.0, -3, Context::AfterDinner));
    const std::vector<MealPattern> patterns = mealPatterns(readings, TargetRange{3.9, 10.0});
    REQUIRE(patterns.size() == 1);
    CHECK(patterns[0].kind == MealPattern::Kind::AboveTarget);
    CHECK(patterns[0].context == Context::AfterDinner);
    CHECK(patterns[0].days == 5);
    CHECK(patterns[0].measuredDays == 7);
    CHECK(describe(patterns[0]) == QStringLiteral("After dinner you were above your target on 5 of the 7 days you measured in the last week."));
}

TEST_CASE("lows come first; two low days are enough, two high days are not")
{
    std::vector<GlucoseReading> readings = {meal(3.5, 5, Context::Fasting, 7 * 60), meal(3.6, 6, Context::Fasting, 7 * 60),
                                            meal(11.0, 5, Context::AfterLunch, 13 * 60),
                                            meal(11.0, 6, Context::AfterLunch, 13 * 60)};
    GlucoseReading lo = meal(2.0, 4, Context::Bedtime, 22 * 60);
    lo.flag = GlucoseReading::Flag::Lo;
    readings.push_back(lo);
    std::vector<MealPattern> patterns = mealPatterns(readings, TargetRange{3.9, 10.0});
    REQUIRE(patterns.size() == 1);
    CHECK(patterns[0].kind == MealPattern::Kind::BelowTarget);
    CHECK(patterns[0].context == Context::Fasting);
    CHECK(patterns[0].days == 2);

    readings.push_back(meal(11.0, 4, Context::AfterLunch, 13 * 60));
    patterns = mealPatterns(readings, TargetRange{3.9, 10.0});
    REQUIRE(patterns.size() == 2);
    CHECK(patterns[0].kind == MealPattern::Kind::BelowTarget);
    CHECK(patterns[1].kind == MealPattern::Kind::AboveTarget);
    CHECK(patterns[1].days == 3);
}

TEST_CASE("targets are compared in the recorded unit and no data gives no pattern")
{
    // 180 mg/dL is not above a 10.0 mmol/L (180.16 mg/dL) target; 181 is.
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 3; ++day)
        readings.push_back(reading(180.0, Glucose::Unit::MgDl, std::int64_t(day) * 1440 + 20 * 60, Context::AfterDinner));
    CHECK(mealPatterns(readings, TargetRange{3.9, 10.0}).empty());
    for (GlucoseReading &r : readings)
        r.value = 181.0;
    CHECK(mealPatterns(readings, TargetRange{3.9, 10.0}).size() == 1);
    CHECK(mealPatterns({}, TargetRange{}).empty());
}
