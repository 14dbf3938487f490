#include "Commands.h"

#include "content/ContentJson.h"
#include "content/ContentLoader.h"
#include "content/ContentSearch.h"
#include "content/ContentValidator.h"

#include <QJsonDocument>
#include <optional>

using namespace Content;

namespace {

std::optional<Script> scriptOption(CliContext &context)
{
    const QString script = context.option(QStringLiteral("--script"), QStringLiteral("hans"));
    if (script == QLatin1String("hans"))
        return Script::Hans;
    if (script == QLatin1String("hant"))
        return Script::Hant;
    context.err << "isletguide-cli content: --script must be hans or hant, not '" << script << "'\n";
    return std::nullopt;
}

// Loads the bundled content, or --dir; prints the load problems and returns nothing when there are any.
std::optional<LoadResult> loadContent(CliContext &context, const QString &root)
{
    LoadResult result = ContentLoader::load(root);
    if (result.problems.isEmpty())
        return result;
    for (const ContentProblem &problem : result.problems)
        context.err << root << '/' << problem.toString() << '\n';
    return std::nullopt;
}

int validate(CliContext &context, const QString &root)
{
    const auto loaded = loadContent(context, root);
    if (!loaded)
        return 1;
    const QList<ContentProblem> problems = ContentValidator().validate(loaded->library);
    for (const ContentProblem &problem : problems)
        context.err << root << '/' << problem.toString() << '\n';
    if (!problems.isEmpty()) {
        context.err << problems.size() << " problem(s) in " << root << '\n';
        return 1;
    }
    const ContentLibrary &library = loaded->library;
    context.out << "content OK: " << library.articles.size() << " articles, " << library.trials.size() << " trials, "
                << library.redFlags.size() << " red flags, " << library.regulators.size() << " regulators, "
                << library.glossary.size() << " glossary terms, " << library.sources.size() << " sources\n";
    return 0;
}

int dump(CliContext &context, const QString &root)
{
    const auto script = scriptOption(context);
    const auto loaded = script ? loadContent(context, root) : std::nullopt;
    if (!loaded)
        return 1;
    context.out << QJsonDocument(libraryToJson(loaded->library, *script)).toJson(QJsonDocument::Indented);
    return 0;
}

int search(CliContext &context, const QString &root)
{
    if (context.args.size() < 2 || context.args.at(1).startsWith(QLatin1String("--"))) {
        context.err << "isletguide-cli content search: give a QUERY (content search QUERY --script hans|hant)\n";
        return 2;
    }
    const auto script = scriptOption(context);
    const auto loaded = script ? loadContent(context, root) : std::nullopt;
    if (!loaded)
        return 1;
    const QList<SearchHit> hits = ContentSearch(loaded->library, *script).search(context.args.at(1));
    if (context.hasFlag(QStringLiteral("--json"))) {
        context.out << QJsonDocument(searchHitsToJson(hits)).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const SearchHit &hit : hits)
        context.out << hit.kind << '\t' << hit.id << '\t' << hit.title << "\n\t" << hit.snippet << '\n';
    return 0;
}

} // namespace

// `content validate|dump|search`: the content engine without a window (DESIGN.md, CLI contract).
int runContent(CliContext &context)
{
    const QString action = context.args.value(0);
    const QString root = context.option(QStringLiteral("--dir"), ContentLoader::bundledRoot());
    if (action == QLatin1String("validate"))
        return validate(context, root);
    if (action == QLatin1String("dump"))
        return dump(context, root);
    if (action == QLatin1String("search"))
        return search(context, root);
    context.err << "isletguide-cli content: expected validate, dump or search (see --help)\n";
    return 2;
}
