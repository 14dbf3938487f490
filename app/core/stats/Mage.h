#pragma once

#include "diary/GlucoseReading.h"

#include <optional>
#include <vector>

namespace Stats {

// Mean amplitude of glycaemic excursions by the moving-average algorithm of iglu (Fernandes et al. 2022), so the
// number matches the reference tool: readings interpolated on a 5-minute grid anchored at local midnight (no
// interpolation across gaps over 45 min), the trace split at gaps over 180 min, short/long moving averages of 5/32
// grid points, MAGE+ and MAGE− averaged ("avg"), segments weighted by their duration. Empty when no segment has an
// excursion larger than one SD (for example fewer than 32 grid points).
std::optional<double> mageMgdl(const std::vector<GlucoseReading> &readings);

} // namespace Stats
