#pragma once

#include "diary/GlucoseReading.h"

#include <QString>
#include <vector>

namespace Stats {

// Averages by meal context and the repeating highs and lows around meals, said in plain words ("After dinner you
// were above your target on 5 of the 7 days you measured in the last week"), for people who log with a meter.
struct MealContextAverage {
    GlucoseReading::MealContext context = GlucoseReading::MealContext::Other;
    int count = 0;
    double meanMgdl = 0.0;
};

// One entry per meal context that has readings, in the order of the day; readings without a context are left out.
std::vector<MealContextAverage> mealContextAverages(const std::vector<GlucoseReading> &readings);

// The user's own target range (Settings), in mmol/L; readings are compared in their recorded unit.
struct TargetRange {
    double lowMmol = 3.9;
    double highMmol = 10.0;
};

struct MealPattern {
    enum class Kind { BelowTarget, AboveTarget };
    Kind kind = Kind::AboveTarget;
    GlucoseReading::MealContext context = GlucoseReading::MealContext::Other;
    int days = 0;          // days in the window with at least one reading of that context out of range this way
    int measuredDays = 0;  // days in the window with a reading of that context
};

inline constexpr int PatternWindowDays = 7;
inline constexpr int DaysForHighPattern = 3;
inline constexpr int DaysForLowPattern = 2;

// Patterns over the last PatternWindowDays calendar days up to the latest reading: a context below target on at
// least DaysForLowPattern days, or above target on at least DaysForHighPattern days and on half the measured days.
// Lows first, then by the number of days.
std::vector<MealPattern> mealPatterns(const std::vector<GlucoseReading> &readings, const TargetRange &target);

// The pattern as one translated sentence.
QString describe(const MealPattern &pattern);

} // namespace Stats
