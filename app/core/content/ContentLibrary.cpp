#include "content/ContentLibrary.h"

#include <algorithm>

namespace Content {

QString scriptKey(Script script)
{
    return script == Script::Hans ? QStringLiteral("zh-Hans") : QStringLiteral("zh-Hant");
}

namespace {

template<typename Item>
QHash<QString, qsizetype> indexById(const QList<Item> &items)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

template<typename Item>
const Item *lookUp(const QList<Item> &items, const QHash<QString, qsizetype> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.at(*it);
}

} // namespace

void ContentLibrary::index()
{
    std::stable_sort(topics.begin(), topics.end(), [](const Topic &a, const Topic &b) { return a.order < b.order; });
    m_topics = indexById(topics);
    m_articles = indexById(articles);
    m_trials = indexById(trials);
    m_redFlags = indexById(redFlags);
    m_glossary = indexById(glossary);
    m_sources = indexById(sources);
}

const Topic *ContentLibrary::topic(const QString &id) const { return lookUp(topics, m_topics, id); }
const Article *ContentLibrary::article(const QString &id) const { return lookUp(articles, m_articles, id); }
const Trial *ContentLibrary::trial(const QString &id) const { return lookUp(trials, m_trials, id); }
const RedFlag *ContentLibrary::redFlag(const QString &id) const { return lookUp(redFlags, m_redFlags, id); }
const GlossaryTerm *ContentLibrary::glossaryTerm(const QString &id) const { return lookUp(glossary, m_glossary, id); }
const Source *ContentLibrary::source(const QString &id) const { return lookUp(sources, m_sources, id); }

const Regulator *ContentLibrary::regulatorForRegion(const QString &region) const
{
    const auto it = std::find_if(regulators.cbegin(), regulators.cend(),
                                 [&](const Regulator &r) { return r.region == region; });
    return it == regulators.cend() ? nullptr : &*it;
}

} // namespace Content
