#pragma once

#include "stats/SeriesThinning.h"

#include <vector>

// What the trend chart draws for the readings of its range at its size. Readings that fit (at most two per pixel
// column) are one line through every reading. A denser trace would be hundreds of thick segments drawn over each
// other on every redraw, so it becomes the band between the lowest and the highest reading of each column of one line
// width: the same pixels, filled in one pass, every peak and every low still on it. Markers go on the lowest low and the highest
// high of each marker column (closer markers would only overlap).
namespace TrendShape {

struct Layout {
    double fromX = 0.0;         // the plot's x range
    double toX = 0.0;
    int columns = 1;            // columns of one line width across the plot
    int maxLinePoints = 0;      // more readings than this are drawn as the band
    int markerColumns = 1;      // columns of one marker spacing across the plot
    double minThickness = 0.0;  // one line width in y units: no column of the band is thinner than the line would be
};

struct Shape {
    std::vector<Stats::ChartPoint> line;   // every reading, when they fit; otherwise empty
    std::vector<Stats::ChartPoint> lower;  // otherwise, per column with readings: its lowest value (x: column middle)
    std::vector<Stats::ChartPoint> upper;  // and its highest, at least minThickness above the lowest
    std::vector<Stats::ChartPoint> low;    // the lowest low reading of each marker column
    std::vector<Stats::ChartPoint> high;   // the highest high reading of each marker column
};

// `points` sorted by x, their tag a Glucose::Range.
Shape shape(const std::vector<Stats::ChartPoint> &points, const Layout &layout);

} // namespace TrendShape
