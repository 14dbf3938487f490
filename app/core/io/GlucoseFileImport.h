#pragma once

#include "ImportTextEncoding.h"
#include "ImportTypes.h"

#include <QString>
#include <optional>

class DiaryStore;

// What one import did, for the one-line summary in the CLI and the app.
struct ImportSummary {
    ImportFormat format = ImportFormat::Auto;
    TextEncoding encoding = TextEncoding::Utf8;  // what the file's text was read as
    int added = 0;            // glucose readings
    int otherKindsAdded = 0;  // insulin, carbohydrates, medication, HbA1c and notes
    int duplicates = 0;       // entries of every kind already in the diary
    std::map<SkipReason, int> skipped;

    QString text() const;  // translated
};

// Reads the file at `path`, decodes its text (see decodeImportText), parses it and adds its readings (and, from our
// own CSV, the entries of other kinds) to the diary in one transaction: all of them or none.
// When the file cannot be read or parsed, *error names the file, the line and the reason, and nothing changes.
std::optional<ImportSummary> importGlucoseFile(DiaryStore &store, const QString &path, ImportOptions options,
                                               QString *error);
