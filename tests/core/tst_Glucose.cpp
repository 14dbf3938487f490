#include "glucose/Glucose.h"

#include <catch2/catch.hpp>

using namespace Glucose;

TEST_CASE("conversion uses the molar mass 18.0156")
{
    CHECK(toMgDl(5.5, Unit::MmolL) == Approx(99.0858));
    CHECK(toMmolL(180.0, Unit::MgDl) == Approx(9.99134).epsilon(1e-5));
    CHECK(convert(100.0, Unit::MgDl, Unit::MgDl) == 100.0);
    CHECK(convert(toMgDl(7.3, Unit::MmolL), Unit::MgDl, Unit::MmolL) == Approx(7.3));
}

TEST_CASE("classification uses the thresholds of the recorded unit")
{
    CHECK(classify(10.0, Unit::MmolL) == Range::InRange);
    CHECK(classify(10.1, Unit::MmolL) == Range::High);
    CHECK(classify(3.9, Unit::MmolL) == Range::InRange);
    CHECK(classify(3.8, Unit::MmolL) == Range::Low);
    CHECK(classify(3.0, Unit::MmolL) == Range::Low);
    CHECK(classify(2.9, Unit::MmolL) == Range::VeryLow);
    CHECK(classify(13.9, Unit::MmolL) == Range::High);
    CHECK(classify(14.0, Unit::MmolL) == Range::VeryHigh);
    CHECK(classify(180.0, Unit::MgDl) == Range::InRange);
    CHECK(classify(180.2, Unit::MgDl) == Range::High);
    CHECK(classify(70.0, Unit::MgDl) == Range::InRange);
    CHECK(classify(69.9, Unit::MgDl) == Range::Low);
    CHECK(classify(53.9, Unit::MgDl) == Range::VeryLow);
    CHECK(classify(250.0, Unit::MgDl) == Range::High);
    CHECK(classify(250.1, Unit::MgDl) == Range::VeryHigh);
    // 10.0 mmol/L is 180.16 mg/dL: classified in its own unit it stays in range.
    CHECK(classify(toMgDl(10.0, Unit::MmolL), Unit::MgDl) == Range::High);
    CHECK(isLow(Range::VeryLow));
    CHECK(isHigh(Range::VeryHigh));
    CHECK_FALSE(isLow(Range::InRange));
}

TEST_CASE("plausible range and unit keys")
{
    CHECK(isPlausible(20.0, Unit::MgDl));
    CHECK(isPlausible(600.0, Unit::MgDl));
    CHECK_FALSE(isPlausible(19.9, Unit::MgDl));
    CHECK_FALSE(isPlausible(601.0, Unit::MgDl));
    CHECK(isPlausible(1.1, Unit::MmolL));
    CHECK(isPlausible(33.3, Unit::MmolL));
    CHECK_FALSE(isPlausible(33.4, Unit::MmolL));
    CHECK(unitFromKey("mg/dL") == Unit::MgDl);
    CHECK(unitFromKey("MMOL/L") == Unit::MmolL);
    CHECK(unitFromKey("mmol") == Unit::MmolL);
    CHECK_FALSE(unitFromKey("g/L").has_value());
    CHECK(unitKey(Unit::MmolL) == "mmol/L");
    CHECK(decimals(Unit::MgDl) == 0);
    CHECK(decimals(Unit::MmolL) == 1);
}
