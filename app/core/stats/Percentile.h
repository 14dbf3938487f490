#pragma once

#include <vector>

namespace Stats {

// The p-th percentile (0–100) of sorted values by linear interpolation between order statistics (R's quantile
// type 7, as iglu and the AGP reports use). The values must be sorted and not empty.
double percentileOfSorted(const std::vector<double> &sorted, double p);

} // namespace Stats
