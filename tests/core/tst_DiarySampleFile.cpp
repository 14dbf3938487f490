#include "DiaryTestData.h"
#include "diary/DiarySampleFile.h"
#include "diary/DiaryStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <limits>

using namespace DiaryTestData;

namespace {

std::vector<GlucoseReading> cgm(std::int64_t start, int count)
{
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < count; ++i)
        readings.push_back(reading(start + i * 300'000LL, 90.0 + i % 60, Glucose::Unit::MgDl));
    return readings;
}

} // namespace

TEST_CASE("A diary at the current schema reads the same samples as through the store")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    DiaryStore store;
    REQUIRE(store.open(path));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t, 700)));
    REQUIRE(store.addEntry(glucose(t + 1000, 6.1)));

    DiarySampleFile file;
    REQUIRE(file.open(path));
    using Range = std::pair<std::int64_t, std::int64_t>;
    for (const auto &[from, to] : {Range{Earliest, Latest}, Range{t + 100 * 300'000LL, t + 400 * 300'000LL},
                                   Range{t - 10, t}}) {
        CollectingSink fromFile;
        CollectingSink fromStore;
        REQUIRE(file.readGlucoseSamples(from, to, fromFile));
        REQUIRE(store.readGlucoseSamples(from, to, fromStore));
        CHECK(sameSamples(fromFile.samples, fromStore.samples));
    }

    SECTION("a write committed by the store after opening is seen, one still open is not")
    {
        REQUIRE(store.addEntry(glucose(t + 2000, 6.2)));
        QSqlDatabase db = store.database();
        REQUIRE(db.transaction());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM glucose_day_series")));
        CollectingSink sink;
        REQUIRE(file.readGlucoseSamples(Earliest, Latest, sink));
        CHECK(sink.samples.size() == 702);
        REQUIRE(db.rollback());
    }
}

TEST_CASE("Anything but a private diary at the current schema is left to the store")
{
    QTemporaryDir dir;
    DiarySampleFile file;
    CHECK_FALSE(file.open(dir.filePath(QStringLiteral("missing.sqlite"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    CollectingSink sink;
    CHECK_FALSE(file.readGlucoseSamples(Earliest, Latest, sink));

    const QString notDiary = dir.filePath(QStringLiteral("text.sqlite"));
    {
        QFile text(notDiary);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("not a database");
        text.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    CHECK_FALSE(file.open(notDiary));

    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.addReadings(cgm(utc(2024, 6, 1, 0), 10)));
    }
    REQUIRE(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup));
    CHECK_FALSE(file.open(path));  // DiaryStore::open makes it private again
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(file.open(path));

    {
        DiaryStore store;
        REQUIRE(store.open(path));
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));  // as if written by an older app
    }
    CHECK_FALSE(file.open(path));
}
