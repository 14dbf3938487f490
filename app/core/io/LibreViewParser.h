#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads Abbott LibreView CSV exports: a metadata line, a header naming the unit, historic (type 0), scan (type 1) and
// strip (type 2) glucose rows in local time without a zone, dates day-first or month-first as the account's locale
// wrote them. The date order is decided from the whole file; the import is refused when it stays ambiguous.
std::optional<ParsedImport> parseLibreView(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
