#pragma once

#include "diary/DiaryEntry.h"

#include <QString>
#include <cstdint>
#include <optional>

// The rules an entry must meet before it is written, with a message for the user that says which rule and what range,
// so a typing slip (55 instead of 5.5, a date next year) is caught at the door instead of skewing statistics.
namespace DiaryValidation {

inline constexpr std::int64_t MaxFutureMs = 60 * 60 * 1000;  // clocks differ a little; more than an hour is a mistake
inline constexpr double MinHbA1cPercent = 3.0;
inline constexpr double MaxHbA1cPercent = 20.0;
inline constexpr double MaxInsulinUnits = 250.0;
inline constexpr double MaxCarbsGrams = 500.0;

// nullopt when the entry may be stored; otherwise a translated sentence saying why not.
std::optional<QString> problem(const DiaryEntry &entry, std::int64_t nowUtcMs);

// The rule problem() applies to a glucose reading, without building an entry or a message: for large imports.
bool isAcceptable(const GlucoseReading &reading, std::int64_t nowUtcMs);

} // namespace DiaryValidation
