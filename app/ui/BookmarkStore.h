#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// The articles the user bookmarked, newest first, kept on the device with QSettings.
class BookmarkStore : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Bookmarks)
    QML_SINGLETON

    Q_PROPERTY(QStringList articleIds READ articleIds NOTIFY changed)

public:
    explicit BookmarkStore(QObject *parent = nullptr);

    QStringList articleIds() const { return m_ids; }
    Q_INVOKABLE bool contains(const QString &articleId) const { return m_ids.contains(articleId); }
    Q_INVOKABLE void toggle(const QString &articleId);

Q_SIGNALS:
    void changed();

private:
    QStringList m_ids;
};
