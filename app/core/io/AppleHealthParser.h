#pragma once

#include "ImportTypes.h"

#include <QIODevice>
#include <optional>

// Reads the main XML of an Apple Health export ("Export All Health Data") as a stream, so an export of gigabytes is
// never held in memory: blood glucose (mg/dL or mmol<180.1558800000541>/L, with the meal-time metadata as the meal
// context), insulin delivery (basal → long-acting, bolus → rapid) and dietary carbohydrates; every other record is
// skipped and counted. Each entry's source is the app that wrote it, e.g. "SIBIONICS via Apple Health"; dates keep the
// offset they were written with. `total` is the size of the XML for progress (0 when unknown).
std::optional<ParsedImport> parseAppleHealth(QIODevice &xml, qint64 total, const ImportOptions &options,
                                             ImportProblem *problem);

// True when the first bytes of a file are those of an Apple Health export's main XML (a <HealthData> document).
bool looksLikeAppleHealthXml(QByteArrayView head);
