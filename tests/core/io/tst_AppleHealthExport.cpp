#include "Fixture.h"
#include "diary/DiaryStore.h"
#include "io/AppleHealthExport.h"
#include "io/GlucoseFileImport.h"

#include <QTemporaryDir>

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(ISLETGUIDE_TEST_DATA "/io/") + QLatin1String(name);
}

int readingCount(DiaryStore &store)
{
    return int(store.glucoseReadings(0, std::numeric_limits<std::int64_t>::max()).size());
}

} // namespace

TEST_CASE("the main XML is found by its content whatever the zip calls it, and the CDA document is never read")
{
    const char *zips[] = {"applehealth_export.zip", "applehealth_zh_cn.zip", "applehealth_zh_tw_noflag.zip",
                          "applehealth_export.xml"};
    for (const char *name : zips) {
        INFO(name);
        CHECK(AppleHealthExport::looksLike(dataPath(name)));
        ImportProblem problem;
        const auto parsed = AppleHealthExport::read(dataPath(name), shanghaiOptions(), &problem);
        REQUIRE(parsed);
        REQUIRE(parsed->readings.size() == 4);
        for (const GlucoseReading &reading : parsed->readings)
            CHECK(reading.source != QLatin1String("CDA via Apple Health"));
        CHECK(parsed->otherEntries.size() == 3);
    }
    CHECK_FALSE(AppleHealthExport::looksLike(dataPath("clarity_bom_crlf_quoted.csv")));
}

TEST_CASE("a zip without the export, a truncated zip and malformed XML in a zip are refused with the reason")
{
    ImportProblem problem;
    CHECK_FALSE(AppleHealthExport::read(dataPath("applehealth_no_xml.zip"), shanghaiOptions(), &problem));
    CHECK(problem.reason == QLatin1String("the zip holds no Apple Health export (export.xml)"));
    CHECK_FALSE(AppleHealthExport::read(dataPath("applehealth_truncated.zip"), shanghaiOptions(), &problem));
    CHECK(problem.reason.startsWith(QLatin1String("the zip file is damaged or incomplete (")));
    CHECK_FALSE(AppleHealthExport::read(dataPath("applehealth_bad_xml.zip"), shanghaiOptions(), &problem));
    CHECK(problem.reason.startsWith(QLatin1String("apple_health_export/export.xml, line 10: the XML is not valid (")));
}

TEST_CASE("an export.zip imports glucose, insulin and carbohydrates once, and again adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    const auto first = importGlucoseFile(store, dataPath("applehealth_zh_cn.zip"), shanghaiOptions(), &error);
    REQUIRE(first);
    CHECK(first->format == ImportFormat::AppleHealth);
    CHECK(first->text() == QStringLiteral("4 reading(s) added, 3 other diary entry(ies) added; skipped: 2 record(s) of "
                                          "kinds the diary does not keep; read as UTF-8."));
    const auto second = importGlucoseFile(store, dataPath("applehealth_export.xml"), shanghaiOptions(), &error);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->otherKindsAdded == 0);
    CHECK(second->duplicates == 7);
    CHECK(readingCount(store) == 4);
}

TEST_CASE("a bad export adds nothing and names the file, the member and the line")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    CHECK_FALSE(importGlucoseFile(store, dataPath("applehealth_bad_xml.zip"), shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("applehealth_bad_xml.zip: apple_health_export/export.xml, line 10: ")));
    CHECK_FALSE(importGlucoseFile(store, dataPath("applehealth_bad_xml.xml"), shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("applehealth_bad_xml.xml, line 10: ")));
    CHECK_FALSE(importGlucoseFile(store, dataPath("applehealth_truncated.zip"), shanghaiOptions(), &error));
    CHECK(error.startsWith(QLatin1String("applehealth_truncated.zip: the zip file is damaged or incomplete")));
    CHECK(readingCount(store) == 0);
}
