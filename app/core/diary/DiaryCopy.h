#pragma once

#include <QSqlDatabase>
#include <QString>

// Writes a consistent copy of an open diary to a new file (VACUUM INTO beside it, owner-only, then one rename), so
// a copy is whole or absent: shared by user backups and the automatic safety copies.
namespace DiaryCopy {

// *reason says why not (translated; "not enough space …" when the disk is full).
bool write(const QSqlDatabase &db, const QString &outPath, QString *reason);

} // namespace DiaryCopy
