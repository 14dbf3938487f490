#pragma once

#include <QString>
#include <optional>

// Looks at an existing diary file's bytes before SQLite opens it for writing, so a file that is not ours, cut off,
// made by a newer app or left with a damaged -wal is refused with the reason and never changed (SQLite would
// otherwise switch its journal mode, drop an unreadable -wal silently or build our tables inside another app's
// database). Cheap: it reads the 100-byte header and the -wal's 32-byte header, never the whole file.
namespace DiaryFileCheck {

// Why the diary at `path` must not be opened for writing, or nothing when it may (a missing or empty file may).
std::optional<QString> problem(const QString &path, int latestSchemaVersion);

} // namespace DiaryFileCheck
