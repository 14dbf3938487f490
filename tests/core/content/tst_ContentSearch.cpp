#include "content/ContentLoader.h"
#include "content/ContentSearch.h"
#include "ContentFixtures.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace Content;

namespace {

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.kind + QLatin1Char(':') + hit.id);
    return result;
}

} // namespace

TEST_CASE("a term typed in either script finds the text of the other")
{
    const LoadResult loaded = ContentLoader::load(ContentFixture::validDir());
    const ContentSearch traditional(loaded.library, Script::Hant);
    const ContentSearch simplified(loaded.library, Script::Hans);

    const QList<SearchHit> hits = traditional.search(QStringLiteral("干细胞"));
    REQUIRE(!hits.isEmpty());
    CHECK(ids(hits).contains(QStringLiteral("article:cells")));
    CHECK(ids(hits).contains(QStringLiteral("glossary:stem-cell")));
    CHECK(hits.first().title.contains(QStringLiteral("幹細胞")));
    CHECK(ids(simplified.search(QStringLiteral("幹細胞"))) == ids(traditional.search(QStringLiteral("干细胞"))));
    CHECK(ids(simplified.search(QStringLiteral("ti-100"))) == QStringList{QStringLiteral("trial:test-islets")});
}

TEST_CASE("title matches rank above body matches")
{
    const LoadResult loaded = ContentLoader::load(ContentFixture::validDir());
    const ContentSearch search(loaded.library, Script::Hans);
    // "家人" is the title of "family" and only in the body of "cells".
    const QList<SearchHit> hits = search.search(QStringLiteral("家人"));
    REQUIRE(hits.size() >= 2);
    CHECK(ids(hits).first() == QStringLiteral("article:family"));
    CHECK(ids(hits).contains(QStringLiteral("article:cells")));
    CHECK(hits.at(0).score > hits.at(1).score);
}

TEST_CASE("the snippet shows the match where matchStart says, in the reader's script")
{
    const LoadResult loaded = ContentLoader::load(ContentFixture::validDir());
    const ContentSearch search(loaded.library, Script::Hant);
    const QList<SearchHit> hits = search.search(QStringLiteral("登记"));
    REQUIRE(hits.size() >= 1);
    const SearchHit &hit = hits.first();
    REQUIRE(hit.matchStart >= 0);
    CHECK(hit.snippet.mid(hit.matchStart, hit.matchLength) == QStringLiteral("登記"));
    CHECK(!hit.snippet.contains(QStringLiteral("source:")));  // links show as their label
}

TEST_CASE("an empty or blank query finds nothing, an unknown word finds nothing")
{
    const LoadResult loaded = ContentLoader::load(ContentFixture::validDir());
    const ContentSearch search(loaded.library, Script::Hans);
    CHECK(search.search(QString()).isEmpty());
    CHECK(search.search(QStringLiteral("   ")).isEmpty());
    CHECK(search.search(QStringLiteral("zzzz-not-there")).isEmpty());
}

TEST_CASE("several words must all match")
{
    const LoadResult loaded = ContentLoader::load(ContentFixture::validDir());
    const ContentSearch search(loaded.library, Script::Hans);
    CHECK(ids(search.search(QStringLiteral("家人 干细胞"))) == QStringList{QStringLiteral("article:cells")});
    CHECK(ids(search.search(QStringLiteral("家人\u3000干细胞"))) == QStringList{QStringLiteral("article:cells")});  // ideographic space
}

TEST_CASE("the real content: cross-script search and results in every kind")
{
    const LoadResult loaded = ContentLoader::load();
    const ContentSearch hant(loaded.library, Script::Hant);
    const QList<SearchHit> hits = hant.search(QStringLiteral("干细胞"));
    CHECK(hits.size() > 10);
    CHECK(hant.search(QStringLiteral("VX-880")).first().id == QStringLiteral("zimislecel"));
    for (const SearchHit &hit : hits)
        if (hit.matchStart >= 0)
            CHECK(hit.snippet.mid(hit.matchStart, hit.matchLength) == QStringLiteral("幹細胞"));
}

TEST_CASE("a glossary term typed exactly comes first")
{
    const LoadResult loaded = ContentLoader::load();
    const ContentSearch search(loaded.library, Script::Hans);
    const QList<SearchHit> hits = search.search(QStringLiteral("幹細胞"));
    REQUIRE(!hits.isEmpty());
    CHECK(hits.first().kind == QStringLiteral("glossary"));
    CHECK(hits.first().id == QStringLiteral("stem-cell"));
}
