#include "ContentStore.h"
#include "ContentLabels.h"

#include "content/BackgroundContentLoad.h"
#include "content/SpokenText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Content;

namespace {

// External links in a body get a visible "leaving the app" mark after their label.
QString markExternalLinks(const QString &markdown)
{
    static const QRegularExpression external(QStringLiteral("\\[([^\\]\\n]+)\\]\\((https://[^)\\s]+)\\)"));
    QString marked = markdown;
    return marked.replace(external, QStringLiteral("[\\1 ↗](\\2)"));
}

// Numbered steps written in one paragraph ("…。2. …") each start a line of their own.
QString stepsOnLines(const QString &text)
{
    static const QRegularExpression step(QStringLiteral("(?<=[。；])\\s*(\\d+\\. )"));
    QString lines = text;
    return lines.replace(step, QStringLiteral("\n\\1"));
}

QString isoText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
    , m_library(BackgroundContentLoad::take().library)
{
}

ContentStore::~ContentStore() = default;

ContentStore *ContentStore::create(QQmlEngine *, QJSEngine *)
{
    ContentStore *store = instance();
    QJSEngine::setObjectOwnership(store, QJSEngine::CppOwnership);
    return store;
}

ContentStore *ContentStore::instance()
{
    static ContentStore *const store = new ContentStore(QCoreApplication::instance());
    return store;
}

Script ContentStore::scriptFromKey(const QString &key)
{
    return key == QLatin1String("zh-Hant") ? Script::Hant : Script::Hans;
}

const ContentSearch &ContentStore::search(Script script) const
{
    auto &index = script == Script::Hans ? m_hansSearch : m_hantSearch;
    if (!index)
        index = std::make_unique<ContentSearch>(m_library, script);
    return *index;
}

QVariantList ContentStore::sourceList(const QStringList &ids) const
{
    QVariantList list;
    for (const QString &id : ids) {
        const Source *source = m_library.source(id);
        if (!source)
            continue;
        list.append(QVariantMap{{QStringLiteral("number"), list.size() + 1}, {QStringLiteral("id"), id},
                                {QStringLiteral("citation"), source->citation}, {QStringLiteral("link"), source->link()},
                                {QStringLiteral("type"), ContentLabels::sourceType(source->type)}});
    }
    return list;
}

QString ContentStore::topicTitle(const QString &id, const QString &scriptKey) const
{
    const Topic *topic = m_library.topic(id);
    return topic ? topic->title.in(scriptFromKey(scriptKey)) : QString();
}

QVariantMap ContentStore::article(const QString &id, const QString &scriptKey) const
{
    const Article *a = m_library.article(id);
    if (!a)
        return {};
    const Script script = scriptFromKey(scriptKey);
    QVariantList related;
    for (const QString &relatedId : a->related) {
        if (const Article *r = m_library.article(relatedId))
            related.append(QVariantMap{{QStringLiteral("id"), r->id}, {QStringLiteral("title"), r->title.in(script)}});
    }
    const Topic *topic = m_library.topic(a->topic);
    const QList<Content::TextBlock> blocks = Content::textBlocks(a->body.in(script));
    QVariantList blockList;
    for (const Content::TextBlock &block : blocks) {
        static const char *const kinds[] = {"heading", "paragraph", "item"};
        blockList.append(QVariantMap{{QStringLiteral("kind"), QLatin1String(kinds[int(block.kind)])},
                                     {QStringLiteral("marker"), block.marker},
                                     {QStringLiteral("markdown"), markExternalLinks(block.markdown)},
                                     {QStringLiteral("plain"), block.plain},
                                     {QStringLiteral("spoken"), block.spoken}});
    }
    return {{QStringLiteral("id"), a->id},
            {QStringLiteral("title"), a->title.in(script)},
            {QStringLiteral("summary"), a->summary.in(script)},
            {QStringLiteral("body"), markExternalLinks(a->body.in(script))},
            {QStringLiteral("blocks"), blockList},
            {QStringLiteral("spokenText"), Content::spokenText(blocks)},
            {QStringLiteral("topic"), topic ? topic->title.in(script) : QString()},
            {QStringLiteral("audience"), a->audience},
            {QStringLiteral("evidence"), a->evidence},
            {QStringLiteral("reviewed"), isoText(a->reviewed)},
            {QStringLiteral("sources"), sourceList(a->sources)},
            {QStringLiteral("related"), related}};
}

QVariantMap ContentStore::trial(const QString &id, const QString &scriptKey) const
{
    const Trial *t = m_library.trial(id);
    if (!t)
        return {};
    const Script script = scriptFromKey(scriptKey);
    QStringList countries, types;
    for (const QString &code : t->countries)
        countries.append(ContentLabels::country(code));
    for (const QString &type : t->diabetesTypes)
        types.append(ContentLabels::diabetesType(type));
    return {{QStringLiteral("id"), t->id},
            {QStringLiteral("name"), t->name.in(script)},
            {QStringLiteral("otherNames"), t->otherNames},
            {QStringLiteral("sponsor"), t->sponsor.in(script)},
            {QStringLiteral("countries"), countries},
            {QStringLiteral("cellSource"), ContentLabels::cellSource(t->cellSource)},
            {QStringLiteral("delivery"), t->delivery.in(script)},
            {QStringLiteral("diabetesTypes"), types},
            {QStringLiteral("phase"), ContentLabels::phase(t->phase)},
            {QStringLiteral("registryIds"), t->registryIds},
            {QStringLiteral("status"), ContentLabels::status(t->status)},
            {QStringLiteral("statusAsOf"), isoText(t->statusAsOf)},
            {QStringLiteral("statusNote"), t->statusNote.in(script)},
            {QStringLiteral("participants"), t->participants.in(script)},
            {QStringLiteral("immunosuppression"), ContentLabels::immunosuppression(t->immunosuppression)},
            {QStringLiteral("immunosuppressionNote"), t->immunosuppressionNote.in(script)},
            {QStringLiteral("results"), t->results.in(script)},
            {QStringLiteral("caveats"), t->caveats.in(script)},
            {QStringLiteral("whoCanJoin"), t->whoCanJoin.in(script)},
            {QStringLiteral("evidence"), t->evidence},
            {QStringLiteral("sources"), sourceList(t->sources)}};
}

QVariantMap ContentStore::item(const QString &kind, const QString &id, const QString &scriptKey) const
{
    const Script script = scriptFromKey(scriptKey);
    if (kind == QLatin1String("glossary")) {
        if (const GlossaryTerm *g = m_library.glossaryTerm(id))
            return {{QStringLiteral("title"), g->term.in(script)}, {QStringLiteral("text"), g->definition.in(script)}};
    } else if (kind == QLatin1String("source")) {
        if (const Source *s = m_library.source(id))
            return {{QStringLiteral("title"), ContentLabels::sourceType(s->type)},
                    {QStringLiteral("text"), s->citation}, {QStringLiteral("link"), s->link()}};
    } else if (kind == QLatin1String("red_flag")) {
        if (const RedFlag *f = m_library.redFlag(id))
            return {{QStringLiteral("title"), f->question.in(script)}, {QStringLiteral("text"), f->why.in(script)}};
    } else if (kind == QLatin1String("regulator")) {
        for (const Regulator &g : m_library.regulators)
            if (g.id == id)
                return {{QStringLiteral("title"), g.name.in(script)},
                        {QStringLiteral("text"), g.rules.in(script) + QStringLiteral("\n\n") + g.howToVerify.in(script)}};
    }
    return {};
}

QVariantList ContentStore::regulatorsForRegion(int region, const QString &scriptKey) const
{
    static const QStringList regionCodes = {QStringLiteral("cn"), QStringLiteral("tw"), QStringLiteral("hk")};
    const Script script = scriptFromKey(scriptKey);
    QVariantList list;
    for (const Regulator &g : m_library.regulators) {
        if (region >= 0 && region < regionCodes.size() && g.region != regionCodes.at(region))
            continue;
        QVariantList links;
        for (const RegulatorLink &link : g.links)
            links.append(QVariantMap{{QStringLiteral("label"), link.label.in(script)}, {QStringLiteral("url"), link.url}});
        list.append(QVariantMap{{QStringLiteral("id"), g.id},
                                {QStringLiteral("name"), g.name.in(script)},
                                {QStringLiteral("rules"), g.rules.in(script)},
                                {QStringLiteral("howToVerify"), stepsOnLines(g.howToVerify.in(script))},
                                {QStringLiteral("whereToReport"), stepsOnLines(g.whereToReport.in(script))},
                                {QStringLiteral("links"), links},
                                {QStringLiteral("asOf"), isoText(g.asOf)}});
    }
    return list;
}

QString ContentStore::dateText(const QString &isoDate, const QString &localeName) const
{
    return QLocale(localeName).toString(QDate::fromString(isoDate, Qt::ISODate), QLocale::ShortFormat);
}

QString ContentStore::evidenceLabel(const QString &level) const
{
    return ContentLabels::evidence(level);
}

int ContentStore::evidenceTier(const QString &level) const
{
    return ContentLabels::evidenceTier(level);
}
