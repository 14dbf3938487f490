#pragma once

#include "diary/GlucoseReading.h"

namespace Stats {

// The consensus range of a reading as statistics and charts count it: classified in its recorded unit, and a
// device "LO"/"HI" counted as very low/very high whatever limit value the device reported.
inline Glucose::Range rangeOf(GlucoseReading::Flag flag, double value, Glucose::Unit unit)
{
    if (flag == GlucoseReading::Flag::Lo)
        return Glucose::Range::VeryLow;
    if (flag == GlucoseReading::Flag::Hi)
        return Glucose::Range::VeryHigh;
    return Glucose::classify(value, unit);
}

inline Glucose::Range rangeOf(const GlucoseReading &reading)
{
    return rangeOf(reading.flag, reading.value, reading.unit);
}

} // namespace Stats
