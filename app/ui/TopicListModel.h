#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

// The Learn tab's topics in display order, in the script QML sets.
class TopicListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString script READ script WRITE setScript NOTIFY scriptChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole, ArticleCountRole };

    explicit TopicListModel(QObject *parent = nullptr);

    QString script() const { return m_script; }
    void setScript(const QString &script);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();

private:
    QString m_script = QStringLiteral("zh-Hans");
};
