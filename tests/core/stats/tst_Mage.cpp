#include "SyntheticReadings.h"
#include "stats/Mage.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Stats;
using namespace SyntheticReadings;

namespace {

// A 5-minute trace of `mean ± amplitude` waves of 72 points (6 h) from `startMinute`, starting at a nadir and ending
// on a peak, so that every excursion is complete.
std::vector<GlucoseReading> waves(double mean, double amplitude, int periods, std::int64_t startMinute = 5)
{
    std::vector<GlucoseReading> trace;
    const int count = periods * 72 + 36 + 1;
    for (int i = 0; i < count; ++i) {
        const double value = mean - amplitude * std::cos(2.0 * M_PI * i / 72.0);
        trace.push_back(mgdl(value, startMinute + std::int64_t(i) * 5));
    }
    return trace;
}

} // namespace

TEST_CASE("MAGE of a regular wave is its peak-to-nadir height")
{
    const std::optional<double> mage = mageMgdl(waves(150.0, 50.0, 10));
    REQUIRE(mage);
    CHECK(*mage == Approx(100.0).epsilon(1e-6));
}

TEST_CASE("MAGE does not depend on the unit or the order of the readings")
{
    std::vector<GlucoseReading> trace = waves(150.0, 50.0, 6);
    const double expected = *mageMgdl(trace);
    for (GlucoseReading &r : trace) {
        r.value = Glucose::toMmolL(r.value, Glucose::Unit::MgDl);
        r.unit = Glucose::Unit::MmolL;
    }
    std::reverse(trace.begin(), trace.end());
    CHECK(*mageMgdl(trace) == Approx(expected));
}

TEST_CASE("MAGE splits the trace at gaps over 180 minutes and weights segments by duration")
{
    std::vector<GlucoseReading> trace = waves(150.0, 50.0, 8);
    const std::int64_t afterGap = (trace.back().utcMs - LocalMidnightUtcMs) / MinuteMs + 4 * 60;
    const std::vector<GlucoseReading> second = waves(150.0, 20.0, 8, afterGap);
    trace.insert(trace.end(), second.begin(), second.end());
    const std::optional<double> mage = mageMgdl(trace);
    REQUIRE(mage);
    // Each segment keeps its own SD, so both heights count: (100 + 40) / 2.
    CHECK(*mage == Approx(70.0).epsilon(1e-6));
}

TEST_CASE("a flat trace has no excursion, and a short one no MAGE")
{
    CHECK_FALSE(mageMgdl(cgmTrace({120.0}, 300)));
    CHECK_FALSE(mageMgdl(cgmTrace({100.0, 200.0}, 30)));
    CHECK_FALSE(mageMgdl({}));
    CHECK_FALSE(mageMgdl({mgdl(100.0)}));
}

TEST_CASE("meter readings hours apart give no MAGE")
{
    // Four readings a day: every gap exceeds the 45-minute interpolation limit, so nothing is interpolated.
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 14; ++day) {
        for (int hour : {7, 12, 18, 22})
            readings.push_back(mgdl(day % 2 ? 90.0 : 220.0, std::int64_t(day) * 24 * 60 + hour * 60));
    }
    CHECK_FALSE(mageMgdl(readings));
}

TEST_CASE("a segment with short gaps and one without, apart by over 3 h, each count as computed alone")
{
    std::vector<GlucoseReading> complete = waves(150.0, 50.0, 6);
    std::vector<GlucoseReading> gappy = waves(150.0, 30.0, 6, (complete.back().utcMs - LocalMidnightUtcMs) / MinuteMs
                                                                  + 4 * 60);
    gappy.erase(gappy.begin() + 100, gappy.begin() + 115);  // 80 min without readings: missing grid points
    const double completeMage = *mageMgdl(complete);
    const double gappyMage = *mageMgdl(gappy);
    CHECK(gappyMage == Approx(60.0).epsilon(0.05));

    std::vector<GlucoseReading> both = gappy;
    both.insert(both.begin(), complete.begin(), complete.end());
    const double expected = (completeMage * double(complete.size() - 1)
                             + gappyMage * double((gappy.back().utcMs - gappy.front().utcMs) / (5 * MinuteMs)))
                            / double(complete.size() - 1 + (gappy.back().utcMs - gappy.front().utcMs) / (5 * MinuteMs));
    CHECK(*mageMgdl(both) == Approx(expected).epsilon(1e-9));
}

TEST_CASE("the builder's MAGE does not depend on how much grid it was told to expect")
{
    // 15-minute readings over 400 days: the grid outgrows a reservation of one point per reading, and crosses the
    // stretches whose pages are mapped ahead.
    std::vector<GlucoseReading> trace;
    for (int i = 0; i < 400 * 96; ++i)
        trace.push_back(mgdl(140.0 + 60.0 * std::sin(i / 9.0) + (i % 7), 5 + std::int64_t(i) * 15));
    const auto withReserve = [&](std::size_t points) {
        MageBuilder builder;
        builder.reserve(points);
        for (const GlucoseReading &r : trace)
            builder.add(r.utcMs, r.utcOffsetSec, r.mgdl());
        return builder.finish();
    };
    const std::optional<double> expected = withReserve(0);
    REQUIRE(expected);
    CHECK(withReserve(trace.size()) == expected);
    CHECK(withReserve(3 * trace.size()) == expected);
    CHECK(withReserve(40'000) == expected);
}
