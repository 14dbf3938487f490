#include "DiaryImport.h"

#include "diary/DiaryValidation.h"
#include "diary/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool isGlucose(const DiaryEntry &entry)
{
    return entry.kind() == DiaryEntry::Kind::Glucose;
}

QString refused(int number, const QString &problem)
{
    return QCoreApplication::translate("DiaryStore", "Entry %1: %2 Nothing was added.").arg(number).arg(problem);
}

} // namespace

DiaryImport::DiaryImport(DiaryStore &store)
    : m_store(store)
{
}

DiaryImport::~DiaryImport()
{
    rollback();
}

bool DiaryImport::begin(QString *error)
{
    m_db = m_store.database();
    // IMMEDIATE: the write lock is taken (or waited for) before the duplicate check reads, so another connection
    // (the app's main thread during an import) cannot commit between that read and the inserts.
    if (QSqlQuery begin(m_db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = DiaryStore::saveFailed(StorageError::describe(begin.lastError()));
        return false;
    }
    // Damage in pages an import never touches would otherwise go unnoticed until a backup; a check of every page
    // costs about 25 ms a year of CGM, little beside the import itself.
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        const QString found = check.isActive() ? check.value(0).toString() : StorageError::describe(check.lastError());
        check.finish();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        *error = QCoreApplication::translate("DiaryStore", "The diary is damaged (%1). Nothing was added and the "
                                                           "diary was left as it is; you can restore a backup under "
                                                           "“Import and export”.")
                     .arg(found);
        return false;
    }
    check.finish();
    m_writer.emplace(m_db, [this](const QString &name, QString *problem) { return m_store.sourceId(name, problem); });
    return true;
}

bool DiaryImport::addReadings(const std::vector<GlucoseReading> &readings, QString *error)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < readings.size(); ++i) {
        if (DiaryValidation::isAcceptable(readings[i], now))
            continue;
        const auto problem = DiaryValidation::problem(DiaryEntry::fromReading(readings[i]), now);
        *error = refused(m_entriesSeen + int(i) + 1, problem.value_or(QString()));
        rollback();
        return false;
    }
    m_entriesSeen += int(readings.size());
    QString failure;
    if (!m_writer || !m_writer->addReadings(readings, &failure)) {
        *error = DiaryStore::saveFailed(failure);
        rollback();
        return false;
    }
    return true;
}

bool DiaryImport::addEntries(const std::vector<DiaryEntry> &entries, QString *error)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    std::vector<GlucoseReading> readings;
    std::vector<const DiaryEntry *> otherKinds;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (const auto problem = DiaryValidation::problem(entries[i], now)) {
            *error = refused(m_entriesSeen + int(i) + 1, *problem);
            rollback();
            return false;
        }
        if (isGlucose(entries[i]))
            readings.push_back(entries[i].reading());
        else
            otherKinds.push_back(&entries[i]);
    }
    m_entriesSeen += int(entries.size());
    QString failure;
    if (!m_writer || !m_writer->addReadings(readings, &failure) || !m_writer->addCareEntries(otherKinds, &failure)) {
        *error = DiaryStore::saveFailed(failure);
        rollback();
        return false;
    }
    return true;
}

std::optional<DiaryStore::ImportResult> DiaryImport::commit(QString *error)
{
    if (!m_writer) {
        *error = DiaryStore::saveFailed(QString());
        return std::nullopt;
    }
    if (QString failure; !m_writer->finish(&failure)) {
        *error = DiaryStore::saveFailed(failure);
        rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        *error = DiaryStore::saveFailed(StorageError::describe(m_db));
        rollback();
        return std::nullopt;
    }
    DiaryStore::ImportResult result;
    result.added = m_writer->readingsAdded() + m_writer->careEntriesAdded();
    result.duplicates = m_writer->duplicates();
    result.otherKindsAdded = m_writer->careEntriesAdded();
    m_writer.reset();
    return result;
}

void DiaryImport::rollback()
{
    if (!m_writer)
        return;
    m_writer.reset();
    m_db.rollback();
    m_store.loadSources(nullptr);  // names added in the transaction are gone again
}
