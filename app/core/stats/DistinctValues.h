#pragma once

#include "diary/GlucoseSample.h"
#include "stats/Formulas.h"

#include <cstdint>
#include <vector>

namespace Stats {

// The distinct recorded values (value, unit, flag) of a stretch of readings, each with what statistics derive from
// it: mg/dL, Kovatchev's risk (a log and a pow) and the consensus range, computed once per value instead of once per
// reading. A year of CGM has a few hundred to a few thousand distinct values, so a reading can refer to its value by
// a 2-byte code.
class DistinctValues
{
public:
    struct Value {
        double value;
        Glucose::Unit unit;
        GlucoseReading::Flag flag;
        double mgdl;
        ReadingRisk risk;
        Glucose::Range range;
    };

    std::uint32_t codeOf(const GlucoseSample &sample);  // adds a value not seen yet
    const Value &operator[](std::uint32_t code) const { return m_values[code]; }

private:
    void growSlots();

    std::vector<Value> m_values;
    std::vector<std::uint32_t> m_slots;  // open addressing: code + 1, 0 when empty; a power of two long
};

} // namespace Stats
