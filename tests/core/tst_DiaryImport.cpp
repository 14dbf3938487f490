#include "DiaryTestData.h"
#include "diary/DiaryImport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace DiaryTestData;

namespace {

std::vector<GlucoseReading> day(std::int64_t start, int count)
{
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < count; ++i)
        readings.push_back(reading(start + i * 300'000LL, 5.0 + (i % 30) / 10.0));
    return readings;
}

std::size_t storedCount(const DiaryStore &store)
{
    return store.glucoseReadings(0, std::numeric_limits<std::int64_t>::max()).size();
}

} // namespace

TEST_CASE("An import in parts keeps every part, and finds duplicates across parts")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::vector<GlucoseReading> first = day(utc(2024, 6, 1, 0), 288);
    std::vector<GlucoseReading> second = day(utc(2024, 6, 2, 0), 288);
    second.push_back(first.back());  // in the first part already

    DiaryImport import(store);
    QString error;
    REQUIRE(import.begin(&error));
    REQUIRE(import.addReadings(first, &error));
    REQUIRE(import.addReadings(second, &error));
    const auto result = import.commit(&error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(result->added == 576);
    CHECK(result->duplicates == 1);
    CHECK(storedCount(store) == 576);
}

TEST_CASE("An import that is not committed leaves the diary as it was")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    REQUIRE(store.addReadings(day(utc(2024, 5, 1, 0), 10)));
    {
        DiaryImport import(store);
        QString error;
        REQUIRE(import.begin(&error));
        std::vector<GlucoseReading> part = day(utc(2024, 6, 1, 0), 100);
        for (GlucoseReading &r : part)
            r.source = QStringLiteral("cgm:cancelled.csv");
        REQUIRE(import.addReadings(part, &error));
    }
    CHECK(storedCount(store) == 10);
    QSqlQuery sources(store.database());
    REQUIRE(sources.exec(QStringLiteral("SELECT count(*) FROM source WHERE name = 'cgm:cancelled.csv'")));
    REQUIRE(sources.next());
    CHECK(sources.value(0).toInt() == 0);
    // The store still works after the rollback, the source name included.
    std::vector<GlucoseReading> again = day(utc(2024, 6, 1, 0), 3);
    for (GlucoseReading &r : again)
        r.source = QStringLiteral("cgm:cancelled.csv");
    REQUIRE(store.addReadings(again));
    CHECK(storedCount(store) == 13);
}

TEST_CASE("An invalid reading in a later part refuses the whole import and names its number in the import")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryImport import(store);
    QString error;
    REQUIRE(import.begin(&error));
    REQUIRE(import.addReadings(day(utc(2024, 6, 1, 0), 50), &error));
    std::vector<GlucoseReading> second = day(utc(2024, 6, 2, 0), 5);
    second[2].value = 250.0;  // mmol/L: not a possible glucose value
    CHECK_FALSE(import.addReadings(second, &error));
    CHECK(error.startsWith(QLatin1String("Entry 53:")));
    CHECK_FALSE(import.commit(&error));
    CHECK(storedCount(store) == 0);
}
