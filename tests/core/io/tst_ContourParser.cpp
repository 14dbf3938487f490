#include "Fixture.h"
#include "io/ContourParser.h"
#include "io/ImportFormatDetection.h"

namespace {
qint64 shanghai(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}
} // namespace

TEST_CASE("a US Contour export: 12-hour times with no-break spaces, meal markers, notes and the grams of a meal")
{
    const QByteArray text = fixture("contour_mgdl_us.csv");
    CHECK(detectImportFormat(text) == ImportFormat::Contour);
    ImportProblem problem;
    const auto parsed = parseContour(text, shanghaiOptions(), &problem);
    INFO(problem.reason.toStdString());
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 4);
    const auto &r = parsed->readings;
    CHECK(r[0].value == 112.0);
    CHECK(r[0].unit == Glucose::Unit::MgDl);
    CHECK(r[0].utcMs == shanghai(4, 1, 7, 5));
    CHECK(r[0].utcOffsetSec == 8 * 3600);
    CHECK(r[0].context == GlucoseReading::MealContext::BeforeBreakfast);
    CHECK(r[0].source == QLatin1String("meter"));
    CHECK(r[1].utcMs == shanghai(4, 1, 9, 10));  // U+202F before AM
    CHECK(r[1].context == GlucoseReading::MealContext::AfterBreakfast);
    CHECK(r[1].note == QStringLiteral("粥, 包子"));
    CHECK(r[2].utcMs == shanghai(4, 1, 22, 30));  // 10:30 PM
    CHECK(r[2].context == GlucoseReading::MealContext::Other);
    CHECK(r[3].context == GlucoseReading::MealContext::Fasting);
    REQUIRE(parsed->otherEntries.size() == 2);
    CHECK(parsed->otherEntries[0].as<DiaryEntry::Carbs>().grams == 45.0);
    CHECK(parsed->otherEntries[0].utcMs == r[1].utcMs);
    CHECK(parsed->otherEntries[1].as<DiaryEntry::Carbs>().grams == 30.0);
    CHECK(parsed->otherEntries[1].utcMs == shanghai(4, 1, 12, 0));  // 12:00 PM is noon
}

TEST_CASE("a European Contour export in mmol/L with day-first dates")
{
    ImportProblem problem;
    const auto parsed = parseContour(fixture("contour_mmol_dayfirst.csv"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 2);
    CHECK(parsed->readings[0].value == 6.2);
    CHECK(parsed->readings[0].unit == Glucose::Unit::MmolL);
    CHECK(parsed->readings[0].utcMs == shanghai(4, 1, 7, 5));
    CHECK(parsed->readings[1].context == GlucoseReading::MealContext::AfterLunch);
}

TEST_CASE("a Contour row with an impossible time names its line and nothing is read")
{
    ImportProblem problem;
    CHECK_FALSE(parseContour(fixture("contour_bad_time.csv"), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("25:10")));
}
