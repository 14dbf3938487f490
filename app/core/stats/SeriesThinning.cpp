#include "SeriesThinning.h"

#include <algorithm>

namespace Stats {

std::vector<ChartPoint> thinMinMax(const std::vector<ChartPoint> &points, int buckets)
{
    if (buckets < 1 || points.size() <= 2 * std::size_t(buckets))
        return points;
    const double first = points.front().x;
    const double width = (points.back().x - first) / buckets;
    if (!(width > 0.0))
        return points;

    std::vector<ChartPoint> thinned;
    thinned.reserve(2 * std::size_t(buckets));
    std::size_t i = 0;
    for (int b = 0; b < buckets; ++b) {
        const bool lastBucket = b + 1 == buckets;
        const double end = first + width * (b + 1);
        const std::size_t begin = i;
        std::size_t low = i;
        std::size_t high = i;
        for (; i < points.size() && (lastBucket || points[i].x < end); ++i) {
            if (points[i].y < points[low].y)
                low = i;
            if (points[i].y > points[high].y)
                high = i;
        }
        if (i == begin)
            continue;
        thinned.push_back(points[std::min(low, high)]);
        if (low != high)
            thinned.push_back(points[std::max(low, high)]);
    }
    return thinned;
}

} // namespace Stats
