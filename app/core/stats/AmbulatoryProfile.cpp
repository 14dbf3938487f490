#include "AmbulatoryProfile.h"

#include "Percentile.h"

#include <algorithm>
#include <cstdint>

namespace Stats {

AmbulatoryProfile ambulatoryProfile(const std::vector<GlucoseReading> &readings, bool continuous)
{
    constexpr std::int64_t DayMinutes = 24 * 60;
    AmbulatoryProfile profile;
    profile.binMinutes = continuous ? CgmBinMinutes : MeterBinMinutes;
    const int binCount = int(DayMinutes / profile.binMinutes);

    std::vector<std::vector<double>> values(static_cast<std::size_t>(binCount));
    for (std::vector<double> &bin : values)
        bin.reserve(readings.size() / std::size_t(binCount) + 1);
    for (const GlucoseReading &r : readings) {
        const std::int64_t localMinutes = (r.utcMs + std::int64_t(r.utcOffsetSec) * 1000) / 60000;
        const std::int64_t minuteOfDay = ((localMinutes % DayMinutes) + DayMinutes) % DayMinutes;
        values[std::size_t(minuteOfDay / profile.binMinutes)].push_back(r.mgdl());
    }

    profile.bins.reserve(std::size_t(binCount));
    for (int b = 0; b < binCount; ++b) {
        std::vector<double> &bin = values[std::size_t(b)];
        ProfileBin out;
        out.startMinute = b * profile.binMinutes;
        out.count = int(bin.size());
        if (out.count >= MinimumReadingsPerBin) {
            std::sort(bin.begin(), bin.end());
            out.p5 = percentileOfSorted(bin, 5);
            out.p25 = percentileOfSorted(bin, 25);
            out.p50 = percentileOfSorted(bin, 50);
            out.p75 = percentileOfSorted(bin, 75);
            out.p95 = percentileOfSorted(bin, 95);
        }
        profile.bins.push_back(out);
    }
    return profile;
}

} // namespace Stats
