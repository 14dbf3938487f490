#include "ClarityGenerator.h"
#include "FaultDiary.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace DiaryTestData;
using namespace FaultDiary;

// Two writers on one diary: two CLI imports at once, and the app saving entries while the CLI imports. The later
// writer waits for the earlier one; no row is lost or doubled; one that waits too long gives up with a clear message.
namespace {

constexpr int YearOfReadings = 105'120;

QProcess *startImport(const QString &db, const QString &file, QObject *parent)
{
    auto *cli = new QProcess(parent);
    cli->start(QStringLiteral(ISLETGUIDE_CLI),
               {QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--tz"),
                QStringLiteral("UTC")});
    REQUIRE(cli->waitForStarted());
    return cli;
}

int finish(QProcess *cli, QString *message = nullptr)
{
    if (cli->state() != QProcess::NotRunning)
        REQUIRE(cli->waitForFinished(120000));
    if (message)
        *message = QString::fromUtf8(cli->readAllStandardError()).trimmed();
    return cli->exitStatus() == QProcess::NormalExit ? cli->exitCode() : -1;
}

struct Files {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("diary.sqlite"));
    QString year = dir.filePath(QStringLiteral("year.csv"));

    Files()
    {
        QFile csv(year);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(syntheticClarityCsv(YearOfReadings));
        csv.close();
        makeSeed(db);
    }
};

} // namespace

TEST_CASE("Two imports at once: the second waits for the first, nothing is lost or doubled")
{
    Files files;
    const int before = snapshot(files.db).readings;
    const QString copy = files.dir.filePath(QStringLiteral("same-year-again.csv"));
    REQUIRE(QFile::copy(files.year, copy));
    QObject owner;
    QProcess *first = startImport(files.db, files.year, &owner);
    QProcess *second = startImport(files.db, copy, &owner);
    QString firstMessage;
    QString secondMessage;
    CHECK(finish(first, &firstMessage) == 0);
    CHECK(finish(second, &secondMessage) == 0);
    INFO(firstMessage.toStdString() << " / " << secondMessage.toStdString());
    const Snapshot after = snapshot(files.db);
    CHECK(after.integrity == QLatin1String("ok"));
    CHECK(after.readings == before + YearOfReadings);  // the same readings twice: added once
}

TEST_CASE("The app saves entries while the CLI imports: every save and every reading arrives once")
{
    Files files;
    const int before = snapshot(files.db).readings;
    DiaryStore app;
    REQUIRE(app.open(files.db));
    QObject owner;
    QProcess *cli = startImport(files.db, files.year, &owner);
    int saved = 0;
    QElapsedTimer timer;
    timer.start();
    while (cli->state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QString error;
        const auto id = app.addEntry(glucose(utc(2026, 4, 1, 0) + saved * 60'000LL, 6.0 + saved % 10 * 0.1), &error);
        INFO(error.toStdString());
        REQUIRE(id);
        ++saved;
        cli->waitForFinished(5);
    }
    CHECK(finish(cli) == 0);
    CHECK(saved > 0);
    WARN(saved << " entries saved by the app while the CLI imported a year");
    const Snapshot after = snapshot(files.db);
    CHECK(after.integrity == QLatin1String("ok"));
    CHECK(after.readings == before + YearOfReadings + saved);
}

TEST_CASE("An import that waits too long for another writer gives up, says so and changes nothing")
{
    Files files;
    DiaryStore other;
    REQUIRE(other.open(files.db));
    QSqlQuery hold(other.database());
    REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));  // another program's write, never finished in time
    const Snapshot before = snapshot(files.db);
    QElapsedTimer timer;
    timer.start();
    QObject owner;
    QString message;
    const int exitCode = finish(startImport(files.db, files.year, &owner), &message);
    const qint64 waitedMs = timer.elapsed();
    INFO(message.toStdString() << " after " << waitedMs << " ms");
    CHECK(exitCode != 0);
    CHECK(message.contains(QLatin1String("in use by another program")));
    CHECK(waitedMs >= 4000);  // it waited (Qt's SQLite driver: 5 s) before giving up
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    CHECK(snapshot(files.db) == before);
}
