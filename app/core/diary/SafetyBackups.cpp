#include "SafetyBackups.h"

#include "diary/DiaryCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace {

constexpr auto Stamp = "yyyyMMdd-HHmmss-zzz";

const char *reasonKey(SafetyBackups::Reason reason)
{
    switch (reason) {
    case SafetyBackups::Reason::BeforeRestore:
        return "before-restore";
    case SafetyBackups::Reason::BeforeUpgrade:
        return "before-upgrade";
    case SafetyBackups::Reason::BeforeDelete:
        return "before-delete";
    case SafetyBackups::Reason::Daily:
        break;
    }
    return "daily";
}

// A copy's name: its UTC time (so names sort by age) and why it was made.
std::optional<SafetyBackups::Copy> copyFromName(const QFileInfo &file)
{
    const QString name = file.completeBaseName();
    const qsizetype stampLength = qsizetype(qstrlen(Stamp));
    QDateTime made = QDateTime::fromString(name.left(stampLength), QLatin1String(Stamp));
    if (!made.isValid() || file.suffix() != QLatin1String("sqlite"))
        return std::nullopt;
    made.setTimeZone(QTimeZone::utc());
    const QString key = name.mid(stampLength + 1);
    for (const auto reason : {SafetyBackups::Reason::Daily, SafetyBackups::Reason::BeforeRestore,
                              SafetyBackups::Reason::BeforeUpgrade, SafetyBackups::Reason::BeforeDelete}) {
        if (key == QLatin1String(reasonKey(reason)))
            return SafetyBackups::Copy{file.absoluteFilePath(), made, reason};
    }
    return std::nullopt;
}

} // namespace

SafetyBackups::SafetyBackups(const QString &diaryPath)
    : m_diaryPath(diaryPath)
{
    const QFileInfo diary(diaryPath);
    m_folder = diary.absolutePath() + QStringLiteral("/safety-copies/") + diary.fileName();
}

bool SafetyBackups::make(const QSqlDatabase &db, Reason reason, QString *error, const QDateTime &now)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QString parent = QFileInfo(m_folder).absolutePath();
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(parent, ownerOnly)
        || !QFile::setPermissions(m_folder, ownerOnly)) {
        *error = QCoreApplication::translate("SafetyBackups", "the folder %1 cannot be created").arg(m_folder);
        return false;
    }
    const QString stamp = now.toUTC().toString(QLatin1String(Stamp));
    const QString path = QStringLiteral("%1/%2-%3.sqlite").arg(m_folder, stamp, QLatin1String(reasonKey(reason)));
    if (!DiaryCopy::write(db, path, error))
        return false;
    const std::vector<Copy> all = copies();
    for (std::size_t i = Kept; i < all.size(); ++i)
        QFile::remove(all[i].path);
    return true;
}

bool SafetyBackups::makeDailyIfDue(const QSqlDatabase &db, QString *error, const QDateTime &now)
{
    const auto last = newest();
    if (last && (last->made.secsTo(now) < DailyIntervalSec || diaryChanged() <= last->made))
        return true;
    return make(db, Reason::Daily, error, now);
}

std::vector<SafetyBackups::Copy> SafetyBackups::copies() const
{
    std::vector<Copy> found;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        if (auto copy = copyFromName(file))
            found.push_back(*copy);
    }
    return found;
}

std::optional<SafetyBackups::Copy> SafetyBackups::newest() const
{
    const std::vector<Copy> all = copies();
    return all.empty() ? std::nullopt : std::optional<Copy>(all.front());
}

QDateTime SafetyBackups::diaryChanged() const
{
    const QDateTime file = QFileInfo(m_diaryPath).lastModified().toUTC();
    const QFileInfo wal(m_diaryPath + QLatin1String("-wal"));
    return wal.exists() && wal.lastModified().toUTC() > file ? wal.lastModified().toUTC() : file;
}
