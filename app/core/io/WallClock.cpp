#include "WallClock.h"

#include <QDateTime>

namespace {
constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;
// Local times this close to a transition may fall in its gap or overlap: they are looked up one by one.
constexpr qint64 TransitionMarginMs = 6 * 3'600'000;
constexpr qint64 Forever = std::numeric_limits<qint64>::max() / 2;
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
    if (localMs < m_stretchFrom || localMs >= m_stretchTo)
        findStretch(localMs, date, time);
    return Instant{localMs - qint64(m_offsetSec) * 1000, m_offsetSec};
}

void WallClock::findStretch(qint64 localMs, QDate date, QTime time)
{
    const QDateTime at(date, time, m_zone);
    m_offsetSec = at.offsetFromUtc();
    if (!m_zone.hasTransitions()) {
        m_stretchFrom = -Forever;
        m_stretchTo = Forever;
        return;
    }
    const qint64 offsetMs = qint64(m_offsetSec) * 1000;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(localMs - offsetMs, QTimeZone::utc());
    if (m_zone.offsetFromUtc(utc) != m_offsetSec) {  // a time in a gap: Qt kept the offset from before it
        m_stretchFrom = m_stretchTo = localMs;
        return;
    }
    const QDateTime previous = m_zone.previousTransition(utc).atUtc;
    const QDateTime next = m_zone.nextTransition(utc).atUtc;
    m_stretchFrom = previous.isValid() ? previous.toMSecsSinceEpoch() + offsetMs + TransitionMarginMs : -Forever;
    m_stretchTo = next.isValid() ? next.toMSecsSinceEpoch() + offsetMs - TransitionMarginMs : Forever;
}

int WallClock::offsetAt(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}
