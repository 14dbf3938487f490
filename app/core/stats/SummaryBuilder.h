#pragma once

#include "diary/GlucoseSample.h"
#include "stats/DistinctValues.h"
#include "stats/GlucoseSummary.h"
#include "stats/Mage.h"

#include <array>
#include <cstdint>
#include <vector>

namespace Stats {

// Computes a GlucoseSummary while the samples arrive (from the diary's read, or from summarize()), keeping about
// 10 bytes a reading (the code of its value for the SD's second pass, MAGE's grid point) instead of the readings
// themselves. The sums run in the order the samples arrive, as summarize() runs them over its vector.
class SummaryBuilder final : public GlucoseSampleSink
{
public:
    // MAGE needs the samples in time order; a caller whose samples are not leaves it out and computes it apart.
    enum class Mage { FromSamples, Left };
    explicit SummaryBuilder(Mage mage = Mage::FromSamples);

    void reserve(std::size_t count) override;
    void add(const GlucoseSample &sample) override;  // with Mage::FromSamples, utcMs never below the previous one
    GlucoseSummary finish();  // once, after the last sample

private:
    void keepWideForSd(std::uint32_t code);  // a reading's value for the SD once past 65,536 distinct values
    void addDay(std::int64_t localDay);

    Mage m_mageMode;
    int m_count = 0;
    double m_sum = 0.0;
    double m_minimum = 0.0;
    double m_maximum = 0.0;
    double m_lowRisk = 0.0;
    double m_highRisk = 0.0;
    std::array<int, 5> m_ranges{};  // by Glucose::Range
    DistinctValues m_distinct;
    // Each reading's value in order, for the SD: its 2-byte code, or its mg/dL once there are more distinct values
    // than a code can tell apart.
    std::vector<std::uint16_t> m_codes;
    std::vector<double> m_mgdl;
    bool m_wide = false;
    std::vector<std::int64_t> m_days;  // local calendar days with a reading, ascending, each once
    std::int64_t m_dayFirstMs = 0;     // the first and last local instant of the last reading's day
    std::int64_t m_dayLastMs = 0;
    MageBuilder m_mage;
};

} // namespace Stats
