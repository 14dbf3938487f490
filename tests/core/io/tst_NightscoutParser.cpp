#include "Fixture.h"
#include "io/NightscoutParser.h"

TEST_CASE("sgv as number or string mbg entries error codes skipped and counted offsets kept")
{
    ImportProblem problem;
    const auto parsed = parseNightscout(fixture("nightscout_entries.json"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 3);
    CHECK(parsed->skipped.at(SkipReason::SensorErrorCode) == 1);
    CHECK(parsed->readings[0].value == 102.0);
    CHECK(parsed->readings[0].utcMs == 1711942416000);
    CHECK(parsed->readings[0].utcOffsetSec == 8 * 3600);
    CHECK(parsed->readings[1].value == 110.0);
    CHECK(parsed->readings[1].utcOffsetSec == 2 * 3600);  // from dateString
    CHECK(parsed->readings[2].value == 118.0);            // mbg; no offset written: the zone's
    CHECK(parsed->readings[2].utcOffsetSec == 8 * 3600);
}

TEST_CASE("a bad value names the line its entry starts on and invalid JSON names the line of the error")
{
    ImportProblem problem;
    CHECK_FALSE(parseNightscout(fixture("nightscout_bad_value.json"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("abc")));
    CHECK_FALSE(parseNightscout(fixture("nightscout_truncated.json"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("JSON")));
}

TEST_CASE("treatments become insulin, carbohydrate, fingerstick and note entries; other kinds are counted")
{
    ImportProblem problem;
    const auto parsed = parseNightscout(fixture("nightscout_treatments.json"), shanghaiOptions(), &problem);
    INFO(problem.reason.toStdString());
    REQUIRE(parsed);
    CHECK(parsed->skipped.at(SkipReason::OtherRecordKind) == 2);  // the temporary basal rate, the site change
    REQUIRE(parsed->readings.size() == 1);
    CHECK(parsed->readings[0].value == 6.2);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MmolL);
    CHECK(parsed->readings[0].utcOffsetSec == 8 * 3600);
    const auto &entries = parsed->otherEntries;
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].as<DiaryEntry::Insulin>().units == 4.5);
    CHECK(entries[0].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Rapid);
    CHECK(entries[0].note == QStringLiteral("早餐 粥和包子"));
    CHECK(entries[0].utcMs == 1711930200000);
    CHECK(entries[0].utcOffsetSec == 8 * 3600);
    CHECK(entries[1].as<DiaryEntry::Carbs>().grams == 45.0);
    CHECK(entries[1].utcMs == entries[0].utcMs);
    CHECK(entries[2].as<DiaryEntry::Insulin>().units == 1.5);  // written as a string
    CHECK(entries[3].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Long);
    CHECK(entries[3].as<DiaryEntry::Insulin>().units == 12.0);
    CHECK(entries[4].as<DiaryEntry::Carbs>().grams == 15.0);
    CHECK(entries[5].kind() == DiaryEntry::Kind::Note);
    CHECK(entries[5].note == QStringLiteral("运动 30 分钟"));
}

TEST_CASE("a treatment with an amount that is not a number names its line")
{
    ImportProblem problem;
    CHECK_FALSE(parseNightscout(fixture("nightscout_treatments_bad.json"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("abc")));
    CHECK(problem.reason.contains(QLatin1String("insulin")));
}
