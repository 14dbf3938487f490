#include "content/ScriptCharacters.h"

#include <catch2/catch.hpp>

using namespace Content;

TEST_CASE("OpenCC's tables are bundled")
{
    CHECK(!ScriptCharacters::bundled().isEmpty());
}

TEST_CASE("characters of one script only are told apart, shared ones are not")
{
    const ScriptCharacters &chars = ScriptCharacters::bundled();
    CHECK(chars.isSimplifiedOnly(U'细'));
    CHECK(chars.isSimplifiedOnly(U'岛'));
    CHECK(chars.isTraditionalOnly(U'幹'));
    CHECK(chars.isTraditionalOnly(U'細'));
    CHECK_FALSE(chars.isSimplifiedOnly(U'干'));   // also Traditional (干涉)
    CHECK_FALSE(chars.isSimplifiedOnly(U'胰'));
    CHECK_FALSE(chars.isTraditionalOnly(U'胰'));
}

TEST_CASE("Taiwan and Hong Kong standard forms are not taken for Simplified")
{
    const ScriptCharacters &chars = ScriptCharacters::bundled();
    // OpenCC's s2t maps these to old variants (牀, 羣, 纔); they are the correct forms in Taiwan and Hong Kong.
    CHECK_FALSE(chars.isSimplifiedOnly(U'床'));
    CHECK_FALSE(chars.isSimplifiedOnly(U'群'));
    CHECK_FALSE(chars.isSimplifiedOnly(U'才'));
    CHECK_FALSE(chars.isSimplifiedOnly(U'裡'));
}

TEST_CASE("folding maps Traditional to Simplified and keeps the length")
{
    const ScriptCharacters &chars = ScriptCharacters::bundled();
    CHECK(chars.fold(u"幹細胞") == QStringLiteral("干细胞"));
    CHECK(chars.fold(u"干细胞") == QStringLiteral("干细胞"));
    CHECK(chars.fold(u"VX-880 胰島") == QStringLiteral("vx-880 胰岛"));
    const QString mixed = QStringLiteral("臨床試驗 😀 NCT");
    CHECK(chars.fold(mixed).size() == mixed.size());
}
