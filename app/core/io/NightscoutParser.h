#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads Nightscout entries JSON (an array, as /api/v1/entries.json returns it): `sgv` entries (the value may be a
// string) and `mbg` meter entries in mg/dL; `date` is the instant, `utcOffset` or the offset in `dateString` the wall
// clock. Values below 40 are Dexcom error codes, skipped and counted.
std::optional<ParsedImport> parseNightscout(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
