#pragma once

#include "diary/GlucoseReading.h"

#include <cstddef>
#include <cstdint>

// A glucose reading reduced to what statistics use (instant, offset, value, unit, flag: no id, source or note), so a
// year of CGM can be analysed while it is read instead of being copied into 96-byte GlucoseReadings first.
struct GlucoseSample {
    std::int64_t utcMs = 0;
    int utcOffsetSec = 0;
    Glucose::Unit unit = Glucose::Unit::MmolL;
    GlucoseReading::Flag flag = GlucoseReading::Flag::None;
    double value = 0.0;

    static GlucoseSample of(const GlucoseReading &reading)
    {
        return {reading.utcMs, reading.utcOffsetSec, reading.unit, reading.flag, reading.value};
    }
    double mgdl() const { return Glucose::toMgDl(value, unit); }
};

// Receives the samples of one read, in ascending time order (readings at the same instant in the order they were
// stored).
class GlucoseSampleSink
{
public:
    virtual ~GlucoseSampleSink() = default;
    virtual void reserve(std::size_t count) = 0;  // about how many samples will follow
    virtual void add(const GlucoseSample &sample) = 0;
};
