#pragma once

#include "diary/GlucoseReading.h"

#include <cstdint>
#include <vector>

namespace Stats {

// How much data a stretch holds, so summaries built for CGM (AGP, GMI) are only presented as reliable when the 2019
// consensus minimum is met: at least 14 days and at least 70 % of the readings the device could have taken.
struct DataCoverage {
    int typicalIntervalMinutes = 0;  // median gap between consecutive readings, rounded to a minute
    bool continuous = false;         // a CGM-like trace: typical interval of 15 min or less
    double spanDays = 0.0;           // first to last reading, plus one interval
    int expectedReadings = 0;        // what a device at the typical interval would have taken over the span
    double percentOfExpected = 0.0;  // 0–100
    bool sufficient = false;         // continuous, ≥ 14 days and ≥ 70 %
};

inline constexpr double SufficientDays = 14.0;
inline constexpr double SufficientPercent = 70.0;
inline constexpr int ContinuousIntervalMinutes = 15;

DataCoverage dataCoverage(const std::vector<GlucoseReading> &readings);

} // namespace Stats
