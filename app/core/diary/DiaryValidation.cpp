#include "DiaryValidation.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace DiaryValidation {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiaryValidation", text);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

bool isAcceptableGlucose(double value, Glucose::Unit unit)
{
    return std::isfinite(value) && Glucose::isPlausible(value, unit);
}

std::optional<QString> glucoseProblem(const DiaryEntry::Glucose &glucose)
{
    if (isAcceptableGlucose(glucose.value, glucose.unit))
        return std::nullopt;
    const Glucose::Bounds bounds = Glucose::plausibleBounds(glucose.unit);
    const int decimals = Glucose::decimals(glucose.unit);
    return tr("Glucose must be between %1 and %2 %3. If the meter shows LO or HI, choose LO or HI instead.")
        .arg(number(bounds.min, decimals), number(bounds.max, decimals),
             QString::fromLatin1(Glucose::unitKey(glucose.unit)));
}

std::optional<QString> insulinProblem(const DiaryEntry::Insulin &insulin)
{
    if (std::isfinite(insulin.units) && insulin.units > 0.0 && insulin.units <= MaxInsulinUnits)
        return std::nullopt;
    return tr("Insulin must be more than 0 and at most %1 units.").arg(number(MaxInsulinUnits, 0));
}

std::optional<QString> carbsProblem(const DiaryEntry::Carbs &carbs)
{
    if (std::isfinite(carbs.grams) && carbs.grams > 0.0 && carbs.grams <= MaxCarbsGrams)
        return std::nullopt;
    return tr("Carbohydrates must be more than 0 and at most %1 g.").arg(number(MaxCarbsGrams, 0));
}

std::optional<QString> medicationProblem(const DiaryEntry::Medication &medication)
{
    if (!medication.name.trimmed().isEmpty())
        return std::nullopt;
    return tr("Enter the name of the medicine.");
}

std::optional<QString> hba1cProblem(const DiaryEntry::HbA1c &hba1c)
{
    const double percent = hba1c.percent();
    if (std::isfinite(percent) && percent >= MinHbA1cPercent - 1e-9 && percent <= MaxHbA1cPercent + 1e-9)
        return std::nullopt;
    return tr("HbA1c must be between %1 and %2 % (%3 to %4 mmol/mol).")
        .arg(number(MinHbA1cPercent, 0), number(MaxHbA1cPercent, 0),
             number(HbA1cConversion::percentToMmolPerMol(MinHbA1cPercent), 0),
             number(HbA1cConversion::percentToMmolPerMol(MaxHbA1cPercent), 0));
}

} // namespace

bool isAcceptable(const GlucoseReading &reading, std::int64_t nowUtcMs)
{
    return reading.utcMs <= nowUtcMs + MaxFutureMs && isAcceptableGlucose(reading.value, reading.unit);
}

std::optional<QString> problem(const DiaryEntry &entry, std::int64_t nowUtcMs)
{
    if (entry.utcMs > nowUtcMs + MaxFutureMs)
        return tr("The time is more than one hour in the future. Check the date and time.");
    switch (entry.kind()) {
    case DiaryEntry::Kind::Glucose:
        return glucoseProblem(entry.as<DiaryEntry::Glucose>());
    case DiaryEntry::Kind::Insulin:
        return insulinProblem(entry.as<DiaryEntry::Insulin>());
    case DiaryEntry::Kind::Carbs:
        return carbsProblem(entry.as<DiaryEntry::Carbs>());
    case DiaryEntry::Kind::Medication:
        return medicationProblem(entry.as<DiaryEntry::Medication>());
    case DiaryEntry::Kind::HbA1c:
        return hba1cProblem(entry.as<DiaryEntry::HbA1c>());
    case DiaryEntry::Kind::Note:
        if (entry.note.trimmed().isEmpty())
            return tr("Write something in the note.");
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace DiaryValidation
