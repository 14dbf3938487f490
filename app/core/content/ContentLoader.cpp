#include "content/ContentLoader.h"
#include "content/JsonItemReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace Content {

namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(std::count(text.cbegin(), text.cbegin() + offset, '\n')) + 1;
}

// The lines where items start, found by their ids in the raw file since QJsonDocument keeps no positions. Items come
// in file order, so each search goes on from the previous item and counts only the lines in between; an id found
// only earlier in the file (a duplicate, or out of order) is searched from the start.
class ItemLines
{
public:
    explicit ItemLines(const QByteArray &raw)
        : m_raw(raw)
    {
    }

    int lineOfId(const QString &id)
    {
        const QByteArray key = QByteArray("\"id\": \"") + id.toUtf8() + '"';
        qsizetype at = m_raw.indexOf(key, m_offset);
        if (at < 0) {
            at = m_raw.indexOf(key);
            if (at < 0)
                return 0;
            m_offset = 0;
            m_line = 1;
        }
        m_line += int(std::count(m_raw.cbegin() + m_offset, m_raw.cbegin() + at, '\n'));
        m_offset = at;
        return m_line;
    }

private:
    const QByteArray &m_raw;
    qsizetype m_offset = 0;
    int m_line = 1;  // the line of m_offset
};

// One content file read and parsed: the raw bytes (for line numbers) and the top-level object.
struct ParsedFile {
    QString name;
    QByteArray raw;
    QJsonObject root;
    bool ok = false;
};

ParsedFile parse(const QString &root, const QString &name, QList<ContentProblem> &problems)
{
    ParsedFile file{name, {}, {}, false};
    QFile in(root + QLatin1Char('/') + name);
    if (!in.open(QIODevice::ReadOnly)) {
        problems.append({{name, 0}, QStringLiteral("cannot be read: %1").arg(in.errorString())});
        return file;
    }
    file.raw = in.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.raw, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append({{name, lineAt(file.raw, error.offset)}, QStringLiteral("is not valid JSON: %1").arg(error.errorString())});
        return file;
    }
    if (!document.isObject()) {
        problems.append({{name, 1}, QStringLiteral("must hold a JSON object")});
        return file;
    }
    file.root = document.object();
    file.ok = true;
    return file;
}

// Calls read(reader) for each object in the file's top-level list `key`.
template<typename Read>
void forEachItem(const ParsedFile &file, const QString &key, QList<ContentProblem> &problems, Read read)
{
    if (!file.ok)
        return;
    const QJsonValue list = file.root.value(key);
    if (!list.isArray()) {
        problems.append({{file.name, 1}, QStringLiteral("needs a list \"%1\"").arg(key)});
        return;
    }
    ItemLines lines(file.raw);
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject()) {
            problems.append({{file.name, 0}, QStringLiteral("every entry of \"%1\" must be an object").arg(key)});
            continue;
        }
        const QJsonObject object = value.toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        const ContentOrigin origin{file.name, lines.lineOfId(id)};
        JsonItemReader reader(object, origin, problems);
        read(reader.string(QStringLiteral("id")), origin, reader);
    }
}

QString readText(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
}

void readArticles(const QString &root, ContentLibrary &library, QList<ContentProblem> &problems)
{
    const QDir dir(root + QStringLiteral("/articles"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        problems.append({{QStringLiteral("articles/"), 0}, QStringLiteral("holds no articles (articles/<id>.json)")});
    for (const QString &fileName : files) {
        const QString name = QStringLiteral("articles/") + fileName;
        const ParsedFile file = parse(root, name, problems);
        if (!file.ok)
            continue;
        const ContentOrigin origin{name, 1};
        JsonItemReader r(file.root, origin, problems);
        Article a;
        a.id = r.string(QStringLiteral("id"));
        a.topic = r.string(QStringLiteral("topic"));
        a.audience = r.string(QStringLiteral("audience"));
        a.evidence = r.string(QStringLiteral("evidence"));
        a.reviewed = r.date(QStringLiteral("reviewed"), false);
        a.title = r.text(QStringLiteral("title"));
        a.summary = r.text(QStringLiteral("summary"));
        a.sources = r.strings(QStringLiteral("sources"));
        a.related = r.strings(QStringLiteral("related"));
        a.glossary = r.strings(QStringLiteral("glossary"));
        const QString base = dir.filePath(fileName.chopped(5));
        a.body = {readText(base + QStringLiteral(".zh-Hans.md")), readText(base + QStringLiteral(".zh-Hant.md"))};
        a.origin = origin;
        if (a.id != fileName.chopped(5))
            problems.append({origin, QStringLiteral("id \"%1\" must match the file name").arg(a.id)});
        library.articles.append(a);
    }
}

} // namespace

QString ContentLoader::bundledRoot()
{
    return QStringLiteral(":/content");
}

LoadResult ContentLoader::load(const QString &root)
{
    LoadResult result;
    ContentLibrary &library = result.library;
    QList<ContentProblem> &problems = result.problems;

    forEachItem(parse(root, QStringLiteral("topics.json"), problems), QStringLiteral("topics"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    library.topics.append({id, r.text(QStringLiteral("title")), r.text(QStringLiteral("summary")),
                                           r.integer(QStringLiteral("order")), origin});
                });
    readArticles(root, library, problems);
    forEachItem(parse(root, QStringLiteral("trials.json"), problems), QStringLiteral("trials"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    Trial t;
                    t.id = id;
                    t.name = r.text(QStringLiteral("name"));
                    t.otherNames = r.strings(QStringLiteral("other_names"));
                    t.sponsor = r.text(QStringLiteral("sponsor"));
                    t.countries = r.strings(QStringLiteral("countries"));
                    t.cellSource = r.string(QStringLiteral("cell_source"));
                    t.delivery = r.text(QStringLiteral("delivery"));
                    t.diabetesTypes = r.strings(QStringLiteral("diabetes_types"));
                    t.phase = r.string(QStringLiteral("phase"));
                    t.registryIds = r.strings(QStringLiteral("registry_ids"));
                    t.status = r.string(QStringLiteral("status"));
                    t.statusAsOf = r.date(QStringLiteral("status_as_of"), false);
                    t.statusNote = r.text(QStringLiteral("status_note"));
                    t.participants = r.text(QStringLiteral("participants"));
                    t.immunosuppression = r.string(QStringLiteral("immunosuppression"));
                    t.immunosuppressionNote = r.text(QStringLiteral("immunosuppression_note"));
                    t.results = r.text(QStringLiteral("results"));
                    t.caveats = r.text(QStringLiteral("caveats"));
                    t.whoCanJoin = r.text(QStringLiteral("who_can_join"));
                    t.evidence = r.string(QStringLiteral("evidence"));
                    t.sources = r.strings(QStringLiteral("sources"));
                    t.origin = origin;
                    library.trials.append(t);
                });
    forEachItem(parse(root, QStringLiteral("red_flags.json"), problems), QStringLiteral("red_flags"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    library.redFlags.append({id, r.text(QStringLiteral("question")), r.text(QStringLiteral("why")),
                                             r.string(QStringLiteral("weight")), r.date(QStringLiteral("as_of"), false),
                                             r.strings(QStringLiteral("sources")), origin});
                });
    forEachItem(parse(root, QStringLiteral("regulators.json"), problems), QStringLiteral("regulators"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    Regulator g;
                    g.id = id;
                    g.region = r.string(QStringLiteral("region"));
                    g.name = r.text(QStringLiteral("name"));
                    g.rules = r.text(QStringLiteral("rules"));
                    g.howToVerify = r.text(QStringLiteral("how_to_verify"));
                    g.whereToReport = r.text(QStringLiteral("where_to_report"));
                    for (const QJsonObject &link : r.objects(QStringLiteral("links"))) {
                        JsonItemReader l(link, origin, problems);
                        g.links.append({l.text(QStringLiteral("label")), l.string(QStringLiteral("url"))});
                    }
                    g.asOf = r.date(QStringLiteral("as_of"), false);
                    g.sources = r.strings(QStringLiteral("sources"));
                    g.origin = origin;
                    library.regulators.append(g);
                });
    forEachItem(parse(root, QStringLiteral("glossary.json"), problems), QStringLiteral("terms"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    library.glossary.append({id, r.text(QStringLiteral("term")), r.text(QStringLiteral("definition")),
                                             r.strings(QStringLiteral("aliases")), origin});
                });
    forEachItem(parse(root, QStringLiteral("sources.json"), problems), QStringLiteral("sources"), problems,
                [&](const QString &id, const ContentOrigin &origin, const JsonItemReader &r) {
                    library.sources.append({id, r.string(QStringLiteral("citation")),
                                            r.string(QStringLiteral("doi"), false), r.string(QStringLiteral("url"), false),
                                            r.string(QStringLiteral("print_only"), false), r.string(QStringLiteral("type")), r.date(QStringLiteral("published"), false),
                                            r.date(QStringLiteral("accessed"), false), origin});
                });
    library.index();
    return result;
}

} // namespace Content
