#pragma once

#include "content/ContentItems.h"

#include <QHash>

namespace Content {

// All education content, loaded once and read by the pages, the search index, the validator and the CLI.
class ContentLibrary
{
public:
    QList<Topic> topics;  // in display order
    QList<Article> articles;
    QList<Trial> trials;
    QList<RedFlag> redFlags;
    QList<Regulator> regulators;
    QList<GlossaryTerm> glossary;
    QList<Source> sources;

    // Builds the id lookups; call once after the lists are filled.
    void index();

    const Topic *topic(const QString &id) const;
    const Article *article(const QString &id) const;
    const Trial *trial(const QString &id) const;
    const RedFlag *redFlag(const QString &id) const;
    const Regulator *regulatorForRegion(const QString &region) const;
    const GlossaryTerm *glossaryTerm(const QString &id) const;
    const Source *source(const QString &id) const;

private:
    QHash<QString, qsizetype> m_topics, m_articles, m_trials, m_redFlags, m_glossary, m_sources;
};

} // namespace Content
