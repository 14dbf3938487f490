#include "stats/SeriesThinning.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Stats;

TEST_CASE("short series are not thinned")
{
    const std::vector<ChartPoint> points = {{0, 1}, {1, 2}, {2, 3}};
    CHECK(thinMinMax(points, 2).size() == 3);
    CHECK(thinMinMax({}, 10).empty());
}

TEST_CASE("thinning keeps every bucket's lowest and highest point, in order")
{
    std::vector<ChartPoint> points;
    for (int i = 0; i < 10000; ++i)
        points.push_back({double(i), 100.0 + (i % 50)});
    points[4321].y = 400.0;  // a single peak
    points[8765].y = 40.0;   // a single low
    const std::vector<ChartPoint> thinned = thinMinMax(points, 100);
    CHECK(thinned.size() <= 200);
    CHECK(thinned.size() >= 100);
    CHECK(std::is_sorted(thinned.begin(), thinned.end(), [](const ChartPoint &a, const ChartPoint &b) { return a.x < b.x; }));
    const auto [low, high] = std::minmax_element(thinned.begin(), thinned.end(),
                                                 [](const ChartPoint &a, const ChartPoint &b) { return a.y < b.y; });
    CHECK(low->y == 40.0);
    CHECK(low->x == 8765.0);
    CHECK(high->y == 400.0);
    CHECK(high->x == 4321.0);
    CHECK(thinned.front().x == 0.0);
}
