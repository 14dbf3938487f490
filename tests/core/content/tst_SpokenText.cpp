#include "content/SpokenText.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Content;
using Kind = TextBlock::Kind;

TEST_CASE("a body becomes headings, paragraphs and list items in reading order, without Markdown")
{
    const QString body = QStringLiteral(
        "先看**人数**。\n第二行接上。\n\n## 第一问：有多少人？\n\n1. **一位病人**（[病例报告](glossary:case-report)）\n"
        "2. 小型研究 [1](source:press-2025)\n\n- [C肽](glossary:c-peptide)：看自身分泌 [7](source:lab)。\n"
        "- 见[官网 ↗](https://example.org/a)\n\n最后一段。");
    const QList<TextBlock> blocks = textBlocks(body);
    REQUIRE(blocks.size() == 7);
    CHECK(blocks[0].kind == Kind::Paragraph);
    CHECK(blocks[0].plain == QStringLiteral("先看人数。 第二行接上。"));
    CHECK(blocks[0].markdown == QStringLiteral("先看**人数**。\n第二行接上。"));
    CHECK(blocks[1].kind == Kind::Heading);
    CHECK(blocks[1].plain == QStringLiteral("第一问：有多少人？"));
    CHECK(blocks[1].markdown == QStringLiteral("第一问：有多少人？"));
    CHECK(blocks[2].kind == Kind::ListItem);
    CHECK(blocks[2].plain == QStringLiteral("1. 一位病人（病例报告）"));
    CHECK(blocks[2].marker == QStringLiteral("1."));
    CHECK(blocks[2].markdown == QStringLiteral("**一位病人**（[病例报告](glossary:case-report)）"));
    CHECK(blocks[3].plain == QStringLiteral("2. 小型研究 1"));
    CHECK(blocks[3].spoken == QStringLiteral("2. 小型研究"));
    CHECK(blocks[4].kind == Kind::ListItem);
    CHECK(blocks[4].plain == QStringLiteral("C肽：看自身分泌 7。"));
    CHECK(blocks[4].marker == QStringLiteral("•"));
    CHECK(blocks[4].spoken == QStringLiteral("C肽：看自身分泌。"));
    CHECK(blocks[5].spoken == QStringLiteral("见官网 ↗"));
    CHECK(blocks[6].kind == Kind::Paragraph);
    CHECK(spokenText(blocks) == QStringLiteral("先看人数。 第二行接上。\n第一问：有多少人？\n1. 一位病人（病例报告）\n"
                                               "2. 小型研究\nC肽：看自身分泌。\n见官网 ↗\n最后一段。"));
}

TEST_CASE("the spoken text of a real article has no Markdown marks, link targets or source citations")
{
    for (const char *script : {"zh-Hans", "zh-Hant"}) {
        QFile file(QStringLiteral(ISLETGUIDE_TEST_DATA "/../../content/articles/reading-results.%1.md")
                       .arg(QLatin1String(script)));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(file.readAll());
        const QList<TextBlock> blocks = textBlocks(body);
        const QString spoken = spokenText(blocks);
        CAPTURE(script);
        CHECK(blocks.first().kind == Kind::Paragraph);
        CHECK(std::count_if(blocks.begin(), blocks.end(), [](const TextBlock &b) { return b.kind == Kind::Heading; })
              == body.count(QStringLiteral("\n## ")));
        for (const char *mark : {"**", "](", "##", "source:", "glossary:", "\n- "})
            CHECK_FALSE(spoken.contains(QLatin1String(mark)));
        // In order: the first heading is read before the second.
        CHECK(spoken.indexOf(blocks[1].spoken) < spoken.indexOf(blocks.last().spoken));
    }
}
