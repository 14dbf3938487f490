#pragma once

#include "diary/GlucoseReading.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

// A deterministic stretch of 5-minute CGM ending at `endUtcMs`: a daily rhythm, three meal rises, sensor noise and
// an occasional night-time low, in whole mg/dL between 40 and 400, at UTC+8. Shared by the statistics benchmarks.
inline std::vector<GlucoseReading> syntheticCgm(int count, std::int64_t endUtcMs)
{
    constexpr std::int64_t StepMs = 5 * 60 * 1000;
    constexpr int OffsetSec = 8 * 3600;
    std::mt19937 random(20240501);
    std::normal_distribution<double> noise(0.0, 8.0);
    std::vector<GlucoseReading> readings;
    readings.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        GlucoseReading r;
        r.utcMs = endUtcMs - std::int64_t(count - 1 - i) * StepMs;
        r.utcOffsetSec = OffsetSec;
        const double minute = double(((r.utcMs / 60000 + OffsetSec / 60) % 1440 + 1440) % 1440);
        double value = 130.0 + 35.0 * std::sin(2.0 * M_PI * (minute - 300.0) / 1440.0);
        for (double meal : {450.0, 750.0, 1110.0}) {
            const double since = minute - meal;
            if (since >= 0 && since < 240)
                value += 90.0 * std::exp(-since / 60.0) * (1.0 - std::exp(-since / 20.0));
        }
        if (minute < 240 && (i / 288) % 9 == 0)
            value -= 70.0;
        r.value = std::round(std::clamp(value + noise(random), 40.0, 400.0));
        r.unit = Glucose::Unit::MgDl;
        r.source = QStringLiteral("cgm:bench");
        readings.push_back(r);
    }
    return readings;
}
