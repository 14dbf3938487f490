#include "BookmarkStore.h"

#include <QSettings>

namespace {
const QString BookmarksKey = QStringLiteral("content/bookmarks");
}

BookmarkStore::BookmarkStore(QObject *parent)
    : QObject(parent)
    , m_ids(QSettings().value(BookmarksKey).toStringList())
{
}

void BookmarkStore::toggle(const QString &articleId)
{
    if (!m_ids.removeOne(articleId))
        m_ids.prepend(articleId);
    QSettings().setValue(BookmarksKey, m_ids);
    Q_EMIT changed();
}
