#include "Percentile.h"

#include <cmath>

namespace Stats {

double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    const double position = (p / 100.0) * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const double fraction = position - double(below);
    if (below + 1 >= sorted.size())
        return sorted.back();
    return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

} // namespace Stats
