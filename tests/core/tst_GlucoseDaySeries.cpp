#include "DiaryTestData.h"
#include "diary/GlucoseDaySeries.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace DiaryTestData;
using GlucoseDaySeries::StoredSample;

namespace {

constexpr std::int64_t Day = 19'876;  // 2024-06-02 UTC
const std::int64_t Start = GlucoseDaySeries::dayStart(Day);

StoredSample sample(std::int64_t utcMs, std::int64_t valueCenti, Glucose::Unit unit = Glucose::Unit::MgDl,
                    GlucoseReading::Flag flag = GlucoseReading::Flag::None, int offset = 8 * 3600)
{
    return {utcMs, offset, valueCenti, unit, flag};
}

std::vector<GlucoseSample> decoded(std::int64_t day, const QByteArray &blob,
                                   std::int64_t from = std::numeric_limits<std::int64_t>::min(),
                                   std::int64_t to = std::numeric_limits<std::int64_t>::max())
{
    CollectingSink sink;
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    REQUIRE(GlucoseDaySeries::decode(day, data, std::size_t(blob.size()), from, to, sink));
    return sink.samples;
}

// Decoding gives back exactly the samples, as the rows would give them (value = hundredths / 100).
void requireRoundTrip(std::int64_t day, const std::vector<StoredSample> &samples)
{
    const QByteArray blob = GlucoseDaySeries::encode(day, samples);
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    std::vector<StoredSample> stored;
    REQUIRE(GlucoseDaySeries::decodeStored(day, data, std::size_t(blob.size()), &stored));
    REQUIRE(stored.size() == samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        CHECK(stored[i].utcMs == samples[i].utcMs);
        CHECK(stored[i].valueCenti == samples[i].valueCenti);
    }
    CHECK(GlucoseDaySeries::sampleCount(data, std::size_t(blob.size())) == samples.size());
    const std::vector<GlucoseSample> back = decoded(day, blob);
    REQUIRE(back.size() == samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        INFO("sample " << i);
        CHECK(back[i].utcMs == samples[i].utcMs);
        CHECK(back[i].utcOffsetSec == samples[i].utcOffsetSec);
        CHECK(back[i].value == static_cast<double>(samples[i].valueCenti) / 100.0);
        CHECK(back[i].unit == samples[i].unit);
        CHECK(back[i].flag == samples[i].flag);
    }
}

std::vector<StoredSample> cgmDay(std::int64_t start, int count)
{
    std::vector<StoredSample> samples;
    for (int i = 0; i < count; ++i)
        samples.push_back(sample(start + i * 300'000LL, 10'000 + (i * 37 % 90 - 45) * 100));
    return samples;
}

} // namespace

TEST_CASE("Day numbers are UTC days by floor division")
{
    CHECK(GlucoseDaySeries::dayOf(0) == 0);
    CHECK(GlucoseDaySeries::dayOf(GlucoseDaySeries::DayMs - 1) == 0);
    CHECK(GlucoseDaySeries::dayOf(GlucoseDaySeries::DayMs) == 1);
    CHECK(GlucoseDaySeries::dayOf(-1) == -1);
    CHECK(GlucoseDaySeries::dayOf(-GlucoseDaySeries::DayMs) == -1);
    CHECK(GlucoseDaySeries::dayOf(-GlucoseDaySeries::DayMs - 1) == -2);
    CHECK(GlucoseDaySeries::dayStart(Day) == Day * 86'400'000LL);
}

TEST_CASE("A day of 5-minute CGM round-trips in about a byte a reading")
{
    const std::vector<StoredSample> day = cgmDay(Start, 288);
    requireRoundTrip(Day, day);
    CHECK(GlucoseDaySeries::encode(Day, day).size() < 288 + 16);
    const QByteArray blob = GlucoseDaySeries::encode(Day, day);
    CHECK(static_cast<std::uint8_t>(blob.at(0)) == GlucoseDaySeries::FormatVersion);
}

TEST_CASE("Edge cases round-trip exactly")
{
    SECTION("no samples")
    {
        requireRoundTrip(Day, {});
    }
    SECTION("one sample at the first and one at the last millisecond of the day")
    {
        requireRoundTrip(Day, {sample(Start, 12'300)});
        requireRoundTrip(Day, {sample(Start + GlucoseDaySeries::DayMs - 1, 12'300)});
        requireRoundTrip(Day, {sample(Start, 12'300), sample(Start + GlucoseDaySeries::DayMs - 1, 4'000)});
    }
    SECTION("the same instant twice, in the given order")
    {
        requireRoundTrip(Day, {sample(Start + 60'000, 550, Glucose::Unit::MmolL),
                               sample(Start + 60'000, 540, Glucose::Unit::MmolL), sample(Start + 60'000, 10'000),
                               sample(Start + 120'000, 560, Glucose::Unit::MmolL)});
    }
    SECTION("negative offsets and an offset change in the middle of the day")
    {
        std::vector<StoredSample> day = cgmDay(Start, 100);
        for (std::size_t i = 0; i < day.size(); ++i)
            day[i].utcOffsetSec = i < 40 ? -5 * 3600 : (i < 70 ? -4 * 3600 : 5 * 3600 + 45 * 60);
        requireRoundTrip(Day, day);
    }
    SECTION("mmol/L and mg/dL mixed, with one-decimal and two-decimal values")
    {
        requireRoundTrip(Day, {sample(Start, 560, Glucose::Unit::MmolL), sample(Start + 300'000, 12'300),
                               sample(Start + 600'000, 567, Glucose::Unit::MmolL),
                               sample(Start + 900'000, 12'345), sample(Start + 1'200'000, 1, Glucose::Unit::MmolL)});
    }
    SECTION("Low and High flags")
    {
        requireRoundTrip(Day, {sample(Start, 4'000, Glucose::Unit::MgDl, GlucoseReading::Flag::Lo),
                               sample(Start + 300'000, 4'000, Glucose::Unit::MgDl, GlucoseReading::Flag::Lo),
                               sample(Start + 600'000, 8'000),
                               sample(Start + 900'000, 40'000, Glucose::Unit::MgDl, GlucoseReading::Flag::Hi),
                               sample(Start + 1'200'000, 220, Glucose::Unit::MmolL, GlucoseReading::Flag::Lo)});
    }
    SECTION("large gaps, irregular steps and times off the second")
    {
        requireRoundTrip(Day, {sample(Start + 7, 10'000), sample(Start + 8, 10'100), sample(Start + 3'600'000, 9'000),
                               sample(Start + 3'601'000, 9'100), sample(Start + 80'000'123, 9'200),
                               sample(Start + 80'300'123, 9'300), sample(Start + 80'600'123, 9'400)});
    }
    SECTION("very large, negative and extreme values and value jumps")
    {
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        const std::int64_t min = std::numeric_limits<std::int64_t>::min();
        requireRoundTrip(Day, {sample(Start, max), sample(Start + 1000, min), sample(Start + 2000, 0),
                               sample(Start + 3000, -12'345), sample(Start + 4000, 99'999'999),
                               sample(Start + 5000, 63 * 100), sample(Start + 6000, -1 * 100)});
    }
    SECTION("extreme offsets")
    {
        requireRoundTrip(Day, {sample(Start, 100, Glucose::Unit::MgDl, GlucoseReading::Flag::None,
                                      std::numeric_limits<int>::min()),
                               sample(Start + 1, 100, Glucose::Unit::MgDl, GlucoseReading::Flag::None,
                                      std::numeric_limits<int>::max())});
    }
    SECTION("the first and the last representable instants")
    {
        const std::int64_t min = std::numeric_limits<std::int64_t>::min();
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        requireRoundTrip(GlucoseDaySeries::dayOf(min), {sample(min, 100), sample(min + 1, 200)});
        requireRoundTrip(GlucoseDaySeries::dayOf(max), {sample(max - 1000, 100), sample(max - 1, 200)});
        CHECK(GlucoseDaySeries::dayBounds(GlucoseDaySeries::dayOf(min)).first == min);
        CHECK(GlucoseDaySeries::dayBounds(GlucoseDaySeries::dayOf(max)).second == max);
        CHECK(GlucoseDaySeries::dayBounds(Day) == std::pair{Start, Start + GlucoseDaySeries::DayMs - 1});
    }
    SECTION("days before 1970")
    {
        const std::int64_t day = -3;
        const std::int64_t start = GlucoseDaySeries::dayStart(day);
        requireRoundTrip(day, {sample(start, 10'000), sample(start + 300'000, 10'500), sample(start + 86'399'999, 1)});
    }
}

TEST_CASE("Decoding hands over only the samples in the range")
{
    const QByteArray blob = GlucoseDaySeries::encode(Day, cgmDay(Start, 288));
    const std::vector<GlucoseSample> part = decoded(Day, blob, Start + 300'000, Start + 900'000);
    REQUIRE(part.size() == 2);
    CHECK(part[0].utcMs == Start + 300'000);
    CHECK(part[1].utcMs == Start + 600'000);
    CHECK(decoded(Day, blob, Start + 86'400'000, Start + 90'000'000).empty());
}

TEST_CASE("A damaged blob, or one of another format version, is refused")
{
    const QByteArray blob = GlucoseDaySeries::encode(Day, cgmDay(Start, 50));
    const auto decodes = [](const QByteArray &bytes, std::int64_t day = Day) {
        CollectingSink sink;
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        return GlucoseDaySeries::decode(day, data, std::size_t(bytes.size()), std::numeric_limits<std::int64_t>::min(),
                                        std::numeric_limits<std::int64_t>::max(), sink);
    };
    CHECK(decodes(blob));
    CHECK_FALSE(decodes(QByteArray()));
    CHECK_FALSE(decodes(blob.left(blob.size() - 1)));  // truncated
    CHECK_FALSE(decodes(blob + QByteArray(1, '\0')));   // trailing bytes
    QByteArray otherVersion = blob;
    otherVersion[0] = char(GlucoseDaySeries::FormatVersion + 1);
    CHECK_FALSE(decodes(otherVersion));
    CHECK_FALSE(GlucoseDaySeries::sampleCount(reinterpret_cast<const unsigned char *>(otherVersion.constData()),
                                              std::size_t(otherVersion.size())));
    // A sample past the end of its day.
    const QByteArray late =
        GlucoseDaySeries::encode(Day, std::vector{sample(Start + 86'000'000, 100), sample(Start + 86'300'000, 100)});
    CHECK(decodes(late));
    QByteArray thirdStepRepeated = late;
    thirdStepRepeated[2] = char(3);  // three samples: the third repeats the 300,000 ms step, past midnight
    thirdStepRepeated.append(char(0));
    CHECK_FALSE(decodes(thirdStepRepeated));
}
