#include "Mage.h"

#include "PagePrefault.h"

#include <algorithm>
#include <array>
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
constexpr std::size_t ShortWindow = 5;
constexpr std::size_t LongWindow = 32;
constexpr std::size_t MinimumPoints = 7;
constexpr std::size_t PrefaultedGridPoints = 32 * 1024;  // 256 KB of grid mapped at a time
const double Missing = std::numeric_limits<double>::quiet_NaN();

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// A stretch of grid values without a copy.
struct Span {
    const double *data;
    std::size_t size;
    double operator[](std::size_t i) const { return data[i]; }
};

// Whether a grid point is missing. A segment without missing points (full CGM coverage, the usual case) is analysed
// with MayMiss = false, which leaves the checks out and keeps the same arithmetic in the same order.
template<bool MayMiss>
bool missing(double value)
{
    return MayMiss && std::isnan(value);
}

// Right-aligned rolling mean over the values present in a window of `Width` points, fed one point at a time.
template<std::size_t Width, bool MayMiss>
class RollingMean
{
public:
    // The mean of the window ending at point i (NaN before the window is full or when it holds no value).
    double next(Span values, std::size_t i)
    {
        if (!missing<MayMiss>(values[i])) {
            m_sum += values[i];
            ++m_present;
        }
        if (i >= Width) {
            const double leaving = values[i - Width];
            if (!missing<MayMiss>(leaving)) {
                m_sum -= leaving;
                --m_present;
            }
        }
        if (i + 1 < Width)
            return Missing;
        if (!MayMiss)
            return m_sum / double(Width);  // every point of the window is present
        return m_present > 0 ? m_sum / m_present : Missing;
    }
    // The mean of the first full window; the points before it take this value.
    static double firstFull(Span values)
    {
        RollingMean mean;
        double value = Missing;
        for (std::size_t i = 0; i < Width; ++i)
            value = mean.next(values, i);
        return value;
    }

private:
    double m_sum = 0.0;
    int m_present = 0;
};

template<bool MayMiss>
double sampleSd(Span values)
{
    double sum = 0.0;
    int n = 0;
    for (std::size_t i = 0; i < values.size; ++i) {
        if (!missing<MayMiss>(values[i])) {
            sum += values[i];
            ++n;
        }
    }
    if (n < 2)
        return Missing;
    const double mean = sum / n;
    double squares = 0.0;
    for (std::size_t i = 0; i < values.size; ++i) {
        if (!missing<MayMiss>(values[i]))
            squares += (values[i] - mean) * (values[i] - mean);
    }
    return std::sqrt(squares / (n - 1));
}

enum class Turn { Nadir, Peak };

struct Crossing {
    std::size_t index;
    Turn type;
};

// Where the short moving average crosses the long one, plus the first and last point of the segment. The difference
// of the two averages is computed point by point, not stored.
template<bool MayMiss>
std::vector<Crossing> crossings(Span values)
{
    const std::size_t n = values.size;
    const double shortStart = RollingMean<ShortWindow, MayMiss>::firstFull(values);
    const double longStart = RollingMean<LongWindow, MayMiss>::firstFull(values);
    RollingMean<ShortWindow, MayMiss> shortMean;
    RollingMean<LongWindow, MayMiss> longMean;
    const auto deltaAt = [&](std::size_t i) {
        const double shortValue = shortMean.next(values, i);
        const double longValue = longMean.next(values, i);
        return (i + 1 < ShortWindow ? shortStart : shortValue) - (i + 1 < LongWindow ? longStart : longValue);
    };

    std::vector<Crossing> crosses;
    double previousDelta = deltaAt(0);
    crosses.push_back({0, previousDelta > 0 ? Turn::Peak : Turn::Nadir});
    double crossingDelta = previousDelta;  // the difference at the last crossing
    // In blocks, the crossings of a block gathered on the stack: no call inside the loop over the points, so the
    // running sums stay in registers (every call may overwrite the floating-point registers).
    constexpr std::size_t Block = 256;
    std::array<Crossing, Block> found;
    for (std::size_t blockStart = 1; blockStart < n; blockStart += Block) {
        const std::size_t blockEnd = std::min(n, blockStart + Block);
        std::size_t count = 0;
        for (std::size_t i = blockStart; i < blockEnd; ++i) {
            const double delta = deltaAt(i);
            const double before = previousDelta;
            previousDelta = delta;
            if (missing<MayMiss>(values[i]) || missing<MayMiss>(values[i - 1]) || std::isnan(delta)
                || std::isnan(before))
                continue;
            if (delta * before < 0) {
                found[count++] = {i, delta < before ? Turn::Nadir : Turn::Peak};
                crossingDelta = delta;
                continue;
            }
            if (delta * crossingDelta < 0) {  // the sign changed across a stretch without values
                found[count++] = {i, delta < crossingDelta ? Turn::Nadir : Turn::Peak};
                crossingDelta = delta;
            }
        }
        crosses.insert(crosses.end(), found.begin(), found.begin() + std::ptrdiff_t(count));
    }
    crosses.push_back({n - 1, previousDelta > 0 ? Turn::Peak : Turn::Nadir});
    return crosses;
}

// The index of the lowest (nadir) or highest (peak) value in [left, right], the first one of equal values.
template<bool MayMiss>
std::size_t extremeIndex(Span values, std::size_t left, std::size_t right, Turn type)
{
    if constexpr (!MayMiss) {
        // Every value is present: the running extreme kept in a register, one loop per direction.
        std::size_t best = left;
        double bestValue = values[left];
        if (type == Turn::Nadir) {
            for (std::size_t i = left + 1; i <= right; ++i) {
                if (values[i] < bestValue) {
                    best = i;
                    bestValue = values[i];
                }
            }
        } else {
            for (std::size_t i = left + 1; i <= right; ++i) {
                if (values[i] > bestValue) {
                    best = i;
                    bestValue = values[i];
                }
            }
        }
        return best;
    }
    std::size_t best = left;
    bool found = false;
    for (std::size_t i = left; i <= right; ++i) {
        if (missing<MayMiss>(values[i]))
            continue;
        const bool better = type == Turn::Nadir ? values[i] < values[best] : values[i] > values[best];
        if (!found || better) {
            best = i;
            found = true;
        }
    }
    return best;
}

// The lowest (nadir) or highest (peak) value between consecutive crossings.
template<bool MayMiss>
std::vector<double> turningPoints(Span values, const std::vector<Crossing> &crosses)
{
    std::vector<double> extremes;
    std::size_t left = crosses.front().index;
    for (std::size_t c = 0; c + 1 < crosses.size(); ++c) {
        const std::size_t best = extremeIndex<MayMiss>(values, left, crosses[c + 1].index, crosses[c].type);
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

template<bool MayMiss>
SegmentMage segmentMage(Span values)
{
    const std::vector<double> extremes = turningPoints<MayMiss>(values, crossings<MayMiss>(values));
    const double sd = sampleSd<MayMiss>(values);
    if (!(sd > 0.0))
        return {};
    return {meanExcursion(extremes, sd, true), meanExcursion(extremes, sd, false)};
}

SegmentMage segmentMage(Span values, bool mayMiss)
{
    if (values.size < std::max(MinimumPoints, LongWindow))
        return {};
    return mayMiss ? segmentMage<true>(values) : segmentMage<false>(values);
}

// The weighted MAGE of a grid, split into segments at stretches without values longer than 180 min.
std::optional<double> gridMage(const std::vector<double> &grid)
{
    const std::size_t n = grid.size();
    const std::size_t longestMissing = std::size_t(SegmentGapMs / GridMs);
    double weightedSum = 0.0;
    double totalWeight = 0.0;
    std::size_t segmentStart = 0;
    bool segmentMayMiss = false;  // whether a shorter gap lies inside the current segment
    std::size_t i = 0;
    auto addSegment = [&](std::size_t begin, std::size_t end) {
        if (end <= begin)
            return;
        const SegmentMage mage = segmentMage(Span{grid.data() + begin, end - begin}, segmentMayMiss);
        const double weight = double(end - 1 - begin);
        for (const std::optional<double> &m : {mage.rising, mage.falling}) {
            if (m) {
                weightedSum += *m * weight;
                totalWeight += weight;
            }
        }
    };
    while (i < n) {
        if (!std::isnan(grid[i])) {
            ++i;
            continue;
        }
        std::size_t gapEnd = i;
        while (gapEnd < n && std::isnan(grid[gapEnd]))
            ++gapEnd;
        if (gapEnd - i > longestMissing) {
            addSegment(segmentStart, i);
            segmentStart = gapEnd;
            segmentMayMiss = false;
        } else {
            segmentMayMiss = true;
        }
        i = gapEnd;
    }
    addSegment(segmentStart, n);
    if (totalWeight <= 0.0)
        return std::nullopt;
    return weightedSum / totalWeight;
}

} // namespace

void MageBuilder::reserve(std::size_t gridPoints)
{
    m_grid.reserve(gridPoints);
}

// The grid is written front to back once, so the pages ahead of it are mapped a stretch at a time.
void MageBuilder::appendToGrid(double mgdl)
{
    if (m_grid.size() == m_prefaultedPoints) {
        const std::size_t ahead = std::min(m_grid.capacity(), m_grid.size() + PrefaultedGridPoints);
        if (ahead > m_grid.size())
            prefaultForWriting(m_grid.data() + m_grid.size(), (ahead - m_grid.size()) * sizeof(double));
        m_prefaultedPoints = std::max(ahead, m_grid.size() + 1);  // when full, again after the vector has grown
    }
    m_grid.push_back(mgdl);
}

// iglu's CGMS2DayByDay: the grid starts 5 min after local midnight of the first day; only grid points between the
// first and last reading are kept, so the trace starts and ends with a value.
void MageBuilder::start(std::int64_t utcMs, int utcOffsetSec, double mgdl)
{
    const std::int64_t offsetMs = std::int64_t(utcOffsetSec) * 1000;
    m_anchorMs = floorDiv(utcMs + offsetMs, DayMs) * DayMs - offsetMs;
    m_nextStep = std::max<std::int64_t>(1, floorDiv(utcMs - m_anchorMs + GridMs - 1, GridMs));
    m_pending = {utcMs, mgdl};
    m_started = true;
}

// The grid points up to `reading`'s instant: its value on the point itself, before it interpolated from the
// previous reading (or missing across a gap over 45 min).
void MageBuilder::fillGridUpTo(const TimedValue &reading)
{
    for (;; ++m_nextStep) {
        const std::int64_t t = m_anchorMs + m_nextStep * GridMs;
        if (t > reading.utcMs)
            return;
        if (t == reading.utcMs) {
            appendToGrid(reading.mgdl);
            continue;
        }
        if (!m_hasPrevious || reading.utcMs - m_previous.utcMs > InterpolationGapMs) {
            appendToGrid(Missing);
            continue;
        }
        const double fraction = double(t - m_previous.utcMs) / double(reading.utcMs - m_previous.utcMs);
        appendToGrid(m_previous.mgdl + fraction * (reading.mgdl - m_previous.mgdl));
    }
}

std::optional<double> MageBuilder::finish()
{
    if (!m_started)
        return std::nullopt;
    fillGridUpTo(m_pending);
    return gridMage(m_grid);
}

std::optional<double> mageMgdl(const std::vector<GlucoseReading> &readings)
{
    std::vector<const GlucoseReading *> inOrder;
    inOrder.reserve(readings.size());
    for (const GlucoseReading &r : readings)
        inOrder.push_back(&r);
    const auto earlier = [](const GlucoseReading *a, const GlucoseReading *b) { return a->utcMs < b->utcMs; };
    if (!std::is_sorted(inOrder.begin(), inOrder.end(), earlier))  // the store returns them sorted already
        std::stable_sort(inOrder.begin(), inOrder.end(), earlier);
    MageBuilder builder;
    builder.reserve(readings.size());
    for (const GlucoseReading *r : inOrder)
        builder.add(r->utcMs, r->utcOffsetSec, r->mgdl());
    return builder.finish();
}

} // namespace Stats
