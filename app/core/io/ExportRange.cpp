#include "ExportRange.h"

#include <QDateTime>
#include <limits>

ExportRange ExportRange::fromDates(QDate first, QDate last, const QTimeZone &zone)
{
    ExportRange range;
    range.fromUtcMs = first.isValid() ? first.startOfDay(zone).toMSecsSinceEpoch() : 0;
    range.toUtcMs = last.isValid() ? last.addDays(1).startOfDay(zone).toMSecsSinceEpoch()
                                   : std::numeric_limits<std::int64_t>::max();
    return range;
}
