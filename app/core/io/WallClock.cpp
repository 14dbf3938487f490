#include "WallClock.h"

#include <QDateTime>

namespace {
constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 MsPerQuarter = 900'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

WallClock::WallClock(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
}

std::optional<WallClock::Instant> WallClock::toInstant(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 localMs = (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + time.msecsSinceStartOfDay();
    const qint64 quarter = floorDiv(localMs, MsPerQuarter);
    if (quarter == m_lastQuarter)
        return Instant{localMs - qint64(m_lastOffset) * 1000, m_lastOffset};
    auto cached = m_offsetByQuarter.constFind(quarter);
    if (cached == m_offsetByQuarter.constEnd()) {
        const qint64 quarterMs = quarter * MsPerQuarter;
        const QDate quarterDate = QDate::fromJulianDay(floorDiv(quarterMs, MsPerDay) + UnixEpochJulianDay);
        const QTime quarterTime = QTime::fromMSecsSinceStartOfDay(int(quarterMs - floorDiv(quarterMs, MsPerDay) * MsPerDay));
        cached = m_offsetByQuarter.insert(quarter, QDateTime(quarterDate, quarterTime, m_zone).offsetFromUtc());
    }
    m_lastQuarter = quarter;
    m_lastOffset = *cached;
    return Instant{localMs - qint64(*cached) * 1000, *cached};
}

int WallClock::offsetAt(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}
