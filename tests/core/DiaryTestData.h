#pragma once

#include "diary/DiaryEntry.h"
#include "diary/GlucoseReading.h"

#include <QDateTime>

// Small builders for diary tests, so each test states only what matters to it.
namespace DiaryTestData {

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
