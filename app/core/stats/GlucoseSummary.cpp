#include "GlucoseSummary.h"

#include "Formulas.h"
#include "Mage.h"
#include "ReadingRange.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace Stats {
namespace {

constexpr std::int64_t DayMs = 24 * 60 * 60 * 1000;

int localDayCount(const std::vector<GlucoseReading> &readings)
{
    std::vector<std::int64_t> days;
    days.reserve(readings.size());
    for (const GlucoseReading &r : readings) {
        const std::int64_t local = r.utcMs + std::int64_t(r.utcOffsetSec) * 1000;
        days.push_back(local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs);
    }
    if (!std::is_sorted(days.begin(), days.end()))
        std::sort(days.begin(), days.end());
    return int(std::unique(days.begin(), days.end()) - days.begin());
}

double percent(int part, int whole)
{
    return 100.0 * part / whole;
}

} // namespace

GlucoseSummary summarize(const std::vector<GlucoseReading> &readings)
{
    GlucoseSummary s;
    s.count = int(readings.size());
    if (readings.empty())
        return s;
    s.days = localDayCount(readings);

    double sum = 0.0;
    double lowRisk = 0.0;
    double highRisk = 0.0;
    double minimum = readings.front().mgdl();
    double maximum = minimum;
    int veryLow = 0, low = 0, inRange = 0, high = 0, veryHigh = 0;
    for (const GlucoseReading &r : readings) {
        const double mgdl = r.mgdl();
        sum += mgdl;
        minimum = std::min(minimum, mgdl);
        maximum = std::max(maximum, mgdl);
        const ReadingRisk risk = kovatchevRisk(mgdl);
        lowRisk += risk.low;
        highRisk += risk.high;
        switch (rangeOf(r)) {
        case Glucose::Range::VeryLow: ++veryLow; break;
        case Glucose::Range::Low: ++low; break;
        case Glucose::Range::InRange: ++inRange; break;
        case Glucose::Range::High: ++high; break;
        case Glucose::Range::VeryHigh: ++veryHigh; break;
        }
    }
    const double mean = sum / s.count;
    s.meanMgdl = mean;
    s.minMgdl = minimum;
    s.maxMgdl = maximum;
    s.gmiPercent = gmiPercent(mean);
    s.gmiMmolPerMol = gmiMmolPerMol(Glucose::toMmolL(mean, Glucose::Unit::MgDl));
    s.ea1cPercent = estimatedA1cPercent(mean);
    s.tirPercent = percent(inRange, s.count);
    s.tbrPercent = percent(low + veryLow, s.count);
    s.tbr2Percent = percent(veryLow, s.count);
    s.tarPercent = percent(high + veryHigh, s.count);
    s.tar2Percent = percent(veryHigh, s.count);
    s.lbgi = lowRisk / s.count;
    s.hbgi = highRisk / s.count;

    if (s.count >= 2) {
        double squares = 0.0;
        for (const GlucoseReading &r : readings)
            squares += (r.mgdl() - mean) * (r.mgdl() - mean);
        const double sd = std::sqrt(squares / (s.count - 1));
        s.sdMgdl = sd;
        if (mean > 0.0)
            s.cvPercent = 100.0 * sd / mean;
        s.jIndex = jIndex(mean, sd);
    }
    s.mageMgdl = mageMgdl(readings);
    return s;
}

} // namespace Stats
