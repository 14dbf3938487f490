#include "DiaryBatchWriter.h"

#include "diary/SqliteStatement.h"
#include "diary/StoredValues.h"

#include <algorithm>
#include <optional>

using namespace StoredValues;

namespace {

// What makes two glucose readings the same reading; ordered by time first.
struct GlucoseKey {
    std::int64_t utcMs;
    std::int64_t valueCenti;
    std::int64_t unitAndFlag;

    auto operator<=>(const GlucoseKey &other) const = default;
};

// Rows per INSERT statement: 8 parameters each, far below SQLite's limit of 32,766.
constexpr std::size_t ReadingsPerInsert = 64;

std::int64_t unitAndFlag(std::int64_t unit, std::int64_t flag)
{
    return unit * 16 + flag;
}

GlucoseKey keyOf(const GlucoseReading &reading)
{
    return {reading.utcMs, toCenti(reading.value),
            unitAndFlag(unitCode(reading.unit), static_cast<std::int64_t>(reading.flag))};
}

QByteArray insertSql(std::size_t rows)
{
    QByteArray sql = "INSERT INTO glucose_reading"
                     " (utc_ms, utc_offset, value_centi, unit, flag, context, source_id, note) VALUES ";
    for (std::size_t row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

// A new reading with what its row needs beyond the reading.
struct NewRow {
    const GlucoseReading *reading;
    std::int64_t valueCenti;
    std::int64_t sourceId;
};

// Many rows per INSERT: SQLite's per-statement work (opening cursors, halting) is shared by a whole chunk. Rows are
// run as soon as a chunk is full, so the new rows of a year are never collected in a list of their own.
class ChunkedInsert
{
public:
    explicit ChunkedInsert(const QSqlDatabase &db)
        : m_db(db)
    {
        m_rows.reserve(ReadingsPerInsert);
    }

    bool add(const NewRow &row, QString *error)
    {
        m_rows.push_back(row);
        return m_rows.size() < ReadingsPerInsert || flush(error);
    }

    bool finish(QString *error) { return m_rows.empty() || flush(error); }

private:
    bool flush(QString *error)
    {
        std::optional<SqliteStatement> shorter;
        if (m_rows.size() < ReadingsPerInsert)
            shorter.emplace(m_db, insertSql(m_rows.size()).constData());
        else if (!m_full)
            m_full.emplace(m_db, insertSql(ReadingsPerInsert).constData());
        SqliteStatement &insert = shorter ? *shorter : *m_full;
        if (!insert.isValid()) {
            *error = insert.errorText();
            return false;
        }
        int parameter = 0;
        for (const NewRow &row : m_rows) {
            const GlucoseReading &reading = *row.reading;
            insert.bind(++parameter, reading.utcMs);
            insert.bind(++parameter, reading.utcOffsetSec);
            insert.bind(++parameter, row.valueCenti);
            insert.bind(++parameter, unitCode(reading.unit));
            insert.bind(++parameter, static_cast<std::int64_t>(reading.flag));
            insert.bind(++parameter, static_cast<std::int64_t>(reading.context));
            insert.bind(++parameter, row.sourceId);
            insert.bind(++parameter, reading.note);
        }
        m_rows.clear();
        insert.step();
        if (insert.failed()) {
            *error = insert.errorText();
            return false;
        }
        insert.reset();
        return true;
    }

    const QSqlDatabase &m_db;
    std::optional<SqliteStatement> m_full;
    std::vector<NewRow> m_rows;
};

// The stored readings in [from, to], sorted by key.
std::optional<std::vector<GlucoseKey>> storedKeys(const QSqlDatabase &db, std::int64_t from, std::int64_t to,
                                                  QString *error)
{
    SqliteStatement query(db, "SELECT utc_ms, value_centi, unit, flag FROM glucose_reading"
                              " WHERE utc_ms BETWEEN ?1 AND ?2");
    if (!query.isValid()) {
        *error = query.errorText();
        return std::nullopt;
    }
    query.bind(1, from);
    query.bind(2, to);
    std::vector<GlucoseKey> keys;
    while (query.step())
        keys.push_back({query.int64(0), query.int64(1), unitAndFlag(query.int64(2), query.int64(3))});
    if (query.failed()) {
        *error = query.errorText();
        return std::nullopt;
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

DiaryBatchWriter::DiaryBatchWriter(const QSqlDatabase &db, SourceIds sourceIds)
    : m_db(db)
    , m_sourceIds(std::move(sourceIds))
    , m_series(db)
{
}

bool DiaryBatchWriter::finish(QString *error)
{
    return m_series.finish(error);
}

std::optional<std::int64_t> DiaryBatchWriter::sourceId(const QString &name, QString *error)
{
    if (!m_lastSourceId || name != m_lastSource) {
        m_lastSourceId = m_sourceIds(name, error);
        m_lastSource = name;
    }
    return m_lastSourceId;
}

bool DiaryBatchWriter::addReadings(const std::vector<GlucoseReading> &readings, QString *error)
{
    if (readings.empty())
        return true;
    const auto earlier = [](const GlucoseReading &a, const GlucoseReading &b) { return a.utcMs < b.utcMs; };
    const auto [first, last] = std::minmax_element(readings.begin(), readings.end(), earlier);
    const auto stored = storedKeys(m_db, first->utcMs, last->utcMs, error);
    if (!stored)
        return false;

    // The batch is walked in time order: as it comes when it is sorted (CGM exports are), else through a sorted list
    // of (instant, index) pairs, which keeps the file's order among readings of one instant, so that of two equal
    // readings the first one counts. New rows go in in time order, at the right edge of the time index.
    std::vector<std::pair<std::int64_t, std::size_t>> byTime;
    const bool sorted = std::is_sorted(readings.begin(), readings.end(), earlier);
    if (!sorted) {
        byTime.reserve(readings.size());
        for (std::size_t i = 0; i < readings.size(); ++i)
            byTime.emplace_back(readings[i].utcMs, i);
        std::sort(byTime.begin(), byTime.end());
    }
    ChunkedInsert insert(m_db);
    std::vector<GlucoseKey> sameInstant;  // the keys already taken at the current instant, usually one
    auto storedAtInstant = stored->cbegin();
    for (std::size_t k = 0; k < readings.size(); ++k) {
        const GlucoseReading &reading = readings[sorted ? k : byTime[k].second];
        const GlucoseKey key = keyOf(reading);
        if (!sameInstant.empty() && sameInstant.front().utcMs != key.utcMs)
            sameInstant.clear();
        storedAtInstant = std::lower_bound(storedAtInstant, stored->cend(), key.utcMs,
                                           [](const GlucoseKey &s, std::int64_t utcMs) { return s.utcMs < utcMs; });
        const auto storedEnd = std::find_if(storedAtInstant, stored->cend(),
                                            [&key](const GlucoseKey &s) { return s.utcMs != key.utcMs; });
        if (std::find(sameInstant.cbegin(), sameInstant.cend(), key) != sameInstant.cend()
            || std::find(storedAtInstant, storedEnd, key) != storedEnd) {
            ++m_duplicates;
            continue;
        }
        sameInstant.push_back(key);
        const auto source = sourceId(reading.source, error);
        if (!source || !insert.add({&reading, key.valueCenti, *source}, error))
            return false;
        ++m_readingsAdded;
        if (!m_series.add({reading.utcMs, reading.utcOffsetSec, key.valueCenti, reading.unit, reading.flag}, error))
            return false;
    }
    return insert.finish(error);
}

bool DiaryBatchWriter::addCareEntries(const std::vector<const DiaryEntry *> &entries, QString *error)
{
    if (entries.empty())
        return true;
    SqliteStatement stored(m_db, "SELECT 1 FROM care_entry WHERE utc_ms = ?1 AND kind = ?2 AND amount_centi = ?3"
                                 " AND subtype = ?4 AND name = ?5 AND dose = ?6 AND (?7 = 0 OR note = ?8) LIMIT 1");
    SqliteStatement insert(m_db, "INSERT INTO care_entry"
                                 " (utc_ms, utc_offset, kind, amount_centi, subtype, name, dose, source_id, note)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const SqliteStatement *statement : {&stored, &insert}) {
        if (!statement->isValid()) {
            *error = statement->errorText();
            return false;
        }
    }
    for (const DiaryEntry *entry : entries) {
        const CareFields fields = careFields(*entry);
        const bool isNote = entry->kind() == DiaryEntry::Kind::Note;
        stored.bind(1, entry->utcMs);
        stored.bind(2, static_cast<std::int64_t>(entry->kind()));
        stored.bind(3, fields.amountCenti);
        stored.bind(4, fields.subtype);
        stored.bind(5, fields.name);
        stored.bind(6, fields.dose);
        stored.bind(7, isNote ? 1 : 0);
        stored.bind(8, entry->note);
        const bool duplicate = stored.step();
        if (stored.failed()) {
            *error = stored.errorText();
            return false;
        }
        stored.reset();
        if (duplicate) {
            ++m_duplicates;
            continue;
        }
        const auto source = sourceId(entry->source, error);
        if (!source)
            return false;
        insert.bind(1, entry->utcMs);
        insert.bind(2, entry->utcOffsetSec);
        insert.bind(3, static_cast<std::int64_t>(entry->kind()));
        insert.bind(4, fields.amountCenti);
        insert.bind(5, fields.subtype);
        insert.bind(6, fields.name);
        insert.bind(7, fields.dose);
        insert.bind(8, *source);
        insert.bind(9, entry->note);
        insert.step();
        if (insert.failed()) {
            *error = insert.errorText();
            return false;
        }
        insert.reset();
        ++m_careEntriesAdded;
    }
    return true;
}
