#include "MealContextGuess.h"

GlucoseReading::MealContext guessMealContext(QTime localTime)
{
    using Context = GlucoseReading::MealContext;
    const int minute = localTime.hour() * 60 + localTime.minute();
    if (minute < 5 * 60)
        return Context::Night;
    if (minute < 9 * 60)
        return Context::Fasting;
    if (minute < 10 * 60 + 30)
        return Context::AfterBreakfast;
    if (minute < 12 * 60)
        return Context::BeforeLunch;
    if (minute < 15 * 60)
        return Context::AfterLunch;
    if (minute < 18 * 60)
        return Context::BeforeDinner;
    if (minute < 21 * 60)
        return Context::AfterDinner;
    return Context::Bedtime;
}
