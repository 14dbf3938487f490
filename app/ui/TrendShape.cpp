#include "TrendShape.h"

#include "glucose/Glucose.h"

#include <algorithm>
#include <cmath>

namespace TrendShape {

namespace {

// Which of `count` equal columns across [from, to] holds x (points outside go to the first or last column).
int columnOf(double x, double from, double to, int count)
{
    if (!(to > from))
        return 0;
    return std::clamp(int(std::floor((x - from) / (to - from) * count)), 0, count - 1);
}

double middleOf(int column, double from, double to, int count)
{
    return from + (to - from) * (column + 0.5) / count;
}

// One point per column: the one `better` prefers among the points `wanted` accepts.
template<typename Wanted, typename Better>
std::vector<Stats::ChartPoint> extremePerColumn(const std::vector<Stats::ChartPoint> &points, const Layout &layout,
                                                Wanted wanted, Better better)
{
    std::vector<Stats::ChartPoint> chosen;
    int chosenColumn = -1;
    for (const Stats::ChartPoint &p : points) {
        if (!wanted(p))
            continue;
        const int column = columnOf(p.x, layout.fromX, layout.toX, layout.markerColumns);
        if (column != chosenColumn) {
            chosen.push_back(p);
            chosenColumn = column;
        } else if (better(p, chosen.back())) {
            chosen.back() = p;
        }
    }
    return chosen;
}

void addBandColumn(Shape &shape, const Layout &layout, int column, double lowest, double highest)
{
    const double x = middleOf(column, layout.fromX, layout.toX, layout.columns);
    const double missing = layout.minThickness - (highest - lowest);
    if (missing > 0.0) {
        lowest -= missing / 2.0;
        highest += missing / 2.0;
    }
    shape.lower.push_back({x, lowest, 0});
    shape.upper.push_back({x, highest, 0});
}

} // namespace

Shape shape(const std::vector<Stats::ChartPoint> &points, const Layout &layout)
{
    Layout checked = layout;
    checked.columns = std::max(1, layout.columns);
    checked.markerColumns = std::max(1, layout.markerColumns);
    checked.minThickness = std::max(0.0, layout.minThickness);
    Shape result;
    result.low = extremePerColumn(
        points, checked, [](const Stats::ChartPoint &p) { return Glucose::isLow(Glucose::Range(p.tag)); },
        [](const Stats::ChartPoint &a, const Stats::ChartPoint &b) { return a.y < b.y; });
    result.high = extremePerColumn(
        points, checked, [](const Stats::ChartPoint &p) { return Glucose::isHigh(Glucose::Range(p.tag)); },
        [](const Stats::ChartPoint &a, const Stats::ChartPoint &b) { return a.y > b.y; });

    if (points.size() <= std::size_t(std::max(0, checked.maxLinePoints))) {
        result.line = points;
        return result;
    }
    int column = -1;
    double lowest = 0.0;
    double highest = 0.0;
    for (const Stats::ChartPoint &p : points) {
        const int c = columnOf(p.x, checked.fromX, checked.toX, checked.columns);
        if (c != column) {
            if (column >= 0)
                addBandColumn(result, checked, column, lowest, highest);
            column = c;
            lowest = highest = p.y;
        } else {
            lowest = std::min(lowest, p.y);
            highest = std::max(highest, p.y);
        }
    }
    addBandColumn(result, checked, column, lowest, highest);
    return result;
}

} // namespace TrendShape
