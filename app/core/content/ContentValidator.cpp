#include "content/ContentValidator.h"
#include "content/MarkdownLinks.h"
#include "content/RegistryIds.h"

#include <QRegularExpression>
#include <QSet>

namespace Content {

namespace {

const QStringList EvidenceLevels = {
    QStringLiteral("approved"), QStringLiteral("phase-3"), QStringLiteral("phase-2"), QStringLiteral("phase-1-2"),
    QStringLiteral("phase-1"), QStringLiteral("pilot"), QStringLiteral("case-report"), QStringLiteral("press-release"),
    QStringLiteral("news"), QStringLiteral("preclinical"), QStringLiteral("guideline"), QStringLiteral("regulation"), QStringLiteral("background")};

// Collects problems for one library; each check method is one rule of FORMAT.md.
class Checker
{
public:
    Checker(const ContentLibrary &library, const ScriptCharacters &characters)
        : m_library(library)
        , m_characters(characters)
    {
    }

    QList<ContentProblem> problems;

    void report(const ContentOrigin &where, const QString &message) { problems.append({where, message}); }

    void checkId(const QString &id, const ContentOrigin &where, QSet<QString> &seen)
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!idPattern.match(id).hasMatch())
            report(where, QStringLiteral("id \"%1\" must be lowercase ASCII letters, digits and '-'").arg(id));
        if (seen.contains(id))
            report(where, QStringLiteral("id \"%1\" is used twice").arg(id));
        seen.insert(id);
    }

    void checkText(const LocalizedText &text, const QString &field, const ContentOrigin &where)
    {
        if (text.hans.trimmed().isEmpty())
            report(where, QStringLiteral("\"%1\" has no zh-Hans text").arg(field));
        if (text.hant.trimmed().isEmpty())
            report(where, QStringLiteral("\"%1\" has no zh-Hant text").arg(field));
        checkScript(text.hans, Script::Hans, field, where);
        checkScript(text.hant, Script::Hant, field, where);
    }

    void checkScript(const QString &text, Script script, const QString &field, const ContentOrigin &where)
    {
        QString wrong;
        for (const char32_t c : text.toUcs4()) {
            const bool foreign = script == Script::Hans ? m_characters.isTraditionalOnly(c) : m_characters.isSimplifiedOnly(c);
            const QString character = QString::fromUcs4(&c, 1);
            if (foreign && !wrong.contains(character))
                wrong += character;
        }
        if (!wrong.isEmpty())
            report(where, QStringLiteral("\"%1\" in %2 has characters of the other script: %3")
                              .arg(field, scriptKey(script), wrong));
    }

    void checkFactual(const QStringList &sources, const QDate &date, const QString &dateField, const ContentOrigin &where)
    {
        if (sources.isEmpty())
            report(where, QStringLiteral("a factual item needs at least one source"));
        if (!date.isValid())
            report(where, QStringLiteral("a factual item needs a date \"%1\" (YYYY-MM-DD)").arg(dateField));
        checkSources(sources, where);
    }

    void checkSources(const QStringList &ids, const ContentOrigin &where)
    {
        for (const QString &id : ids)
            if (!m_library.source(id))
                report(where, QStringLiteral("source \"%1\" is not in sources.json").arg(id));
    }

    void checkOneOf(const QString &value, const QStringList &allowed, const QString &field, const ContentOrigin &where)
    {
        if (!allowed.contains(value))
            report(where, QStringLiteral("\"%1\" is \"%2\"; expected one of %3").arg(field, value, allowed.join(QLatin1String(", "))));
    }

    void checkBody(const Article &article, Script script)
    {
        const ContentOrigin where{QStringLiteral("articles/%1.%2.md").arg(article.id, scriptKey(script)), 0};
        const QString &body = article.body.in(script);
        if (body.trimmed().isEmpty()) {
            report(where, QStringLiteral("the article has no %1 body").arg(scriptKey(script)));
            return;
        }
        checkScript(body, script, QStringLiteral("body"), where);
        const MarkdownLinkScan scan = scanMarkdownLinks(body);
        for (const int line : scan.brokenLines)
            report({where.file, line}, QStringLiteral("malformed Markdown link (expected [label](target))"));
        for (const MarkdownLink &link : scan.links)
            checkLink(article, link, {where.file, link.line});
    }

    void checkLink(const Article &article, const MarkdownLink &link, const ContentOrigin &where)
    {
        const QString target = link.target;
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        const QString scheme = target.left(colon);
        const QString id = target.mid(colon + 1);
        if (scheme == QLatin1String("glossary")) {
            if (!m_library.glossaryTerm(id))
                report(where, QStringLiteral("link to glossary term \"%1\", which is not in glossary.json").arg(id));
        } else if (scheme == QLatin1String("article")) {
            if (!m_library.article(id))
                report(where, QStringLiteral("link to article \"%1\", which does not exist").arg(id));
        } else if (scheme == QLatin1String("source")) {
            const qsizetype number = article.sources.indexOf(id) + 1;
            if (!m_library.source(id))
                report(where, QStringLiteral("link to source \"%1\", which is not in sources.json").arg(id));
            else if (number == 0)
                report(where, QStringLiteral("source \"%1\" is cited but not in the article's \"sources\"").arg(id));
            else if (link.label != QString::number(number))
                report(where, QStringLiteral("source \"%1\" is number %2 in the article's \"sources\" but labelled [%3]")
                                  .arg(id).arg(number).arg(link.label));
        } else if (!target.startsWith(QLatin1String("https://"))) {
            report(where, QStringLiteral("link target \"%1\" must be glossary:, article:, source: or https://").arg(target));
        }
    }

    void checkArticles()
    {
        QSet<QString> seen;
        for (const Article &a : m_library.articles) {
            checkId(a.id, a.origin, seen);
            checkText(a.title, QStringLiteral("title"), a.origin);
            checkText(a.summary, QStringLiteral("summary"), a.origin);
            checkOneOf(a.audience, {QStringLiteral("patient"), QStringLiteral("caregiver")}, QStringLiteral("audience"), a.origin);
            checkOneOf(a.evidence, EvidenceLevels, QStringLiteral("evidence"), a.origin);
            checkFactual(a.sources, a.reviewed, QStringLiteral("reviewed"), a.origin);
            if (!m_library.topic(a.topic))
                report(a.origin, QStringLiteral("topic \"%1\" is not in topics.json").arg(a.topic));
            for (const QString &id : a.related)
                if (!m_library.article(id))
                    report(a.origin, QStringLiteral("related article \"%1\" does not exist").arg(id));
            for (const QString &id : a.glossary)
                if (!m_library.glossaryTerm(id))
                    report(a.origin, QStringLiteral("glossary term \"%1\" is not in glossary.json").arg(id));
            checkBody(a, Script::Hans);
            checkBody(a, Script::Hant);
        }
    }

    void checkTrials()
    {
        QSet<QString> seen;
        for (const Trial &t : m_library.trials) {
            checkId(t.id, t.origin, seen);
            const std::initializer_list<std::pair<const LocalizedText &, const char *>> texts = {
                {t.name, "name"}, {t.sponsor, "sponsor"}, {t.delivery, "delivery"}, {t.statusNote, "status_note"},
                {t.participants, "participants"}, {t.immunosuppressionNote, "immunosuppression_note"},
                {t.results, "results"}, {t.caveats, "caveats"}, {t.whoCanJoin, "who_can_join"}};
            for (const auto &[text, field] : texts)
                checkText(text, QLatin1String(field), t.origin);
            checkOneOf(t.cellSource, {QStringLiteral("esc"), QStringLiteral("ipsc"), QStringLiteral("cipsc"),
                                      QStringLiteral("endoderm-stem-cell"), QStringLiteral("msc"), QStringLiteral("perinatal"),
                                      QStringLiteral("donor-islets"), QStringLiteral("unknown")},
                       QStringLiteral("cell_source"), t.origin);
            checkOneOf(t.phase, {QStringLiteral("case-report"), QStringLiteral("pilot"), QStringLiteral("phase-1"),
                                 QStringLiteral("phase-1-2"), QStringLiteral("phase-1-2-3"), QStringLiteral("phase-2"),
                                 QStringLiteral("phase-3"), QStringLiteral("approved"), QStringLiteral("unknown")},
                       QStringLiteral("phase"), t.origin);
            checkOneOf(t.status, {QStringLiteral("recruiting"), QStringLiteral("active"), QStringLiteral("completed"),
                                  QStringLiteral("discontinued"), QStringLiteral("approved"), QStringLiteral("unknown")},
                       QStringLiteral("status"), t.origin);
            checkOneOf(t.immunosuppression, {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")},
                       QStringLiteral("immunosuppression"), t.origin);
            checkOneOf(t.evidence, EvidenceLevels, QStringLiteral("evidence"), t.origin);
            if (t.diabetesTypes.isEmpty())
                report(t.origin, QStringLiteral("\"diabetes_types\" needs t1, t2 or both"));
            for (const QString &type : t.diabetesTypes)
                checkOneOf(type, {QStringLiteral("t1"), QStringLiteral("t2")}, QStringLiteral("diabetes_types"), t.origin);
            if (t.countries.isEmpty())
                report(t.origin, QStringLiteral("\"countries\" needs at least one country code"));
            checkFactual(t.sources, t.statusAsOf, QStringLiteral("status_as_of"), t.origin);
            checkRegistryIds(t);
        }
    }

    // A trial that cites a registry record must name its registry id, and every id must be one a registry search
    // can find (see RegistryIds).
    void checkRegistryIds(const Trial &t)
    {
        for (const QString &id : t.registryIds)
            if (!RegistryIds::registryOf(id))
                report(t.origin, QStringLiteral("registry id \"%1\" is not in a known registry's format (%2)")
                                     .arg(id, RegistryIds::formats().join(QLatin1String(", "))));
        if (!t.registryIds.isEmpty())
            return;
        for (const QString &id : t.sources)
            if (const Source *source = m_library.source(id); source && source->type == QLatin1String("registry"))
                report(t.origin, QStringLiteral("cites registry record \"%1\" but \"registry_ids\" is empty").arg(id));
    }

    void checkRedFlags()
    {
        QSet<QString> seen;
        for (const RedFlag &f : m_library.redFlags) {
            checkId(f.id, f.origin, seen);
            checkText(f.question, QStringLiteral("question"), f.origin);
            checkText(f.why, QStringLiteral("why"), f.origin);
            checkOneOf(f.weight, {QStringLiteral("strong"), QStringLiteral("caution")}, QStringLiteral("weight"), f.origin);
            checkFactual(f.sources, f.asOf, QStringLiteral("as_of"), f.origin);
        }
    }

    void checkRegulators()
    {
        QSet<QString> seen;
        for (const Regulator &g : m_library.regulators) {
            checkId(g.id, g.origin, seen);
            checkOneOf(g.region, {QStringLiteral("cn"), QStringLiteral("tw"), QStringLiteral("hk"), QStringLiteral("us")},
                       QStringLiteral("region"), g.origin);
            checkText(g.name, QStringLiteral("name"), g.origin);
            checkText(g.rules, QStringLiteral("rules"), g.origin);
            checkText(g.howToVerify, QStringLiteral("how_to_verify"), g.origin);
            checkText(g.whereToReport, QStringLiteral("where_to_report"), g.origin);
            for (const RegulatorLink &link : g.links) {
                checkText(link.label, QStringLiteral("links.label"), g.origin);
                if (!link.url.startsWith(QLatin1String("https://")))
                    report(g.origin, QStringLiteral("link \"%1\" must be an https:// address").arg(link.url));
            }
            checkFactual(g.sources, g.asOf, QStringLiteral("as_of"), g.origin);
        }
    }

    void checkTopicsGlossarySources()
    {
        QSet<QString> topics, terms, sources;
        for (const Topic &t : m_library.topics) {
            checkId(t.id, t.origin, topics);
            checkText(t.title, QStringLiteral("title"), t.origin);
            checkText(t.summary, QStringLiteral("summary"), t.origin);
        }
        for (const GlossaryTerm &g : m_library.glossary) {
            checkId(g.id, g.origin, terms);
            checkText(g.term, QStringLiteral("term"), g.origin);
            checkText(g.definition, QStringLiteral("definition"), g.origin);
        }
        for (const Source &s : m_library.sources) {
            checkId(s.id, s.origin, sources);
            if (s.citation.trimmed().isEmpty())
                report(s.origin, QStringLiteral("\"citation\" is empty"));
            if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")))
                report(s.origin, QStringLiteral("\"url\" must be an https:// address"));
            if (s.doi.isEmpty() && s.url.isEmpty() && s.printOnly.trimmed().isEmpty())
                report(s.origin, QStringLiteral("a source needs a \"doi\" or an https \"url\", or \"print_only\" with the reason"));
            if (!s.accessed.isValid())
                report(s.origin, QStringLiteral("a source needs an \"accessed\" date (YYYY-MM-DD)"));
            checkOneOf(s.type, {QStringLiteral("peer-reviewed"), QStringLiteral("registry"), QStringLiteral("regulator"),
                                QStringLiteral("press-release"), QStringLiteral("news"), QStringLiteral("guideline")},
                       QStringLiteral("type"), s.origin);
        }
    }

private:
    const ContentLibrary &m_library;
    const ScriptCharacters &m_characters;
};

} // namespace

ContentValidator::ContentValidator(const ScriptCharacters &characters)
    : m_characters(characters)
{
}

QList<ContentProblem> ContentValidator::validate(const ContentLibrary &library) const
{
    Checker checker(library, m_characters);
    checker.checkTopicsGlossarySources();
    checker.checkArticles();
    checker.checkTrials();
    checker.checkRedFlags();
    checker.checkRegulators();
    return checker.problems;
}

} // namespace Content
