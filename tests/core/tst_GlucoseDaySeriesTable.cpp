#include "DiaryTestData.h"
#include "diary/DiaryImport.h"
#include "diary/DiaryStore.h"
#include "diary/GlucoseDaySeries.h"
#include "diary/GlucoseDaySeriesTable.h"
#include "diary/SqliteStatement.h"
#include "io/DiaryBackup.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <algorithm>
#include <limits>
#include <map>

using namespace DiaryTestData;

namespace {

constexpr std::int64_t FiveMinutes = 300'000;

std::map<std::int64_t, QByteArray> storedSeries(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT utc_day, samples FROM glucose_day_series ORDER BY utc_day")));
    std::map<std::int64_t, QByteArray> series;
    while (query.next())
        series[query.value(0).toLongLong()] = query.value(1).toByteArray();
    return series;
}

// The series as a rebuild from the rows gives it (the rebuild rolled back again).
std::map<std::int64_t, QByteArray> rebuiltSeries(const DiaryStore &store)
{
    QSqlDatabase db = store.database();
    REQUIRE(db.transaction());
    QString error;
    const bool rebuilt = GlucoseDaySeriesTable::rebuildAll(db, &error);
    INFO(error.toStdString());
    const auto series = storedSeries(db);
    REQUIRE(db.rollback());
    REQUIRE(rebuilt);
    return series;
}

// The samples of [from, to) from the series equal the readings glucoseReadings reads from the rows.
void requireSamplesAreReadings(const DiaryStore &store, std::int64_t from, std::int64_t to)
{
    CollectingSink sink;
    REQUIRE(store.readGlucoseSamples(from, to, sink));
    const std::vector<GlucoseReading> readings = store.glucoseReadings(from, to);
    REQUIRE(sink.samples.size() == readings.size());
    for (std::size_t i = 0; i < readings.size(); ++i) {
        INFO("reading " << i);
        const GlucoseSample expected = GlucoseSample::of(readings[i]);
        CHECK(sink.samples[i].utcMs == expected.utcMs);
        CHECK(sink.samples[i].utcOffsetSec == expected.utcOffsetSec);
        CHECK(sink.samples[i].value == expected.value);
        CHECK(sink.samples[i].unit == expected.unit);
        CHECK(sink.samples[i].flag == expected.flag);
    }
}

// What every write must leave: the stored series is what a rebuild gives, and reads as the rows do.
void requireSeriesMatchesRows(const DiaryStore &store)
{
    CHECK(storedSeries(store.database()) == rebuiltSeries(store));
    requireSamplesAreReadings(store, Earliest, Latest);
}

std::vector<GlucoseReading> cgm(std::int64_t start, int count, double base = 100.0)
{
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < count; ++i)
        readings.push_back(reading(start + i * FiveMinutes, base + i % 40, Glucose::Unit::MgDl));
    return readings;
}

std::int64_t day(std::int64_t utcMs)
{
    return GlucoseDaySeries::dayOf(utcMs);
}

} // namespace

TEST_CASE("Single-entry writes keep the series of the days they touch")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t midnight = utc(2024, 6, 2, 0);
    REQUIRE(store.addReadings(cgm(midnight - 60 * FiveMinutes, 120)));  // across midnight UTC
    requireSeriesMatchesRows(store);
    CHECK(storedSeries(store.database()).size() == 2);

    QString error;
    const auto id = store.addEntry(glucose(midnight - 3 * 60'000, 7.2), &error);  // mmol/L, between two readings
    INFO(error.toStdString());
    REQUIRE(id);
    requireSeriesMatchesRows(store);

    SECTION("an update that moves a reading across midnight changes both days")
    {
        DiaryEntry moved = *store.entry(DiaryEntry::Kind::Glucose, *id);
        moved.utcMs = midnight + 2 * 60'000;
        moved.payload = DiaryEntry::Glucose{40.0, Glucose::Unit::MgDl, GlucoseReading::MealContext::Night,
                                            GlucoseReading::Flag::Lo};
        REQUIRE(store.updateEntry(moved, &error));
        requireSeriesMatchesRows(store);
        requireSamplesAreReadings(store, midnight - 10 * FiveMinutes, midnight + 10 * FiveMinutes);
    }
    SECTION("an update to a day without readings adds that day; removing its only reading removes it")
    {
        DiaryEntry moved = *store.entry(DiaryEntry::Kind::Glucose, *id);
        moved.utcMs = utc(2024, 5, 1, 12);
        moved.utcOffsetSec = -7 * 3600;
        REQUIRE(store.updateEntry(moved, &error));
        requireSeriesMatchesRows(store);
        CHECK(storedSeries(store.database()).count(day(moved.utcMs)) == 1);
        REQUIRE(store.removeEntry(DiaryEntry::Kind::Glucose, *id, &error));
        requireSeriesMatchesRows(store);
        CHECK(storedSeries(store.database()).count(day(moved.utcMs)) == 0);

        SECTION("restoring it brings the day back")
        {
            REQUIRE(store.restoreEntry(moved, &error));
            requireSeriesMatchesRows(store);
            CHECK(storedSeries(store.database()).count(day(moved.utcMs)) == 1);
        }
    }
    SECTION("removing a reading changes its day only")
    {
        const auto before = storedSeries(store.database());
        REQUIRE(store.removeEntry(DiaryEntry::Kind::Glucose, *id, &error));
        requireSeriesMatchesRows(store);
        const auto after = storedSeries(store.database());
        CHECK(after.at(day(midnight)) == before.at(day(midnight)));
        CHECK(after.at(day(midnight) - 1) != before.at(day(midnight) - 1));
    }
    SECTION("a failed update changes nothing")
    {
        const auto before = storedSeries(store.database());
        DiaryEntry missing = glucose(midnight, 6.0);
        missing.id = 999'999;
        CHECK_FALSE(store.updateEntry(missing, &error));
        CHECK_FALSE(store.removeEntry(DiaryEntry::Kind::Glucose, 999'999, &error));
        CHECK(storedSeries(store.database()) == before);
    }
    SECTION("entries of other kinds leave the series alone")
    {
        const auto before = storedSeries(store.database());
        REQUIRE(store.addEntry(withPayload(midnight, DiaryEntry::Carbs{30.0}), &error));
        CHECK(storedSeries(store.database()) == before);
    }
}

TEST_CASE("Imports keep the series: duplicates, readings at one instant, out-of-order parts, a rollback")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t + 288 * FiveMinutes, 400)));  // a later file first
    std::vector<GlucoseReading> earlier = cgm(t, 300);
    earlier.push_back(earlier[5]);                                    // a duplicate in the batch
    earlier.push_back(reading(t + 7 * FiveMinutes, 5.5));             // a second reading at one instant
    earlier.push_back(reading(t + 7 * FiveMinutes, 5.4));             // and a third
    const auto result = store.addReadings(earlier);
    REQUIRE(result);
    CHECK(result->duplicates == 1);
    requireSeriesMatchesRows(store);
    requireSamplesAreReadings(store, t + 5 * FiveMinutes, t + 500 * FiveMinutes);
    CHECK(store.addReadings(earlier)->added == 0);
    requireSeriesMatchesRows(store);

    const auto before = storedSeries(store.database());
    {
        DiaryImport import(store);
        QString error;
        REQUIRE(import.begin(&error));
        REQUIRE(import.addReadings(cgm(t + 1000 * FiveMinutes, 500, 150.0), &error));
        REQUIRE(import.addReadings(cgm(t + 100 * FiveMinutes, 10, 150.0), &error));
    }  // not committed: rolled back
    CHECK(storedSeries(store.database()) == before);
    requireSeriesMatchesRows(store);

    DiaryImport import(store);
    QString error;
    REQUIRE(import.begin(&error));
    REQUIRE(import.addReadings(cgm(t + 1000 * FiveMinutes, 500, 150.0), &error));
    REQUIRE(import.addReadings(cgm(t + 100 * FiveMinutes, 10, 150.0), &error));
    REQUIRE(import.commit(&error));
    requireSeriesMatchesRows(store);
}

TEST_CASE("An import refused half way leaves the series as it was")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t, 100)));
    const auto before = storedSeries(store.database());
    std::vector<GlucoseReading> batch = cgm(t + 50 * FiveMinutes, 200, 120.0);
    batch.back().value = -5.0;  // invalid: refuses the whole batch
    CHECK_FALSE(store.addReadings(batch));
    CHECK(storedSeries(store.database()) == before);
    requireSeriesMatchesRows(store);
}

TEST_CASE("A version 2 diary gets the series of the readings it holds when it is upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const std::int64_t t = utc(2024, 6, 1, 22);
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        std::vector<GlucoseReading> readings = cgm(t, 100);
        readings[3].flag = GlucoseReading::Flag::Hi;
        readings[3].value = 400.0;
        readings[4].unit = Glucose::Unit::MmolL;
        readings[4].value = 6.7;
        readings[50].utcOffsetSec = -3 * 3600;
        REQUIRE(store.addReadings(readings));
        REQUIRE(store.addReadings({reading(t + 2 * FiveMinutes, 5.1), reading(t - 1, 5.2)}));
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE glucose_day_series")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    DiaryStore store;
    QString error;
    REQUIRE(store.open(path, &error));
    CHECK(storedSeries(store.database()).size() == 2);
    requireSeriesMatchesRows(store);
    requireSamplesAreReadings(store, t, t + 20 * FiveMinutes);
}

TEST_CASE("Upgrading a version 2 diary gives back the page cache the rebuild of the series filled")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.addReadings(cgm(utc(2024, 6, 1, 0), 30 * 288)));
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE glucose_day_series")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    DiaryStore store;
    REQUIRE(store.open(path));
    int cacheBytes = 0;
    int highWater = 0;
    REQUIRE(sqlite3_db_status(SqliteStatement::handle(store.database()), SQLITE_DBSTATUS_CACHE_USED, &cacheBytes,
                              &highWater, 0) == SQLITE_OK);
    CHECK(cacheBytes < 64 * 1024);  // the 8,640 readings take about 400 KB of pages
    requireSeriesMatchesRows(store);
}

TEST_CASE("A damaged day of the series fails the read instead of giving wrong samples")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    REQUIRE(store.addReadings(cgm(utc(2024, 6, 1, 0), 10)));
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("UPDATE glucose_day_series SET samples = x'0203'")));
    CollectingSink sink;
    CHECK_FALSE(store.readGlucoseSamples(Earliest, Latest, sink));
}

TEST_CASE("An import into a day whose series is damaged encodes that day again from its rows")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t, 100)));
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("UPDATE glucose_day_series SET samples = x'0203'")));
    REQUIRE(store.addReadings(cgm(t + 100 * FiveMinutes, 50, 150.0)));
    requireSeriesMatchesRows(store);
}

TEST_CASE("An import whose parts come back to a day, with readings at one instant across parts")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t + 30 * FiveMinutes, 10, 200.0)));
    DiaryImport import(store);
    QString error;
    REQUIRE(import.begin(&error));
    REQUIRE(import.addReadings(cgm(t + 20 * FiveMinutes, 300), &error));        // this day and the next
    REQUIRE(import.addReadings(cgm(t + 25 * FiveMinutes, 20, 120.0), &error));  // back: the same instants again
    std::vector<GlucoseReading> unsorted = cgm(t, 40, 160.0);
    std::reverse(unsorted.begin(), unsorted.end());
    REQUIRE(import.addReadings(unsorted, &error));
    REQUIRE(import.addReadings(cgm(t + 300 * FiveMinutes, 5, 90.0), &error));  // the next day again
    REQUIRE(import.commit(&error));
    requireSeriesMatchesRows(store);
    requireSamplesAreReadings(store, t + 24 * FiveMinutes, t + 46 * FiveMinutes);
}

TEST_CASE("A batch of entries of every kind and a restored backup keep the series")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 23);
    std::vector<DiaryEntry> entries;
    for (const GlucoseReading &r : cgm(t, 30))
        entries.push_back(DiaryEntry::fromReading(r));
    entries.push_back(withPayload(t + 5 * 60'000, DiaryEntry::Carbs{40.0}));
    entries.push_back(glucose(t + 7 * 60'000, 6.6));
    REQUIRE(store.addEntries(entries));
    requireSeriesMatchesRows(store);

    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QString error;
    REQUIRE(DiaryBackup::backup(store, backup, &error));
    REQUIRE(store.addReadings(cgm(t + 100 * FiveMinutes, 10)));
    const auto beforeRestore = storedSeries(store.database());
    REQUIRE(DiaryBackup::restore(store, backup, &error));
    requireSeriesMatchesRows(store);
    CHECK(storedSeries(store.database()) != beforeRestore);
    CHECK(store.glucoseReadings(Earliest, Latest).size() == 31);
}
