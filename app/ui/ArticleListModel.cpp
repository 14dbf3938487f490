#include "ArticleListModel.h"
#include "ContentStore.h"

#include <algorithm>

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    rebuild();
}

void ArticleListModel::setScript(const QString &script)
{
    if (script == m_script)
        return;
    m_script = script;
    Q_EMIT scriptChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TitleRole, SummaryRole});
}

void ArticleListModel::setSelection(Selection selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    Q_EMIT selectionChanged();
    rebuild();
}

void ArticleListModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    Q_EMIT selectionChanged();
    rebuild();
}

void ArticleListModel::setArticleIds(const QStringList &ids)
{
    if (ids == m_articleIds)
        return;
    m_articleIds = ids;
    Q_EMIT selectionChanged();
    rebuild();
}

void ArticleListModel::rebuild()
{
    const QList<Content::Article> &articles = ContentStore::instance()->library().articles;
    const int oldCount = count();
    beginResetModel();
    m_rows.clear();
    if (m_selection == GivenIds) {
        for (const QString &id : m_articleIds) {
            const auto it = std::find_if(articles.cbegin(), articles.cend(), [&](const Content::Article &a) { return a.id == id; });
            if (it != articles.cend())
                m_rows.append(it - articles.cbegin());
        }
    } else {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Content::Article &a = articles.at(i);
            if ((m_selection == Topic && a.topic == m_topic) || (m_selection == ForFamily && a.audience == QLatin1String("caregiver"))
                || m_selection == Newest)
                m_rows.append(i);
        }
    }
    if (m_selection == Newest)
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](qsizetype a, qsizetype b) { return articles.at(a).reviewed > articles.at(b).reviewed; });
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Content::Article &a = ContentStore::instance()->library().articles.at(m_rows.at(index.row()));
    const Content::Script script = ContentStore::scriptFromKey(m_script);
    switch (role) {
    case IdRole:
        return a.id;
    case TitleRole:
        return a.title.in(script);
    case SummaryRole:
        return a.summary.in(script);
    case EvidenceRole:
        return a.evidence;
    case ReviewedRole:
        return a.reviewed.toString(Qt::ISODate);
    case AudienceRole:
        return a.audience;
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return {{IdRole, "articleId"}, {TitleRole, "title"}, {SummaryRole, "summary"},
            {EvidenceRole, "evidence"}, {ReviewedRole, "reviewed"}, {AudienceRole, "audience"}};
}
