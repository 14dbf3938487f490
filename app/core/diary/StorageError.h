#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;
struct sqlite3;

// Says why a write to the diary failed in words a person can act on ("not enough space on this device"), from
// SQLite's result code; a failure without such words keeps SQLite's own message.
namespace StorageError {

QString notEnoughSpace();  // "there is not enough space on this device (…)", for files other than the diary too
QString describe(int sqliteCode, const QString &sqliteMessage);
QString describe(const QSqlError &error);  // a QSQLITE query's error, whose native code is SQLite's
// The last failure on a SQLite connection; a system error "no space left" counts as a full disk whatever SQLite
// called it (creating the -shm file on a full disk is an I/O error to SQLite).
QString describe(sqlite3 *handle);
// The last failure on a QSQLITE connection (Qt reports a failed BEGIN or COMMIT without SQLite's code).
QString describe(const QSqlDatabase &db);
// Whether the connection's last failure came from the storage (space, I/O, locks, permissions) rather than from the
// file's content.
bool isStorageProblem(const QSqlDatabase &db);

} // namespace StorageError
