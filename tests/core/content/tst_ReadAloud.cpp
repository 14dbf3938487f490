#include "ReadAloud.h"
#include "UiSettings.h"

#include <QSignalSpy>
#include <QTextToSpeech>
#include <catch2/catch.hpp>

// State follows the controls; with no engine or no Chinese voice the control says why instead of doing nothing.
TEST_CASE("read aloud follows start, pause, resume and stop, or explains why it cannot")
{
    ReadAloud reader;
    reader.setRegion(UiSettings::HongKong);
    reader.setBlocks({QStringLiteral("第一问：有多少人？"), QStringLiteral("证据从弱到强。")});
    if (reader.state() == ReadAloud::Unavailable) {
        INFO("engines: " << QTextToSpeech::availableEngines().join(QLatin1Char(' ')).toStdString());
        CHECK_FALSE(reader.message().isEmpty());
        reader.start();
        CHECK(reader.state() == ReadAloud::Unavailable);
        CHECK(reader.currentBlock() == -1);
        return;
    }
    CHECK(reader.message().isEmpty());
    REQUIRE(reader.state() == ReadAloud::Idle);
    QSignalSpy states(&reader, &ReadAloud::stateChanged);
    reader.start();
    CHECK(reader.state() == ReadAloud::Speaking);
    CHECK(reader.currentBlock() == 0);
    reader.pause();
    CHECK(reader.state() == ReadAloud::Paused);
    reader.resume();
    CHECK(reader.state() == ReadAloud::Speaking);
    reader.stop();
    CHECK(reader.state() == ReadAloud::Idle);
    CHECK(reader.currentBlock() == -1);
    CHECK(states.count() == 4);
    reader.pause();  // nothing to pause
    CHECK(reader.state() == ReadAloud::Idle);
}

TEST_CASE("new text stops what was being read")
{
    ReadAloud reader;
    reader.setBlocks({QStringLiteral("一")});
    if (reader.state() == ReadAloud::Unavailable)
        return;
    reader.start();
    reader.setBlocks({QStringLiteral("二")});
    CHECK(reader.state() == ReadAloud::Idle);
    CHECK(reader.currentBlock() == -1);
}
