#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads the Contour Diabetes app's CSV (Ascensia meters): `#,Date and Time,BGValue [mg/dL],Meal Marker,Data Source,
// Notes,Activity,Meal [g],Medication,Location` (or `Readings [mmol/L]`), dates `MM/DD/YYYY hh:mm AM` (with a no-break
// space before AM/PM) or `DD.MM.YY HH:MM`, in local time. Meter readings keep their meal marker and note; the grams
// of a meal become a carbohydrate entry.
std::optional<ParsedImport> parseContour(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
