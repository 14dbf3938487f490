#pragma once

#include "diary/GlucoseReading.h"

namespace Stats {

// The consensus range of a reading as statistics and charts count it: classified in its recorded unit, and a
// device "LO"/"HI" counted as very low/very high whatever limit value the device reported.
inline Glucose::Range rangeOf(const GlucoseReading &reading)
{
    if (reading.flag == GlucoseReading::Flag::Lo)
        return Glucose::Range::VeryLow;
    if (reading.flag == GlucoseReading::Flag::Hi)
        return Glucose::Range::VeryHigh;
    return reading.range();
}

} // namespace Stats
