#include "GlucoseDaySeries.h"

#include "diary/StoredValues.h"

#include <array>

namespace GlucoseDaySeries {
namespace {

constexpr std::array<std::int64_t, 3> TimeUnits = {1, 1000, 60'000};
constexpr std::array<std::int64_t, 3> ValueUnits = {1, 10, 100};
constexpr std::uint8_t Long = 0x80;
constexpr std::uint8_t NewStep = 0x40;
constexpr std::uint8_t NewOffset = 0x20;
constexpr std::uint8_t NewUnitFlag = 0x10;
constexpr std::size_t MaxVarintBytes = 10;

// Differences wrap around (two's complement), so any two 64-bit values have a difference that adds back exactly.
std::uint64_t zigzag(std::uint64_t difference)
{
    return (difference << 1) ^ (static_cast<std::uint64_t>(static_cast<std::int64_t>(difference) >> 63));
}

std::uint64_t unzigzag(std::uint64_t code)
{
    return (code >> 1) ^ (~(code & 1) + 1);
}

// Writes a varint at `out` and returns the position after it.
unsigned char *writeVarint(unsigned char *out, std::uint64_t value)
{
    while (value >= 0x80) {
        *out++ = static_cast<unsigned char>(0x80 | (value & 0x7f));
        value >>= 7;
    }
    *out++ = static_cast<unsigned char>(value);
    return out;
}

int unitFlag(Glucose::Unit unit, GlucoseReading::Flag flag)
{
    return StoredValues::unitCode(unit) * 4 + static_cast<int>(flag);
}

// A value in the unit of `code`, by a constant divisor for each unit (a multiplication, not a division).
std::int64_t inTimeUnit(std::int64_t ms, int code)
{
    return code == 2 ? ms / 60'000 : code == 1 ? ms / 1000 : ms;
}

std::int64_t inValueUnit(std::int64_t centi, int code)
{
    return code == 2 ? centi / 100 : code == 1 ? centi / 10 : centi;
}

// The largest unit code (of three) in which every value is whole.
template<typename Value, typename InUnit>
int largestWholeUnit(const std::array<std::int64_t, 3> &units, std::span<const StoredSample> samples, Value value,
                     InUnit inUnit)
{
    for (int code = int(units.size()) - 1; code > 0; --code) {
        bool whole = true;
        for (const StoredSample &sample : samples)
            whole = whole && inUnit(value(sample), code) * units[code] == value(sample);
        if (whole)
            return code;
    }
    return 0;
}

// Reads a blob front to back; every read checks the end, so a damaged blob is found, never read past.
class BlobReader
{
public:
    BlobReader(const unsigned char *data, std::size_t size)
        : m_next(data)
        , m_end(data + size)
    {
    }

    bool atEnd() const { return m_next == m_end; }

    bool byte(std::uint8_t *value)
    {
        if (m_next == m_end)
            return false;
        *value = *m_next++;
        return true;
    }

    bool varint(std::uint64_t *value)
    {
        std::uint64_t result = 0;
        for (std::size_t i = 0; i < MaxVarintBytes && m_next != m_end; ++i) {
            const std::uint8_t part = *m_next++;
            result |= std::uint64_t(part & 0x7f) << (7 * i);
            if (!(part & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }

private:
    const unsigned char *m_next;
    const unsigned char *m_end;
};

struct Header {
    std::int64_t timeUnit = 1;
    std::int64_t valueUnit = 1;
    std::uint64_t count = 0;
};

bool readHeader(BlobReader &reader, Header *header)
{
    std::uint8_t version = 0;
    std::uint8_t scales = 0;
    if (!reader.byte(&version) || version != FormatVersion || !reader.byte(&scales) || !reader.varint(&header->count))
        return false;
    const int time = scales & 0x0f;
    const int value = scales >> 4;
    if (time >= int(TimeUnits.size()) || value >= int(ValueUnits.size()))
        return false;
    header->timeUnit = TimeUnits[time];
    header->valueUnit = ValueUnits[value];
    return true;
}

// Calls each(const StoredSample &) for every sample of the blob, in order; false when the blob is not a valid
// series of `day` (nothing more is handed over from the point where that is found).
template<typename Each>
bool decodeEach(std::int64_t day, const unsigned char *data, std::size_t size, Each each)
{
    BlobReader reader(data, size);
    Header header;
    if (!readHeader(reader, &header))
        return false;
    const std::int64_t start = dayStart(day);
    const std::int64_t timeSteps = DayMs / header.timeUnit;  // instants of the day, in the day's time unit
    std::int64_t time = 0;
    std::int64_t step = 0;
    std::int64_t offset = 0;
    std::uint64_t value = 0;
    StoredSample sample;
    for (std::uint64_t i = 0; i < header.count; ++i) {
        std::uint8_t first = 0;
        if (!reader.byte(&first))
            return false;
        std::uint64_t valueChange = first;
        if (first & Long) {
            std::uint64_t change = 0;
            if (first & NewStep) {
                if (!reader.varint(&change))
                    return false;
                step = std::int64_t(std::uint64_t(step) + unzigzag(change));
            }
            if (first & NewOffset) {
                if (!reader.varint(&change))
                    return false;
                offset = std::int64_t(std::uint64_t(offset) + unzigzag(change));
            }
            if (first & NewUnitFlag) {
                std::uint8_t code = 0;
                if (!reader.byte(&code) || code > 6 || (code & 3) == 3)
                    return false;
                sample.unit = StoredValues::unitFromCode(code >> 2);
                sample.flag = static_cast<GlucoseReading::Flag>(code & 3);
            }
            if ((first & 0x0f) != 0 || !reader.varint(&valueChange))
                return false;
        }
        if (step < 0 || step >= timeSteps - time || offset != int(offset))
            return false;
        time += step;
        value += unzigzag(valueChange);
        sample.utcMs = static_cast<std::int64_t>(static_cast<std::uint64_t>(start)
                                                 + static_cast<std::uint64_t>(time * header.timeUnit));
        sample.utcOffsetSec = int(offset);
        sample.valueCenti = static_cast<std::int64_t>(value * std::uint64_t(header.valueUnit));
        each(sample);
    }
    return reader.atEnd();
}

} // namespace

QByteArray encode(std::int64_t day, std::span<const StoredSample> samples)
{
    const std::int64_t start = dayStart(day);
    const auto sinceStart = [start](const StoredSample &s) {
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(s.utcMs) - static_cast<std::uint64_t>(start));
    };
    const auto centi = [](const StoredSample &s) { return s.valueCenti; };
    const int timeCode = largestWholeUnit(TimeUnits, samples, sinceStart, inTimeUnit);
    const int valueCode = largestWholeUnit(ValueUnits, samples, centi, inValueUnit);

    // Room for the header and the longest sample (a header byte, three varints and the unit byte) each.
    constexpr std::size_t MaxHeaderBytes = 2 + MaxVarintBytes;
    constexpr std::size_t MaxSampleBytes = 2 + 3 * MaxVarintBytes;
    QByteArray blob(qsizetype(MaxHeaderBytes + samples.size() * MaxSampleBytes), Qt::Uninitialized);
    auto *const begin = reinterpret_cast<unsigned char *>(blob.data());
    unsigned char *out = begin;
    *out++ = FormatVersion;
    *out++ = static_cast<unsigned char>(valueCode << 4 | timeCode);
    out = writeVarint(out, samples.size());
    std::int64_t time = 0;
    std::int64_t step = 0;
    int offset = 0;
    std::int64_t value = 0;
    int previousUnitFlag = unitFlag(Glucose::Unit::MgDl, GlucoseReading::Flag::None);
    for (const StoredSample &sample : samples) {
        const std::int64_t sampleTime = inTimeUnit(sinceStart(sample), timeCode);
        const std::int64_t sampleStep = sampleTime - time;
        const std::int64_t sampleValue = inValueUnit(sample.valueCenti, valueCode);
        const std::uint64_t valueChange = zigzag(std::uint64_t(sampleValue) - std::uint64_t(value));
        const int sampleUnitFlag = unitFlag(sample.unit, sample.flag);
        std::uint8_t changes = 0;
        if (sampleStep != step)
            changes |= NewStep;
        if (sample.utcOffsetSec != offset)
            changes |= NewOffset;
        if (sampleUnitFlag != previousUnitFlag)
            changes |= NewUnitFlag;
        if (changes == 0 && valueChange < Long) {
            *out++ = static_cast<unsigned char>(valueChange);
        } else {
            *out++ = static_cast<unsigned char>(Long | changes);
            if (changes & NewStep)
                out = writeVarint(out, zigzag(std::uint64_t(sampleStep) - std::uint64_t(step)));
            if (changes & NewOffset)
                out = writeVarint(out, zigzag(std::uint64_t(std::int64_t(sample.utcOffsetSec) - offset)));
            if (changes & NewUnitFlag)
                *out++ = static_cast<unsigned char>(sampleUnitFlag);
            out = writeVarint(out, valueChange);
        }
        time = sampleTime;
        step = sampleStep;
        offset = sample.utcOffsetSec;
        value = sampleValue;
        previousUnitFlag = sampleUnitFlag;
    }
    blob.truncate(qsizetype(out - begin));
    return blob;
}

std::optional<std::size_t> sampleCount(const unsigned char *data, std::size_t size)
{
    BlobReader reader(data, size);
    Header header;
    if (!readHeader(reader, &header))
        return std::nullopt;
    return static_cast<std::size_t>(header.count);
}

bool decode(std::int64_t day, const unsigned char *data, std::size_t size, std::int64_t fromUtcMs,
            std::int64_t toUtcMs, GlucoseSampleSink &sink)
{
    GlucoseSample sample;
    return decodeEach(day, data, size, [&](const StoredSample &stored) {
        if (stored.utcMs < fromUtcMs || stored.utcMs >= toUtcMs)
            return;
        sample.utcMs = stored.utcMs;
        sample.utcOffsetSec = stored.utcOffsetSec;
        sample.unit = stored.unit;
        sample.flag = stored.flag;
        sample.value = StoredValues::fromCenti(stored.valueCenti);
        sink.add(sample);
    });
}

bool decodeStored(std::int64_t day, const unsigned char *data, std::size_t size, std::vector<StoredSample> *samples)
{
    return decodeEach(day, data, size, [samples](const StoredSample &stored) { samples->push_back(stored); });
}

} // namespace GlucoseDaySeries
