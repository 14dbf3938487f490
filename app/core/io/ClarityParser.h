#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads Dexcom Clarity CSV exports: a header row, untimed preamble rows (name, device, alerts) in varying number,
// quoted or bare fields, rows one field short of the header, BOM and CRLF; EGV rows become readings, `Low`/`High`
// become flagged readings at the sensor's limits (40 and 400 mg/dL).
std::optional<ParsedImport> parseClarity(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
