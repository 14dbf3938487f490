#include "Median.h"
#include "diary/DiaryLogModel.h"
#include "diary/DiaryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <limits>

// Times the diary against its budgets: a year of 5-minute CGM readings imported (and its file size per reading,
// against sqlite3's own .import of the same rows), imported again and read back whole as statistics read it; with
// 25,000 entries, opening the diary to its first screen and adding one reading. Prints one "name value unit" line per
// figure, each the median of several runs.
namespace {

constexpr int YearOfCgm = 105'120;
constexpr int Runs = 5;

std::vector<GlucoseReading> cgmYear(int count)
{
    std::vector<GlucoseReading> readings;
    readings.reserve(static_cast<std::size_t>(count));
    const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        GlucoseReading r;
        r.utcMs = start + i * 300'000LL;
        r.utcOffsetSec = 8 * 3600;
        r.value = 70 + (i * 37) % 160;
        r.unit = Glucose::Unit::MgDl;
        r.source = QStringLiteral("cgm:libre-2023.csv");
        readings.push_back(r);
    }
    return readings;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}

double sqliteImportMs(const QTemporaryDir &dir, const std::vector<GlucoseReading> &readings)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return -1.0;
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return -1.0;
    QTextStream out(&file);
    for (const auto &r : readings)
        out << r.utcMs << ',' << r.utcOffsetSec << ',' << qRound64(r.value * 100) << ",0,0,9,2,\n";
    out.flush();
    file.close();
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        const QString db = dir.filePath(QStringLiteral("peer-%1.sqlite").arg(run));
        QElapsedTimer timer;
        timer.start();
        QProcess::execute(sqlite3, {db, QStringLiteral("CREATE TABLE t (utc_ms INTEGER, utc_offset INTEGER, value_centi"
                                                       " INTEGER, unit INTEGER, flag INTEGER, context INTEGER,"
                                                       " source_id INTEGER, note TEXT);"),
                                    QStringLiteral(".mode csv"), QStringLiteral(".import ") + csv + QStringLiteral(" t")});
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const auto year = cgmYear(YearOfCgm);

    std::vector<double> importTimes;
    double bytesPerReading = 0.0;
    for (int run = 0; run < Runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("import-%1.sqlite").arg(run));
        DiaryStore store;
        if (!store.open(path))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const auto result = store.addReadings(year);
        importTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result || result->added != YearOfCgm)
            return 1;
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytesPerReading = static_cast<double>(QFileInfo(path).size()) / YearOfCgm;
    }
    report("diary-import-105120-ms", median(importTimes), "ms");
    report("diary-bytes-per-reading", bytesPerReading, "bytes");
    report("sqlite3-import-105120-ms", sqliteImportMs(dir, year), "ms");

    std::vector<double> reimportTimes;
    std::vector<double> readTimes;
    {
        DiaryStore store;
        store.open(dir.filePath(QStringLiteral("import-0.sqlite")));
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto result = store.addReadings(year);
            reimportTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!result || result->added != 0)
                return 1;
        }
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto readings = store.glucoseReadings(std::numeric_limits<std::int64_t>::min(),
                                                        std::numeric_limits<std::int64_t>::max());
            readTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (readings.size() != year.size())
                return 1;
        }
    }
    report("diary-reimport-105120-ms", median(reimportTimes), "ms");
    report("diary-read-105120-ms", median(readTimes), "ms");

    const QString diary25k = dir.filePath(QStringLiteral("25k.sqlite"));
    {
        DiaryStore store;
        store.open(diary25k);
        if (!store.addReadings(cgmYear(25'000)))
            return 1;
    }
    std::vector<double> openTimes;
    std::vector<double> addTimes;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        DiaryStore store;
        store.open(diary25k);
        DiaryLogModel model(store);
        const QVariant firstRow = model.data(model.index(0), DiaryLogModel::ValueRole);
        openTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!firstRow.isValid())
            return 1;

        DiaryEntry entry;
        entry.utcMs = QDateTime::currentMSecsSinceEpoch() - run;
        entry.payload = DiaryEntry::Glucose{6.2, Glucose::Unit::MmolL, GlucoseReading::MealContext::AfterLunch, {}};
        timer.restart();
        if (!store.addEntry(entry))
            return 1;
        addTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    report("diary-open-25000-ms", median(openTimes), "ms");
    report("diary-add-reading-ms", median(addTimes), "ms");
    return 0;
}
