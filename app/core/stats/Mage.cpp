#include "Mage.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace Stats {
namespace {

constexpr std::int64_t MinuteMs = 60 * 1000;
constexpr std::int64_t DayMs = 24 * 60 * MinuteMs;
constexpr std::int64_t GridMs = 5 * MinuteMs;
constexpr std::int64_t InterpolationGapMs = 45 * MinuteMs;
constexpr std::int64_t SegmentGapMs = 180 * MinuteMs;
constexpr int ShortWindow = 5;
constexpr int LongWindow = 32;
constexpr int MinimumPoints = 7;
const double Missing = std::numeric_limits<double>::quiet_NaN();

struct TimedValue {
    std::int64_t utcMs;
    double mgdl;
};

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Sorted by time; of readings at the same instant only the last is kept (as iglu does).
std::vector<TimedValue> sortedTrace(const std::vector<GlucoseReading> &readings)
{
    std::vector<TimedValue> trace;
    trace.reserve(readings.size());
    for (const GlucoseReading &r : readings)
        trace.push_back({r.utcMs, r.mgdl()});
    const auto earlier = [](const TimedValue &a, const TimedValue &b) { return a.utcMs < b.utcMs; };
    if (!std::is_sorted(trace.begin(), trace.end(), earlier))  // the store returns them sorted already
        std::stable_sort(trace.begin(), trace.end(), earlier);
    std::vector<TimedValue> unique;
    unique.reserve(trace.size());
    for (const TimedValue &v : trace) {
        if (!unique.empty() && unique.back().utcMs == v.utcMs)
            unique.back() = v;
        else
            unique.push_back(v);
    }
    return unique;
}

// A stretch of the 5-minute grid: its first instant and the interpolated values (NaN where not interpolated).
struct GridTrace {
    std::int64_t startMs = 0;
    std::vector<double> values;
};

// iglu's CGMS2DayByDay: the grid starts 5 min after local midnight of the first day; only grid points between the
// first and last reading are kept, so the trace starts and ends with a value.
GridTrace interpolateOnGrid(const std::vector<TimedValue> &trace, int firstOffsetSec)
{
    const std::int64_t offsetMs = std::int64_t(firstOffsetSec) * 1000;
    const std::int64_t anchor = floorDiv(trace.front().utcMs + offsetMs, DayMs) * DayMs - offsetMs;
    const std::int64_t firstStep = std::max<std::int64_t>(1, floorDiv(trace.front().utcMs - anchor + GridMs - 1, GridMs));
    const std::int64_t lastStep = floorDiv(trace.back().utcMs - anchor, GridMs);

    GridTrace grid;
    grid.startMs = anchor + firstStep * GridMs;
    if (lastStep < firstStep)
        return grid;
    grid.values.reserve(std::size_t(lastStep - firstStep + 1));
    std::size_t right = 0;
    for (std::int64_t step = firstStep; step <= lastStep; ++step) {
        const std::int64_t t = anchor + step * GridMs;
        while (trace[right].utcMs < t)
            ++right;
        if (trace[right].utcMs == t) {
            grid.values.push_back(trace[right].mgdl);
            continue;
        }
        const TimedValue &a = trace[right - 1];
        const TimedValue &b = trace[right];
        if (b.utcMs - a.utcMs > InterpolationGapMs) {
            grid.values.push_back(Missing);
            continue;
        }
        const double fraction = double(t - a.utcMs) / double(b.utcMs - a.utcMs);
        grid.values.push_back(a.mgdl + fraction * (b.mgdl - a.mgdl));
    }
    return grid;
}

// Right-aligned rolling mean over the values present in each window; the first `width` points take the value of
// the first full window.
std::vector<double> movingAverage(const std::vector<double> &values, int width)
{
    const std::size_t n = values.size();
    std::vector<double> average(n, Missing);
    double sum = 0.0;
    int present = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isnan(values[i])) {
            sum += values[i];
            ++present;
        }
        if (i >= std::size_t(width)) {
            const double leaving = values[i - std::size_t(width)];
            if (!std::isnan(leaving)) {
                sum -= leaving;
                --present;
            }
        }
        if (i + 1 >= std::size_t(width))
            average[i] = present > 0 ? sum / present : Missing;
    }
    for (std::size_t i = 0; i + 1 < std::size_t(width) && i < n; ++i)
        average[i] = average[std::size_t(width) - 1];
    return average;
}

double sampleSd(const std::vector<double> &values)
{
    double sum = 0.0;
    int n = 0;
    for (double v : values) {
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    if (n < 2)
        return Missing;
    const double mean = sum / n;
    double squares = 0.0;
    for (double v : values) {
        if (!std::isnan(v))
            squares += (v - mean) * (v - mean);
    }
    return std::sqrt(squares / (n - 1));
}

enum class Turn { Nadir, Peak };

struct Crossing {
    std::size_t index;
    Turn type;
};

// Where the short average crosses the long one, plus the first and last point of the segment.
std::vector<Crossing> crossings(const std::vector<double> &values, const std::vector<double> &delta)
{
    const std::size_t n = values.size();
    std::vector<Crossing> crosses;
    crosses.push_back({0, delta[0] > 0 ? Turn::Peak : Turn::Nadir});
    for (std::size_t i = 1; i < n; ++i) {
        if (std::isnan(values[i]) || std::isnan(values[i - 1]) || std::isnan(delta[i]) || std::isnan(delta[i - 1]))
            continue;
        if (delta[i] * delta[i - 1] < 0) {
            crosses.push_back({i, delta[i] < delta[i - 1] ? Turn::Nadir : Turn::Peak});
            continue;
        }
        const double previous = delta[crosses.back().index];
        if (delta[i] * previous < 0)  // the sign changed across a stretch without values
            crosses.push_back({i, delta[i] < previous ? Turn::Nadir : Turn::Peak});
    }
    crosses.push_back({n - 1, delta[n - 1] > 0 ? Turn::Peak : Turn::Nadir});
    return crosses;
}

// The lowest (nadir) or highest (peak) value between consecutive crossings.
std::vector<double> turningPoints(const std::vector<double> &values, const std::vector<Crossing> &crosses)
{
    std::vector<double> extremes;
    std::size_t left = crosses.front().index;
    for (std::size_t c = 0; c + 1 < crosses.size(); ++c) {
        const std::size_t right = crosses[c + 1].index;
        std::size_t best = left;
        bool found = false;
        for (std::size_t i = left; i <= right; ++i) {
            if (std::isnan(values[i]))
                continue;
            const bool better = crosses[c].type == Turn::Nadir ? values[i] < values[best] : values[i] > values[best];
            if (!found || better) {
                best = i;
                found = true;
            }
        }
        extremes.push_back(values[best]);
        left = best;
    }
    return extremes;
}

// Mean of the nadir-to-peak (rising) or peak-to-nadir (falling) excursions larger than one SD.
std::optional<double> meanExcursion(const std::vector<double> &m, double sd, bool rising)
{
    const double sign = rising ? 1.0 : -1.0;
    const std::size_t n = m.size();
    double total = 0.0;
    int count = 0;
    std::size_t start = 0;
    std::size_t j = 0;
    while (j < n) {
        std::size_t from = start;
        for (std::size_t i = start; i <= j; ++i) {
            if (sign * (m[j] - m[i]) > sign * (m[j] - m[from]))
                from = i;
        }
        if (sign * (m[j] - m[from]) < sd) {
            ++j;
            continue;
        }
        for (std::size_t k = j; k < n; ++k) {
            if (sign * (m[k] - m[j]) > 0)
                j = k;
            if (sign * (m[k] - m[j]) < -sd || k == n - 1) {
                total += m[j] - m[from];
                ++count;
                start = rising ? k : j;
                j = k;
                break;
            }
        }
    }
    if (count == 0)
        return std::nullopt;
    return std::abs(total / count);
}

struct SegmentMage {
    std::optional<double> rising;
    std::optional<double> falling;
};

SegmentMage segmentMage(const std::vector<double> &values)
{
    if (values.size() < std::size_t(std::max(MinimumPoints, LongWindow)))
        return {};
    const std::vector<double> shortAverage = movingAverage(values, ShortWindow);
    const std::vector<double> longAverage = movingAverage(values, LongWindow);
    std::vector<double> delta(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        delta[i] = shortAverage[i] - longAverage[i];

    const std::vector<double> extremes = turningPoints(values, crossings(values, delta));
    const double sd = sampleSd(values);
    if (!(sd > 0.0))
        return {};
    return {meanExcursion(extremes, sd, true), meanExcursion(extremes, sd, false)};
}

} // namespace

std::optional<double> mageMgdl(const std::vector<GlucoseReading> &readings)
{
    if (readings.empty())
        return std::nullopt;
    const auto first = std::min_element(readings.begin(), readings.end(),
                                        [](const GlucoseReading &a, const GlucoseReading &b) { return a.utcMs < b.utcMs; });
    const GridTrace grid = interpolateOnGrid(sortedTrace(readings), first->utcOffsetSec);

    const std::size_t n = grid.values.size();
    const std::size_t longestMissing = std::size_t(SegmentGapMs / GridMs);
    double weightedSum = 0.0;
    double totalWeight = 0.0;
    std::size_t segmentStart = 0;
    std::size_t i = 0;
    auto addSegment = [&](std::size_t begin, std::size_t end) {
        if (end <= begin)
            return;
        const std::vector<double> values(grid.values.begin() + std::ptrdiff_t(begin), grid.values.begin() + std::ptrdiff_t(end));
        const SegmentMage mage = segmentMage(values);
        const double weight = double(end - 1 - begin);
        for (const std::optional<double> &m : {mage.rising, mage.falling}) {
            if (m) {
                weightedSum += *m * weight;
                totalWeight += weight;
            }
        }
    };
    while (i < n) {
        if (!std::isnan(grid.values[i])) {
            ++i;
            continue;
        }
        std::size_t gapEnd = i;
        while (gapEnd < n && std::isnan(grid.values[gapEnd]))
            ++gapEnd;
        if (gapEnd - i > longestMissing) {
            addSegment(segmentStart, i);
            segmentStart = gapEnd;
        }
        i = gapEnd;
    }
    addSegment(segmentStart, n);
    if (totalWeight <= 0.0)
        return std::nullopt;
    return weightedSum / totalWeight;
}

} // namespace Stats
