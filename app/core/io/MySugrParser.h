#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads the mySugr app's CSV export (English): `Date` ("Apr 1, 2024"), `Time` ("7:05:00 AM"), `Tags`,
// `Blood Sugar Measurement (mg/dL)` or `(mmol/L)` (older files: `Blood Glucose Measurement`), bolus columns
// (`Insulin (Meal)`, `Insulin (Correction)`, `Insulin Injection Units (Pen)`), `Basal Injection Units`,
// `Meal Carbohydrates (Grams, Factor 1)` and `Note`, in local time. One row can hold a reading, a bolus, a basal
// dose and carbohydrates at once; each becomes its own entry, the row's note on the first of them.
std::optional<ParsedImport> parseMySugr(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
