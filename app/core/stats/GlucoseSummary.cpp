#include "GlucoseSummary.h"

#include "Mage.h"
#include "SummaryBuilder.h"

#include <algorithm>

namespace Stats {

GlucoseSummary summarize(const std::vector<GlucoseReading> &readings)
{
    const bool inTimeOrder = std::is_sorted(readings.begin(), readings.end(),
                                            [](const GlucoseReading &a, const GlucoseReading &b) { return a.utcMs < b.utcMs; });
    SummaryBuilder builder(inTimeOrder ? SummaryBuilder::Mage::FromSamples : SummaryBuilder::Mage::Left);
    builder.reserve(readings.size());
    for (const GlucoseReading &r : readings)
        builder.add(GlucoseSample::of(r));
    GlucoseSummary summary = builder.finish();
    if (!inTimeOrder && summary.count > 0)
        summary.mageMgdl = mageMgdl(readings);
    return summary;
}

} // namespace Stats
