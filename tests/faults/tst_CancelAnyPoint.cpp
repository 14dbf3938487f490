#include "FaultDiary.h"
#include "io/GlucoseFileImport.h"

#include <QTemporaryDir>

using namespace DiaryTestData;
using namespace FaultDiary;

// The app's import runs on a worker thread and its Cancel button answers the next progress report: cancelled at
// every report an import makes, the diary holds exactly what it held before, and the import after it adds everything.
namespace {

constexpr int Rows = 40'000;  // about ten progress reports

QString writeClarityExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("clarity.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,"
               "Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),"
               "Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID\n");
    QDateTime time(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int index = 1; index <= Rows; ++index, time = time.addSecs(300))
        file.write(QByteArray::number(index) + ',' + time.toString(Qt::ISODate).chopped(1).toLatin1()
                   + ",EGV,,,,synthetic," + QByteArray::number(70 + index % 150) + ",,,,," + QByteArray::number(index)
                   + ",TEST\n");
    return path;
}

} // namespace

TEST_CASE("An import cancelled at any of its progress reports adds nothing; the next one adds everything")
{
    QTemporaryDir dir;
    const QString diary = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(diary);
    const Snapshot before = snapshot(diary);
    const QString file = writeClarityExport(dir);
    DiaryStore store;
    REQUIRE(store.open(diary));

    int reports = 0;
    ImportOptions counting;
    counting.progress = [&reports](qint64, qint64) {
        ++reports;
        return true;
    };
    QString error;
    {
        const QString copy = dir.filePath(QStringLiteral("count.sqlite"));
        makeSeed(copy);
        DiaryStore counter;
        REQUIRE(counter.open(copy));
        REQUIRE(importGlucoseFile(counter, file, counting, &error));
    }
    REQUIRE(reports >= 5);

    for (int cancelAt = 1; cancelAt <= reports; ++cancelAt) {
        int seen = 0;
        ImportOptions options;
        options.progress = [&seen, cancelAt](qint64, qint64) { return ++seen < cancelAt; };
        INFO("cancelled at report " << cancelAt << " of " << reports);
        CHECK_FALSE(importGlucoseFile(store, file, options, &error));
        CHECK(error.contains(QLatin1String("cancelled")));
        CHECK(snapshot(diary) == before);
    }
    const auto summary = importGlucoseFile(store, file, {}, &error);
    INFO(error.toStdString());
    REQUIRE(summary);
    CHECK(summary->added == Rows);
    CHECK(snapshot(diary).readings == before.readings + Rows);
    WARN("cancelled at each of " << reports << " progress reports: diary unchanged every time");
}
