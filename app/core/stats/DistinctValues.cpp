#include "DistinctValues.h"

#include "ReadingRange.h"

#include <cstring>

namespace Stats {
namespace {

constexpr std::size_t InitialSlots = 4096;

std::uint64_t bitsOf(double value)
{
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

std::size_t hashOf(double value, Glucose::Unit unit, GlucoseReading::Flag flag)
{
    std::uint64_t h = bitsOf(value) ^ (std::uint64_t(unit) << 2 | std::uint64_t(flag));
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return std::size_t(h);
}

bool sameValue(const DistinctValues::Value &known, const GlucoseSample &sample)
{
    return bitsOf(known.value) == bitsOf(sample.value) && known.unit == sample.unit && known.flag == sample.flag;
}

} // namespace

std::uint32_t DistinctValues::codeOf(const GlucoseSample &sample)
{
    if (m_slots.empty())
        m_slots.assign(InitialSlots, 0);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hashOf(sample.value, sample.unit, sample.flag) & mask;
    while (m_slots[slot] != 0) {
        const std::uint32_t code = m_slots[slot] - 1;
        if (sameValue(m_values[code], sample))
            return code;
        slot = (slot + 1) & mask;
    }
    const auto code = std::uint32_t(m_values.size());
    const double mgdl = sample.mgdl();
    m_values.push_back({sample.value, sample.unit, sample.flag, mgdl, kovatchevRisk(mgdl),
                        rangeOf(sample.flag, sample.value, sample.unit)});
    m_slots[slot] = code + 1;
    if (m_values.size() * 2 > m_slots.size())
        growSlots();
    return code;
}

void DistinctValues::growSlots()
{
    m_slots.assign(m_slots.size() * 2, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::uint32_t code = 0; code < m_values.size(); ++code) {
        const Value &v = m_values[code];
        std::size_t slot = hashOf(v.value, v.unit, v.flag) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = code + 1;
    }
}

} // namespace Stats
