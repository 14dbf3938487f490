#include "GlucoseDaySeriesTable.h"

#include "diary/GlucoseDaySeries.h"
#include "diary/SqliteStatement.h"
#include "diary/StoredValues.h"

#include <algorithm>
#include <iterator>
#include <span>

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

constexpr const char *StoreDay = "INSERT OR REPLACE INTO glucose_day_series (utc_day, samples) VALUES (?1, ?2)";

bool storeDay(SqliteStatement &store, std::int64_t day, std::span<const StoredSample> samples, QString *error)
{
    store.bind(1, day);
    store.bindBlob(2, GlucoseDaySeries::encode(day, samples));
    store.step();
    store.reset();
    return !failed(store, error);
}

// Stores the blob of each day of the rows a statement yields.
class DayWriter
{
public:
    explicit DayWriter(const QSqlDatabase &db)
        : m_store(db, StoreDay)
    {
    }

    // Encodes every day of `rows`, read in (utc_ms, id) order; *written counts the days stored.
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
            if (!m_samples.empty() && sampleDay != day) {
                if (!storeDay(m_store, day, m_samples, error))
                    return false;
                ++*written;
                m_samples.clear();
            }
            day = sampleDay;
            m_samples.push_back(sample);
        }
        if (failed(rows, error))
            return false;
        if (m_samples.empty())
            return true;
        ++*written;
        return storeDay(m_store, day, m_samples, error);
    }

private:
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

bool read(sqlite3 *db, std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink)
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

Appender::Appender(const QSqlDatabase &db)
    : m_db(db)
{
}

bool Appender::add(const StoredSample &sample, QString *error)
{
    // The current day's bounds instead of two divisions per reading.
    if (m_day.empty() || sample.utcMs < m_dayBounds.first || sample.utcMs > m_dayBounds.second) {
        if (!flushDay(error))
            return false;
        m_dayBounds = GlucoseDaySeries::dayBounds(GlucoseDaySeries::dayOf(sample.utcMs));
    }
    m_day.push_back(sample);
    return true;
}

bool Appender::finish(QString *error)
{
    return flushDay(error) && rebuildDays(m_db, std::move(m_damagedDays), error);
}

// The current day's blob becomes its stored samples merged with the new ones: every stored one has a smaller id than
// the new ones, so at one instant it comes first, as std::merge keeps it. A day can come back later in the import
// (parts out of time order); its blob then holds this import's earlier readings too, still all with smaller ids.
bool Appender::flushDay(QString *error)
{
    if (m_day.empty())
        return true;
    if (!m_stored) {
        m_stored.emplace(m_db, "SELECT samples FROM glucose_day_series WHERE utc_day = ?1");
        m_store.emplace(m_db, StoreDay);
    }
    if (failed(*m_stored, error) || failed(*m_store, error))
        return false;
    const auto earlier = [](const StoredSample &a, const StoredSample &b) { return a.utcMs < b.utcMs; };
    if (!std::is_sorted(m_day.begin(), m_day.end(), earlier))
        std::stable_sort(m_day.begin(), m_day.end(), earlier);  // readings at one instant stay in id order
    const std::int64_t day = GlucoseDaySeries::dayOf(m_day.front().utcMs);
    m_before.clear();
    m_stored->bind(1, day);
    bool readable = true;
    if (m_stored->step()) {
        std::size_t size = 0;
        const unsigned char *blob = m_stored->blob(0, &size);
        readable = GlucoseDaySeries::decodeStored(day, blob, size, &m_before);
    }
    m_stored->reset();
    if (failed(*m_stored, error))
        return false;
    bool stored = true;
    if (!readable) {
        m_damagedDays.push_back(day);
    } else if (m_before.empty()) {
        stored = storeDay(*m_store, day, m_day, error);
    } else {
        m_merged.clear();
        std::merge(m_before.cbegin(), m_before.cend(), m_day.cbegin(), m_day.cend(), std::back_inserter(m_merged),
                   earlier);
        stored = storeDay(*m_store, day, m_merged, error);
    }
    m_day.clear();
    return stored;
}

} // namespace GlucoseDaySeriesTable
