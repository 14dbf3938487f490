#include "SyntheticReadings.h"
#include "stats/Formulas.h"
#include "stats/GlucoseSummary.h"
#include "stats/Mage.h"
#include "stats/SummaryBuilder.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace Stats;
using namespace SyntheticReadings;

namespace {

// Two days of 5-minute CGM with whole and fractional mg/dL values, mmol/L readings, LO/HI, two readings at one
// instant, a gap over 45 min and one over 3 h.
std::vector<GlucoseReading> mixedTrace()
{
    std::vector<GlucoseReading> trace;
    for (int i = 0; i < 576; ++i) {
        if (i >= 200 && i < 240)
            continue;
        if (i >= 300 && i < 312)
            continue;
        const double wave = 140.0 + 70.0 * std::sin(i / 20.0);
        GlucoseReading r = mgdl(i % 9 == 0 ? wave : std::round(wave), std::int64_t(i) * 5);
        if (i % 17 == 0) {
            r.unit = Glucose::Unit::MmolL;
            r.value = std::round(wave / Glucose::MgDlPerMmolL * 10.0) / 10.0;
        }
        if (i == 50)
            r.flag = GlucoseReading::Flag::Lo;
        if (i == 51)
            r.flag = GlucoseReading::Flag::Hi;
        trace.push_back(r);
        if (i == 100)
            trace.push_back(mgdl(151.0, std::int64_t(i) * 5));
    }
    return trace;
}

const SummaryBuilder::Mage withMage = SummaryBuilder::Mage::FromSamples;

GlucoseSummary built(const std::vector<GlucoseReading> &readings, SummaryBuilder &builder)
{
    for (const GlucoseReading &r : readings)
        builder.add(GlucoseSample::of(r));
    return builder.finish();
}

} // namespace

TEST_CASE("the builder's numbers are those of plain loops over the readings in order, bit for bit")
{
    const std::vector<GlucoseReading> trace = mixedTrace();
    SummaryBuilder builder(withMage);
    const GlucoseSummary s = built(trace, builder);

    double sum = 0.0;
    double lowRisk = 0.0;
    double highRisk = 0.0;
    for (const GlucoseReading &r : trace) {
        sum += r.mgdl();
        lowRisk += kovatchevRisk(r.mgdl()).low;  // the builder computes it once per distinct value
        highRisk += kovatchevRisk(r.mgdl()).high;
    }
    const double mean = sum / double(trace.size());
    double squares = 0.0;
    for (const GlucoseReading &r : trace)
        squares += (r.mgdl() - mean) * (r.mgdl() - mean);
    CHECK(s.count == int(trace.size()));
    CHECK(s.days == 2);
    CHECK(*s.meanMgdl == mean);
    CHECK(*s.sdMgdl == std::sqrt(squares / double(trace.size() - 1)));
    CHECK(*s.lbgi == lowRisk / double(trace.size()));
    CHECK(*s.hbgi == highRisk / double(trace.size()));
    CHECK(*s.mageMgdl == *mageMgdl(trace));
}

TEST_CASE("readings out of time order: the sums in their order, MAGE as if sorted")
{
    std::vector<GlucoseReading> trace = mixedTrace();
    std::vector<GlucoseReading> shuffled(trace.begin() + 300, trace.end());
    shuffled.insert(shuffled.end(), trace.begin(), trace.begin() + 300);
    const GlucoseSummary s = summarize(shuffled);

    SummaryBuilder withoutMage(SummaryBuilder::Mage::Left);
    const GlucoseSummary inGivenOrder = built(shuffled, withoutMage);
    CHECK_FALSE(inGivenOrder.mageMgdl);
    CHECK(*s.meanMgdl == *inGivenOrder.meanMgdl);
    CHECK(*s.sdMgdl == *inGivenOrder.sdMgdl);
    CHECK(s.days == 2);
    CHECK(*s.mageMgdl == *summarize(trace).mageMgdl);
}

TEST_CASE("more distinct values than a 2-byte code tells apart: the SD is still that of the readings in order")
{
    std::vector<GlucoseReading> trace;
    for (int i = 0; i < 70'000; ++i)
        trace.push_back(mgdl(100.0 + i * 0.0007, i));
    SummaryBuilder builder(withMage);
    const GlucoseSummary s = built(trace, builder);

    double sum = 0.0;
    for (const GlucoseReading &r : trace)
        sum += r.mgdl();
    const double mean = sum / double(trace.size());
    double squares = 0.0;
    for (const GlucoseReading &r : trace)
        squares += (r.mgdl() - mean) * (r.mgdl() - mean);
    CHECK(*s.meanMgdl == mean);
    CHECK(*s.sdMgdl == std::sqrt(squares / double(trace.size() - 1)));
}

TEST_CASE("local days are counted across offset changes that move back into a day already left")
{
    std::vector<GlucoseReading> trace = cgmTrace({120.0, 130.0, 140.0}, 3 * 288);
    for (std::size_t i = 0; i < trace.size(); ++i) {
        if (i >= 280 && i < 300)
            trace[i].utcOffsetSec = OffsetSec - 3 * 3600;  // a flight west across local midnight, and back
        if (i >= 600)
            trace[i].utcOffsetSec = -10 * 3600;  // then far west: local days already counted again
    }
    std::set<std::int64_t> localDays;
    for (const GlucoseReading &r : trace) {
        const std::int64_t local = r.utcMs + std::int64_t(r.utcOffsetSec) * 1000;
        localDays.insert(local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs);
    }
    SummaryBuilder builder(withMage);
    CHECK(built(trace, builder).days == int(localDays.size()));
    CHECK(summarize(trace).days == int(localDays.size()));
}
