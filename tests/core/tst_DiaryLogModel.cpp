#include "DiaryTestData.h"
#include "diary/DiaryLogModel.h"
#include "diary/DiaryStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace DiaryTestData;

namespace {

QVariant at(const DiaryLogModel &model, int row, DiaryLogModel::Role role)
{
    return model.data(model.index(row), role);
}

} // namespace

TEST_CASE("The log model loads page by page, newest first, and passes the model tester")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 1, 1, 0);
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < 250; ++i)
        readings.push_back(reading(t + i * 15 * 60'000LL, 4.0 + (i % 60) * 0.1));
    REQUIRE(store.addReadings(readings));

    DiaryLogModel model(store);
    CHECK(model.rowCount() == DiaryLogModel::PageSize);
    CHECK(at(model, 0, DiaryLogModel::UtcMsRole).toLongLong() == readings.back().utcMs);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * DiaryLogModel::PageSize);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(at(model, row - 1, DiaryLogModel::UtcMsRole).toLongLong() > at(model, row, DiaryLogModel::UtcMsRole).toLongLong());
    CHECK(at(model, 249, DiaryLogModel::UtcMsRole).toLongLong() == t);
}

TEST_CASE("Log rows show the wall-clock day and time of the entry and its range")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    // 23:30 UTC on 1 May is 07:30 on 2 May in Beijing (UTC+8).
    DiaryEntry low = glucose(utc(2024, 5, 1, 23, 30), 2.8);
    low.as<DiaryEntry::Glucose>().context = GlucoseReading::MealContext::Fasting;
    REQUIRE(store.addEntry(low));
    REQUIRE(store.addEntry(glucose(utc(2024, 5, 1, 23, 40), 180.0, Glucose::Unit::MgDl)));
    REQUIRE(store.addEntry(withPayload(utc(2024, 5, 1, 23, 50),
                                       DiaryEntry::HbA1c{7.0, DiaryEntry::HbA1cUnit::Percent})));

    DiaryLogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(at(model, 0, DiaryLogModel::KindRole).toInt() == static_cast<int>(DiaryEntry::Kind::HbA1c));
    CHECK(at(model, 0, DiaryLogModel::RangeRole).toInt() == -1);
    CHECK(at(model, 0, DiaryLogModel::HbA1cMmolPerMolRole).toDouble() == Approx(53.0).margin(0.1));
    CHECK(at(model, 1, DiaryLogModel::RangeRole).toInt() == static_cast<int>(Glucose::Range::InRange));
    CHECK(at(model, 1, DiaryLogModel::GlucoseUnitRole).toInt() == 0);
    CHECK(at(model, 2, DiaryLogModel::LocalDayRole).toString() == QLatin1String("2024-05-02"));
    CHECK(at(model, 2, DiaryLogModel::LocalTimeRole).toString() == QLatin1String("07:30"));
    CHECK(at(model, 2, DiaryLogModel::RangeRole).toInt() == static_cast<int>(Glucose::Range::VeryLow));
    CHECK(at(model, 2, DiaryLogModel::MealContextRole).toInt()
          == static_cast<int>(GlucoseReading::MealContext::Fasting));
    CHECK(at(model, 2, DiaryLogModel::ValueRole).toDouble() == Approx(2.8));
}

TEST_CASE("Reloading after a change keeps the rows that were loaded")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 1, 1, 0);
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < 150; ++i)
        readings.push_back(reading(t + i * 60'000LL, 6.0));
    REQUIRE(store.addReadings(readings));

    DiaryLogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 150);
    const auto newest = at(model, 0, DiaryLogModel::EntryIdRole).toLongLong();
    REQUIRE(store.removeEntry(DiaryEntry::Kind::Glucose, newest));
    model.reload();
    CHECK(model.rowCount() == 149);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(at(model, 0, DiaryLogModel::EntryIdRole).toLongLong() != newest);
}

TEST_CASE("An empty diary has no rows and nothing more to fetch")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryLogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}
