#pragma once

#include "diary/GlucoseSample.h"

#include <QSqlDatabase>
#include <QString>
#include <cstdint>
#include <vector>

// Keeps glucose_day_series (one GlucoseDaySeries blob per UTC day with readings) equal to what the rows of
// glucose_reading give, and reads samples from it: the one place that writes the series, used inside the diary's own
// write transactions (single entries, imports, the schema migration that creates it).
namespace GlucoseDaySeriesTable {

// Encodes each of `utcDays` again from its rows (deleting the day's blob when it has none left). In the caller's
// transaction; false with *error when a statement failed.
bool rebuildDays(const QSqlDatabase &db, std::vector<std::int64_t> utcDays, QString *error);

// Every day again from the rows, the old blobs removed first.
bool rebuildAll(const QSqlDatabase &db, QString *error);

// The samples in [fromUtcMs, toUtcMs) in the order the rows give them by (utc_ms, id). False when the series could
// not be read or a blob is damaged.
bool read(const QSqlDatabase &db, std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink);

} // namespace GlucoseDaySeriesTable
