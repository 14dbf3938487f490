#pragma once

#include "diary/GlucoseSample.h"
#include "stats/Formulas.h"
#include "stats/GlucoseSummary.h"
#include "stats/Mage.h"

#include <array>
#include <cstdint>
#include <vector>

namespace Stats {

// Computes a GlucoseSummary while the samples arrive (from the diary's read, or from summarize()), keeping 16 bytes
// a reading (its mg/dL value for the SD, MAGE's grid point) instead of the readings themselves. The sums run in the
// order the samples arrive, as summarize() runs them over its vector.
class SummaryBuilder final : public GlucoseSampleSink
{
public:
    // MAGE needs the samples in time order; a caller whose samples are not leaves it out and computes it apart.
    enum class Mage { FromSamples, Left };
    explicit SummaryBuilder(Mage mage = Mage::FromSamples);

    void reserve(std::size_t count) override;
    void add(const GlucoseSample &sample) override;  // with Mage::FromSamples, utcMs never below the previous one
    void restart() override;
    GlucoseSummary finish();  // once, after the last sample

private:
    ReadingRisk risk(double mgdl);
    void addDay(std::int64_t localDay);

    Mage m_mageMode;
    int m_count = 0;
    double m_sum = 0.0;
    double m_minimum = 0.0;
    double m_maximum = 0.0;
    double m_lowRisk = 0.0;
    double m_highRisk = 0.0;
    std::array<int, 5> m_ranges{};  // by Glucose::Range
    std::vector<double> m_values;   // mg/dL in order, for the SD
    std::vector<std::int64_t> m_days;  // local calendar days with a reading, ascending, each once
    MageBuilder m_mage;
    // Kovatchev's risk of each whole mg/dL value, computed once (CGM values are whole mg/dL).
    static constexpr int RiskTableSize = 1024;
    std::array<ReadingRisk, RiskTableSize> m_riskTable{};
    std::array<bool, RiskTableSize> m_riskKnown{};
};

} // namespace Stats
