#include "PrivateSaveFile.h"

#include "diary/StorageError.h"

#include <QFileInfo>
#include <QStorageInfo>

bool PrivateSaveFile::open(OpenMode mode)
{
    // Set on the temporary file that commit() renames over the target, so the target is never readable by others.
    return QSaveFile::open(mode) && setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool PrivateSaveFile::writeWhole(const QByteArray &bytes)
{
    // On failure the temporary file is discarded when this object goes, and the target is never touched.
    return open(QIODevice::WriteOnly) && write(bytes) == bytes.size() && flush() && commit();
}

QString PrivateSaveFile::failureReason(qint64 size) const
{
    constexpr qint64 Slack = 64 * 1024;  // the file system's own blocks and the file's metadata
    const QStorageInfo storage(QFileInfo(fileName()).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < size + Slack)
        return StorageError::notEnoughSpace();
    return errorString();
}
