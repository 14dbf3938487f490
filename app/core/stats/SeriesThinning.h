#pragma once

#include <vector>

namespace Stats {

struct ChartPoint {
    double x = 0.0;
    double y = 0.0;
    int tag = 0;  // carried along unchanged, e.g. the range of the reading behind the point
};

// Long series thinned for drawing: the x range is cut into `buckets` equal columns and each column keeps only its
// lowest and highest point (in x order), so a chart of a year of CGM shows every peak and every low with about two
// points per pixel column. Series with at most 2 × buckets points are returned unchanged. Input sorted by x.
std::vector<ChartPoint> thinMinMax(const std::vector<ChartPoint> &points, int buckets);

} // namespace Stats
