#pragma once

#include "diary/DiaryEntry.h"
#include "diary/GlucoseReading.h"
#include "diary/GlucoseSample.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <vector>

// Small builders for diary tests, so each test states only what matters to it.
namespace DiaryTestData {

// The widest range of instants, for reads of everything.
constexpr std::int64_t Earliest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t Latest = std::numeric_limits<std::int64_t>::max();

// Keeps every sample it is handed.
struct CollectingSink final : GlucoseSampleSink {
    std::vector<GlucoseSample> samples;
    void reserve(std::size_t count) override { samples.reserve(count); }
    void add(const GlucoseSample &sample) override { samples.push_back(sample); }
};

inline bool sameSamples(const std::vector<GlucoseSample> &a, const std::vector<GlucoseSample> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const GlucoseSample &x, const GlucoseSample &y) {
        return x.utcMs == y.utcMs && x.utcOffsetSec == y.utcOffsetSec && x.value == y.value && x.unit == y.unit
               && x.flag == y.flag;
    });
}

inline std::int64_t utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

inline GlucoseReading reading(std::int64_t utcMs, double value, Glucose::Unit unit = Glucose::Unit::MmolL)
{
    GlucoseReading r;
    r.utcMs = utcMs;
    r.utcOffsetSec = 8 * 3600;
    r.value = value;
    r.unit = unit;
    return r;
}

inline DiaryEntry glucose(std::int64_t utcMs, double value, Glucose::Unit unit = Glucose::Unit::MmolL)
{
    return DiaryEntry::fromReading(reading(utcMs, value, unit));
}

inline DiaryEntry withPayload(std::int64_t utcMs, DiaryEntry::Payload payload, const QString &note = {})
{
    DiaryEntry entry;
    entry.utcMs = utcMs;
    entry.utcOffsetSec = 8 * 3600;
    entry.payload = std::move(payload);
    entry.note = note;
    return entry;
}

} // namespace DiaryTestData
