#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

// A list of articles: one topic's, the caregiver articles ("For family"), the newest first ("What's new"), or a
// given list of ids (bookmarks), in the script QML sets.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString script READ script WRITE setScript NOTIFY scriptChanged)
    Q_PROPERTY(Selection selection READ selection WRITE setSelection NOTIFY selectionChanged)
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY selectionChanged)
    Q_PROPERTY(QStringList articleIds READ articleIds WRITE setArticleIds NOTIFY selectionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Selection { Topic, ForFamily, Newest, GivenIds };
    Q_ENUM(Selection)
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole, EvidenceRole, ReviewedRole, AudienceRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    QString script() const { return m_script; }
    void setScript(const QString &script);
    Selection selection() const { return m_selection; }
    void setSelection(Selection selection);
    QString topic() const { return m_topic; }
    void setTopic(const QString &topic);
    QStringList articleIds() const { return m_articleIds; }
    void setArticleIds(const QStringList &ids);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();
    void selectionChanged();
    void countChanged();

private:
    void rebuild();

    QString m_script = QStringLiteral("zh-Hans");
    Selection m_selection = Topic;
    QString m_topic;
    QStringList m_articleIds;
    QList<qsizetype> m_rows;  // indexes into the library's articles
};
