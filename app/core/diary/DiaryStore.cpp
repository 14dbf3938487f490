#include "DiaryStore.h"

#include "diary/DiarySchema.h"
#include "diary/DiaryValidation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>
#include <cmath>
#include <limits>

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

QString saveFailed(const QString &detail)
{
    return tr("The diary could not be saved: %1").arg(detail);
}

// Values are stored as integers in hundredths of their unit: compact, and exact to compare for duplicates.
qint64 toCenti(double value)
{
    return std::llround(value * 100.0);
}

// Text columns are NOT NULL; Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

double fromCenti(qint64 centi)
{
    return static_cast<double>(centi) / 100.0;
}

// Stored codes of the enums. The enums' order is the stored order; unknown codes read as the neutral value.
int unitCode(Glucose::Unit unit)
{
    return unit == Glucose::Unit::MgDl ? 0 : 1;
}

Glucose::Unit unitFromCode(int code)
{
    return code == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
}

template<typename Enum>
Enum enumFromCode(int code, Enum last, Enum fallback)
{
    return code >= 0 && code <= static_cast<int>(last) ? static_cast<Enum>(code) : fallback;
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
        setError(error, tr("The diary could not be opened: %1 (%2)").arg(path, db.lastError().text()));
        db = QSqlDatabase();
        close();
        return false;
    }
    QString problem;
    {
        QSqlQuery query(db);
        const bool wal = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()
                         && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!wal || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
            || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            problem = tr("%1 is not a diary database, or it is damaged.").arg(path);
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
        setError(error, query.lastError().text());
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
        setError(error, query.lastError().text());
        return std::nullopt;
    }
    const std::int64_t id = query.lastInsertId().toLongLong();
    m_sourceIds.insert(key, id);
    m_sourceNames.insert(id, key);
    return id;
}

std::vector<GlucoseReading> DiaryStore::glucoseReadings(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    std::vector<GlucoseReading> readings;
    if (!isOpen())
        return readings;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, utc_ms, utc_offset, value_centi, unit, flag, context, source_id, note"
                                 " FROM glucose_reading WHERE utc_ms >= ? AND utc_ms < ? ORDER BY utc_ms, id"));
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!query.exec())
        return readings;
    while (query.next()) {
        GlucoseReading reading;
        reading.id = query.value(0).toLongLong();
        reading.utcMs = query.value(1).toLongLong();
        reading.utcOffsetSec = query.value(2).toInt();
        reading.value = fromCenti(query.value(3).toLongLong());
        reading.unit = unitFromCode(query.value(4).toInt());
        reading.flag = enumFromCode(query.value(5).toInt(), GlucoseReading::Flag::Hi, GlucoseReading::Flag::None);
        reading.context = enumFromCode(query.value(6).toInt(), GlucoseReading::MealContext::Other,
                                       GlucoseReading::MealContext::Other);
        reading.source = m_sourceNames.value(query.value(7).toLongLong());
        reading.note = query.value(8).toString();
        readings.push_back(std::move(reading));
    }
    return readings;
}

std::optional<DiaryStore::ImportResult> DiaryStore::addReadings(const std::vector<GlucoseReading> &readings,
                                                                QString *error)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < readings.size(); ++i) {
        if (const auto problem = DiaryValidation::problem(DiaryEntry::fromReading(readings[i]), now)) {
            setError(error, tr("Reading %1 of %2: %3 Nothing was added.")
                                .arg(i + 1).arg(readings.size()).arg(*problem));
            return std::nullopt;
        }
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setError(error, saveFailed(db.lastError().text()));
        return std::nullopt;
    }
    ImportResult result;
    QString failure;
    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO glucose_reading (utc_ms, utc_offset, value_centi, unit, flag, context, source_id, note)"
            " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM glucose_reading"
            " WHERE utc_ms = ? AND value_centi = ? AND unit = ? AND flag = ?)"));
        for (const GlucoseReading &reading : readings) {
            const auto source = sourceId(reading.source, &failure);
            if (!source)
                break;
            const qint64 utcMs = reading.utcMs;
            const qint64 valueCenti = toCenti(reading.value);
            const int unit = unitCode(reading.unit);
            const int flag = static_cast<int>(reading.flag);
            for (const QVariant &value : {QVariant(utcMs), QVariant(reading.utcOffsetSec), QVariant(valueCenti),
                                          QVariant(unit), QVariant(flag), QVariant(static_cast<int>(reading.context)),
                                          QVariant(static_cast<qint64>(*source)), QVariant(notNull(reading.note)),
                                          QVariant(utcMs), QVariant(valueCenti), QVariant(unit), QVariant(flag)})
                insert.addBindValue(value);
            if (!insert.exec()) {
                failure = insert.lastError().text();
                break;
            }
            if (insert.numRowsAffected() > 0)
                ++result.added;
            else
                ++result.duplicates;
        }
    }
    if (failure.isEmpty() && db.commit())
        return result;
    if (failure.isEmpty())
        failure = db.lastError().text();
    db.rollback();
    loadSources(nullptr);
    setError(error, saveFailed(failure));
    return std::nullopt;
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
    if (isGlucose(entry)) {
        const auto &glucose = entry.as<DiaryEntry::Glucose>();
        query.prepare(update ? QStringLiteral("UPDATE glucose_reading SET utc_ms = ?, utc_offset = ?, value_centi = ?,"
                                              " unit = ?, flag = ?, context = ?, source_id = ?, note = ? WHERE id = ?")
                             : QStringLiteral("INSERT INTO glucose_reading (utc_ms, utc_offset, value_centi, unit, flag,"
                                              " context, source_id, note, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(static_cast<qint64>(entry.utcMs));
        query.addBindValue(entry.utcOffsetSec);
        query.addBindValue(toCenti(glucose.value));
        query.addBindValue(unitCode(glucose.unit));
        query.addBindValue(static_cast<int>(glucose.flag));
        query.addBindValue(static_cast<int>(glucose.context));
    } else {
        query.prepare(update ? QStringLiteral("UPDATE care_entry SET utc_ms = ?, utc_offset = ?, kind = ?,"
                                              " amount_centi = ?, subtype = ?, name = ?, dose = ?, source_id = ?,"
                                              " note = ? WHERE id = ?")
                             : QStringLiteral("INSERT INTO care_entry (utc_ms, utc_offset, kind, amount_centi, subtype,"
                                              " name, dose, source_id, note, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        qint64 amount = 0;
        int subtype = 0;
        QString name;
        QString dose;
        if (const auto *insulin = std::get_if<DiaryEntry::Insulin>(&entry.payload)) {
            amount = toCenti(insulin->units);
            subtype = static_cast<int>(insulin->kind);
            name = insulin->name;
        } else if (const auto *carbs = std::get_if<DiaryEntry::Carbs>(&entry.payload)) {
            amount = toCenti(carbs->grams);
        } else if (const auto *medication = std::get_if<DiaryEntry::Medication>(&entry.payload)) {
            name = medication->name;
            dose = medication->dose;
        } else if (const auto *hba1c = std::get_if<DiaryEntry::HbA1c>(&entry.payload)) {
            amount = toCenti(hba1c->value);
            subtype = static_cast<int>(hba1c->unit);
        }
        query.addBindValue(static_cast<qint64>(entry.utcMs));
        query.addBindValue(entry.utcOffsetSec);
        query.addBindValue(static_cast<int>(entry.kind()));
        query.addBindValue(amount);
        query.addBindValue(subtype);
        query.addBindValue(notNull(name));
        query.addBindValue(notNull(dose));
    }
    query.addBindValue(static_cast<qint64>(*source));
    query.addBindValue(notNull(entry.note));
    query.addBindValue(update || keepId ? QVariant::fromValue<qint64>(entry.id) : QVariant());
    if (!query.exec()) {
        setError(error, saveFailed(query.lastError().text()));
        return false;
    }
    if (update && query.numRowsAffected() != 1) {
        setError(error, tr("This entry no longer exists in the diary."));
        return false;
    }
    if (newId)
        *newId = query.lastInsertId().toLongLong();
    return true;
}

namespace {

// Runs one write in its own transaction: committed if it succeeded, rolled back otherwise.
template<typename Write>
bool inTransaction(QSqlDatabase db, QString *error, Write write)
{
    if (!db.transaction()) {
        setError(error, saveFailed(db.lastError().text()));
        return false;
    }
    if (write() && db.commit())
        return true;
    if (error && error->isEmpty())
        *error = saveFailed(db.lastError().text());
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
        QSqlQuery query(database());
        query.prepare(kind == DiaryEntry::Kind::Glucose
                          ? QStringLiteral("DELETE FROM glucose_reading WHERE id = ?")
                          : QStringLiteral("DELETE FROM care_entry WHERE id = ? AND kind = ?"));
        query.addBindValue(QVariant::fromValue<qint64>(id));
        if (kind != DiaryEntry::Kind::Glucose)
            query.addBindValue(static_cast<int>(kind));
        if (!query.exec()) {
            failure = saveFailed(query.lastError().text());
            return false;
        }
        if (query.numRowsAffected() != 1) {
            failure = tr("This entry no longer exists in the diary.");
            return false;
        }
        return true;
    });
    if (!removed)
        setError(error, failure);
    return removed;
}
