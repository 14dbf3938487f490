#include "content/BackgroundContentLoad.h"

#include <QFuture>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace Content {

namespace {
struct PendingLoad {
    QMutex mutex;
    QFuture<LoadResult> future;
    QString root;
};

PendingLoad &pending()
{
    static PendingLoad load;
    return load;
}
} // namespace

void BackgroundContentLoad::start(const QString &root)
{
    PendingLoad &load = pending();
    const QMutexLocker lock(&load.mutex);
    if (load.future.isValid())
        return;
    load.root = root;
    load.future = QtConcurrent::run([root] { return ContentLoader::load(root); });
}

LoadResult BackgroundContentLoad::take(const QString &root)
{
    PendingLoad &load = pending();
    QFuture<LoadResult> future;
    {
        const QMutexLocker lock(&load.mutex);
        if (load.root == root)
            future = std::exchange(load.future, {});
    }
    return future.isValid() ? future.takeResult() : ContentLoader::load(root);
}

} // namespace Content
