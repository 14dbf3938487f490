#pragma once

#include "diary/GlucoseReading.h"

#include <optional>
#include <vector>

namespace Stats {

// The summary numbers of a stretch of readings, shared by the statistics page, the doctor's report and
// `isletguide-cli stats`. Glucose in mg/dL, shares in percent (0–100) of readings. A number that cannot be computed
// from the readings (no readings; SD from one reading; MAGE without an excursion) is empty, never NaN.
struct GlucoseSummary {
    int count = 0;
    int days = 0;  // calendar days (local wall clock) with at least one reading

    std::optional<double> meanMgdl;
    std::optional<double> sdMgdl;  // sample SD (n − 1)
    std::optional<double> cvPercent;
    std::optional<double> minMgdl;
    std::optional<double> maxMgdl;
    std::optional<double> gmiPercent;
    std::optional<double> gmiMmolPerMol;
    std::optional<double> ea1cPercent;

    // 2019 consensus ranges, each reading classified in its recorded unit; low includes level 2, high includes level 2.
    std::optional<double> tirPercent;
    std::optional<double> tbrPercent;
    std::optional<double> tbr2Percent;
    std::optional<double> tarPercent;
    std::optional<double> tar2Percent;

    std::optional<double> lbgi;
    std::optional<double> hbgi;
    std::optional<double> jIndex;
    std::optional<double> mageMgdl;
};

GlucoseSummary summarize(const std::vector<GlucoseReading> &readings);

} // namespace Stats
