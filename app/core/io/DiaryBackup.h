#pragma once

#include <QString>

class DiaryStore;

// Backup and restore of the whole diary as one SQLite file. The backup is a consistent copy taken while the app runs
// (VACUUM INTO). A restore first copies the backup beside the diary and checks it (integrity, our schema, not newer
// than this app); only then is it swapped in with one rename, so a bad or failed restore leaves the diary untouched.
namespace DiaryBackup {

bool backup(DiaryStore &store, const QString &outPath, QString *error);
bool restore(DiaryStore &store, const QString &inPath, QString *error);

} // namespace DiaryBackup
