#include "DiarySchema.h"

#include "diary/GlucoseDaySeriesTable.h"
#include "diary/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace DiarySchema {
namespace {

const QStringList &stepStatements(int version)
{
    static const QStringList toVersion1 = {
        QStringLiteral("CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("INSERT INTO source (id, name) VALUES (1, 'manual')"),
        QStringLiteral("CREATE TABLE glucose_reading ("
                       " id INTEGER PRIMARY KEY,"
                       " utc_ms INTEGER NOT NULL,"
                       " utc_offset INTEGER NOT NULL,"
                       " value_centi INTEGER NOT NULL,"
                       " unit INTEGER NOT NULL,"
                       " flag INTEGER NOT NULL,"
                       " context INTEGER NOT NULL,"
                       " source_id INTEGER NOT NULL REFERENCES source (id),"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX glucose_reading_by_time ON glucose_reading (utc_ms)"),
    };
    static const QStringList toVersion2 = {
        QStringLiteral("CREATE TABLE care_entry ("
                       " id INTEGER PRIMARY KEY,"
                       " utc_ms INTEGER NOT NULL,"
                       " utc_offset INTEGER NOT NULL,"
                       " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 5),"
                       " amount_centi INTEGER NOT NULL DEFAULT 0,"
                       " subtype INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " dose TEXT NOT NULL DEFAULT '',"
                       " source_id INTEGER NOT NULL REFERENCES source (id),"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX care_entry_by_time ON care_entry (utc_ms)"),
    };
    static const QStringList toVersion3 = {
        QStringLiteral("CREATE TABLE glucose_day_series (utc_day INTEGER PRIMARY KEY, samples BLOB NOT NULL)"),
    };
    return version == 1 ? toVersion1 : version == 2 ? toVersion2 : toVersion3;
}

// What a step computes from the rows already stored, after its statements: version 3 encodes the series of every
// day with readings, so an upgraded diary reads the same samples as before.
bool fillStep(QSqlDatabase &db, int version, QString *error)
{
    return version != 3 || GlucoseDaySeriesTable::rebuildAll(db, error);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DiarySchema", text);
}

bool runStep(QSqlDatabase &db, int version, QString *error)
{
    if (!db.transaction()) {
        *error = StorageError::describe(db);
        return false;
    }
    QSqlQuery query(db);
    QStringList statements = stepStatements(version);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = StorageError::describe(query.lastError());
            query.finish();
            db.rollback();
            return false;
        }
    }
    query.finish();
    if (!fillStep(db, version, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = StorageError::describe(db);
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

bool migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = StorageError::describe(query.lastError());
        return false;
    }
    const int current = query.value(0).toInt();
    query.finish();
    if (current > LatestVersion) {
        *error = tr("This diary was saved by a newer version of IsletGuide. Update the app to open it.");
        return false;
    }
    for (int version = current + 1; version <= LatestVersion; ++version) {
        QString stepError;
        if (!runStep(db, version, &stepError)) {
            *error = tr("The diary could not be upgraded to version %1: %2").arg(version).arg(stepError);
            return false;
        }
    }
    if (current < LatestVersion)
        query.exec(QStringLiteral("PRAGMA shrink_memory"));  // an upgrade read every reading: give its cache back
    return true;
}

} // namespace DiarySchema
