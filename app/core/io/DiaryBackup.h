#pragma once

#include <QString>
#include <optional>

class DiaryStore;

// Backup and restore of the whole diary as one SQLite file. The backup is a consistent copy taken while the app runs
// (VACUUM INTO). A restore first copies the backup beside the diary and checks it (integrity, our schema, not newer
// than this app); only then is it swapped in with one rename, so a bad or failed restore leaves the diary untouched.
namespace DiaryBackup {

bool backup(DiaryStore &store, const QString &outPath, QString *error);
bool restore(DiaryStore &store, const QString &inPath, QString *error);

// The two halves of restore(), so the app can do the slow half on a worker thread. prepareRestore copies the backup
// beside the diary at `diaryPath` and checks and upgrades the copy with its own connections (any thread); it returns
// the copy's path. finishRestore swaps the copy in and reopens `store` (the thread that owns `store`).
std::optional<QString> prepareRestore(const QString &diaryPath, const QString &inPath, QString *error);
bool finishRestore(DiaryStore &store, const QString &candidate, const QString &inPath, QString *error);

// For a diary that cannot be opened (damaged, another program's, newer): the checked copy from prepareRestore takes its
// place, and the refused file (with its -wal and -shm) is kept beside it under a dated name, never overwritten or
// repaired. Returns the path it was kept under.
std::optional<QString> replaceUnreadable(const QString &diaryPath, const QString &candidate, const QString &inPath,
                                         QString *error);
// What the user is told when the diary at `diaryPath` cannot be opened: how to restore the newest safety copy, or
// empty when there is none.
QString restoreHint(const QString &diaryPath);

} // namespace DiaryBackup
