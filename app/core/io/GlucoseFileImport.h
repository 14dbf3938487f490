#pragma once

#include "ImportTypes.h"

#include <QString>
#include <optional>

class DiaryStore;

// What one import did, for the one-line summary in the CLI and the app.
struct ImportSummary {
    ImportFormat format = ImportFormat::Auto;
    int added = 0;
    int duplicates = 0;
    std::map<SkipReason, int> skipped;
    int otherEntries = 0;  // non-glucose rows of our own CSV, not imported (the store imports glucose in one batch)

    QString text() const;  // translated
};

// Reads the file at `path`, parses it and adds its readings to the diary in one transaction: all of them or none.
// When the file cannot be read or parsed, *error names the file, the line and the reason, and nothing changes.
std::optional<ImportSummary> importGlucoseFile(DiaryStore &store, const QString &path, ImportOptions options,
                                               QString *error);
