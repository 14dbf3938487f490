#include "SyntheticReadings.h"
#include "stats/DataCoverage.h"

#include <catch2/catch.hpp>

using namespace Stats;
using namespace SyntheticReadings;

TEST_CASE("no data or one reading is not sufficient")
{
    CHECK_FALSE(dataCoverage({}).sufficient);
    const DataCoverage one = dataCoverage({mgdl(100)});
    CHECK_FALSE(one.sufficient);
    CHECK(one.expectedReadings == 0);
}

TEST_CASE("14 full days of 5-minute CGM are sufficient")
{
    const DataCoverage c = dataCoverage(cgmTrace({100, 120, 140}, 14 * 288));
    CHECK(c.typicalIntervalMinutes == 5);
    CHECK(c.continuous);
    CHECK(c.spanDays == Approx(14.0));
    CHECK(c.expectedReadings == 14 * 288);
    CHECK(c.percentOfExpected == Approx(100.0));
    CHECK(c.sufficient);
}

TEST_CASE("a 14-day view that ends part-way through today is sufficient; 13.4 days are not")
{
    CHECK(dataCoverage(cgmTrace({100}, 14 * 288 - 100)).sufficient);  // 13.65 days
    CHECK_FALSE(dataCoverage(cgmTrace({100}, 13 * 288 + 115)).sufficient);  // 13.4 days
}

TEST_CASE("13 days, or 14 days with a sensor off 8 hours a day, are not sufficient")
{
    CHECK_FALSE(dataCoverage(cgmTrace({100}, 13 * 288)).sufficient);

    const std::vector<GlucoseReading> full = cgmTrace({100}, 14 * 288);
    std::vector<GlucoseReading> kept;
    for (std::size_t i = 0; i < full.size(); ++i) {
        if (i % 288 >= 96 || i + 1 == full.size())
            kept.push_back(full[i]);
    }
    const DataCoverage c = dataCoverage(kept);
    CHECK(c.percentOfExpected < 70.0);
    CHECK_FALSE(c.sufficient);
}

TEST_CASE("meter readings are not CGM data, however many days")
{
    std::vector<GlucoseReading> readings;
    for (int day = 0; day < 30; ++day) {
        for (int hour : {7, 12, 18, 22})
            readings.push_back(mgdl(120, std::int64_t(day) * 1440 + hour * 60));
    }
    const DataCoverage c = dataCoverage(readings);
    CHECK_FALSE(c.continuous);
    CHECK_FALSE(c.sufficient);
}
