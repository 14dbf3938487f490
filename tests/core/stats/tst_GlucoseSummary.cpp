#include "SyntheticReadings.h"
#include "stats/GlucoseSummary.h"

#include <catch2/catch.hpp>

using namespace Stats;
using namespace SyntheticReadings;

TEST_CASE("an empty range has a count of zero and no numbers")
{
    const GlucoseSummary s = summarize({});
    CHECK(s.count == 0);
    CHECK(s.days == 0);
    CHECK_FALSE(s.meanMgdl);
    CHECK_FALSE(s.sdMgdl);
    CHECK_FALSE(s.gmiPercent);
    CHECK_FALSE(s.tirPercent);
    CHECK_FALSE(s.lbgi);
    CHECK_FALSE(s.jIndex);
    CHECK_FALSE(s.mageMgdl);
}

TEST_CASE("a single reading has a mean and ranges but no SD, CV, J-index or MAGE")
{
    const GlucoseSummary s = summarize({mgdl(200.0)});
    CHECK(s.count == 1);
    CHECK(s.days == 1);
    CHECK(*s.meanMgdl == 200.0);
    CHECK(*s.gmiPercent == Approx(3.31 + 0.02392 * 200.0));
    CHECK(*s.ea1cPercent == Approx((200.0 + 46.7) / 28.7));
    CHECK(*s.tarPercent == 100.0);
    CHECK(*s.tar2Percent == 0.0);
    CHECK(*s.tirPercent == 0.0);
    CHECK_FALSE(s.sdMgdl);
    CHECK_FALSE(s.cvPercent);
    CHECK_FALSE(s.jIndex);
    CHECK_FALSE(s.mageMgdl);
}

TEST_CASE("mean, sample SD, CV and J-index of a small series")
{
    // 100, 120, 150, 200: mean 142.5, sample SD 43.49.
    const GlucoseSummary s = summarize({mgdl(100, 0), mgdl(120, 5), mgdl(150, 10), mgdl(200, 15)});
    const double sd = std::sqrt(((42.5 * 42.5) + (22.5 * 22.5) + (7.5 * 7.5) + (57.5 * 57.5)) / 3.0);
    CHECK(*s.meanMgdl == Approx(142.5));
    CHECK(*s.sdMgdl == Approx(sd));
    CHECK(*s.cvPercent == Approx(100.0 * sd / 142.5));
    CHECK(*s.jIndex == Approx(0.001 * (142.5 + sd) * (142.5 + sd)));
    CHECK(*s.ea1cPercent == Approx(6.592334).margin(1e-6));
    CHECK(*s.minMgdl == 100.0);
    CHECK(*s.maxMgdl == 200.0);
}

TEST_CASE("consensus ranges: boundaries inclusive in range, level 2 inside low and high")
{
    const std::vector<GlucoseReading> readings = {mgdl(53), mgdl(54), mgdl(69), mgdl(70), mgdl(180),
                                                  mgdl(181), mgdl(250), mgdl(251), mgdl(120), mgdl(100)};
    const GlucoseSummary s = summarize(readings);
    CHECK(*s.tbr2Percent == Approx(10.0));
    CHECK(*s.tbrPercent == Approx(30.0));
    CHECK(*s.tirPercent == Approx(40.0));
    CHECK(*s.tarPercent == Approx(30.0));
    CHECK(*s.tar2Percent == Approx(10.0));
}

TEST_CASE("mmol/L readings are classified against the mmol/L thresholds")
{
    // 10.0 mmol/L is 180.16 mg/dL, above 180 when converted, but in range in its recorded unit.
    const GlucoseReading edge = reading(10.0, Glucose::Unit::MmolL, 0);
    const GlucoseReading low = reading(3.8, Glucose::Unit::MmolL, 5);
    const GlucoseSummary s = summarize({edge, low});
    CHECK(*s.tirPercent == Approx(50.0));
    CHECK(*s.tbrPercent == Approx(50.0));
    CHECK(*s.meanMgdl == Approx((10.0 + 3.8) / 2 * Glucose::MgDlPerMmolL));
}

TEST_CASE("LO and HI readings count as very low and very high")
{
    GlucoseReading lo = mgdl(40, 0);
    lo.flag = GlucoseReading::Flag::Lo;
    GlucoseReading hi = reading(33.3, Glucose::Unit::MmolL, 5);
    hi.flag = GlucoseReading::Flag::Hi;
    GlucoseReading hiAtLimitBelowLevel2 = mgdl(240, 10);
    hiAtLimitBelowLevel2.flag = GlucoseReading::Flag::Hi;
    const GlucoseSummary s = summarize({lo, hi, hiAtLimitBelowLevel2, mgdl(100, 15)});
    CHECK(*s.tbr2Percent == Approx(25.0));
    CHECK(*s.tar2Percent == Approx(50.0));
    CHECK(*s.tirPercent == Approx(25.0));
}

TEST_CASE("LBGI and HBGI average the Kovatchev risk over all readings")
{
    const GlucoseSummary s = summarize({mgdl(60, 0), mgdl(112.5, 5), mgdl(300, 10)});
    const auto f = [](double bg) { return 1.509 * (std::pow(std::log(bg), 1.084) - 5.381); };
    CHECK(*s.lbgi == Approx(10.0 * f(60) * f(60) / 3.0 + 10.0 * f(112.5) * f(112.5) / 3.0 * (f(112.5) < 0)));
    CHECK(*s.hbgi == Approx(10.0 * f(300) * f(300) / 3.0 + 10.0 * f(112.5) * f(112.5) / 3.0 * (f(112.5) > 0)));
}

TEST_CASE("days count local calendar days, not UTC days")
{
    // 23:30 and 00:30 local (UTC+8) are two local days but the same UTC day.
    const GlucoseSummary s = summarize({mgdl(100, 23 * 60 + 30), mgdl(110, 24 * 60 + 30), mgdl(120, 24 * 60 + 40)});
    CHECK(s.days == 2);
}
