#include "content/ContentLoader.h"
#include "content/ContentValidator.h"
#include "ContentFixtures.h"

#include <catch2/catch.hpp>

using namespace Content;

namespace {

QStringList problemsOf(const QString &root)
{
    const LoadResult loaded = ContentLoader::load(root);
    QStringList lines;
    for (const ContentProblem &problem : loaded.problems + ContentValidator().validate(loaded.library))
        lines.append(problem.toString());
    return lines;
}

} // namespace

TEST_CASE("the real content breaks no rule")
{
    const QStringList problems = problemsOf(ContentLoader::bundledRoot());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the valid fixture breaks no rule")
{
    CHECK(problemsOf(ContentFixture::validDir()).isEmpty());
}

TEST_CASE("each broken fixture breaks exactly its rule, named with file and line")
{
    const auto [fixture, expected] = GENERATE(table<const char *, const char *>({
        {"missing-script", "glossary.json:4: \"definition\" has no zh-Hant text"},
        {"missing-body", "articles/family.zh-Hant.md: the article has no zh-Hant body"},
        {"no-source", "red_flags.json:4: a factual item needs at least one source"},
        {"no-date", "regulators.json:4: a factual item needs a date \"as_of\" (YYYY-MM-DD)"},
        {"unknown-related", "articles/family.json:1: related article \"no-such-article\" does not exist"},
        {"unknown-source", "trials.json:4: source \"no-such-source\" is not in sources.json"},
        {"unknown-topic", "articles/cells.json:1: topic \"no-such-topic\" is not in topics.json"},
        {"unknown-link-target", "articles/cells.zh-Hans.md:1: link to glossary term \"no-such-term\", which is not in glossary.json"},
        {"malformed-link", "articles/cells.zh-Hant.md:1: malformed Markdown link (expected [label](target))"},
        {"insecure-link", "articles/cells.zh-Hans.md:5: link target \"http://example.org/\" must be glossary:, article:, source: or https://"},
        {"source-number", "articles/cells.zh-Hant.md:5: source \"test-registry\" is number 2 in the article's \"sources\" but labelled [3]"},
        {"simplified-in-hant", "topics.json:3: \"summary\" in zh-Hant has characters of the other script: 细"},
        {"traditional-in-hans", "articles/family.zh-Hans.md: \"body\" in zh-Hans has characters of the other script: 記"},
        {"bad-value", "trials.json:4: \"phase\" is \"phase-9\"; expected one of case-report, pilot, phase-1, phase-1-2, phase-1-2-3, phase-2, phase-3, approved, unknown"},
        {"duplicate-id", "red_flags.json:4: id \"pay-first\" is used twice"},
        {"trial-no-date", "trials.json:4: a factual item needs a date \"status_as_of\" (YYYY-MM-DD)"},
        {"trial-no-registry-id", "trials.json:4: cites registry record \"test-registry\" but \"registry_ids\" is empty"},
        {"unknown-registry-format", "trials.json:4: registry id \"NCT-123\" is not in a known registry's format (NCT + 8 digits, ChiCTR + 10 digits, jRCT + 10 characters, ISRCTN + 8 digits)"},
        {"unknown-evidence", "trials.json:4: \"evidence\" is \"rumour\"; expected one of approved, phase-3, phase-2, phase-1-2, phase-1, pilot, case-report, press-release, news, preclinical, guideline, regulation, background"},
        {"source-without-link", "sources.json:5: a source needs a \"doi\" or an https \"url\", or \"print_only\" with the reason"},
    }));
    const ContentFixture content{QString::fromUtf8(fixture)};
    const QStringList problems = problemsOf(content.path());
    INFO(fixture << ": " << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.size() == 1);
    CHECK(problems.contains(QString::fromUtf8(expected)));
}
