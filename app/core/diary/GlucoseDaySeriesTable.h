#pragma once

#include "diary/GlucoseDaySeries.h"
#include "diary/GlucoseSample.h"
#include "diary/SqliteStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <cstdint>
#include <optional>
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
// not be read or a blob is damaged. On the SQLite handle of a DiaryStore's connection.
bool read(sqlite3 *db, std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink);

// Adds the readings an import inserts to the series of their days while the import runs, a day at a time, so a year
// of new rows is neither read back through the time index (a fifth of the import's instructions) nor kept in memory.
// Readings come in the order they were inserted (ascending id, each above every id stored before the import, whose
// days' series are up to date); the result is what rebuildDays of their days gives. In the import's transaction;
// finish() once every row is inserted, before the commit.
class Appender
{
public:
    explicit Appender(const QSqlDatabase &db);

    bool add(const GlucoseDaySeries::StoredSample &sample, QString *error);
    bool finish(QString *error);

private:
    bool flushDay(QString *error);

    QSqlDatabase m_db;
    std::optional<SqliteStatement> m_stored;
    std::optional<SqliteStatement> m_store;
    std::vector<GlucoseDaySeries::StoredSample> m_day;  // the new samples of the current day, in insertion order
    std::pair<std::int64_t, std::int64_t> m_dayBounds;  // its first and last instant
    std::vector<GlucoseDaySeries::StoredSample> m_before;
    std::vector<GlucoseDaySeries::StoredSample> m_merged;
    std::vector<std::int64_t> m_damagedDays;  // encoded from their rows by finish(), once every row is inserted
};

} // namespace GlucoseDaySeriesTable
