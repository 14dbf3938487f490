#include "stats/Formulas.h"

#include <catch2/catch.hpp>

using namespace Stats;

TEST_CASE("GMI follows Bergenstal 2018 in both units")
{
    CHECK(gmiPercent(154.0) == Approx(3.31 + 0.02392 * 154.0));
    CHECK(gmiPercent(100.0) == Approx(5.702));
    CHECK(gmiMmolPerMol(8.0) == Approx(12.71 + 4.70587 * 8.0));
}

TEST_CASE("estimated A1c inverts the ADAG line eAG = 28.7 × A1c − 46.7")
{
    CHECK(estimatedA1cPercent(28.7 * 7.0 - 46.7) == Approx(7.0));
    CHECK(estimatedA1cPercent(142.5) == Approx(6.592334).margin(1e-6));  // iglu test-ea1c.R
}

TEST_CASE("J-index is 0.001 × (mean + SD)²")
{
    CHECK(jIndex(150.0, 50.0) == Approx(40.0));
    CHECK(jIndex(100.0, 0.0) == Approx(10.0));
}

TEST_CASE("Kovatchev risk is low below about 112.5 mg/dL and high above")
{
    const ReadingRisk low = kovatchevRisk(50.0);
    CHECK(low.high == 0.0);
    CHECK(low.low == Approx(10.0 * std::pow(1.509 * (std::pow(std::log(50.0), 1.084) - 5.381), 2)));
    const ReadingRisk high = kovatchevRisk(300.0);
    CHECK(high.low == 0.0);
    CHECK(high.high > 20.0);
    const ReadingRisk neutral = kovatchevRisk(112.5);
    CHECK(neutral.low + neutral.high < 0.01);
    const ReadingRisk noValue = kovatchevRisk(0.0);
    CHECK(std::isfinite(noValue.low));
}
