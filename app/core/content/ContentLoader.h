#pragma once

#include "content/ContentLibrary.h"

namespace Content {

// What loading found: the items that could be read, and every file that could not be read or parsed.
struct LoadResult {
    ContentLibrary library;
    QList<ContentProblem> problems;
};

// Reads content/ (FORMAT.md) from the resources bundled into the binary, or from a directory for tests and --dir.
class ContentLoader
{
public:
    static QString bundledRoot();  // ":/content"
    static LoadResult load(const QString &root = bundledRoot());
};

} // namespace Content
