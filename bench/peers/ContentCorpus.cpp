#include "ContentCorpus.h"

#include "content/MarkdownLinks.h"

using namespace Content;

namespace {
QString joined(Script script, std::initializer_list<const LocalizedText *> texts)
{
    QStringList parts;
    for (const LocalizedText *text : texts)
        parts.append(text->in(script));
    return parts.join(QLatin1Char('\n'));
}
} // namespace

QList<CorpusRow> contentCorpus(const ContentLibrary &library, Script script)
{
    QList<CorpusRow> rows;
    const QString newline(QLatin1Char('\n'));
    for (const Article &a : library.articles)
        rows.append({QStringLiteral("article"), a.id, a.title.in(script),
                     a.summary.in(script) + newline + markdownToPlainText(a.body.in(script))});
    for (const GlossaryTerm &g : library.glossary)
        rows.append({QStringLiteral("glossary"), g.id, g.term.in(script),
                     g.aliases.join(newline) + newline + g.definition.in(script)});
    for (const Trial &t : library.trials)
        rows.append({QStringLiteral("trial"), t.id, t.name.in(script),
                     (t.otherNames + t.registryIds).join(newline) + newline
                         + joined(script, {&t.sponsor, &t.statusNote, &t.results, &t.caveats, &t.whoCanJoin,
                                           &t.participants, &t.delivery, &t.immunosuppressionNote})});
    for (const RedFlag &f : library.redFlags)
        rows.append({QStringLiteral("red_flag"), f.id, f.question.in(script), f.why.in(script)});
    for (const Regulator &r : library.regulators)
        rows.append({QStringLiteral("regulator"), r.id, r.name.in(script),
                     joined(script, {&r.rules, &r.howToVerify, &r.whereToReport})});
    for (const Source &s : library.sources)
        rows.append({QStringLiteral("source"), s.id, s.citation, s.doi + newline + s.url});
    return rows;
}
