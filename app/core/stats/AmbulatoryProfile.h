#pragma once

#include "diary/GlucoseReading.h"

#include <optional>
#include <vector>

namespace Stats {

// The ambulatory glucose profile: every day folded onto one, readings grouped by wall-clock time of day, and the
// 5/25/50/75/95th percentiles of each group (mg/dL). CGM data is grouped in 15-minute bins, meter data by the hour.
struct ProfileBin {
    int startMinute = 0;  // minute of the day the bin starts at, wall clock
    int count = 0;
    std::optional<double> p5;  // the percentiles are empty below MinimumReadingsPerBin readings
    std::optional<double> p25;
    std::optional<double> p50;
    std::optional<double> p75;
    std::optional<double> p95;
};

struct AmbulatoryProfile {
    int binMinutes = 0;
    std::vector<ProfileBin> bins;  // 1440 / binMinutes bins, from midnight
};

inline constexpr int CgmBinMinutes = 15;
inline constexpr int MeterBinMinutes = 60;
inline constexpr int MinimumReadingsPerBin = 5;

// `continuous` chooses the bin width (see DataCoverage::continuous).
AmbulatoryProfile ambulatoryProfile(const std::vector<GlucoseReading> &readings, bool continuous);

} // namespace Stats
