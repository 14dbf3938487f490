#include "GlucoseDaySeriesTable.h"

#include "diary/GlucoseDaySeries.h"
#include "diary/SqliteStatement.h"
#include "diary/StoredValues.h"

#include <algorithm>

using GlucoseDaySeries::StoredSample;

namespace GlucoseDaySeriesTable {
namespace {

bool failed(const SqliteStatement &statement, QString *error)
{
    if (!statement.isValid() || statement.failed()) {
        *error = statement.errorText();
        return true;
    }
    return false;
}

// Writes the blobs of the days whose rows a statement yields, in (utc_ms, id) order.
class DayWriter
{
public:
    explicit DayWriter(const QSqlDatabase &db)
        : m_store(db, "INSERT OR REPLACE INTO glucose_day_series (utc_day, samples) VALUES (?1, ?2)")
    {
    }

    // Encodes every day of `rows`; *written counts the days stored.
    bool writeDays(SqliteStatement &rows, int *written, QString *error)
    {
        if (failed(rows, error) || failed(m_store, error))
            return false;
        std::int64_t day = 0;
        m_samples.clear();
        while (rows.step()) {
            StoredSample sample;
            sample.utcMs = rows.int64(0);
            sample.utcOffsetSec = static_cast<int>(rows.int64(1));
            sample.valueCenti = rows.int64(2);
            sample.unit = StoredValues::unitFromCode(rows.int64(3));
            sample.flag = StoredValues::enumFromCode(rows.int64(4), GlucoseReading::Flag::Hi,
                                                     GlucoseReading::Flag::None);
            const std::int64_t sampleDay = GlucoseDaySeries::dayOf(sample.utcMs);
            if (!m_samples.empty() && sampleDay != day && !store(day, written, error))
                return false;
            day = sampleDay;
            m_samples.push_back(sample);
        }
        if (failed(rows, error))
            return false;
        return m_samples.empty() || store(day, written, error);
    }

private:
    bool store(std::int64_t day, int *written, QString *error)
    {
        m_store.bind(1, day);
        m_store.bindBlob(2, GlucoseDaySeries::encode(day, m_samples));
        m_samples.clear();
        m_store.step();
        m_store.reset();
        if (failed(m_store, error))
            return false;
        ++*written;
        return true;
    }

    SqliteStatement m_store;
    std::vector<StoredSample> m_samples;
};

} // namespace

bool rebuildDays(const QSqlDatabase &db, std::vector<std::int64_t> utcDays, QString *error)
{
    std::sort(utcDays.begin(), utcDays.end());
    utcDays.erase(std::unique(utcDays.begin(), utcDays.end()), utcDays.end());
    DayWriter writer(db);
    // A sample's columns, in the order the series keeps readings: by time, then as stored.
    SqliteStatement rows(db, "SELECT utc_ms, utc_offset, value_centi, unit, flag FROM glucose_reading"
                             " WHERE utc_ms BETWEEN ?1 AND ?2 ORDER BY utc_ms, id");
    SqliteStatement remove(db, "DELETE FROM glucose_day_series WHERE utc_day = ?1");
    if (failed(remove, error))
        return false;
    for (const std::int64_t day : utcDays) {
        const auto [first, last] = GlucoseDaySeries::dayBounds(day);
        rows.bind(1, first);
        rows.bind(2, last);
        int written = 0;
        const bool ok = writer.writeDays(rows, &written, error);
        rows.reset();
        if (!ok)
            return false;
        if (written == 0) {
            remove.bind(1, day);
            remove.step();
            remove.reset();
            if (failed(remove, error))
                return false;
        }
    }
    return true;
}

bool rebuildAll(const QSqlDatabase &db, QString *error)
{
    SqliteStatement clear(db, "DELETE FROM glucose_day_series");
    if (failed(clear, error))
        return false;
    clear.step();
    if (failed(clear, error))
        return false;
    DayWriter writer(db);
    SqliteStatement rows(db, "SELECT utc_ms, utc_offset, value_centi, unit, flag FROM glucose_reading"
                             " ORDER BY utc_ms, id");
    int written = 0;
    return writer.writeDays(rows, &written, error);
}

bool read(const QSqlDatabase &db, std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink)
{
    if (fromUtcMs >= toUtcMs)
        return true;
    SqliteStatement days(db, "SELECT utc_day, samples FROM glucose_day_series WHERE utc_day BETWEEN ?1 AND ?2"
                             " ORDER BY utc_day");
    if (!days.isValid())
        return false;
    days.bind(1, GlucoseDaySeries::dayOf(fromUtcMs));
    days.bind(2, GlucoseDaySeries::dayOf(toUtcMs - 1));
    // First the days' sample counts, so the sink can reserve once; then the samples.
    std::size_t count = 0;
    std::size_t size = 0;
    while (days.step()) {
        const unsigned char *blob = days.blob(1, &size);
        const auto samples = GlucoseDaySeries::sampleCount(blob, size);
        if (!samples)
            return false;
        count += *samples;
    }
    if (days.failed())
        return false;
    days.reset();
    sink.reserve(count);
    while (days.step()) {
        const unsigned char *blob = days.blob(1, &size);
        if (!GlucoseDaySeries::decode(days.int64(0), blob, size, fromUtcMs, toUtcMs, sink))
            return false;
    }
    return !days.failed();
}

} // namespace GlucoseDaySeriesTable
