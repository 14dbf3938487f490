#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Recognises an export by its first lines, so the user picks a file and never a format; and runs the right parser.
ImportFormat detectImportFormat(const QByteArray &text);

// Parses `text` in options.format, detecting it when Auto; a file of no known format is refused with the reason.
std::optional<ParsedImport> parseGlucoseFile(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
