#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

// Says why a write to the diary failed in words a person can act on ("not enough space on this device"), from
// SQLite's result code; a failure without such words keeps SQLite's own message.
namespace StorageError {

QString describe(int sqliteCode, const QString &sqliteMessage);
QString describe(const QSqlError &error);  // a QSQLITE query's error, whose native code is SQLite's
// The last failure on a QSQLITE connection (Qt reports a failed BEGIN or COMMIT without SQLite's code).
QString describe(const QSqlDatabase &db);

} // namespace StorageError
