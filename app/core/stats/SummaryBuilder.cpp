#include "SummaryBuilder.h"

#include "Formulas.h"
#include "PagePrefault.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stats {
namespace {

constexpr std::int64_t DayMs = 24 * 60 * 60 * 1000;

std::int64_t localDay(std::int64_t localMs)
{
    return localMs >= 0 ? localMs / DayMs : (localMs - DayMs + 1) / DayMs;
}

double percent(int part, int whole)
{
    return 100.0 * part / whole;
}

} // namespace

SummaryBuilder::SummaryBuilder(Mage mage)
    : m_mageMode(mage)
{
}

void SummaryBuilder::reserve(std::size_t count)
{
    m_codes.reserve(count);
    prefaultForWriting(m_codes.data() + m_codes.size(), (m_codes.capacity() - m_codes.size()) * sizeof(std::uint16_t));
    if (m_mageMode == Mage::FromSamples)
        m_mage.reserve(count);
}

void SummaryBuilder::keepWideForSd(std::uint32_t code)
{
    if (!m_wide) {
        m_mgdl.reserve(m_codes.capacity());
        for (const std::uint16_t known : m_codes)
            m_mgdl.push_back(m_distinct[known].mgdl);
        m_codes = {};
        m_wide = true;
    }
    m_mgdl.push_back(m_distinct[code].mgdl);
}

// Offsets change rarely (travel, daylight saving), so the day is nearly always the last one or the next.
void SummaryBuilder::addDay(std::int64_t localDay)
{
    if (!m_days.empty() && m_days.back() == localDay)
        return;
    if (m_days.empty() || m_days.back() < localDay) {
        m_days.push_back(localDay);
        return;
    }
    const auto at = std::lower_bound(m_days.begin(), m_days.end(), localDay);
    if (*at != localDay)
        m_days.insert(at, localDay);
}

void SummaryBuilder::add(const GlucoseSample &sample)
{
    const std::uint32_t code = m_distinct.codeOf(sample);
    const DistinctValues::Value &value = m_distinct[code];
    const double mgdl = value.mgdl;
    if (m_count == 0)
        m_minimum = m_maximum = mgdl;
    ++m_count;
    m_sum += mgdl;
    m_minimum = std::min(m_minimum, mgdl);
    m_maximum = std::max(m_maximum, mgdl);
    m_lowRisk += value.risk.low;
    m_highRisk += value.risk.high;
    ++m_ranges[std::size_t(value.range)];
    if (!m_wide && code <= std::numeric_limits<std::uint16_t>::max())
        m_codes.push_back(std::uint16_t(code));
    else
        keepWideForSd(code);
    // The local day by a division only when the reading leaves the day of the one before.
    const std::int64_t localMs = sample.utcMs + std::int64_t(sample.utcOffsetSec) * 1000;
    if (m_days.empty() || localMs < m_dayFirstMs || localMs > m_dayLastMs) {
        addDay(localDay(localMs));
        // The bounds of that day, kept within the range of instants.
        std::int64_t intoDay = localMs % DayMs;
        if (intoDay < 0)
            intoDay += DayMs;
        constexpr std::int64_t earliest = std::numeric_limits<std::int64_t>::min();
        constexpr std::int64_t latest = std::numeric_limits<std::int64_t>::max();
        const std::int64_t restOfDay = DayMs - 1 - intoDay;
        m_dayFirstMs = localMs < earliest + intoDay ? earliest : localMs - intoDay;
        m_dayLastMs = localMs > latest - restOfDay ? latest : localMs + restOfDay;
    }
    if (m_mageMode == Mage::FromSamples)
        m_mage.add(sample.utcMs, sample.utcOffsetSec, mgdl);
}

GlucoseSummary SummaryBuilder::finish()
{
    GlucoseSummary s;
    s.count = m_count;
    if (m_count == 0)
        return s;
    s.days = int(m_days.size());
    const int veryLow = m_ranges[std::size_t(Glucose::Range::VeryLow)];
    const int low = m_ranges[std::size_t(Glucose::Range::Low)];
    const int high = m_ranges[std::size_t(Glucose::Range::High)];
    const int veryHigh = m_ranges[std::size_t(Glucose::Range::VeryHigh)];
    const double mean = m_sum / s.count;
    s.meanMgdl = mean;
    s.minMgdl = m_minimum;
    s.maxMgdl = m_maximum;
    s.gmiPercent = gmiPercent(mean);
    s.gmiMmolPerMol = gmiMmolPerMol(Glucose::toMmolL(mean, Glucose::Unit::MgDl));
    s.ea1cPercent = estimatedA1cPercent(mean);
    s.tirPercent = percent(m_ranges[std::size_t(Glucose::Range::InRange)], s.count);
    s.tbrPercent = percent(low + veryLow, s.count);
    s.tbr2Percent = percent(veryLow, s.count);
    s.tarPercent = percent(high + veryHigh, s.count);
    s.tar2Percent = percent(veryHigh, s.count);
    s.lbgi = m_lowRisk / s.count;
    s.hbgi = m_highRisk / s.count;

    if (s.count >= 2) {
        double squares = 0.0;
        if (m_wide) {
            for (const double mgdl : m_mgdl)
                squares += (mgdl - mean) * (mgdl - mean);
        } else {
            for (const std::uint16_t code : m_codes)
                squares += (m_distinct[code].mgdl - mean) * (m_distinct[code].mgdl - mean);
        }
        const double sd = std::sqrt(squares / (s.count - 1));
        s.sdMgdl = sd;
        if (mean > 0.0)
            s.cvPercent = 100.0 * sd / mean;
        s.jIndex = jIndex(mean, sd);
    }
    if (m_mageMode == Mage::FromSamples)
        s.mageMgdl = m_mage.finish();
    return s;
}

} // namespace Stats
