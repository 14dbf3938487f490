#pragma once

#include "diary/GlucoseSample.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

// The encoding of one UTC day of glucose samples as one small blob (a row of glucose_day_series), so statistics read
// a year of CGM as about 370 blobs of a few hundred bytes instead of walking 105,120 eight-column rows. Lossless:
// decoding gives exactly the samples the day's rows give, in the same order.
//
// Layout: format version (1 byte); scales (1 byte: low nibble the time unit, 0 = 1 ms, 1 = 1 s, 2 = 1 min, high
// nibble the value unit, 0 = 1, 1 = 10, 2 = 100 hundredths: the largest that divides every sample of the day);
// sample count (varint); then per sample, against the previous one (at first: the day's start, step 0, offset 0,
// value 0, mg/dL, no flag): one byte 0vvvvvvv when only the value changed, by a zigzag delta of -64..63, and the time
// step is the previous step; otherwise a byte 1tou0000 followed by, in this order, the change of the time step
// (t, zigzag varint), of the UTC offset in seconds (o, zigzag varint), the unit and flag (u, one byte: unit code * 4
// + flag), and always the value's change (zigzag varint).
namespace GlucoseDaySeries {

inline constexpr std::uint8_t FormatVersion = 1;
inline constexpr std::int64_t DayMs = 86'400'000;

inline std::int64_t dayOf(std::int64_t utcMs)  // floor division: instants before 1970 have negative days
{
    const std::int64_t day = utcMs / DayMs;
    return utcMs % DayMs < 0 ? day - 1 : day;
}

// The first instant of a day. Computed modulo 2^64, so that instants of the first and last representable days still
// come out right as dayStart(day) + (utcMs - dayStart(day)), also computed modulo 2^64.
inline std::int64_t dayStart(std::int64_t day)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(day) * static_cast<std::uint64_t>(DayMs));
}

// The first and last instant of a day, within the range of instants (the last one modulo 2^64 too, as the first
// representable day starts before the range).
inline std::pair<std::int64_t, std::int64_t> dayBounds(std::int64_t day)
{
    constexpr std::int64_t earliest = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t latest = std::numeric_limits<std::int64_t>::max();
    return {day == dayOf(earliest) ? earliest : dayStart(day),
            day == dayOf(latest) ? latest
                                 : static_cast<std::int64_t>(static_cast<std::uint64_t>(dayStart(day)) + (DayMs - 1))};
}

// A sample as its row stores it: the value in hundredths of its unit.
struct StoredSample {
    std::int64_t utcMs = 0;
    int utcOffsetSec = 0;
    std::int64_t valueCenti = 0;
    Glucose::Unit unit = Glucose::Unit::MgDl;
    GlucoseReading::Flag flag = GlucoseReading::Flag::None;
};

// The blob of `day` holding `samples` (all of that day, in the order they are to be read back).
QByteArray encode(std::int64_t day, std::span<const StoredSample> samples);

// The number of samples a blob says it holds; nullopt when it is not a blob of this format.
std::optional<std::size_t> sampleCount(const unsigned char *data, std::size_t size);

// Hands the samples of the blob of `day` with an instant in [fromUtcMs, toUtcMs) to `sink`, in order. False when the
// blob is not a valid series of that day (nothing more is handed over from the point where that is found).
bool decode(std::int64_t day, const unsigned char *data, std::size_t size, std::int64_t fromUtcMs,
            std::int64_t toUtcMs, GlucoseSampleSink &sink);
// The same, every sample appended to *samples as stored (for merging new readings into a day).
bool decodeStored(std::int64_t day, const unsigned char *data, std::size_t size, std::vector<StoredSample> *samples);

} // namespace GlucoseDaySeries
