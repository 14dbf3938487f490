#include "PrivateSaveFile.h"

bool PrivateSaveFile::open(OpenMode mode)
{
    // Set on the temporary file that commit() renames over the target, so the target is never readable by others.
    return QSaveFile::open(mode) && setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
