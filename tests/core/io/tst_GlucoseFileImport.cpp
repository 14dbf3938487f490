#include "ClarityGenerator.h"
#include "Fixture.h"
#include "diary/DiaryStore.h"
#include "io/DiaryBackup.h"
#include "io/GlucoseFileImport.h"

#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>

namespace {
int readingCount(DiaryStore &store)
{
    return int(store.glucoseReadings(0, std::numeric_limits<std::int64_t>::max()).size());
}
QString dataPath(const char *name)
{
    return QStringLiteral(ISLETGUIDE_TEST_DATA "/io/") + QLatin1String(name);
}
} // namespace

TEST_CASE("importing the same file twice adds nothing the second time")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    const auto first = importGlucoseFile(store, dataPath("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &error);
    REQUIRE(first);
    CHECK(first->added == 4);
    CHECK(first->text() == QLatin1String("4 reading(s) added; skipped: 1 row(s) without a value; read as UTF-8 BOM."));
    const auto second = importGlucoseFile(store, dataPath("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &error);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->duplicates == 4);
    CHECK(readingCount(store) == 4);
}

TEST_CASE("a file refused on its last row adds none of its rows")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    CHECK_FALSE(importGlucoseFile(store, dataPath("clarity_out_of_range.csv"), shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("clarity_out_of_range.csv, line 3: ")));
    CHECK(readingCount(store) == 0);
    CHECK_FALSE(importGlucoseFile(store, dataPath("no_such_file.csv"), shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("no_such_file.csv: ")));
}

TEST_CASE("a long file goes to the diary in parts, and is still all or nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const int rows = 10'000;  // more than two of the parts the parser hands over while it reads
    const QString good = dir.filePath(QStringLiteral("long.csv"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(syntheticClarityCsv(rows));
    goodFile.close();

    QByteArray badLastRow = syntheticClarityCsv(rows);
    badLastRow += "10001,2023-02-04T17:20:00,EGV,,,,synthetic,abc,,,,,3000000,TEST\r\n";
    const QString bad = dir.filePath(QStringLiteral("bad-end.csv"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(badLastRow);
    badFile.close();

    QString error;
    CHECK_FALSE(importGlucoseFile(store, bad, shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("bad-end.csv, line 10002: ")));
    CHECK(readingCount(store) == 0);

    const auto first = importGlucoseFile(store, good, shanghaiOptions(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->added == rows);
    CHECK(readingCount(store) == rows);
    const auto again = importGlucoseFile(store, good, shanghaiOptions(), &error);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->duplicates == rows);
}

TEST_CASE("cancelling from the progress callback adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    ImportOptions options = shanghaiOptions();
    options.progress = [](qint64, qint64) { return false; };
    QString error;
    CHECK_FALSE(importGlucoseFile(store, dataPath("xdrip_sidiary.csv"), options, &error));
    CHECK(error.contains(QLatin1String("cancelled")));
    CHECK(readingCount(store) == 0);
}

TEST_CASE("backup and restore bring back the diary as it was")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    REQUIRE(importGlucoseFile(store, dataPath("xdrip_sidiary.csv"), shanghaiOptions(), &error));
    const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(DiaryBackup::backup(store, backupPath, &error));
    const auto othersMayRead = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFile::permissions(backupPath) & othersMayRead) == 0);
    REQUIRE(importGlucoseFile(store, dataPath("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &error));
    CHECK(readingCount(store) == 7);
    REQUIRE(DiaryBackup::restore(store, backupPath, &error));
    CHECK(readingCount(store) == 3);
    QSqlQuery check(store.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QLatin1String("ok"));
}

TEST_CASE("a damaged or foreign file is not restored and the diary stays as it was")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    REQUIRE(importGlucoseFile(store, dataPath("xdrip_sidiary.csv"), shanghaiOptions(), &error));

    const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(DiaryBackup::backup(store, backupPath, &error));
    QFile backup(backupPath);
    REQUIRE(backup.open(QIODevice::ReadWrite));
    backup.resize(backup.size() / 2);
    backup.close();
    CHECK_FALSE(DiaryBackup::restore(store, backupPath, &error));
    CHECK(error.contains(QLatin1String("unchanged")));

    const QString foreignPath = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreignPath);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK_FALSE(DiaryBackup::restore(store, foreignPath, &error));
    CHECK(error.contains(QLatin1String("not an IsletGuide diary")));

    CHECK(readingCount(store) == 3);
    CHECK_FALSE(QFile::exists(store.path() + QLatin1String(".restore")));
}

TEST_CASE("a restore checked on a worker thread is swapped in on the diary's thread, and the diary stays usable")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    REQUIRE(importGlucoseFile(store, dataPath("xdrip_sidiary.csv"), shanghaiOptions(), &error));
    const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(DiaryBackup::backup(store, backupPath, &error));
    REQUIRE(importGlucoseFile(store, dataPath("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &error));

    const QString diaryPath = store.path();
    QString workerError;
    const auto candidate = QtConcurrent::run([&] { return DiaryBackup::prepareRestore(diaryPath, backupPath, &workerError); })
                               .result();
    INFO(workerError.toStdString());
    REQUIRE(candidate);
    CHECK(readingCount(store) == 7);  // nothing replaced until the swap
    REQUIRE(DiaryBackup::finishRestore(store, *candidate, backupPath, &error));
    CHECK(readingCount(store) == 3);
    CHECK_FALSE(QFile::exists(*candidate));
    REQUIRE(importGlucoseFile(store, dataPath("clarity_bom_crlf_quoted.csv"), shanghaiOptions(), &error));
    CHECK(readingCount(store) == 7);
}

TEST_CASE("a LibreView file in each text encoding is imported once, and the summary names the encoding")
{
    const std::pair<const char *, TextEncoding> files[] = {
        {"libreview_encoding_utf8.csv", TextEncoding::Utf8},       {"libreview_encoding_utf8bom.csv", TextEncoding::Utf8Bom},
        {"libreview_encoding_utf16le.csv", TextEncoding::Utf16Le}, {"libreview_encoding_utf16be.csv", TextEncoding::Utf16Be},
        {"libreview_encoding_gb18030.csv", TextEncoding::Gb18030}, {"libreview_encoding_big5.csv", TextEncoding::Big5},
    };
    for (const auto &[name, encoding] : files) {
        INFO(name);
        QTemporaryDir dir;
        DiaryStore store;
        REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
        ImportOptions options = shanghaiOptions();
        options.region = encoding == TextEncoding::Big5 ? LocaleDefaults::Region::Taiwan
                                                        : LocaleDefaults::Region::MainlandChina;
        QString error;
        const auto first = importGlucoseFile(store, dataPath(name), options, &error);
        INFO(error.toStdString());
        REQUIRE(first);
        CHECK(first->encoding == encoding);
        CHECK(first->added == 2);
        CHECK(first->text().endsWith(QStringLiteral("; read as %1.").arg(textEncodingName(encoding))));
        const auto again = importGlucoseFile(store, dataPath(name), options, &error);
        REQUIRE(again);
        CHECK(again->added == 0);
        CHECK(again->duplicates == 2);
        CHECK(readingCount(store) == 2);
    }
}

TEST_CASE("Nightscout treatments are imported as diary entries once; a second import adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    const auto first = importGlucoseFile(store, dataPath("nightscout_treatments.json"), shanghaiOptions(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->added == 1);
    CHECK(first->otherKindsAdded == 6);
    CHECK(first->text().contains(QLatin1String("2 record(s) of kinds the diary does not keep")));
    const auto second = importGlucoseFile(store, dataPath("nightscout_treatments.json"), shanghaiOptions(), &error);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->otherKindsAdded == 0);
    CHECK(second->duplicates == 7);
    CHECK(store.entries(0, std::numeric_limits<std::int64_t>::max()).size() == 7);
}

TEST_CASE("a Contour export is imported once with its carbohydrate entries; a second import adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    const auto first = importGlucoseFile(store, dataPath("contour_mgdl_us.csv"), shanghaiOptions(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->format == ImportFormat::Contour);
    CHECK(first->added == 4);
    CHECK(first->otherKindsAdded == 2);
    const auto second = importGlucoseFile(store, dataPath("contour_mgdl_us.csv"), shanghaiOptions(), &error);
    REQUIRE(second);
    CHECK(second->added + second->otherKindsAdded == 0);
    CHECK(second->duplicates == 6);
}

TEST_CASE("a mySugr export is imported once with its insulin, carbohydrates and notes; a second import adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    const auto first = importGlucoseFile(store, dataPath("mysugr_mgdl.csv"), shanghaiOptions(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->format == ImportFormat::MySugr);
    CHECK(first->added == 2);
    CHECK(first->otherKindsAdded == 5);
    const auto second = importGlucoseFile(store, dataPath("mysugr_mgdl.csv"), shanghaiOptions(), &error);
    REQUIRE(second);
    CHECK(second->added + second->otherKindsAdded == 0);
    CHECK(second->duplicates == 7);
}
