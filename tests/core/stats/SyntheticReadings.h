#pragma once

#include "diary/GlucoseReading.h"

#include <cstdint>
#include <vector>

// Small synthetic series for the statistics tests: readings at fixed steps from a fixed local midnight.
namespace SyntheticReadings {

inline constexpr std::int64_t MinuteMs = 60 * 1000;
inline constexpr std::int64_t DayMs = 24 * 60 * MinuteMs;
inline constexpr int OffsetSec = 8 * 3600;  // UTC+8, as in Beijing, Taipei and Hong Kong
// 2024-03-01 00:00 at UTC+8.
inline constexpr std::int64_t LocalMidnightUtcMs = 1709251200000LL - std::int64_t(OffsetSec) * 1000;

inline GlucoseReading reading(double value, Glucose::Unit unit, std::int64_t minutesFromMidnight,
                              GlucoseReading::MealContext context = GlucoseReading::MealContext::Other)
{
    GlucoseReading r;
    r.utcMs = LocalMidnightUtcMs + minutesFromMidnight * MinuteMs;
    r.utcOffsetSec = OffsetSec;
    r.value = value;
    r.unit = unit;
    r.context = context;
    return r;
}

inline GlucoseReading mgdl(double value, std::int64_t minutesFromMidnight = 0)
{
    return reading(value, Glucose::Unit::MgDl, minutesFromMidnight);
}

// A CGM trace every `stepMinutes`, one value per step from `values`, repeated to fill `count` readings.
inline std::vector<GlucoseReading> cgmTrace(const std::vector<double> &values, int count, int stepMinutes = 5)
{
    std::vector<GlucoseReading> trace;
    for (int i = 0; i < count; ++i)
        trace.push_back(mgdl(values[std::size_t(i) % values.size()], std::int64_t(i) * stepMinutes));
    return trace;
}

} // namespace SyntheticReadings
