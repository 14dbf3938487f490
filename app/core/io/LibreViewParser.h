#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>
#include <vector>

// Reads Abbott LibreView CSV exports in any language: a metadata line, a header naming the unit, columns found by
// position, historic (type 0), scan (type 1) and
// strip (type 2) glucose rows in local time without a zone, dates day-first or month-first as the account's locale
// wrote them. The date order is decided from the whole file; the import is refused when it stays ambiguous.
std::optional<ParsedImport> parseLibreView(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);

// Whether a header line has the column count of a LibreView export (19, or 21 with the ketone columns).
bool isLibreViewHeader(const std::vector<QByteArrayView> &header);

// The unit in the historic glucose column's name ("mg/dL" or "mmol/L", written so in every language), of such a header.
std::optional<Glucose::Unit> libreViewUnit(const std::vector<QByteArrayView> &header);
