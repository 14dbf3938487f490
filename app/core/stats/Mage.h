#pragma once

#include "diary/GlucoseReading.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace Stats {

// Mean amplitude of glycaemic excursions by the moving-average algorithm of iglu (Fernandes et al. 2022), so the
// number matches the reference tool: readings interpolated on a 5-minute grid anchored at local midnight (no
// interpolation across gaps over 45 min), the trace split at gaps over 180 min, short/long moving averages of 5/32
// grid points, MAGE+ and MAGE− averaged ("avg"), segments weighted by their duration. Empty when no segment has an
// excursion larger than one SD (for example fewer than 32 grid points).
std::optional<double> mageMgdl(const std::vector<GlucoseReading> &readings);

// The same computed while the readings arrive in time order: only the 5-minute grid is kept (8 bytes a grid point),
// not the readings. Of readings at the same instant the last one counts (as iglu does).
class MageBuilder
{
public:
    void reserve(std::size_t gridPoints);
    void add(std::int64_t utcMs, int utcOffsetSec, double mgdl)  // utcMs never below the previous one
    {
        if (!m_started) {
            start(utcMs, utcOffsetSec, mgdl);
        } else if (utcMs == m_pending.utcMs) {
            m_pending.mgdl = mgdl;
        } else {
            fillGridUpTo(m_pending);
            m_previous = m_pending;
            m_hasPrevious = true;
            m_pending = {utcMs, mgdl};
        }
    }
    std::optional<double> finish();  // once, after the last add

private:
    struct TimedValue {
        std::int64_t utcMs;
        double mgdl;
    };
    void start(std::int64_t utcMs, int utcOffsetSec, double mgdl);  // the first reading
    void fillGridUpTo(const TimedValue &reading);
    void appendToGrid(double mgdl);

    bool m_started = false;
    bool m_hasPrevious = false;
    std::int64_t m_anchorMs = 0;  // local midnight of the first reading
    std::int64_t m_nextStep = 0;  // the next grid point, in 5-minute steps from the anchor
    TimedValue m_previous{};      // the last reading the grid has been filled up to
    TimedValue m_pending{};       // the latest reading; a later one at the same instant replaces it
    std::vector<double> m_grid;   // interpolated values, NaN where not interpolated
    std::size_t m_prefaultedPoints = 0;  // the grid's pages are mapped up to this point (PagePrefault)
};

} // namespace Stats
