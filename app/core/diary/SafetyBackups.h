#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// The automatic safety copies of one diary: made before anything replaces or reshapes it (a restore, a schema
// upgrade, a profile's deletion) and once a day when it changed, as owner-only files in a folder beside it, the newest seven kept, so a
// mistake or a damaged file can be undone even by someone who never made a backup.
class SafetyBackups
{
public:
    enum class Reason { Daily, BeforeRestore, BeforeUpgrade, BeforeDelete };
    struct Copy {
        QString path;
        QDateTime made;  // UTC
        Reason reason = Reason::Daily;
    };
    static constexpr int Kept = 7;
    static constexpr qint64 DailyIntervalSec = 24 * 3600;

    explicit SafetyBackups(const QString &diaryPath);  // copies in <diary's folder>/safety-copies/<diary's name>/

    QString folder() const { return m_folder; }
    // A copy of `db` (the diary's open connection) now, then all but the newest Kept removed; *error says why not.
    bool make(const QSqlDatabase &db, Reason reason, QString *error,
              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A daily copy when the newest copy is a day old or more (or there is none) and the diary's files changed after
    // it; true when nothing was due or the copy was made.
    bool makeDailyIfDue(const QSqlDatabase &db, QString *error,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::vector<Copy> copies() const;  // newest first
    std::optional<Copy> newest() const;

private:
    QDateTime diaryChanged() const;  // the latest modification of the diary file or its -wal

    QString m_diaryPath;
    QString m_folder;
};
