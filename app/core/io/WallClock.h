#pragma once

#include <QDate>
#include <QTime>
#include <QTimeZone>
#include <limits>
#include <optional>

// Turns wall-clock times written without a zone (most meter and CGM exports) into UTC instants in one zone, keeping
// the offset at that instant. A zone's offset only changes at its transitions, so the offset found for one reading is
// reused for every later reading well inside the same stretch between transitions: a year of readings asks the zone
// database a few hundred times (near the transitions) rather than once a row.
class WallClock
{
public:
    explicit WallClock(QTimeZone zone);

    struct Instant {
        qint64 utcMs = 0;
        int offsetSec = 0;
    };
    std::optional<Instant> toInstant(QDate date, QTime time);
    // The offset of the zone at a known UTC instant.
    int offsetAt(qint64 utcMs) const;

private:
    void findStretch(qint64 localMs, QDate date, QTime time);

    QTimeZone m_zone;
    // Local times in [m_stretchFrom, m_stretchTo) have the offset m_offsetSec; empty until the first look-up.
    qint64 m_stretchFrom = 0;
    qint64 m_stretchTo = 0;
    int m_offsetSec = 0;
};
