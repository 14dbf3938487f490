#pragma once

#include "content/ContentLibrary.h"
#include "content/ContentSearch.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <memory>

// The education content for QML: loaded once from the bundled resources, shared by the pages and models, and read
// in the script the page asks for (Settings.contentScript), so a script switch re-renders without a reload.
class ContentStore : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Library)
    QML_SINGLETON

public:
    explicit ContentStore(QObject *parent = nullptr);
    ~ContentStore() override;
    static ContentStore *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static ContentStore *instance();

    const Content::ContentLibrary &library() const { return m_library; }
    const Content::ContentSearch &search(Content::Script script) const;

    Q_INVOKABLE QString topicTitle(const QString &id, const QString &script) const;
    Q_INVOKABLE QVariantMap article(const QString &id, const QString &script) const;
    Q_INVOKABLE QVariantMap trial(const QString &id, const QString &script) const;
    // A glossary term, source, red flag or regulator as {title, text, link}, for the definition popup.
    Q_INVOKABLE QVariantMap item(const QString &kind, const QString &id, const QString &script) const;
    // The regulators for a Settings.region (all four for "elsewhere"), each with its links and sources.
    Q_INVOKABLE QVariantList regulatorsForRegion(int region, const QString &script) const;

    // An ISO date as the reader's locale writes it (short format).
    Q_INVOKABLE QString dateText(const QString &isoDate, const QString &localeName) const;
    Q_INVOKABLE QString evidenceLabel(const QString &level) const;
    Q_INVOKABLE int evidenceTier(const QString &level) const;

    static Content::Script scriptFromKey(const QString &key);

private:
    QVariantList sourceList(const QStringList &ids) const;

    Content::ContentLibrary m_library;
    mutable std::unique_ptr<Content::ContentSearch> m_hansSearch;
    mutable std::unique_ptr<Content::ContentSearch> m_hantSearch;
};
