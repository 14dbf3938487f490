#include "DiaryBatchWriter.h"

#include "diary/SqliteStatement.h"
#include "diary/StoredValues.h"

#include <algorithm>
#include <numeric>
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

// A reading that is not in the diary yet, with what its row needs beyond the reading.
struct NewReading {
    const GlucoseReading *reading;
    std::int64_t valueCenti;
    std::int64_t sourceId;
};

QByteArray insertSql(std::size_t rows)
{
    QByteArray sql = "INSERT INTO glucose_reading"
                     " (utc_ms, utc_offset, value_centi, unit, flag, context, source_id, note) VALUES ";
    for (std::size_t row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

// Many rows per INSERT: SQLite's per-statement work (opening cursors, halting) is shared by the whole chunk.
bool insertInChunks(const QSqlDatabase &db, const std::vector<NewReading> &fresh, QString *error)
{
    if (fresh.empty())
        return true;
    const std::size_t chunkRows = std::min(ReadingsPerInsert, fresh.size());
    SqliteStatement fullChunk(db, insertSql(chunkRows).constData());
    for (std::size_t start = 0; start < fresh.size(); start += chunkRows) {
        const std::size_t rows = std::min(chunkRows, fresh.size() - start);
        std::optional<SqliteStatement> lastChunk;
        if (rows < chunkRows)
            lastChunk.emplace(db, insertSql(rows).constData());
        SqliteStatement &insert = lastChunk ? *lastChunk : fullChunk;
        if (!insert.isValid()) {
            *error = insert.errorText();
            return false;
        }
        int parameter = 0;
        for (std::size_t i = start; i < start + rows; ++i) {
            const GlucoseReading &reading = *fresh[i].reading;
            insert.bind(++parameter, reading.utcMs);
            insert.bind(++parameter, reading.utcOffsetSec);
            insert.bind(++parameter, fresh[i].valueCenti);
            insert.bind(++parameter, unitCode(reading.unit));
            insert.bind(++parameter, static_cast<std::int64_t>(reading.flag));
            insert.bind(++parameter, static_cast<std::int64_t>(reading.context));
            insert.bind(++parameter, fresh[i].sourceId);
            insert.bind(++parameter, reading.note);
        }
        insert.step();
        if (insert.failed()) {
            *error = insert.errorText();
            return false;
        }
        insert.reset();
    }
    return true;
}

} // namespace

DiaryBatchWriter::DiaryBatchWriter(const QSqlDatabase &db, SourceIds sourceIds)
    : m_db(db)
    , m_sourceIds(std::move(sourceIds))
{
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
    const auto [first, last] = std::minmax_element(
        readings.begin(), readings.end(),
        [](const GlucoseReading &a, const GlucoseReading &b) { return a.utcMs < b.utcMs; });

    std::vector<GlucoseKey> stored;
    SqliteStatement query(m_db, "SELECT utc_ms, value_centi, unit, flag FROM glucose_reading"
                                " WHERE utc_ms BETWEEN ?1 AND ?2");
    if (!query.isValid()) {
        *error = query.errorText();
        return false;
    }
    query.bind(1, first->utcMs);
    query.bind(2, last->utcMs);
    while (query.step())
        stored.push_back({query.int64(0), query.int64(1), unitAndFlag(query.int64(2), query.int64(3))});
    if (query.failed()) {
        *error = query.errorText();
        return false;
    }
    std::sort(stored.begin(), stored.end());

    // The batch in key order (a stable sort, so of two equal readings in one file the first one counts); a walk
    // beside the stored keys then finds both kinds of duplicates, and the new rows go in in time order, which keeps
    // SQLite's inserts at the right edge of the time index.
    std::vector<GlucoseKey> keys;
    keys.reserve(readings.size());
    std::transform(readings.begin(), readings.end(), std::back_inserter(keys), keyOf);
    std::vector<std::size_t> order(readings.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto byKey = [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; };
    if (!std::is_sorted(order.begin(), order.end(), byKey))
        std::stable_sort(order.begin(), order.end(), byKey);

    std::vector<NewReading> fresh;
    fresh.reserve(readings.size());
    auto storedKey = stored.cbegin();
    const GlucoseKey *previous = nullptr;
    for (const std::size_t index : order) {
        const GlucoseKey &key = keys[index];
        storedKey = std::lower_bound(storedKey, stored.cend(), key);
        if ((previous && *previous == key) || (storedKey != stored.cend() && *storedKey == key)) {
            ++m_duplicates;
            continue;
        }
        previous = &key;
        const auto source = sourceId(readings[index].source, error);
        if (!source)
            return false;
        fresh.push_back({&readings[index], key.valueCenti, *source});
    }
    if (!insertInChunks(m_db, fresh, error))
        return false;
    m_readingsAdded += int(fresh.size());
    return true;
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
