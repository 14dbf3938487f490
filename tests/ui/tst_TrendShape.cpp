#include "TrendShape.h"

#include "glucose/Glucose.h"
#include "stats/SeriesThinning.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using Stats::ChartPoint;

namespace {

constexpr int Low = int(Glucose::Range::Low);
constexpr int InRange = int(Glucose::Range::InRange);
constexpr int High = int(Glucose::Range::High);

// 90 days of 5-minute readings (x in minutes) swinging between 60 and 250, tagged by a simple threshold.
std::vector<ChartPoint> denseDays()
{
    std::vector<ChartPoint> points;
    for (int i = 0; i < 90 * 288; ++i) {
        const double y = 155.0 + 95.0 * std::sin(i * 0.05) * std::cos(i * 0.0007);
        points.push_back({i * 5.0, y, y < 70.0 ? Low : y > 180.0 ? High : InRange});
    }
    return points;
}

TrendShape::Layout layoutFor(const std::vector<ChartPoint> &points, int columns)
{
    TrendShape::Layout layout;
    layout.fromX = points.front().x;
    layout.toX = points.back().x + 5.0;
    layout.columns = columns;
    layout.maxLinePoints = 4 * columns;  // a line width of two pixels: two readings per pixel column
    layout.markerColumns = 40;
    layout.minThickness = 2.0;
    return layout;
}

int columnOf(double x, const TrendShape::Layout &layout)
{
    return std::clamp(int(std::floor((x - layout.fromX) / (layout.toX - layout.fromX) * layout.columns)), 0,
                      layout.columns - 1);
}

// The band's lower and upper value in the column that holds x.
std::pair<double, double> bandAt(const TrendShape::Shape &shape, const TrendShape::Layout &layout, double x)
{
    const int column = columnOf(x, layout);
    for (std::size_t i = 0; i < shape.lower.size(); ++i) {
        if (columnOf(shape.lower[i].x, layout) == column)
            return {shape.lower[i].y, shape.upper[i].y};
    }
    FAIL("no band in the column of x = " << x);
    return {};
}

} // namespace

TEST_CASE("readings that fit are one line through every reading")
{
    const std::vector<ChartPoint> points = {{0, 100, InRange}, {5, 60, Low}, {10, 200, High}, {15, 120, InRange}};
    const TrendShape::Shape shape = TrendShape::shape(points, layoutFor(points, 2));
    REQUIRE(shape.line.size() == points.size());
    CHECK(shape.line[1].y == 60.0);
    CHECK(shape.lower.empty());
    CHECK(shape.upper.empty());
    CHECK(shape.low.size() == 1);
    CHECK(shape.high.size() == 1);
    CHECK(TrendShape::shape({}, layoutFor(points, 2)).line.empty());
}

TEST_CASE("a dense trace becomes the band from the lowest to the highest reading of each column")
{
    const std::vector<ChartPoint> points = denseDays();
    const TrendShape::Layout layout = layoutFor(points, 150);
    const TrendShape::Shape shape = TrendShape::shape(points, layout);
    CHECK(shape.line.empty());
    REQUIRE(shape.lower.size() == shape.upper.size());
    CHECK(shape.lower.size() == 150);
    for (std::size_t i = 0; i < shape.lower.size(); ++i) {
        CHECK(shape.lower[i].x == shape.upper[i].x);
        CHECK(shape.upper[i].y - shape.lower[i].y >= layout.minThickness - 1e-9);
    }
    for (const ChartPoint &p : points) {
        const auto [lower, upper] = bandAt(shape, layout, p.x);
        CHECK(lower <= p.y);
        CHECK(p.y <= upper);
    }
    const auto [lowest, highest] = std::minmax_element(points.begin(), points.end(),
                                                       [](const ChartPoint &a, const ChartPoint &b) { return a.y < b.y; });
    CHECK(std::min_element(shape.lower.begin(), shape.lower.end(),
                           [](const ChartPoint &a, const ChartPoint &b) { return a.y < b.y; })->y == lowest->y);
    CHECK(std::max_element(shape.upper.begin(), shape.upper.end(),
                           [](const ChartPoint &a, const ChartPoint &b) { return a.y < b.y; })->y == highest->y);
}

TEST_CASE("the band covers what the min/max-thinned line drew, column by column")
{
    const std::vector<ChartPoint> points = denseDays();
    const TrendShape::Layout layout = layoutFor(points, 150);
    const TrendShape::Shape shape = TrendShape::shape(points, layout);
    const std::vector<ChartPoint> thinned = Stats::thinMinMax(points, layout.columns);
    for (const ChartPoint &p : thinned) {
        const auto [lower, upper] = bandAt(shape, layout, p.x);
        CHECK(lower <= p.y);
        CHECK(p.y <= upper);
    }
}

TEST_CASE("a flat stretch is drawn at least one line width thick")
{
    std::vector<ChartPoint> points;
    for (int i = 0; i < 1000; ++i)
        points.push_back({double(i), 100.0, InRange});
    TrendShape::Layout layout = layoutFor(points, 10);
    layout.minThickness = 4.0;
    const TrendShape::Shape shape = TrendShape::shape(points, layout);
    REQUIRE(shape.lower.size() == 10);
    CHECK(shape.lower[3].y == Approx(98.0));
    CHECK(shape.upper[3].y == Approx(102.0));
}

TEST_CASE("markers go on the lowest low and the highest high of each marker column")
{
    const std::vector<ChartPoint> points = denseDays();
    const TrendShape::Layout layout = layoutFor(points, 150);
    const TrendShape::Shape shape = TrendShape::shape(points, layout);
    const auto markerColumn = [&](double x) {
        return std::clamp(int(std::floor((x - layout.fromX) / (layout.toX - layout.fromX) * layout.markerColumns)), 0,
                          layout.markerColumns - 1);
    };
    REQUIRE_FALSE(shape.low.empty());
    REQUIRE_FALSE(shape.high.empty());
    CHECK(shape.low.size() <= std::size_t(layout.markerColumns));
    CHECK(shape.high.size() <= std::size_t(layout.markerColumns));
    for (const ChartPoint &p : points) {
        if (p.tag == Low) {
            const auto marker = std::find_if(shape.low.begin(), shape.low.end(),
                                             [&](const ChartPoint &m) { return markerColumn(m.x) == markerColumn(p.x); });
            REQUIRE(marker != shape.low.end());
            CHECK(marker->y <= p.y);
        } else if (p.tag == High) {
            const auto marker = std::find_if(shape.high.begin(), shape.high.end(),
                                             [&](const ChartPoint &m) { return markerColumn(m.x) == markerColumn(p.x); });
            REQUIRE(marker != shape.high.end());
            CHECK(marker->y >= p.y);
        }
    }
    for (const ChartPoint &m : shape.low)
        CHECK(m.tag == Low);
    for (const ChartPoint &m : shape.high)
        CHECK(m.tag == High);
}
