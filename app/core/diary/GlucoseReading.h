#pragma once

#include "glucose/Glucose.h"

#include <QString>
#include <cstdint>

// One glucose reading as the diary keeps it: the value and unit as recorded, the UTC instant and the UTC offset at
// the time, so the wall-clock time stays meaningful after travel. Shared by the store, the importers and statistics.
struct GlucoseReading {
    enum class MealContext { Fasting, BeforeBreakfast, AfterBreakfast, BeforeLunch, AfterLunch, BeforeDinner,
                             AfterDinner, Bedtime, Night, Other };
    enum class Flag { None, Lo, Hi };  // meter/CGM "LO"/"HI": below or above what the device can measure

    std::int64_t id = 0;                // 0 until stored
    std::int64_t utcMs = 0;             // instant, milliseconds since the Unix epoch, UTC
    int utcOffsetSec = 0;               // offset of the local wall clock at that instant
    double value = 0.0;                 // as recorded; for a flagged reading, the device limit (e.g. 40 mg/dL)
    Glucose::Unit unit = Glucose::Unit::MmolL;
    MealContext context = MealContext::Other;
    Flag flag = Flag::None;
    QString source = QStringLiteral("manual");  // "manual", "meter", or "cgm:<file name>"
    QString note;

    double mgdl() const { return Glucose::toMgDl(value, unit); }
    Glucose::Range range() const { return Glucose::classify(value, unit); }
};
