#pragma once

#include "diary/DiaryEntry.h"

#include <QString>
#include <cmath>
#include <cstdint>
#include <variant>

// How the diary's values look in its tables, shared by the single-entry writes, the batch writer and the reads so
// all of them store and compare the same integers.
namespace StoredValues {

// Values are stored as integers in hundredths of their unit: compact, and exact to compare for duplicates.
inline std::int64_t toCenti(double value)
{
    return std::llround(value * 100.0);
}

inline double fromCenti(std::int64_t centi)
{
    return static_cast<double>(centi) / 100.0;
}

// Stored codes of the enums. The enums' order is the stored order; unknown codes read as the neutral value.
inline int unitCode(Glucose::Unit unit)
{
    return unit == Glucose::Unit::MgDl ? 0 : 1;
}

inline Glucose::Unit unitFromCode(std::int64_t code)
{
    return code == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
}

template<typename Enum>
Enum enumFromCode(std::int64_t code, Enum last, Enum fallback)
{
    return code >= 0 && code <= static_cast<int>(last) ? static_cast<Enum>(code) : fallback;
}

// The columns of care_entry (every kind but glucose) that hold the payload.
struct CareFields {
    std::int64_t amountCenti = 0;  // insulin units, carbohydrate grams, HbA1c value
    int subtype = 0;               // insulin kind, HbA1c unit
    QString name;                  // insulin or medicine name
    QString dose;                  // medicine dose as written
};

inline CareFields careFields(const DiaryEntry &entry)
{
    CareFields fields;
    if (const auto *insulin = std::get_if<DiaryEntry::Insulin>(&entry.payload)) {
        fields.amountCenti = toCenti(insulin->units);
        fields.subtype = static_cast<int>(insulin->kind);
        fields.name = insulin->name;
    } else if (const auto *carbs = std::get_if<DiaryEntry::Carbs>(&entry.payload)) {
        fields.amountCenti = toCenti(carbs->grams);
    } else if (const auto *medication = std::get_if<DiaryEntry::Medication>(&entry.payload)) {
        fields.name = medication->name;
        fields.dose = medication->dose;
    } else if (const auto *hba1c = std::get_if<DiaryEntry::HbA1c>(&entry.payload)) {
        fields.amountCenti = toCenti(hba1c->value);
        fields.subtype = static_cast<int>(hba1c->unit);
    }
    return fields;
}

} // namespace StoredValues
