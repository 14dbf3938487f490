#pragma once

#include "content/ContentSearch.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// Search results across all content for the query QML sets, with the match highlighted in each snippet.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString script READ script WRITE setScript NOTIFY scriptChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, KindLabelRole, IdRole, TitleRole, SnippetRole, PlainSnippetRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    QString script() const { return m_script; }
    void setScript(const QString &script);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_hits.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();
    void queryChanged();
    void countChanged();

private:
    void rebuild();

    QString m_script = QStringLiteral("zh-Hans");
    QString m_query;
    QList<Content::SearchHit> m_hits;
};
