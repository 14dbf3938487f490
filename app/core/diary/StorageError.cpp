#include "StorageError.h"

#include "diary/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <cerrno>
#include <sqlite3.h>

namespace {

int lastCode(sqlite3 *handle)
{
    const int system = sqlite3_system_errno(handle);
    return system == ENOSPC || system == EDQUOT ? SQLITE_FULL : sqlite3_extended_errcode(handle);
}

} // namespace

namespace StorageError {

QString notEnoughSpace()
{
    return QCoreApplication::translate("StorageError",
                                       "there is not enough space on this device (free some space, then try again)");
}

QString describe(int sqliteCode, const QString &sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return notEnoughSpace();
    case SQLITE_IOERR:
        return QCoreApplication::translate("StorageError", "the device's storage reported an error (%1)")
            .arg(sqliteMessage);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("StorageError",
                                           "the diary is in use by another program (try again in a moment)");
    case SQLITE_READONLY:
        return QCoreApplication::translate("StorageError", "the diary file cannot be written to");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("StorageError", "the diary file is damaged");
    default:
        return sqliteMessage;
    }
}

QString describe(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString message = error.driverText().isEmpty() ? error.text() : error.driverText();
    return numeric ? describe(code, message) : error.text();
}

QString describe(sqlite3 *handle)
{
    return describe(lastCode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

QString describe(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    return handle ? describe(handle) : db.lastError().text();
}

bool isStorageProblem(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    switch (handle ? lastCode(handle) & 0xff : SQLITE_OK) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

} // namespace StorageError
