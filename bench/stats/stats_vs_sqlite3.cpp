#include "../peers/Median.h"
#include "SyntheticYear.h"
#include "stats/AmbulatoryProfile.h"
#include "stats/DataCoverage.h"
#include "stats/GlucoseSummary.h"
#include "stats/MealPatterns.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>
#include <cstdio>

// All statistics of one year of 5-minute CGM (105,120 readings) against the `sqlite3` command computing
// count/avg/min/max over the same rows, measured alternately in one run. Usage: bench-stats-vs-sqlite3 [runs]
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    const std::vector<GlucoseReading> year = syntheticCgm(365 * 288, 1735660800000LL);

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("rows.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(dbPath);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE r (utc_ms INTEGER, mgdl REAL)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO r VALUES (?, ?)"));
        for (const GlucoseReading &r : year) {
            q.addBindValue(QVariant::fromValue(qint64(r.utcMs)));
            q.addBindValue(r.value);
            q.exec();
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    std::vector<double> engineMs, sqliteMs;
    double checksum = 0.0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Stats::GlucoseSummary summary = Stats::summarize(year);
        const Stats::DataCoverage coverage = Stats::dataCoverage(year);
        const Stats::AmbulatoryProfile profile = Stats::ambulatoryProfile(year, coverage.continuous);
        const auto averages = Stats::mealContextAverages(year);
        const auto patterns = Stats::mealPatterns(year, {});
        engineMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        checksum += summary.mageMgdl.value_or(0.0) + *profile.bins[0].p50 + double(averages.size() + patterns.size());

        if (!sqlite3.isEmpty()) {
            timer.restart();
            QProcess process;
            process.start(sqlite3, {dbPath, QStringLiteral("SELECT count(*), avg(mgdl), min(mgdl), max(mgdl) FROM r;")});
            process.waitForFinished();
            sqliteMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("readings: %zu (checksum %.3f)\n", year.size(), checksum);
    std::printf("all statistics (summary incl. MAGE, coverage, AGP, meal averages, patterns): median %.2f ms over %d runs\n",
                median(engineMs), runs);
    if (sqliteMs.empty())
        std::printf("sqlite3 command not found: no peer figure\n");
    else
        std::printf("sqlite3 command, count/avg/min/max (whole process): median %.2f ms; ratio %.2f\n", median(sqliteMs),
                    median(engineMs) / median(sqliteMs));
    return 0;
}
