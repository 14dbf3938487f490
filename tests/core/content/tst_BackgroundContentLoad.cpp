#include "content/BackgroundContentLoad.h"
#include "ContentFixtures.h"

#include <catch2/catch.hpp>

using namespace Content;

namespace {
template<typename Item>
QStringList ids(const QList<Item> &items)
{
    QStringList list;
    for (const Item &item : items)
        list.append(item.id);
    return list;
}

// The background load must give the pages exactly what a load on the GUI thread gives them.
void checkSameAsDirectLoad(const LoadResult &background, const LoadResult &direct)
{
    CHECK(background.problems.size() == direct.problems.size());
    const ContentLibrary &a = background.library;
    const ContentLibrary &b = direct.library;
    CHECK(ids(a.topics) == ids(b.topics));
    CHECK(ids(a.articles) == ids(b.articles));
    CHECK(ids(a.trials) == ids(b.trials));
    CHECK(ids(a.redFlags) == ids(b.redFlags));
    CHECK(ids(a.regulators) == ids(b.regulators));
    CHECK(ids(a.glossary) == ids(b.glossary));
    CHECK(ids(a.sources) == ids(b.sources));
    REQUIRE(a.articles.size() == b.articles.size());
    for (qsizetype i = 0; i < a.articles.size(); ++i) {
        CHECK(a.articles.at(i).title.hans == b.articles.at(i).title.hans);
        CHECK(a.articles.at(i).body.hans == b.articles.at(i).body.hans);
        CHECK(a.articles.at(i).body.hant == b.articles.at(i).body.hant);
    }
    for (const Topic &topic : b.topics)
        CHECK(a.topic(topic.id));  // the id lookups are built too
}
} // namespace

TEST_CASE("the bundled content loaded in the background equals a direct load")
{
    BackgroundContentLoad::start();
    const LoadResult background = BackgroundContentLoad::take();
    const LoadResult direct = ContentLoader::load();
    CHECK(direct.library.articles.size() >= 14);
    checkSameAsDirectLoad(background, direct);
}

TEST_CASE("a fixture directory loaded in the background equals a direct load")
{
    BackgroundContentLoad::start(ContentFixture::validDir());
    checkSameAsDirectLoad(BackgroundContentLoad::take(ContentFixture::validDir()),
                          ContentLoader::load(ContentFixture::validDir()));
}

TEST_CASE("without a started load, take() loads on the calling thread")
{
    const LoadResult result = BackgroundContentLoad::take(ContentFixture::validDir());
    CHECK(result.problems.isEmpty());
    CHECK(result.library.articles.size() == 2);
}

TEST_CASE("a load started for another folder is not handed out for this one")
{
    BackgroundContentLoad::start(ContentFixture::validDir());
    const LoadResult bundled = BackgroundContentLoad::take();
    CHECK(bundled.library.articles.size() >= 14);
    CHECK(BackgroundContentLoad::take(ContentFixture::validDir()).library.articles.size() == 2);
}
