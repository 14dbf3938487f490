#pragma once

#include <QDate>
#include <QHash>
#include <QTime>
#include <QTimeZone>
#include <limits>
#include <optional>

// Turns wall-clock times written without a zone (most meter and CGM exports) into UTC instants in one zone, keeping
// the offset at that instant. Offsets are cached per local quarter hour, so a year of readings asks the zone database
// a few thousand times rather than once a row.
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
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByQuarter;
    qint64 m_lastQuarter = std::numeric_limits<qint64>::min();  // consecutive readings mostly share a quarter hour: no hash lookup then
    int m_lastOffset = 0;
};
