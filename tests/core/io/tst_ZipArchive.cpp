#include "Fixture.h"
#include "io/ZipArchive.h"

namespace {
QString dataPath(const char *name)
{
    return QStringLiteral(ISLETGUIDE_TEST_DATA "/io/") + QLatin1String(name);
}
} // namespace

TEST_CASE("a zip lists its members with their names and sizes, and streams a member's bytes")
{
    ZipArchive archive;
    QString error;
    REQUIRE(archive.open(dataPath("applehealth_export.zip"), &error));
    REQUIRE(archive.members().size() == 3);
    const ZipArchive::Member &main = archive.members()[2];
    CHECK(main.name == QLatin1String("apple_health_export/export.xml"));
    const QByteArray expected = fixture("applehealth_export.xml");
    CHECK(main.size == expected.size());
    auto device = archive.openMember(main, &error);
    REQUIRE(device);
    QByteArray read;
    char buffer[100];  // small reads, as a stream reader makes them
    for (qint64 got; (got = device->read(buffer, sizeof buffer)) > 0;)
        read.append(buffer, got);
    CHECK(read == expected);
    CHECK(device->atEnd());
}

TEST_CASE("a name stored without the UTF-8 flag keeps its raw bytes")
{
    ZipArchive archive;
    QString error;
    REQUIRE(archive.open(dataPath("applehealth_zh_tw_noflag.zip"), &error));
    REQUIRE(archive.members().size() == 1);
    CHECK(archive.members()[0].rawName == QByteArray("apple_health_export/\xBF\xE9\xA5X.xml"));
    CHECK(archive.members()[0].name.startsWith(QLatin1String("apple_health_export/")));
    CHECK(archive.members()[0].name != QLatin1String("apple_health_export/輸出.xml"));  // CP437, not Big5
}

TEST_CASE("a truncated zip or a file that is no zip is refused with a reason")
{
    ZipArchive truncated;
    QString error;
    CHECK_FALSE(truncated.open(dataPath("applehealth_truncated.zip"), &error));
    CHECK(error.startsWith(QLatin1String("the zip file is damaged or incomplete (")));
    ZipArchive notZip;
    error.clear();
    CHECK_FALSE(notZip.open(dataPath("applehealth_export.xml"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(ZipArchive::looksLikeZip(fixture("applehealth_export.zip")));
    CHECK_FALSE(ZipArchive::looksLikeZip(fixture("applehealth_export.xml")));
}
