#include "Fixture.h"
#include "io/ImportFormatDetection.h"
#include "io/MySugrParser.h"

namespace {
qint64 shanghai(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}
} // namespace

TEST_CASE("a mySugr export: readings with their tags, bolus and basal insulin, carbohydrates and notes")
{
    const QByteArray text = fixture("mysugr_mgdl.csv");
    CHECK(detectImportFormat(text) == ImportFormat::MySugr);
    ImportProblem problem;
    const auto parsed = parseMySugr(text, shanghaiOptions(), &problem);
    INFO(problem.reason.toStdString());
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 2);
    CHECK(parsed->readings[0].value == 112.0);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MgDl);
    CHECK(parsed->readings[0].utcMs == shanghai(4, 1, 7, 5));
    CHECK(parsed->readings[0].context == GlucoseReading::MealContext::BeforeBreakfast);
    CHECK(parsed->readings[0].note == QStringLiteral("早餐前"));
    CHECK(parsed->readings[1].utcMs == shanghai(4, 1, 21, 30));
    CHECK(parsed->readings[1].context == GlucoseReading::MealContext::Bedtime);

    const auto &entries = parsed->otherEntries;
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].as<DiaryEntry::Insulin>().units == 5.0);  // meal 4 + correction 1
    CHECK(entries[0].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Rapid);
    CHECK(entries[0].note.isEmpty());                          // the note went with the reading
    CHECK(entries[1].as<DiaryEntry::Carbs>().grams == 45.0);
    CHECK(entries[2].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Long);
    CHECK(entries[2].as<DiaryEntry::Insulin>().units == 12.0);
    CHECK(entries[3].as<DiaryEntry::Insulin>().units == 6.0);  // a pen injection
    CHECK(entries[3].note == QStringLiteral("午饭没测"));
    CHECK(entries[3].utcMs == shanghai(4, 2, 12, 15));
    CHECK(entries[4].kind() == DiaryEntry::Kind::Note);
    CHECK(entries[4].note == QStringLiteral("走了三十分钟"));
}

TEST_CASE("an older mySugr export in mmol/L with 24-hour times; a bad insulin amount names its line")
{
    ImportProblem problem;
    const QByteArray text = fixture("mysugr_mmol_bad.csv");
    CHECK(detectImportFormat(text) == ImportFormat::MySugr);
    CHECK_FALSE(parseMySugr(text, shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("four")));

    const QByteArray good = text.left(text.indexOf("\"Apr 1, 2024\",\"12:10"));
    const auto parsed = parseMySugr(good, shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 1);
    CHECK(parsed->readings[0].value == 6.1);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MmolL);
    CHECK(parsed->readings[0].context == GlucoseReading::MealContext::Fasting);
    CHECK(parsed->readings[0].utcMs == shanghai(4, 1, 7, 5));
}
