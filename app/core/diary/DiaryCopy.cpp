#include "DiaryCopy.h"

#include "diary/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <filesystem>
#include <system_error>

namespace DiaryCopy {

bool write(const QSqlDatabase &db, const QString &outPath, QString *reason)
{
    const QString partial = outPath + QLatin1String(".part");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    std::error_code code;
    if (!query.exec())
        *reason = StorageError::describe(query.lastError());
    else if (!QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        *reason = QCoreApplication::translate("DiaryBackup", "its permissions cannot be set");
    else if (std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                                     QFile::encodeName(outPath).toStdString(), code);
             code)
        *reason = QString::fromStdString(code.message());
    else
        return true;
    QFile::remove(partial);
    return false;
}

} // namespace DiaryCopy
