#include "content/ContentLoader.h"
#include "ContentFixtures.h"

#include <QFile>
#include <QHash>
#include <catch2/catch.hpp>

using namespace Content;

TEST_CASE("the bundled content loads completely and without problems")
{
    const LoadResult result = ContentLoader::load();
    INFO((result.problems.isEmpty() ? QString() : result.problems.first().toString()).toStdString());
    CHECK(result.problems.isEmpty());
    const ContentLibrary &library = result.library;
    CHECK(library.topics.size() >= 5);
    CHECK(library.articles.size() >= 14);
    CHECK(library.trials.size() >= 14);
    CHECK(library.redFlags.size() >= 19);
    CHECK(library.regulators.size() == 4);
    CHECK(library.glossary.size() >= 60);
    CHECK(!library.sources.isEmpty());
    for (qsizetype i = 1; i < library.topics.size(); ++i)
        CHECK(library.topics.at(i - 1).order <= library.topics.at(i).order);
}

TEST_CASE("a fixture directory loads into typed items")
{
    const LoadResult result = ContentLoader::load(ContentFixture::validDir());
    REQUIRE(result.problems.isEmpty());
    const ContentLibrary &library = result.library;
    REQUIRE(library.articles.size() == 2);

    const Article *article = library.article(QStringLiteral("cells"));
    REQUIRE(article);
    CHECK(article->title.hans == QStringLiteral("干细胞入门"));
    CHECK(article->title.hant == QStringLiteral("幹細胞入門"));
    CHECK(article->reviewed == QDate(2026, 1, 15));
    CHECK(article->body.hant.startsWith(QStringLiteral("[幹細胞](glossary:stem-cell)")));
    CHECK(article->sources == QStringList{QStringLiteral("test-journal-2025"), QStringLiteral("test-registry")});

    const Trial *trial = library.trial(QStringLiteral("test-islets"));
    REQUIRE(trial);
    CHECK(trial->statusAsOf == QDate(2026, 3, 1));
    CHECK(trial->immunosuppression == QStringLiteral("yes"));
    CHECK(trial->origin.toString() == QStringLiteral("trials.json:4"));

    const Regulator *regulator = library.regulatorForRegion(QStringLiteral("tw"));
    REQUIRE(regulator);
    REQUIRE(regulator->links.size() == 1);
    CHECK(regulator->links.first().url == QStringLiteral("https://example.org/tw"));
    CHECK(library.regulatorForRegion(QStringLiteral("cn")) == nullptr);

    const Source *source = library.source(QStringLiteral("test-journal-2025"));
    REQUIRE(source);
    CHECK(source->link() == QStringLiteral("https://doi.org/10.0000/test.1"));
    CHECK(library.glossaryTerm(QStringLiteral("stem-cell"))->aliases.contains(QStringLiteral("stem cell")));
}

TEST_CASE("malformed JSON is reported with its file and line")
{
    const ContentFixture fixture(QStringLiteral("malformed-json"));
    const LoadResult result = ContentLoader::load(fixture.path());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().where.file == QStringLiteral("trials.json"));
    CHECK(result.problems.first().where.line == 7);
    CHECK(result.problems.first().message.contains(QStringLiteral("not valid JSON")));
    CHECK(result.library.trials.isEmpty());
}

TEST_CASE("a missing required field is reported with the item's line")
{
    const ContentFixture fixture(QStringLiteral("missing-field"));
    const LoadResult result = ContentLoader::load(fixture.path());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().toString() == QStringLiteral("trials.json:4: field \"phase\" is missing"));
}

TEST_CASE("a directory without content says which file it could not read")
{
    const QTemporaryDir empty;
    const LoadResult result = ContentLoader::load(empty.path());
    REQUIRE(!result.problems.isEmpty());
    CHECK(result.problems.first().where.file == QStringLiteral("topics.json"));
    CHECK(result.problems.first().message.startsWith(QStringLiteral("cannot be read")));
    CHECK(result.problems.at(1).toString() == QStringLiteral("articles/: holds no articles (articles/<id>.json)"));
}

TEST_CASE("every item of the bundled content is placed on the line where its id is written")
{
    const LoadResult result = ContentLoader::load();
    REQUIRE(result.problems.isEmpty());
    QHash<QString, QList<QByteArray>> files;
    int checked = 0;
    const auto check = [&](const QString &id, const ContentOrigin &origin) {
        if (!files.contains(origin.file)) {
            QFile file(ContentLoader::bundledRoot() + QLatin1Char('/') + origin.file);
            REQUIRE(file.open(QIODevice::ReadOnly));
            files.insert(origin.file, file.readAll().split('\n'));
        }
        INFO(origin.toString().toStdString() << " " << id.toStdString());
        REQUIRE(origin.line >= 1);
        CHECK(files.value(origin.file).value(origin.line - 1).contains("\"id\": \"" + id.toUtf8() + '"'));
        ++checked;
    };
    for (const Trial &item : result.library.trials)
        check(item.id, item.origin);
    for (const RedFlag &item : result.library.redFlags)
        check(item.id, item.origin);
    for (const GlossaryTerm &item : result.library.glossary)
        check(item.id, item.origin);
    for (const Source &item : result.library.sources)
        check(item.id, item.origin);
    CHECK(checked > 100);
}
