#include "content/VoiceChoice.h"

#include <catch2/catch.hpp>

using namespace Content;

TEST_CASE("Hong Kong readers hear Cantonese when the engine has it, everyone else Mandarin")
{
    const QStringList espeak = {QStringLiteral("en"), QStringLiteral("yue"), QStringLiteral("cmn")};
    CHECK(chooseChineseVoice(espeak, QStringLiteral("HK")) == QStringLiteral("yue"));
    CHECK(chooseChineseVoice(espeak, QStringLiteral("CN")) == QStringLiteral("cmn"));
    CHECK(chooseChineseVoice(espeak, QStringLiteral("TW")) == QStringLiteral("cmn"));
    const QStringList phone = {QStringLiteral("zh_CN"), QStringLiteral("zh_HK"), QStringLiteral("zh_TW")};
    CHECK(chooseChineseVoice(phone, QStringLiteral("HK")) == QStringLiteral("zh_HK"));
    CHECK(chooseChineseVoice(phone, QStringLiteral("TW")) == QStringLiteral("zh_TW"));
    CHECK(chooseChineseVoice(phone, QStringLiteral("CN")) == QStringLiteral("zh_CN"));
}

TEST_CASE("without Cantonese Hong Kong readers hear Mandarin, and with no Chinese voice nothing is chosen")
{
    CHECK(chooseChineseVoice({QStringLiteral("en-US"), QStringLiteral("zh-CN")}, QStringLiteral("HK"))
          == QStringLiteral("zh-CN"));
    CHECK(chooseChineseVoice({QStringLiteral("zh-yue")}, QStringLiteral("CN")).isEmpty());
    CHECK(chooseChineseVoice({QStringLiteral("en-US"), QStringLiteral("de")}, QStringLiteral("HK")).isEmpty());
    CHECK(chooseChineseVoice({}, QStringLiteral("CN")).isEmpty());
}
