#include "DiaryBackup.h"

#include "diary/DiaryCopy.h"
#include "diary/DiarySchema.h"
#include "diary/DiaryStore.h"
#include "diary/SafetyBackups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <filesystem>
#include <system_error>

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Gives the strings of this file their translation context, in a form lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryBackup)
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(from.toStdString(), to.toStdString(), code);
    if (code)
        *error = QString::fromStdString(code.message());
    return !code;
}

// Whether the file at `path` is an undamaged diary database this app can read; otherwise *error says why.
bool isRestorableDiary(const QString &path, QString *error)
{
    const QString connection = QStringLiteral("isletguide-restore-check");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
            *error = Text::tr("the file is not a database");
        } else if (query.value(0).toString() != QLatin1String("ok")) {
            *error = Text::tr("the database is damaged (%1)").arg(query.value(0).toString());
        } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() || query.value(0).toInt() < 1) {
            *error = Text::tr("it is not an IsletGuide diary");
        } else if (query.value(0).toInt() > DiarySchema::LatestVersion) {
            *error = Text::tr("it was made by a newer version of IsletGuide");
        } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                              " AND name IN ('source', 'glucose_reading')"))
                   || !query.next() || query.value(0).toInt() != 2) {
            *error = Text::tr("it is not an IsletGuide diary");
        } else {
            ok = true;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString notRestored(const QString &inPath, const QString &reason)
{
    return Text::tr("%1 was not restored, your diary is unchanged: %2").arg(QFileInfo(inPath).fileName(), reason);
}

} // namespace

namespace DiaryBackup {

bool backup(DiaryStore &store, const QString &outPath, QString *error)
{
    QString reason;
    if (DiaryCopy::write(store.database(), outPath, &reason))
        return true;
    *error = Text::tr("The backup %1 could not be written: %2").arg(QFileInfo(outPath).fileName(), reason);
    return false;
}

std::optional<QString> prepareRestore(const QString &diaryPath, const QString &inPath, QString *error)
{
    const QString candidate = diaryPath + QLatin1String(".restore");
    removeDatabaseFiles(candidate);
    QString reason;
    if (!QFile::copy(inPath, candidate) || !QFile::setPermissions(candidate, OwnerOnly)) {
        reason = Text::tr("it cannot be read");
    } else if (isRestorableDiary(candidate, &reason)) {
        // Bring the copy to the current schema before it replaces anything.
        DiaryStore check;
        check.setSafetyCopies(false);  // the backup file itself stays where it is
        if (!check.open(candidate, &reason))
            reason = reason.isEmpty() ? Text::tr("it cannot be opened") : reason;
    }
    if (reason.isEmpty())
        return candidate;
    removeDatabaseFiles(candidate);
    *error = notRestored(inPath, reason);
    return std::nullopt;
}

bool finishRestore(DiaryStore &store, const QString &candidate, const QString &inPath, QString *error)
{
    const QString diaryPath = store.path();
    QString reason;
    QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QString copyProblem;
    if (!SafetyBackups(diaryPath).make(store.database(), SafetyBackups::Reason::BeforeRestore, &copyProblem))
        reason = Text::tr("a safety copy of the current diary could not be made first (%1)").arg(copyProblem);
    else if (renameOver(candidate, diaryPath, &reason) && !store.open(diaryPath, &reason))
        reason = reason.isEmpty() ? Text::tr("the restored diary cannot be opened") : reason;
    if (reason.isEmpty())
        return true;
    removeDatabaseFiles(candidate);
    *error = notRestored(inPath, reason);
    return false;
}

std::optional<QString> replaceUnreadable(const QString &diaryPath, const QString &candidate, const QString &inPath,
                                         QString *error)
{
    const QString kept = diaryPath + QLatin1String(".unreadable-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString reason;
    if (QFile::exists(kept)) {
        reason = Text::tr("%1 already exists").arg(QFileInfo(kept).fileName());
    } else if (renameOver(diaryPath, kept, &reason)) {
        for (const char *suffix : {"-wal", "-shm"}) {
            if (QFile::exists(diaryPath + QLatin1String(suffix)))
                renameOver(diaryPath + QLatin1String(suffix), kept + QLatin1String(suffix), &reason);
        }
        if (reason.isEmpty() && renameOver(candidate, diaryPath, &reason))
            return kept;
        // Put every file back where it was: the user is left with the diary as it was, never with neither.
        QString ignored;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            if (QFile::exists(kept + QLatin1String(suffix)))
                renameOver(kept + QLatin1String(suffix), diaryPath + QLatin1String(suffix), &ignored);
        }
    }
    removeDatabaseFiles(candidate);
    *error = notRestored(inPath, reason);
    return std::nullopt;
}

QString restoreHint(const QString &diaryPath)
{
    const auto newest = SafetyBackups(diaryPath).newest();
    if (!newest)
        return {};
    return Text::tr("The newest safety copy is from %1 (%2). Restoring it keeps the unreadable file beside the diary.")
        .arg(QLocale().toString(newest->made.toLocalTime(), QLocale::ShortFormat),
             QDir::toNativeSeparators(newest->path));
}

bool restore(DiaryStore &store, const QString &inPath, QString *error)
{
    const auto candidate = prepareRestore(store.path(), inPath, error);
    return candidate && finishRestore(store, *candidate, inPath, error);
}

} // namespace DiaryBackup
