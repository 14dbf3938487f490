#include "content/ContentJson.h"

#include <QJsonArray>

namespace Content {

namespace {

QJsonValue date(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray list(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

template<typename Item, typename Convert>
QJsonArray convertAll(const QList<Item> &items, Convert convert)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(convert(item));
    return array;
}

} // namespace

QJsonObject libraryToJson(const ContentLibrary &library, Script script)
{
    QJsonObject root;
    root.insert(QStringLiteral("script"), scriptKey(script));
    root.insert(QStringLiteral("topics"), convertAll(library.topics, [&](const Topic &t) {
        return QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title.in(script)},
                           {QStringLiteral("summary"), t.summary.in(script)}, {QStringLiteral("order"), t.order}};
    }));
    root.insert(QStringLiteral("articles"), convertAll(library.articles, [&](const Article &a) {
        return QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("topic"), a.topic},
                           {QStringLiteral("audience"), a.audience}, {QStringLiteral("evidence"), a.evidence},
                           {QStringLiteral("reviewed"), date(a.reviewed)}, {QStringLiteral("title"), a.title.in(script)},
                           {QStringLiteral("summary"), a.summary.in(script)}, {QStringLiteral("body"), a.body.in(script)},
                           {QStringLiteral("sources"), list(a.sources)}, {QStringLiteral("related"), list(a.related)},
                           {QStringLiteral("glossary"), list(a.glossary)}};
    }));
    root.insert(QStringLiteral("trials"), convertAll(library.trials, [&](const Trial &t) {
        return QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name.in(script)},
                           {QStringLiteral("other_names"), list(t.otherNames)}, {QStringLiteral("sponsor"), t.sponsor.in(script)},
                           {QStringLiteral("countries"), list(t.countries)}, {QStringLiteral("cell_source"), t.cellSource},
                           {QStringLiteral("delivery"), t.delivery.in(script)}, {QStringLiteral("diabetes_types"), list(t.diabetesTypes)},
                           {QStringLiteral("phase"), t.phase}, {QStringLiteral("registry_ids"), list(t.registryIds)},
                           {QStringLiteral("status"), t.status}, {QStringLiteral("status_as_of"), date(t.statusAsOf)},
                           {QStringLiteral("status_note"), t.statusNote.in(script)},
                           {QStringLiteral("participants"), t.participants.in(script)},
                           {QStringLiteral("immunosuppression"), t.immunosuppression},
                           {QStringLiteral("immunosuppression_note"), t.immunosuppressionNote.in(script)},
                           {QStringLiteral("results"), t.results.in(script)}, {QStringLiteral("caveats"), t.caveats.in(script)},
                           {QStringLiteral("who_can_join"), t.whoCanJoin.in(script)}, {QStringLiteral("evidence"), t.evidence},
                           {QStringLiteral("sources"), list(t.sources)}};
    }));
    root.insert(QStringLiteral("red_flags"), convertAll(library.redFlags, [&](const RedFlag &f) {
        return QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("question"), f.question.in(script)},
                           {QStringLiteral("why"), f.why.in(script)}, {QStringLiteral("weight"), f.weight},
                           {QStringLiteral("as_of"), date(f.asOf)}, {QStringLiteral("sources"), list(f.sources)}};
    }));
    root.insert(QStringLiteral("regulators"), convertAll(library.regulators, [&](const Regulator &g) {
        const QJsonArray links = convertAll(g.links, [&](const RegulatorLink &l) {
            return QJsonObject{{QStringLiteral("label"), l.label.in(script)}, {QStringLiteral("url"), l.url}};
        });
        return QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("region"), g.region},
                           {QStringLiteral("name"), g.name.in(script)}, {QStringLiteral("rules"), g.rules.in(script)},
                           {QStringLiteral("how_to_verify"), g.howToVerify.in(script)},
                           {QStringLiteral("where_to_report"), g.whereToReport.in(script)}, {QStringLiteral("links"), links},
                           {QStringLiteral("as_of"), date(g.asOf)}, {QStringLiteral("sources"), list(g.sources)}};
    }));
    root.insert(QStringLiteral("glossary"), convertAll(library.glossary, [&](const GlossaryTerm &g) {
        return QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("term"), g.term.in(script)},
                           {QStringLiteral("definition"), g.definition.in(script)}, {QStringLiteral("aliases"), list(g.aliases)}};
    }));
    root.insert(QStringLiteral("sources"), convertAll(library.sources, [&](const Source &s) {
        QJsonObject source{{QStringLiteral("id"), s.id}, {QStringLiteral("citation"), s.citation},
                           {QStringLiteral("type"), s.type}, {QStringLiteral("link"), s.link()},
                           {QStringLiteral("published"), date(s.published)}, {QStringLiteral("accessed"), date(s.accessed)}};
        if (!s.doi.isEmpty())
            source.insert(QStringLiteral("doi"), s.doi);
        if (!s.url.isEmpty())
            source.insert(QStringLiteral("url"), s.url);
        if (!s.printOnly.isEmpty())
            source.insert(QStringLiteral("print_only"), s.printOnly);
        return source;
    }));
    return root;
}

QJsonObject searchHitsToJson(const QList<SearchHit> &hits)
{
    return {{QStringLiteral("results"), convertAll(hits, [](const SearchHit &h) {
                 return QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("kind"), h.kind},
                                    {QStringLiteral("title"), h.title}, {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("match_start"), h.matchStart},
                                    {QStringLiteral("match_length"), h.matchLength}, {QStringLiteral("score"), h.score}};
             })}};
}

} // namespace Content
