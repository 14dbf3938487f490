#include "ClarityGenerator.h"
#include "Fixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

// SIGKILLs the CLI in the middle of importing a year of 5-minute CGM readings and checks the database afterwards.
namespace {

constexpr int YearOfReadings = 105'120;

QStringList importArguments(const QString &db, const QString &file)
{
    return {QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--tz"), QStringLiteral("UTC")};
}

struct DatabaseState {
    QString integrity;
    int readings = 0;
};

DatabaseState inspect(const QString &path)
{
    DatabaseState state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(query.next());
        state.integrity = query.value(0).toString();
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM glucose_reading")));
        REQUIRE(query.next());
        state.readings = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return state;
}

} // namespace

TEST_CASE("a kill during a one-year import leaves an intact database with none or all of it")
{
    QTemporaryDir dir;
    const QString yearFile = dir.filePath(QStringLiteral("year.csv"));
    {
        QFile file(yearFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(syntheticClarityCsv(YearOfReadings));
    }
    const QString seed = QStringLiteral(ISLETGUIDE_TEST_DATA "/io/xdrip_sidiary.csv");

    // How long an uninterrupted import takes, so the kills land inside it.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(QProcess::execute(QStringLiteral(ISLETGUIDE_CLI), importArguments(dir.filePath(QStringLiteral("full.sqlite")), yearFile)) == 0);
    const qint64 fullMs = timer.elapsed();
    REQUIRE(inspect(dir.filePath(QStringLiteral("full.sqlite"))).readings == YearOfReadings);

    int partialKills = 0;
    for (const double fraction : {0.5, 0.7, 0.8, 0.9, 0.95}) {
        const QString db = dir.filePath(QStringLiteral("kill-%1.sqlite").arg(fraction));
        REQUIRE(QProcess::execute(QStringLiteral(ISLETGUIDE_CLI), importArguments(db, seed)) == 0);
        const int before = inspect(db).readings;

        QProcess cli;
        cli.start(QStringLiteral(ISLETGUIDE_CLI), importArguments(db, yearFile));
        REQUIRE(cli.waitForStarted());
        QThread::msleep(qint64(fullMs * fraction));
        const bool killedWhileRunning = cli.state() == QProcess::Running;
        cli.kill();  // SIGKILL
        cli.waitForFinished();
        partialKills += killedWhileRunning ? 1 : 0;

        const DatabaseState after = inspect(db);
        INFO("killed at " << fraction << " of " << fullMs << " ms, running: " << killedWhileRunning);
        CHECK(after.integrity == QLatin1String("ok"));
        CHECK((after.readings == before || after.readings == before + YearOfReadings));
    }
    CHECK(partialKills > 0);
}
