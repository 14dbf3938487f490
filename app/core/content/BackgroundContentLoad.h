#pragma once

#include "content/ContentLoader.h"

namespace Content {

// Reads the content on a worker thread while the app starts (the GUI thread meanwhile waits for the QML engine to
// import its modules), so the first page that lists content does not read and parse it on the GUI thread.
class BackgroundContentLoad
{
public:
    // Starts ContentLoader::load(root) on the global thread pool; a second call before take() does nothing.
    static void start(const QString &root = ContentLoader::bundledRoot());
    // The started load's result, waiting for it if needed; a load on this thread if none was started.
    static LoadResult take(const QString &root = ContentLoader::bundledRoot());
};

} // namespace Content
