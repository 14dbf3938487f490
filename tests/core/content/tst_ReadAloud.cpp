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
    INFO("engines: " << QTextToSpeech::availableEngines().join(QLatin1Char(' ')).toStdString());
    if (QTextToSpeech::availableEngines().isEmpty()) {
        CHECK(reader.state() == ReadAloud::Unavailable);
        CHECK_FALSE(reader.message().isEmpty());
    } else {
        CHECK(reader.state() == ReadAloud::Idle);  // no engine started yet
    }
    QSignalSpy states(&reader, &ReadAloud::stateChanged);
    reader.start();
    if (reader.state() == ReadAloud::Unavailable) {  // no engine, or one without a Chinese voice
        INFO("message: " << reader.message().toStdString());
        CHECK_FALSE(reader.message().isEmpty());
        CHECK(reader.currentBlock() == -1);
        reader.start();
        CHECK(reader.state() == ReadAloud::Unavailable);
        return;
    }
    CHECK(reader.message().isEmpty());
    CHECK(reader.state() == ReadAloud::Speaking);
    CHECK(reader.currentBlock() == 0);
    reader.pause();
    CHECK(reader.state() == ReadAloud::Paused);
    reader.resume();
    CHECK(reader.state() == ReadAloud::Speaking);
    reader.stop();
    CHECK(reader.state() == ReadAloud::Idle);
    CHECK(reader.currentBlock() == -1);
    CHECK(states.count() == 4);  // speaking, paused, speaking, idle
    reader.pause();  // nothing to pause
    CHECK(reader.state() == ReadAloud::Idle);
}

TEST_CASE("new text stops what was being read")
{
    ReadAloud reader;
    reader.setBlocks({QStringLiteral("一")});
    reader.start();
    if (reader.state() == ReadAloud::Unavailable)
        return;
    reader.setBlocks({QStringLiteral("二")});
    CHECK(reader.state() == ReadAloud::Idle);
    CHECK(reader.currentBlock() == -1);
}
