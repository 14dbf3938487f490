#include "DiaryTestData.h"
#include "diary/DiaryStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <limits>

using namespace DiaryTestData;

namespace {

CollectingSink samples(const DiaryStore &store, std::int64_t from, std::int64_t to)
{
    CollectingSink sink;
    REQUIRE(store.readGlucoseSamples(from, to, sink));
    return sink;
}

// The rows in [from, to) as the time index orders them (time, then id): what both reads must return.
struct StoredRow {
    std::int64_t id, utcMs, utcOffsetSec, valueCenti, unit, flag;
};

std::vector<StoredRow> byTimeIndex(const DiaryStore &store, std::int64_t from, std::int64_t to)
{
    QSqlQuery query(store.database());
    REQUIRE(query.prepare(QStringLiteral("SELECT id, utc_ms, utc_offset, value_centi, unit, flag FROM glucose_reading"
                                         " WHERE utc_ms >= ? AND utc_ms < ? ORDER BY utc_ms, id")));
    query.addBindValue(QVariant::fromValue<qint64>(from));
    query.addBindValue(QVariant::fromValue<qint64>(to));
    REQUIRE(query.exec());
    std::vector<StoredRow> rows;
    while (query.next()) {
        rows.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return rows;
}

// glucoseReadings (table scan or time index) and readGlucoseSamples (the day series) both return the rows in the
// index's order.
void requireSameAsReadings(const DiaryStore &store, std::int64_t from, std::int64_t to)
{
    const std::vector<StoredRow> expected = byTimeIndex(store, from, to);
    const std::vector<GlucoseReading> readings = store.glucoseReadings(from, to);
    const std::vector<GlucoseSample> read = samples(store, from, to).samples;
    REQUIRE(readings.size() == expected.size());
    REQUIRE(read.size() == expected.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        INFO("row " << i);
        CHECK(readings[i].id == expected[i].id);
        CHECK(readings[i].utcMs == expected[i].utcMs);
        CHECK(read[i].utcMs == expected[i].utcMs);
        CHECK(read[i].utcOffsetSec == readings[i].utcOffsetSec);
        CHECK(read[i].value == readings[i].value);
        CHECK(read[i].unit == readings[i].unit);
        CHECK(read[i].flag == readings[i].flag);
    }
}

std::vector<GlucoseReading> cgm(std::int64_t start, int count)
{
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < count; ++i)
        readings.push_back(reading(start + std::int64_t(i) * 300'000, 100.0 + i % 50, Glucose::Unit::MgDl));
    return readings;
}

} // namespace

TEST_CASE("Samples of the whole diary and of parts of it are the stored readings")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    std::vector<GlucoseReading> readings = cgm(t, 300);
    readings[10].flag = GlucoseReading::Flag::Lo;
    readings[10].value = 40.0;
    readings[20].unit = Glucose::Unit::MmolL;
    readings[20].value = 6.2;
    readings[30].utcOffsetSec = -5 * 3600;
    REQUIRE(store.addReadings(readings));

    requireSameAsReadings(store, Earliest, Latest);
    requireSameAsReadings(store, t, t + 300 * 300'000LL);  // exactly the diary's extent
    requireSameAsReadings(store, t + 1, Latest);            // all but the first: through the time index
    requireSameAsReadings(store, t + 50 * 300'000LL, t + 60 * 300'000LL);
    CHECK(samples(store, t - 10, t).samples.empty());
}

TEST_CASE("Samples of a diary stored out of time order come out in time order, ties in stored order")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings(cgm(t + 100 * 300'000LL, 100)));  // the later file imported first
    REQUIRE(store.addReadings(cgm(t, 100)));
    // Two readings at one instant (different values, so not duplicates), stored after the rest.
    REQUIRE(store.addReadings({reading(t + 7 * 300'000LL, 5.5), reading(t + 7 * 300'000LL, 5.4)}));

    const CollectingSink whole = samples(store, Earliest, Latest);
    REQUIRE(whole.samples.size() == 202);
    for (std::size_t i = 1; i < whole.samples.size(); ++i)
        CHECK(whole.samples[i - 1].utcMs <= whole.samples[i].utcMs);
    requireSameAsReadings(store, Earliest, Latest);
    requireSameAsReadings(store, t + 5 * 300'000LL, t + 150 * 300'000LL);
}

TEST_CASE("Samples of an empty diary or a closed store")
{
    QTemporaryDir dir;
    DiaryStore store;
    CollectingSink sink;
    CHECK_FALSE(store.readGlucoseSamples(Earliest, Latest, sink));
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    CHECK(samples(store, Earliest, Latest).samples.empty());
}
