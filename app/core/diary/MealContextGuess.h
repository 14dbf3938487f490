#pragma once

#include "diary/GlucoseReading.h"

#include <QTime>

// The meal context a reading taken at this wall-clock time most likely belongs to, following the 7-point schedule of
// Chinese practice, so a new reading needs no extra tap in the usual case; the user can always change it.
GlucoseReading::MealContext guessMealContext(QTime localTime);
