#include "TopicListModel.h"
#include "ContentStore.h"

#include <algorithm>

TopicListModel::TopicListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TopicListModel::setScript(const QString &script)
{
    if (script == m_script)
        return;
    m_script = script;
    Q_EMIT scriptChanged();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TitleRole, SummaryRole});
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ContentStore::instance()->library().topics.size());
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Content::ContentLibrary &library = ContentStore::instance()->library();
    const Content::Topic &topic = library.topics.at(index.row());
    const Content::Script script = ContentStore::scriptFromKey(m_script);
    switch (role) {
    case IdRole:
        return topic.id;
    case TitleRole:
        return topic.title.in(script);
    case SummaryRole:
        return topic.summary.in(script);
    case ArticleCountRole:
        return int(std::count_if(library.articles.cbegin(), library.articles.cend(),
                                 [&](const Content::Article &a) { return a.topic == topic.id; }));
    }
    return {};
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    return {{IdRole, "topicId"}, {TitleRole, "title"}, {SummaryRole, "summary"}, {ArticleCountRole, "articleCount"}};
}
