#include "content/ContentSearch.h"
#include "content/MarkdownLinks.h"

#include <algorithm>

namespace Content {

namespace {

constexpr int TitleScore = 100;
constexpr int TitleStartBonus = 20;
constexpr int ExactTitleBonus = 50;
constexpr int KeyScore = 60;
constexpr int BodyScore = 10;
constexpr int BodyRepeatScore = 2;
constexpr int BodyRepeatCap = 10;
constexpr qsizetype SnippetBefore = 24;
constexpr qsizetype SnippetLength = 90;

const QStringList KindOrder = {QStringLiteral("article"), QStringLiteral("glossary"), QStringLiteral("trial"),
                               QStringLiteral("red_flag"), QStringLiteral("regulator"), QStringLiteral("source")};

QString joined(Script script, std::initializer_list<const LocalizedText *> texts)
{
    QStringList parts;
    for (const LocalizedText *text : texts)
        parts.append(text->in(script));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ContentSearch::ContentSearch(const ContentLibrary &library, Script script, const ScriptCharacters &characters)
    : m_characters(characters)
{
    for (const Article &a : library.articles)
        add(QStringLiteral("article"), a.id, a.title.in(script), {},
            a.summary.in(script) + QLatin1Char('\n') + markdownToPlainText(a.body.in(script)));
    for (const GlossaryTerm &g : library.glossary)
        add(QStringLiteral("glossary"), g.id, g.term.in(script), g.aliases, g.definition.in(script));
    for (const Trial &t : library.trials)
        add(QStringLiteral("trial"), t.id, t.name.in(script), t.otherNames + t.registryIds,
            joined(script, {&t.sponsor, &t.statusNote, &t.results, &t.caveats, &t.whoCanJoin, &t.participants,
                            &t.delivery, &t.immunosuppressionNote}));
    for (const RedFlag &f : library.redFlags)
        add(QStringLiteral("red_flag"), f.id, f.question.in(script), {}, f.why.in(script));
    for (const Regulator &g : library.regulators)
        add(QStringLiteral("regulator"), g.id, g.name.in(script), {},
            joined(script, {&g.rules, &g.howToVerify, &g.whereToReport}));
    for (const Source &s : library.sources)
        add(QStringLiteral("source"), s.id, s.citation, {s.doi, s.url}, {});
}

void ContentSearch::add(const QString &kind, const QString &id, const QString &title, const QStringList &keys,
                        const QString &body)
{
    QString flatBody = body;
    flatBody.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_entries.append({kind, id, title, m_characters.fold(title),
                      m_characters.fold(keys.join(QLatin1Char('\n'))), flatBody, m_characters.fold(flatBody)});
}

SearchHit ContentSearch::snippetHit(const Entry &entry, qsizetype match, qsizetype length) const
{
    SearchHit hit{entry.kind, entry.id, entry.title, {}, -1, 0, 0};
    qsizetype start = match < 0 ? 0 : std::max<qsizetype>(0, match - SnippetBefore);
    while (start < entry.body.size() && entry.body.at(start).isSpace())
        ++start;  // never past the match: a match starts with a non-space
    const qsizetype end = std::min(entry.body.size(), std::max(start + SnippetLength, match + length));
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit.snippet = prefix + entry.body.mid(start, end - start) + (end < entry.body.size() ? QStringLiteral("…") : QString());
    if (match >= 0) {
        hit.matchStart = int(prefix.size() + match - start);
        hit.matchLength = int(length);
    }
    return hit;
}

QList<SearchHit> ContentSearch::search(const QString &query, int limit) const
{
    const QStringList terms = m_characters.fold(query).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    for (const Entry &entry : m_entries) {
        int score = 0;
        qsizetype firstBodyMatch = -1;
        qsizetype firstBodyMatchLength = 0;
        bool all = true;
        for (const QString &term : terms) {
            int termScore = 0;
            const qsizetype inTitle = entry.titleFolded.indexOf(term);
            if (inTitle >= 0)
                termScore += TitleScore + (inTitle == 0 ? TitleStartBonus : 0)
                             + (entry.titleFolded.size() == term.size() ? ExactTitleBonus : 0);
            else if (entry.keysFolded.contains(term))
                termScore += KeyScore;
            const qsizetype inBody = entry.bodyFolded.indexOf(term);
            if (inBody >= 0) {
                termScore += BodyScore + BodyRepeatScore * std::min<qsizetype>(BodyRepeatCap, entry.bodyFolded.count(term) - 1);
                if (firstBodyMatch < 0) {
                    firstBodyMatch = inBody;
                    firstBodyMatchLength = term.size();
                }
            }
            if (termScore == 0) {
                all = false;
                break;
            }
            score += termScore;
        }
        if (!all)
            continue;
        SearchHit hit = snippetHit(entry, firstBodyMatch, firstBodyMatchLength);
        hit.score = score;
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return KindOrder.indexOf(a.kind) < KindOrder.indexOf(b.kind);
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Content
