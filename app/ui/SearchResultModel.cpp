#include "SearchResultModel.h"
#include "ContentStore.h"

#include <QCoreApplication>

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("article"))
        return QCoreApplication::translate("SearchResultModel", "Article");
    if (kind == QLatin1String("trial"))
        return QCoreApplication::translate("SearchResultModel", "Trial");
    if (kind == QLatin1String("glossary"))
        return QCoreApplication::translate("SearchResultModel", "Glossary");
    if (kind == QLatin1String("red_flag"))
        return QCoreApplication::translate("SearchResultModel", "Clinic check");
    if (kind == QLatin1String("regulator"))
        return QCoreApplication::translate("SearchResultModel", "Regulator");
    return QCoreApplication::translate("SearchResultModel", "Source");
}

// The snippet as rich text with the match bold and underlined (not by colour alone).
QString highlighted(const Content::SearchHit &hit)
{
    if (hit.matchStart < 0)
        return hit.snippet.toHtmlEscaped();
    return hit.snippet.left(hit.matchStart).toHtmlEscaped() + QStringLiteral("<b><u>")
        + hit.snippet.mid(hit.matchStart, hit.matchLength).toHtmlEscaped() + QStringLiteral("</u></b>")
        + hit.snippet.mid(hit.matchStart + hit.matchLength).toHtmlEscaped();
}

} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setScript(const QString &script)
{
    if (script == m_script)
        return;
    m_script = script;
    Q_EMIT scriptChanged();
    rebuild();
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    rebuild();
}

void SearchResultModel::rebuild()
{
    const int oldCount = count();
    beginResetModel();
    m_hits = ContentStore::instance()->search(ContentStore::scriptFromKey(m_script)).search(m_query);
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Content::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        return hit.kind;
    case KindLabelRole:
        return kindLabel(hit.kind);
    case IdRole:
        return hit.id;
    case TitleRole:
        return hit.title;
    case SnippetRole:
        return highlighted(hit);
    case PlainSnippetRole:  // what a screen reader reads: the snippet without the highlight's markup
        return hit.snippet;
    }
    return {};
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {IdRole, "itemId"}, {TitleRole, "title"}, {SnippetRole, "snippet"},
            {PlainSnippetRole, "plainSnippet"}};
}
