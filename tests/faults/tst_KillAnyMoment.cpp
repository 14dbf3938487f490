#include "ClarityGenerator.h"
#include "FaultDiary.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace FaultDiary;

// SIGKILLs isletguide-cli at random moments of an import, a backup, a restore and a migration of a year of CGM,
// 30 times each: every run must leave an intact diary holding exactly the data from before or after, and a restore
// must never leave neither the old nor the new diary.
namespace {

constexpr int YearOfReadings = 105'120;
constexpr int Runs = 30;
constexpr quint32 Seed = 20261206;  // fixed, so a failing delay can be replayed

struct Files {
    QTemporaryDir dir;
    QString yearCsv = dir.filePath(QStringLiteral("year.csv"));
    QString small = dir.filePath(QStringLiteral("small.sqlite"));  // the seed: two days and two other entries
    QString year = dir.filePath(QStringLiteral("year.sqlite"));    // the seed plus the year
    QString work = dir.filePath(QStringLiteral("work.sqlite"));

    Files()
    {
        QFile csv(yearCsv);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(syntheticClarityCsv(YearOfReadings));
        csv.close();
        makeSeed(small);
        copySeed(small, year);
        REQUIRE(cli({QStringLiteral("--db"), year, QStringLiteral("import"), yearCsv, QStringLiteral("--tz"),
                     QStringLiteral("UTC")})
                == 0);
    }

    static int cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ISLETGUIDE_CLI), arguments);
        const bool finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
        return finished ? process.exitCode() : -1;
    }
};

// Runs the CLI once uninterrupted (timed) and then `Runs` times killed after a random delay within 1.2 times that
// long; `prepare` resets the files before each run and `check` judges each outcome.
template<typename Prepare, typename Check>
void killAtRandom(const char *what, const QStringList &arguments, Prepare prepare, Check check)
{
    prepare();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(Files::cli(arguments) == 0);
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 1);
    check(true);

    QRandomGenerator random(Seed);
    int killedWhileRunning = 0;
    for (int run = 0; run < Runs; ++run) {
        prepare();
        const qint64 delayMs = random.bounded(int(fullMs * 12 / 10) + 1);
        QProcess process;
        process.start(QStringLiteral(ISLETGUIDE_CLI), arguments);
        REQUIRE(process.waitForStarted());
        QThread::msleep(delayMs);
        process.kill();  // SIGKILL; nothing when it has already exited
        process.waitForFinished();
        killedWhileRunning += process.exitStatus() == QProcess::CrashExit ? 1 : 0;
        INFO(what << " run " << run << ": killed after " << delayMs << " of " << fullMs << " ms");
        check(false);
    }
    WARN(what << ": " << Runs << " kills within " << fullMs * 12 / 10 << " ms, " << killedWhileRunning
              << " while it ran, every outcome consistent");
    CHECK(killedWhileRunning >= Runs / 3);
}

} // namespace

TEST_CASE("Kills at random moments leave an intact diary with the data from before or after")
{
    Files files;
    const Snapshot small = snapshot(files.small);
    const Snapshot year = snapshot(files.year);
    REQUIRE(year.readings == small.readings + YearOfReadings);

    SECTION("import")
    {
        killAtRandom(
            "import",
            {QStringLiteral("--db"), files.work, QStringLiteral("import"), files.yearCsv, QStringLiteral("--tz"),
             QStringLiteral("UTC")},
            [&] { copySeed(files.small, files.work); },
            [&](bool complete) {
                const Snapshot after = snapshot(files.work);
                CHECK(after.integrity == QLatin1String("ok"));
                CHECK(after.readings == (complete ? year.readings : after.readings));
                CHECK((after.readings == small.readings || after.readings == year.readings));
            });
    }
    SECTION("backup")
    {
        const QString out = files.dir.filePath(QStringLiteral("backup.sqlite"));
        killAtRandom(
            "backup", {QStringLiteral("--db"), files.work, QStringLiteral("backup"), out},
            [&] {
                copySeed(files.year, files.work);
                QFile::remove(out);
            },
            [&](bool complete) {
                CHECK(snapshot(files.work) == year);
                // The backup is whole or absent: never a file that looks like a backup but is not one.
                if (complete || QFile::exists(out)) {
                    const Snapshot copy = snapshot(out);
                    CHECK(copy.integrity == QLatin1String("ok"));
                    CHECK(copy.readings == year.readings);
                }
            });
    }
    SECTION("restore")
    {
        const QString backup = files.dir.filePath(QStringLiteral("restore-from.sqlite"));
        copySeed(files.year, backup);
        killAtRandom(
            "restore", {QStringLiteral("--db"), files.work, QStringLiteral("restore"), backup},
            [&] { copySeed(files.small, files.work); },
            [&](bool complete) {
                REQUIRE(QFile::exists(files.work));
                const Snapshot after = snapshot(files.work);
                CHECK(after.integrity == QLatin1String("ok"));
                CHECK((complete ? after == year : (after == small || after == year)));
                CHECK(snapshot(backup) == year);
            });
    }
    SECTION("migration")
    {
        const QString version2 = files.dir.filePath(QStringLiteral("version2.sqlite"));
        copySeed(files.year, version2);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(version2);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("DROP TABLE glucose_day_series")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            REQUIRE(query.exec(QStringLiteral("VACUUM")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        killAtRandom(
            "migration", {QStringLiteral("--db"), files.work, QStringLiteral("stats"), QStringLiteral("--json")},
            [&] { copySeed(version2, files.work); },
            [&](bool complete) {
                const Snapshot after = snapshot(files.work);
                CHECK(after.integrity == QLatin1String("ok"));
                CHECK(after.readings == year.readings);
                CHECK((complete ? after.userVersion == 3 : (after.userVersion == 2 || after.userVersion == 3)));
                // Whatever the kill left, the next open finishes the upgrade.
                DiaryStore store;
                CHECK(store.open(files.work));
            });
    }
}
