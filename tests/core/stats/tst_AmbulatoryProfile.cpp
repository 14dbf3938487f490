#include "SyntheticReadings.h"
#include "stats/AmbulatoryProfile.h"
#include "stats/Percentile.h"

#include <catch2/catch.hpp>

using namespace Stats;
using namespace SyntheticReadings;

TEST_CASE("percentiles interpolate between order statistics (R type 7)")
{
    const std::vector<double> sorted = {66, 99, 112, 143, 276};
    CHECK(percentileOfSorted(sorted, 0) == 66);
    CHECK(percentileOfSorted(sorted, 50) == 112);
    CHECK(percentileOfSorted(sorted, 100) == 276);
    CHECK(percentileOfSorted(sorted, 25) == 99);
    CHECK(percentileOfSorted(sorted, 5) == Approx(66 + 0.2 * 33));
    CHECK(percentileOfSorted({7.0}, 95) == 7.0);
}

TEST_CASE("CGM data is profiled in 96 bins of 15 minutes by local time of day")
{
    // 10 days; at 08:00–08:14 local the values are 100..109 by day, elsewhere 150.
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 10; ++day) {
        for (int minute = 0; minute < 1440; minute += 5)
            readings.push_back(mgdl(minute >= 480 && minute < 495 ? 100.0 + day : 150.0, std::int64_t(day) * 1440 + minute));
    }
    const AmbulatoryProfile profile = ambulatoryProfile(readings, true);
    CHECK(profile.binMinutes == 15);
    REQUIRE(profile.bins.size() == 96);
    const ProfileBin &morning = profile.bins[32];
    CHECK(morning.startMinute == 480);
    CHECK(morning.count == 30);
    CHECK(*morning.p50 == Approx(104.5));
    CHECK(*morning.p5 == Approx(100.0));
    CHECK(*morning.p95 == Approx(109.0));
    CHECK(*morning.p25 < *morning.p75);
    CHECK(*profile.bins[0].p50 == 150.0);
}

TEST_CASE("meter data is profiled by the hour, and thin bins have no percentiles")
{
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 6; ++day)
        readings.push_back(mgdl(120.0 + day, std::int64_t(day) * 1440 + 7 * 60 + 20));
    readings.push_back(mgdl(200.0, 12 * 60));
    const AmbulatoryProfile profile = ambulatoryProfile(readings, false);
    REQUIRE(profile.bins.size() == 24);
    CHECK(profile.bins[7].count == 6);
    CHECK(*profile.bins[7].p50 == Approx(122.5));
    CHECK(profile.bins[12].count == 1);
    CHECK_FALSE(profile.bins[12].p50);
    CHECK(ambulatoryProfile({}, true).bins.size() == 96);
}
