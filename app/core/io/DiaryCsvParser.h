#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads IsletGuide's own CSV export back: every entry kind, the UTC instant with its offset, the value in the unit it
// was recorded in, flags, meal context, source and note, so export → import loses nothing.
std::optional<ParsedImport> parseDiaryCsv(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
