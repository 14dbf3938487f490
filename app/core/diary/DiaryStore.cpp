#include "DiaryStore.h"

#include "diary/DiaryFileCheck.h"
#include "diary/DiaryImport.h"
#include "diary/DiarySchema.h"
#include "diary/DiaryValidation.h"
#include "diary/GlucoseDaySeries.h"
#include "diary/GlucoseDaySeriesTable.h"
#include "diary/SafetyBackups.h"
#include "diary/SqliteStatement.h"
#include "diary/StorageError.h"
#include "diary/StoredValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>
#include <limits>

using namespace StoredValues;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiaryStore", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}


// Text columns are NOT NULL; Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isGlucose(const DiaryEntry &entry)
{
    return entry.kind() == DiaryEntry::Kind::Glucose;
}

// The columns every log query selects, in this order, from both tables.
enum Column { Table, Id, UtcMs, UtcOffset, Kind, Amount, Subtype, Flag, Context, Name, Dose, SourceId, Note };

const QString glucoseColumns = QStringLiteral(
    "SELECT 0 AS tbl, id, utc_ms, utc_offset, 0, value_centi, unit, flag, context, '', '', source_id, note"
    " FROM glucose_reading");
const QString careColumns = QStringLiteral(
    "SELECT 1 AS tbl, id, utc_ms, utc_offset, kind, amount_centi, subtype, 0, 0, name, dose, source_id, note"
    " FROM care_entry");

std::atomic<int> connectionCounter{0};

// While it lives, SQLite reads the diary file through a memory map instead of copying each page into its page cache:
// a long read (a year is about 1,000 pages) then touches no fresh memory per page, which a cold process pays for in
// page faults. Created while no statement is open on the connection (SQLite maps at the start of a read); the map
// is dropped again afterwards, so writes and the rest of the app keep SQLite's defaults.
class MappedReads
{
public:
    explicit MappedReads(const QSqlDatabase &db)
        : m_db(db)
    {
        setLimit("PRAGMA mmap_size = 268435456");
    }
    ~MappedReads() { setLimit("PRAGMA mmap_size = 0"); }
    MappedReads(const MappedReads &) = delete;
    MappedReads &operator=(const MappedReads &) = delete;

private:
    void setLimit(const char *pragma) const
    {
        SqliteStatement statement(m_db, pragma);
        statement.step();
    }
    const QSqlDatabase &m_db;
};

} // namespace

DiaryStore::DiaryStore() = default;

DiaryStore::~DiaryStore()
{
    close();
}

QString DiaryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/diary.sqlite");
}

void DiaryStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
    m_sourceIds.clear();
    m_sourceNames.clear();
}

bool DiaryStore::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, tr("The diary could not be opened: the folder %1 cannot be created.").arg(info.absolutePath()));
        return false;
    }
    if (const auto problem = DiaryFileCheck::problem(path, DiarySchema::LatestVersion)) {
        setError(error, *problem);
        return false;
    }
    // Created private before SQLite sees it; SQLite gives the -wal and -shm files the same mode.
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const bool created = !file.exists() ? file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)
                                        : file.setPermissions(ownerOnly);
    file.close();
    if (!created) {
        setError(error, tr("The diary could not be opened: %1 (%2)").arg(path, file.errorString()));
        return false;
    }

    m_connection = QStringLiteral("isletguide-diary-%1").arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        setError(error,
                 tr("The diary could not be opened: %1 (%2)").arg(path, StorageError::describe(db)));
        db = QSqlDatabase();
        close();
        return false;
    }
    QString problem;
    {
        QSqlQuery query(db);
        // Version 0 with tables in it is another program's database: our first step sets version 1 with its tables.
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next() && query.value(0).toInt() == 0
            && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
            && query.value(0).toInt() > 0)
            problem = tr("%1 is not an IsletGuide diary: it holds another program's data. It was left as it is.")
                          .arg(QDir::toNativeSeparators(path));
        const bool wal = problem.isEmpty() && query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()
                         && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (problem.isEmpty() && (!wal || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
            || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))) {
            problem = StorageError::isStorageProblem(db)
                          ? tr("The diary could not be opened: %1").arg(StorageError::describe(db))
                          : tr("%1 is not a diary database, or it is damaged.").arg(path);
        }
    }
    if (problem.isEmpty() && m_safetyCopies) {
        QSqlQuery version(db);
        const int current = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
                                ? version.value(0).toInt()
                                : 0;
        version.finish();
        QString reason;
        if (current > 0 && current < DiarySchema::LatestVersion
            && !SafetyBackups(path).make(db, SafetyBackups::Reason::BeforeUpgrade, &reason))
            problem = tr("The diary was not upgraded, because a safety copy could not be made first: %1").arg(reason);
    }
    if (problem.isEmpty() && !DiarySchema::migrate(db, &problem))
        problem = tr("The diary could not be opened: %1").arg(problem);
    db = QSqlDatabase();
    m_path = path;
    if (problem.isEmpty() && !loadSources(&problem))
        problem = tr("The diary could not be opened: %1").arg(problem);
    if (!problem.isEmpty()) {
        setError(error, problem);
        close();
        return false;
    }
    return true;
}

bool DiaryStore::isOpen() const
{
    return !m_connection.isEmpty();
}

QString DiaryStore::path() const
{
    return m_path;
}

QSqlDatabase DiaryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool DiaryStore::loadSources(QString *error)
{
    m_sourceIds.clear();
    m_sourceNames.clear();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, name FROM source"))) {
        setError(error, StorageError::describe(query.lastError()));
        return false;
    }
    while (query.next()) {
        const std::int64_t id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        m_sourceIds.insert(name, id);
        m_sourceNames.insert(id, name);
    }
    return true;
}

std::optional<std::int64_t> DiaryStore::sourceId(const QString &name, QString *error)
{
    const QString key = name.isEmpty() ? QStringLiteral("manual") : name;
    const auto known = m_sourceIds.constFind(key);
    if (known != m_sourceIds.cend())
        return *known;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO source (name) VALUES (?)"));
    query.addBindValue(key);
    if (!query.exec()) {
        setError(error, StorageError::describe(query.lastError()));
        return std::nullopt;
    }
    const std::int64_t id = query.lastInsertId().toLongLong();
    m_sourceIds.insert(key, id);
    m_sourceNames.insert(id, key);
    return id;
}

namespace {

// Reads the rows of glucose_reading in [fromUtcMs, toUtcMs) in time order, ties in id order: `columns` is the SELECT
// list, utc_ms first; reserve(n) is told about how many rows follow, row(statement) is called for each, restart()
// when the rows handed so far are to be forgotten. False when the diary could not be read.
// When the range holds every reading, the table is read in its own (rowid) order, without a look-up through the time
// index per row: readings are mostly stored in time order (an import adds them sorted). If a reading turns out to be
// earlier than the one before it, the read starts over through the index.
template<typename Reserve, typename Row, typename Restart>
bool readInTimeOrder(const QSqlDatabase &db, const QByteArray &columns, std::int64_t fromUtcMs, std::int64_t toUtcMs,
                     Reserve reserve, Row row, Restart restart)
{
    const MappedReads mapped(db);
    // The first and last instant from the time index, and the number of rows from SQLite's count of the table.
    SqliteStatement extent(db, "SELECT (SELECT min(utc_ms) FROM glucose_reading),"
                               " (SELECT max(utc_ms) FROM glucose_reading), (SELECT count(*) FROM glucose_reading)");
    if (!extent.step())
        return false;
    const std::int64_t rows = extent.int64(2);
    if (rows == 0 || extent.int64(0) >= toUtcMs || extent.int64(1) < fromUtcMs)
        return true;
    if (extent.int64(0) >= fromUtcMs && extent.int64(1) < toUtcMs) {
        reserve(static_cast<std::size_t>(rows));
        SqliteStatement table(db, ("SELECT " + columns + " FROM glucose_reading ORDER BY id").constData());
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
        bool inTimeOrder = true;
        while (inTimeOrder && table.step()) {
            const std::int64_t utcMs = table.int64(0);
            inTimeOrder = utcMs >= last;
            if (inTimeOrder)
                row(table);
            last = utcMs;
        }
        if (inTimeOrder)
            return !table.failed() && table.isValid();
        restart();
    } else {
        SqliteStatement count(db, "SELECT count(*) FROM glucose_reading WHERE utc_ms >= ?1 AND utc_ms < ?2");
        count.bind(1, fromUtcMs);
        count.bind(2, toUtcMs);
        if (!count.step())
            return false;
        reserve(static_cast<std::size_t>(count.int64(0)));
    }
    const QByteArray inRange = " FROM glucose_reading WHERE utc_ms >= ?1 AND utc_ms < ?2 ORDER BY utc_ms, id";
    SqliteStatement indexed(db, ("SELECT " + columns + inRange).constData());
    indexed.bind(1, fromUtcMs);
    indexed.bind(2, toUtcMs);
    while (indexed.step())
        row(indexed);
    return !indexed.failed() && indexed.isValid();
}

} // namespace

std::vector<GlucoseReading> DiaryStore::glucoseReadings(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    std::vector<GlucoseReading> readings;
    if (!isOpen())
        return readings;
    std::int64_t lastSourceId = -1;
    QString lastSource;
    const auto reserve = [&](std::size_t count) { readings.reserve(count); };
    const auto row = [&](const SqliteStatement &query) {
        GlucoseReading &reading = readings.emplace_back();
        reading.utcMs = query.int64(0);
        reading.id = query.int64(1);
        reading.utcOffsetSec = static_cast<int>(query.int64(2));
        reading.value = fromCenti(query.int64(3));
        reading.unit = unitFromCode(query.int64(4));
        reading.flag = enumFromCode(query.int64(5), GlucoseReading::Flag::Hi, GlucoseReading::Flag::None);
        reading.context = enumFromCode(query.int64(6), GlucoseReading::MealContext::Other,
                                       GlucoseReading::MealContext::Other);
        const std::int64_t sourceId = query.int64(7);
        if (sourceId != lastSourceId) {
            lastSourceId = sourceId;
            lastSource = m_sourceNames.value(sourceId);
        }
        reading.source = lastSource;
        reading.note = query.text(8);
    };
    readInTimeOrder(database(), "utc_ms, id, utc_offset, value_centi, unit, flag, context, source_id, note", fromUtcMs,
                    toUtcMs, reserve, row, [&] { readings.clear(); });
    return readings;
}

bool DiaryStore::readGlucoseSamples(std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink) const
{
    return isOpen() && GlucoseDaySeriesTable::read(SqliteStatement::handle(database()), fromUtcMs, toUtcMs, sink);
}

bool DiaryStore::rebuildDaySeries(const std::vector<std::int64_t> &utcDays, QString *error)
{
    QString problem;
    if (GlucoseDaySeriesTable::rebuildDays(database(), utcDays, &problem))
        return true;
    setError(error, saveFailed(problem));
    return false;
}

std::optional<std::int64_t> DiaryStore::storedUtcDay(std::int64_t readingId, QString *error) const
{
    SqliteStatement stored(database(), "SELECT utc_ms FROM glucose_reading WHERE id = ?1");
    stored.bind(1, readingId);
    if (stored.step())
        return GlucoseDaySeries::dayOf(stored.int64(0));
    if (!stored.isValid() || stored.failed()) {
        setError(error, saveFailed(stored.errorText()));
        return std::nullopt;
    }
    setError(error, tr("This entry no longer exists in the diary."));
    return std::nullopt;
}

namespace {

// A batch handed over in one part: begin, add, commit, and *error says why when any of them fails.
template<typename AddPart>
std::optional<DiaryStore::ImportResult> importInOnePart(DiaryStore &store, QString *error, AddPart addPart)
{
    DiaryImport import(store);
    QString problem;
    if (import.begin(&problem) && addPart(import, &problem)) {
        if (auto result = import.commit(&problem))
            return result;
    }
    setError(error, problem);
    return std::nullopt;
}

} // namespace

QString DiaryStore::saveFailed(const QString &detail)
{
    return QCoreApplication::translate("DiaryStore", "The diary could not be saved: %1").arg(detail);
}

std::optional<DiaryStore::ImportResult> DiaryStore::addReadings(const std::vector<GlucoseReading> &readings,
                                                                QString *error)
{
    return importInOnePart(*this, error, [&readings](DiaryImport &import, QString *problem) {
        return import.addReadings(readings, problem);
    });
}

std::optional<DiaryStore::ImportResult> DiaryStore::addEntries(const std::vector<DiaryEntry> &entries, QString *error)
{
    return importInOnePart(*this, error, [&entries](DiaryImport &import, QString *problem) {
        return import.addEntries(entries, problem);
    });
}

std::vector<DiaryEntry> DiaryStore::queryEntries(const QString &where, const QString &order,
                                                 const QVariantList &values, int limit) const
{
    std::vector<DiaryEntry> entries;
    if (!isOpen())
        return entries;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // A compound SELECT with ORDER BY is merged from both time indexes, so LIMIT stops early on a large diary.
    const QString table = QStringLiteral("{table}");
    QString sql = glucoseColumns + QStringLiteral(" WHERE ") + QString(where).replace(table, QStringLiteral("0"))
                  + QStringLiteral(" UNION ALL ") + careColumns + QStringLiteral(" WHERE ")
                  + QString(where).replace(table, QStringLiteral("1")) + QStringLiteral(" ORDER BY ") + order;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    for (int arm = 0; arm < 2; ++arm) {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
    if (!query.exec())
        return entries;
    while (query.next()) {
        DiaryEntry entry;
        entry.id = query.value(Id).toLongLong();
        entry.utcMs = query.value(UtcMs).toLongLong();
        entry.utcOffsetSec = query.value(UtcOffset).toInt();
        entry.source = m_sourceNames.value(query.value(SourceId).toLongLong());
        entry.note = query.value(Note).toString();
        const double amount = fromCenti(query.value(Amount).toLongLong());
        const int subtype = query.value(Subtype).toInt();
        switch (enumFromCode(query.value(Kind).toInt(), DiaryEntry::Kind::Note, DiaryEntry::Kind::Note)) {
        case DiaryEntry::Kind::Glucose:
            entry.payload = DiaryEntry::Glucose{
                amount, unitFromCode(subtype),
                enumFromCode(query.value(Context).toInt(), GlucoseReading::MealContext::Other,
                             GlucoseReading::MealContext::Other),
                enumFromCode(query.value(Flag).toInt(), GlucoseReading::Flag::Hi, GlucoseReading::Flag::None)};
            break;
        case DiaryEntry::Kind::Insulin:
            entry.payload = DiaryEntry::Insulin{
                amount, enumFromCode(subtype, DiaryEntry::InsulinKind::Other, DiaryEntry::InsulinKind::Other),
                query.value(Name).toString()};
            break;
        case DiaryEntry::Kind::Carbs:
            entry.payload = DiaryEntry::Carbs{amount};
            break;
        case DiaryEntry::Kind::Medication:
            entry.payload = DiaryEntry::Medication{query.value(Name).toString(), query.value(Dose).toString()};
            break;
        case DiaryEntry::Kind::HbA1c:
            entry.payload = DiaryEntry::HbA1c{
                amount, enumFromCode(subtype, DiaryEntry::HbA1cUnit::MmolPerMol, DiaryEntry::HbA1cUnit::Percent)};
            break;
        case DiaryEntry::Kind::Note:
            entry.payload = DiaryEntry::Note{};
            break;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<DiaryEntry> DiaryStore::entries(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    return queryEntries(QStringLiteral("utc_ms >= ? AND utc_ms < ?"), QStringLiteral("utc_ms, tbl, id"),
                        {QVariant::fromValue<qint64>(fromUtcMs), QVariant::fromValue<qint64>(toUtcMs)}, -1);
}

std::vector<DiaryEntry> DiaryStore::olderEntries(const DiaryEntry *last, int limit) const
{
    const qint64 utcMs = last ? last->utcMs : std::numeric_limits<qint64>::max();
    const int table = last && isGlucose(*last) ? 0 : 1;
    const qint64 id = last ? last->id : std::numeric_limits<qint64>::max();
    // {table} is the arm's table number; the log order is time, then table, then id, all descending.
    const QString where =
        QStringLiteral("utc_ms <= ? AND (utc_ms < ? OR {table} < ? OR ({table} = ? AND id < ?))");
    return queryEntries(where, QStringLiteral("utc_ms DESC, tbl DESC, id DESC"),
                        {utcMs, utcMs, table, table, id}, limit);
}

std::optional<DiaryEntry> DiaryStore::entry(DiaryEntry::Kind kind, std::int64_t id) const
{
    const int table = kind == DiaryEntry::Kind::Glucose ? 0 : 1;
    auto found = queryEntries(QStringLiteral("{table} = ? AND id = ?"), QStringLiteral("tbl"),
                              {table, QVariant::fromValue<qint64>(id)}, 1);
    if (found.empty() || found.front().kind() != kind)
        return std::nullopt;
    return std::move(found.front());
}

bool DiaryStore::writeEntry(const DiaryEntry &entry, std::int64_t *newId, bool keepId, QString *error)
{
    const auto source = sourceId(entry.source, error);
    if (!source)
        return false;
    QSqlQuery query(database());
    const bool update = !newId;
    // The UTC days whose series this write changes: the reading's day, and on an update the day it moves from.
    std::vector<std::int64_t> seriesDays;
    if (isGlucose(entry)) {
        seriesDays.push_back(GlucoseDaySeries::dayOf(entry.utcMs));
        if (update) {
            const auto before = storedUtcDay(entry.id, error);
            if (!before)
                return false;
            seriesDays.push_back(*before);
        }
        const auto &glucose = entry.as<DiaryEntry::Glucose>();
        query.prepare(update ? QStringLiteral("UPDATE glucose_reading SET utc_ms = ?, utc_offset = ?, value_centi = ?,"
                                              " unit = ?, flag = ?, context = ?, source_id = ?, note = ? WHERE id = ?")
                             : QStringLiteral("INSERT INTO glucose_reading (utc_ms, utc_offset, value_centi, unit, flag,"
                                              " context, source_id, note, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(static_cast<qint64>(entry.utcMs));
        query.addBindValue(entry.utcOffsetSec);
        query.addBindValue(static_cast<qint64>(toCenti(glucose.value)));
        query.addBindValue(unitCode(glucose.unit));
        query.addBindValue(static_cast<int>(glucose.flag));
        query.addBindValue(static_cast<int>(glucose.context));
    } else {
        query.prepare(update ? QStringLiteral("UPDATE care_entry SET utc_ms = ?, utc_offset = ?, kind = ?,"
                                              " amount_centi = ?, subtype = ?, name = ?, dose = ?, source_id = ?,"
                                              " note = ? WHERE id = ?")
                             : QStringLiteral("INSERT INTO care_entry (utc_ms, utc_offset, kind, amount_centi, subtype,"
                                              " name, dose, source_id, note, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const CareFields fields = careFields(entry);
        query.addBindValue(static_cast<qint64>(entry.utcMs));
        query.addBindValue(entry.utcOffsetSec);
        query.addBindValue(static_cast<int>(entry.kind()));
        query.addBindValue(static_cast<qint64>(fields.amountCenti));
        query.addBindValue(fields.subtype);
        query.addBindValue(notNull(fields.name));
        query.addBindValue(notNull(fields.dose));
    }
    query.addBindValue(static_cast<qint64>(*source));
    query.addBindValue(notNull(entry.note));
    query.addBindValue(update || keepId ? QVariant::fromValue<qint64>(entry.id) : QVariant());
    if (!query.exec()) {
        setError(error, saveFailed(StorageError::describe(query.lastError())));
        return false;
    }
    if (update && query.numRowsAffected() != 1) {
        setError(error, tr("This entry no longer exists in the diary."));
        return false;
    }
    if (newId)
        *newId = query.lastInsertId().toLongLong();
    return seriesDays.empty() || rebuildDaySeries(seriesDays, error);
}

namespace {

// Runs one write in its own transaction: committed if it succeeded, rolled back otherwise.
template<typename Write>
bool inTransaction(QSqlDatabase db, QString *error, Write write)
{
    if (!db.transaction()) {
        setError(error, DiaryStore::saveFailed(StorageError::describe(db)));
        return false;
    }
    if (write() && db.commit())
        return true;
    if (error && error->isEmpty())
        *error = DiaryStore::saveFailed(StorageError::describe(db));
    db.rollback();
    return false;
}

} // namespace

std::optional<std::int64_t> DiaryStore::addEntry(const DiaryEntry &entry, QString *error)
{
    if (const auto problem = DiaryValidation::problem(entry, QDateTime::currentMSecsSinceEpoch())) {
        setError(error, *problem);
        return std::nullopt;
    }
    std::int64_t id = 0;
    QString failure;
    if (!inTransaction(database(), &failure, [&] { return writeEntry(entry, &id, false, &failure); })) {
        loadSources(nullptr);
        setError(error, failure);
        return std::nullopt;
    }
    return id;
}

bool DiaryStore::updateEntry(const DiaryEntry &entry, QString *error)
{
    if (const auto problem = DiaryValidation::problem(entry, QDateTime::currentMSecsSinceEpoch())) {
        setError(error, *problem);
        return false;
    }
    QString failure;
    if (!inTransaction(database(), &failure, [&] { return writeEntry(entry, nullptr, false, &failure); })) {
        loadSources(nullptr);
        setError(error, failure);
        return false;
    }
    return true;
}

bool DiaryStore::restoreEntry(const DiaryEntry &entry, QString *error)
{
    std::int64_t id = 0;
    QString failure;
    if (!inTransaction(database(), &failure, [&] { return writeEntry(entry, &id, true, &failure); })) {
        loadSources(nullptr);
        setError(error, failure);
        return false;
    }
    return true;
}

bool DiaryStore::removeEntry(DiaryEntry::Kind kind, std::int64_t id, QString *error)
{
    QString failure;
    const bool removed = inTransaction(database(), &failure, [&] {
        std::optional<std::int64_t> seriesDay;
        if (kind == DiaryEntry::Kind::Glucose) {
            seriesDay = storedUtcDay(id, &failure);
            if (!seriesDay)
                return false;
        }
        QSqlQuery query(database());
        query.prepare(kind == DiaryEntry::Kind::Glucose
                          ? QStringLiteral("DELETE FROM glucose_reading WHERE id = ?")
                          : QStringLiteral("DELETE FROM care_entry WHERE id = ? AND kind = ?"));
        query.addBindValue(QVariant::fromValue<qint64>(id));
        if (kind != DiaryEntry::Kind::Glucose)
            query.addBindValue(static_cast<int>(kind));
        if (!query.exec()) {
            failure = saveFailed(StorageError::describe(query.lastError()));
            return false;
        }
        if (query.numRowsAffected() != 1) {
            failure = tr("This entry no longer exists in the diary.");
            return false;
        }
        return !seriesDay || rebuildDaySeries({*seriesDay}, &failure);
    });
    if (!removed)
        setError(error, failure);
    return removed;
}
