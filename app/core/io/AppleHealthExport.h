#pragma once

#include "ImportTypes.h"

#include <QString>
#include <optional>

// An Apple Health export as the user has it: the `export.zip` the iPhone writes, or its main XML on its own.
// The main XML is found by its content, whatever the zip calls it (export.xml, 导出.xml, 輸出.xml, or a name
// mangled by a zip without the UTF-8 flag); the clinical-document member (export_cda.xml, 导出_cda.xml) is never
// read.
namespace AppleHealthExport {

// True when the file at `path` is a zip or starts like an Apple Health XML (only its first bytes are read).
bool looksLike(const QString &path);

// Streams the main XML out of the file or the zip and parses it (see parseAppleHealth). The problem names the XML
// member inside a zip ("apple_health_export/导出.xml, line 7: …").
std::optional<ParsedImport> read(const QString &path, const ImportOptions &options, ImportProblem *problem);

} // namespace AppleHealthExport
