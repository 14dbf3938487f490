#include "DiaryTestData.h"
#include "diary/DiaryValidation.h"
#include "diary/MealContextGuess.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace DiaryTestData;

namespace {

const std::int64_t now = utc(2024, 8, 1, 12);

std::optional<QString> problem(const DiaryEntry &entry)
{
    return DiaryValidation::problem(entry, now);
}

} // namespace

TEST_CASE("Glucose outside the plausible range is refused with the range in the reading's unit")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK_FALSE(problem(glucose(now, 1.1)));
    CHECK_FALSE(problem(glucose(now, 33.3)));
    CHECK_FALSE(problem(glucose(now, 20.0, Glucose::Unit::MgDl)));
    CHECK_FALSE(problem(glucose(now, 600.0, Glucose::Unit::MgDl)));

    const auto mmol = problem(glucose(now, 55.0));
    REQUIRE(mmol);
    CHECK(*mmol == QLatin1String("Glucose must be between 1.1 and 33.3 mmol/L. "
                                 "If the meter shows LO or HI, choose LO or HI instead."));
    const auto mgdl = problem(glucose(now, 19.0, Glucose::Unit::MgDl));
    REQUIRE(mgdl);
    CHECK(mgdl->startsWith(QLatin1String("Glucose must be between 20 and 600 mg/dL.")));
    CHECK(problem(glucose(now, std::nan(""))));
}

TEST_CASE("LO and HI readings are kept with the device limit as their value")
{
    DiaryEntry lo = glucose(now, 1.1);
    lo.as<DiaryEntry::Glucose>().flag = GlucoseReading::Flag::Lo;
    CHECK_FALSE(problem(lo));
    DiaryEntry hi = glucose(now, 600.0, Glucose::Unit::MgDl);
    hi.as<DiaryEntry::Glucose>().flag = GlucoseReading::Flag::Hi;
    CHECK_FALSE(problem(hi));
}

TEST_CASE("Times more than an hour in the future are refused")
{
    CHECK_FALSE(problem(glucose(now + 60 * 60 * 1000, 6.0)));
    const auto future = problem(glucose(now + 60 * 60 * 1000 + 1, 6.0));
    REQUIRE(future);
    CHECK(future->contains(QLatin1String("more than one hour in the future")));
}

TEST_CASE("HbA1c is accepted from 3 to 20 percent, in either unit")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    using HbA1c = DiaryEntry::HbA1c;
    CHECK_FALSE(problem(withPayload(now, HbA1c{3.0, DiaryEntry::HbA1cUnit::Percent})));
    CHECK_FALSE(problem(withPayload(now, HbA1c{20.0, DiaryEntry::HbA1cUnit::Percent})));
    CHECK_FALSE(problem(withPayload(now, HbA1c{53.0, DiaryEntry::HbA1cUnit::MmolPerMol})));
    const auto low = problem(withPayload(now, HbA1c{2.9, DiaryEntry::HbA1cUnit::Percent}));
    REQUIRE(low);
    CHECK(*low == QLatin1String("HbA1c must be between 3 and 20 % (9 to 195 mmol/mol)."));
    CHECK(problem(withPayload(now, HbA1c{7.0, DiaryEntry::HbA1cUnit::MmolPerMol})));  // 7 mmol/mol is 2.8 %
}

TEST_CASE("HbA1c converts between percent and mmol/mol by the IFCC master equation")
{
    CHECK(HbA1cConversion::percentToMmolPerMol(7.0) == Approx(53.0).margin(0.1));
    CHECK(HbA1cConversion::percentToMmolPerMol(6.5) == Approx(47.5).margin(0.1));
    CHECK(HbA1cConversion::mmolPerMolToPercent(64.0) == Approx(8.0).margin(0.01));
    const DiaryEntry::HbA1c entered{48.0, DiaryEntry::HbA1cUnit::MmolPerMol};
    CHECK(entered.mmolPerMol() == 48.0);
    CHECK(entered.percent() == Approx(6.54).margin(0.01));
}

TEST_CASE("Insulin, carbohydrates, medicine and notes have sane bounds")
{
    using Insulin = DiaryEntry::Insulin;
    CHECK_FALSE(problem(withPayload(now, Insulin{0.5, DiaryEntry::InsulinKind::Rapid})));
    CHECK(problem(withPayload(now, Insulin{0.0, DiaryEntry::InsulinKind::Rapid})));
    CHECK(problem(withPayload(now, Insulin{250.5, DiaryEntry::InsulinKind::Long}))->contains(QLatin1String("250")));
    CHECK_FALSE(problem(withPayload(now, DiaryEntry::Carbs{500.0})));
    CHECK(problem(withPayload(now, DiaryEntry::Carbs{501.0}))->contains(QLatin1String("500 g")));
    CHECK(problem(withPayload(now, DiaryEntry::Medication{QStringLiteral("  "), QStringLiteral("5 mg")})));
    CHECK_FALSE(problem(withPayload(now, DiaryEntry::Medication{QStringLiteral("Acarbose"), QString()})));
    CHECK(problem(withPayload(now, DiaryEntry::Note{})));
    CHECK_FALSE(problem(withPayload(now, DiaryEntry::Note{}, QStringLiteral("Sick day"))));
}

TEST_CASE("Readings are classified against the thresholds of their own unit")
{
    using Glucose::Range;
    const auto range = [](double value, Glucose::Unit unit) { return DiaryEntry::fromReading(reading(now, value, unit)).reading().range(); };
    CHECK(range(10.0, Glucose::Unit::MmolL) == Range::InRange);
    CHECK(range(10.1, Glucose::Unit::MmolL) == Range::High);
    CHECK(range(3.9, Glucose::Unit::MmolL) == Range::InRange);
    CHECK(range(3.8, Glucose::Unit::MmolL) == Range::Low);
    CHECK(range(3.0, Glucose::Unit::MmolL) == Range::Low);
    CHECK(range(2.9, Glucose::Unit::MmolL) == Range::VeryLow);
    CHECK(range(13.9, Glucose::Unit::MmolL) == Range::High);
    CHECK(range(14.0, Glucose::Unit::MmolL) == Range::VeryHigh);
    CHECK(range(180.0, Glucose::Unit::MgDl) == Range::InRange);
    CHECK(range(180.2, Glucose::Unit::MgDl) == Range::High);
    CHECK(range(70.0, Glucose::Unit::MgDl) == Range::InRange);
    CHECK(range(69.0, Glucose::Unit::MgDl) == Range::Low);
    CHECK(range(53.0, Glucose::Unit::MgDl) == Range::VeryLow);
    CHECK(range(251.0, Glucose::Unit::MgDl) == Range::VeryHigh);
    // 10.0 mmol/L is 180.2 mg/dL: in range as recorded, though its mg/dL equivalent would be above.
    CHECK(Glucose::toMgDl(10.0, Glucose::Unit::MmolL) == Approx(180.156));
}

TEST_CASE("The meal context is guessed from the time of day")
{
    using Context = GlucoseReading::MealContext;
    CHECK(guessMealContext(QTime(3, 0)) == Context::Night);
    CHECK(guessMealContext(QTime(6, 45)) == Context::Fasting);
    CHECK(guessMealContext(QTime(9, 30)) == Context::AfterBreakfast);
    CHECK(guessMealContext(QTime(11, 15)) == Context::BeforeLunch);
    CHECK(guessMealContext(QTime(13, 0)) == Context::AfterLunch);
    CHECK(guessMealContext(QTime(17, 30)) == Context::BeforeDinner);
    CHECK(guessMealContext(QTime(19, 0)) == Context::AfterDinner);
    CHECK(guessMealContext(QTime(22, 30)) == Context::Bedtime);
}
