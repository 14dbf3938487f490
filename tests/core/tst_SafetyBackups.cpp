#include "DiaryTestData.h"
#include "diary/DiaryStore.h"
#include "diary/SafetyBackups.h"
#include "io/DiaryBackup.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace DiaryTestData;

namespace {

constexpr auto OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

int readingsIn(const QString &path)
{
    DiaryStore store;
    store.setSafetyCopies(false);
    REQUIRE(store.open(path));
    return int(store.glucoseReadings(Earliest, Latest).size());
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("A safety copy is a private, whole copy, and only the newest seven are kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    DiaryStore store;
    REQUIRE(store.open(path));
    REQUIRE(store.addEntry(glucose(utc(2026, 12, 1, 8), 6.1)));
    SafetyBackups safety(path);
    CHECK_FALSE(safety.newest());

    for (int day = 1; day <= 9; ++day) {
        QString error;
        REQUIRE(safety.make(store.database(), SafetyBackups::Reason::Daily, &error, at(day, 9)));
    }
    const auto copies = safety.copies();
    REQUIRE(copies.size() == SafetyBackups::Kept);
    CHECK(copies.front().made == at(9, 9));
    CHECK(copies.back().made == at(3, 9));
    for (const auto &copy : copies) {
        CHECK((QFile::permissions(copy.path) & Others) == 0);
        CHECK(readingsIn(copy.path) == 1);
    }
    CHECK((QFile::permissions(safety.folder()) & Others) == 0);
    CHECK((QFile::permissions(QFileInfo(safety.folder()).absolutePath()) & Others) == 0);
    // SQLite gives the diary's -wal and -shm the diary's own owner-only mode.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        INFO(suffix);
        CHECK((QFile::permissions(path + QLatin1String(suffix)) & Others) == 0);
        CHECK((QFile::permissions(path + QLatin1String(suffix)) & OwnerReadWrite) == OwnerReadWrite);
    }
}

TEST_CASE("The daily copy is made once a day, and only when the diary changed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    DiaryStore store;
    REQUIRE(store.open(path));
    SafetyBackups safety(path);
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(safety.makeDailyIfDue(store.database(), &error, now));
    REQUIRE(safety.copies().size() == 1);
    REQUIRE(safety.makeDailyIfDue(store.database(), &error, now.addSecs(3600)));
    CHECK(safety.copies().size() == 1);  // not a day yet
    REQUIRE(safety.makeDailyIfDue(store.database(), &error, now.addDays(2)));
    CHECK(safety.copies().size() == 1);  // a day, but nothing changed since
    // Changed after the newest copy: the next day's check copies it.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(now.addSecs(10), QFileDevice::FileModificationTime));
    file.close();
    REQUIRE(safety.makeDailyIfDue(store.database(), &error, now.addDays(2)));
    CHECK(safety.copies().size() == 2);
    CHECK(safety.newest()->reason == SafetyBackups::Reason::Daily);
}

TEST_CASE("A restore first keeps a safety copy of the diary it replaces")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    DiaryStore store;
    REQUIRE(store.open(path));
    REQUIRE(store.addEntry(glucose(utc(2026, 12, 1, 8), 6.1)));
    QString error;
    REQUIRE(DiaryBackup::backup(store, backup, &error));
    REQUIRE(store.addEntry(glucose(utc(2026, 12, 2, 8), 6.2)));
    REQUIRE(DiaryBackup::restore(store, backup, &error));
    CHECK(store.glucoseReadings(Earliest, Latest).size() == 1);
    const auto newest = SafetyBackups(path).newest();
    REQUIRE(newest);
    CHECK(newest->reason == SafetyBackups::Reason::BeforeRestore);
    CHECK(readingsIn(newest->path) == 2);  // the diary as it was before the restore
    // The restore's working copy of the backup makes none of its own.
    CHECK(SafetyBackups(path + QLatin1String(".restore")).copies().empty());
}

TEST_CASE("An upgrade first keeps a safety copy of the older diary")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.addEntry(glucose(utc(2026, 12, 1, 8), 6.1)));
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE glucose_day_series")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    DiaryStore store;
    REQUIRE(store.open(path));
    const auto newest = SafetyBackups(path).newest();
    REQUIRE(newest);
    CHECK(newest->reason == SafetyBackups::Reason::BeforeUpgrade);
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    copy.setDatabaseName(newest->path);
    REQUIRE(copy.open());
    QSqlQuery query(copy);
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
}
