#include "DataCoverage.h"

#include <algorithm>
#include <cmath>

namespace Stats {

DataCoverage dataCoverage(const std::vector<GlucoseReading> &readings)
{
    DataCoverage coverage;
    if (readings.size() < 2)
        return coverage;
    std::vector<std::int64_t> times;
    times.reserve(readings.size());
    for (const GlucoseReading &r : readings)
        times.push_back(r.utcMs);
    if (!std::is_sorted(times.begin(), times.end()))
        std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    if (times.size() < 2)
        return coverage;

    std::vector<std::int64_t> gaps;
    gaps.reserve(times.size() - 1);
    for (std::size_t i = 1; i < times.size(); ++i)
        gaps.push_back(times[i] - times[i - 1]);
    const auto middle = gaps.begin() + std::ptrdiff_t(gaps.size() / 2);
    std::nth_element(gaps.begin(), middle, gaps.end());
    const int interval = std::max(1, int(std::lround(double(*middle) / 60000.0)));

    const std::int64_t intervalMs = std::int64_t(interval) * 60000;
    const std::int64_t spanMs = times.back() - times.front() + intervalMs;
    coverage.typicalIntervalMinutes = interval;
    coverage.continuous = interval <= ContinuousIntervalMinutes;
    coverage.spanDays = double(spanMs) / (24.0 * 60 * 60 * 1000);
    coverage.expectedReadings = int(spanMs / intervalMs);
    coverage.percentOfExpected = std::min(100.0, 100.0 * double(times.size()) / coverage.expectedReadings);
    // A 14-day view of a sensor still in use ends at "now", part-way through a day: count days to the nearest whole.
    coverage.sufficient = coverage.continuous && coverage.spanDays >= SufficientDays - 0.5
                          && coverage.percentOfExpected >= SufficientPercent;
    return coverage;
}

} // namespace Stats
