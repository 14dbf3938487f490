#include "FaultDiary.h"
#include "diary/SafetyBackups.h"
#include "io/DiaryBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace DiaryTestData;
using namespace FaultDiary;

// A damaged or foreign diary file is refused by the store and the CLI with what is wrong, and its bytes (and its
// -wal's) are never changed.
namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Damage {
    const char *what;
    const char *expected;  // in the message
};

// Opens the diary with the store and imports into it with the CLI: both refuse and say `expected`; nothing changes.
void requireRefusedUnchanged(const QString &path, const char *expected)
{
    const QByteArray file = digest(path);
    const QByteArray wal = digest(path + QLatin1String("-wal"));
    DiaryStore store;
    QString error;
    CHECK_FALSE(store.open(path, &error));
    INFO("store: " << error.toStdString());
    CHECK(error.contains(QLatin1String(expected)));

    QProcess cli;
    cli.start(QStringLiteral(ISLETGUIDE_CLI),
              {QStringLiteral("--db"), path, QStringLiteral("import"),
               QStringLiteral(ISLETGUIDE_TEST_DATA "/io/xdrip_sidiary.csv")});
    REQUIRE(cli.waitForFinished(30000));
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    INFO("cli: " << message.toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK(message.contains(QLatin1String(expected)));

    CHECK(digest(path) == file);
    CHECK(digest(path + QLatin1String("-wal")) == wal);
}

} // namespace

TEST_CASE("A damaged or foreign diary is refused, said why, and left as it is")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(path);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 16384);

    SECTION("truncated to half its length")
    {
        REQUIRE(QFile::resize(path, size / 2));
        requireRefusedUnchanged(path, "cut off");
    }
    SECTION("not a database at all")
    {
        QFile::remove(path);
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        requireRefusedUnchanged(path, "not a database file");
    }
    SECTION("its first page overwritten")
    {
        overwrite(path, 0, QByteArray(512, '\xa5'));
        requireRefusedUnchanged(path, "not a database file");
    }
    SECTION("another app's SQLite database")
    {
        QFile::remove(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        requireRefusedUnchanged(path, "another program");
    }
    SECTION("a newer schema")
    {
        {
            DiaryStore store;
            REQUIRE(store.open(path));
            REQUIRE(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA user_version = 4")));
            REQUIRE(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        requireRefusedUnchanged(path, "newer version");
    }
    SECTION("a damaged -wal")
    {
        // A write left in the -wal (not yet folded into the file), then its header damaged.
        const QString copy = dir.filePath(QStringLiteral("with-wal.sqlite"));
        {
            DiaryStore store;
            REQUIRE(store.open(path));
            REQUIRE(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            REQUIRE(store.addEntry(glucose(utc(2026, 3, 3, 8), 7.7)));
            REQUIRE(QFile::copy(path, copy));
            REQUIRE(QFile::copy(path + QLatin1String("-wal"), copy + QLatin1String("-wal")));
        }
        REQUIRE(QFileInfo(copy + QLatin1String("-wal")).size() > 32);
        overwrite(copy + QLatin1String("-wal"), 8, QByteArray(8, '\0'));
        requireRefusedUnchanged(copy, "journal");
    }
}

TEST_CASE("Bytes overwritten in the middle of the diary are found by an import, which refuses and changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(path);
    const qint64 size = QFileInfo(path).size();
    overwrite(path, (size / 2) & ~qint64(4095), QByteArray(3 * 4096, '\x5a'));
    const QByteArray before = digest(path);

    QProcess cli;
    cli.start(QStringLiteral(ISLETGUIDE_CLI),
              {QStringLiteral("--db"), path, QStringLiteral("import"),
               QStringLiteral(ISLETGUIDE_TEST_DATA "/io/xdrip_sidiary.csv")});
    REQUIRE(cli.waitForFinished(30000));
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    INFO(message.toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK(message.contains(QLatin1String("damaged")));
    CHECK(digest(path) == before);
}

TEST_CASE("Bytes overwritten in the middle of the diary are found by a backup, which refuses and changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(path);
    const qint64 size = QFileInfo(path).size();
    overwrite(path, (size / 2) & ~qint64(4095), QByteArray(3 * 4096, '\x5a'));
    const QByteArray before = digest(path);

    DiaryStore store;
    QString error;
    if (store.open(path, &error)) {
        const QString out = dir.filePath(QStringLiteral("backup.sqlite"));
        CHECK_FALSE(DiaryBackup::backup(store, out, &error));
        CHECK_FALSE(QFile::exists(out));
    }
    INFO(error.toStdString());
    CHECK(error.contains(QLatin1String("damaged")));
    CHECK(digest(path) == before);
}

TEST_CASE("A diary that cannot be opened is restored from the newest safety copy, the refused file kept beside it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(path);
    QString error;
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        REQUIRE(SafetyBackups(path).make(store.database(), SafetyBackups::Reason::Daily, &error));
    }
    const QString copy = SafetyBackups(path).newest()->path;
    const Snapshot seed = snapshot(path);
    REQUIRE(QFile::resize(path, QFileInfo(path).size() / 2));
    const QByteArray damaged = digest(path);
    const auto cli = [&](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(ISLETGUIDE_CLI), QStringList{QStringLiteral("--db"), path} + args);
        REQUIRE(process.waitForFinished(30000));
        return std::make_pair(process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    const auto kept = [&] {
        return QDir(dir.path()).entryList({QStringLiteral("diary.sqlite.unreadable-*")}, QDir::Files);
    };

    const auto [refusedCode, refusal] = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(refusal.toStdString());
    CHECK(refusedCode != 0);

    const auto [importCode, offer] = cli({QStringLiteral("import"),
                                          QStringLiteral(ISLETGUIDE_TEST_DATA "/io/xdrip_sidiary.csv")});
    INFO(offer.toStdString());
    CHECK(importCode != 0);
    CHECK(offer.contains(QLatin1String("safety copy")));
    CHECK(offer.contains(QStringLiteral("restore ") + copy));

    SECTION("a backup that is itself damaged changes nothing")
    {
        const QString bad = dir.filePath(QStringLiteral("bad-backup.sqlite"));
        REQUIRE(QFile::copy(path, bad));
        const auto [code, message] = cli({QStringLiteral("restore"), bad});
        INFO(message.toStdString());
        CHECK(code != 0);
        CHECK(message.contains(QLatin1String("not restored")));
        CHECK(digest(path) == damaged);
        CHECK(kept().isEmpty());
    }
    SECTION("the safety copy takes the diary's place")
    {
        const auto [code, message] = cli({QStringLiteral("restore"), copy});
        INFO(message.toStdString());
        REQUIRE(code == 0);
        CHECK(message.contains(QLatin1String("kept as")));
        REQUIRE(kept().size() == 1);
        CHECK(digest(dir.filePath(kept().first())) == damaged);
        CHECK(snapshot(path) == seed);
        DiaryStore store;
        CHECK(store.open(path, &error));
    }
}
