#include "ReadAloud.h"

#include "UiSettings.h"
#include "content/VoiceChoice.h"

#include <QTextToSpeech>

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_message = tr("Read aloud needs a text-to-speech engine, and this device has none installed.");
        return;
    }
    m_state = Idle;  // the engine itself starts at the first "read aloud" (see start)
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setBlocks(const QStringList &blocks)
{
    if (blocks == m_blocks)
        return;
    stop();
    m_blocks = blocks;
    emit blocksChanged();
}

void ReadAloud::setRegion(int region)
{
    if (region == m_region)
        return;
    m_region = region;
    emit regionChanged();
    if (m_engine)
        chooseVoice();
}

void ReadAloud::chooseVoice()
{
    QStringList names;
    const QList<QLocale> locales = m_engine->availableLocales();
    for (const QLocale &locale : locales)
        names.append(locale.name());
    const QString regionCode = m_region == UiSettings::HongKong ? QStringLiteral("HK")
        : m_region == UiSettings::Taiwan                        ? QStringLiteral("TW")
                                                                : QStringLiteral("CN");
    const QString chosen = Content::chooseChineseVoice(names, regionCode);
    if (m_engine->state() == QTextToSpeech::Error) {
        m_message = tr("The text-to-speech engine could not start, so this page cannot be read aloud.");
        setState(Unavailable);
    } else if (chosen.isEmpty()) {
        m_message = tr("The text-to-speech engine has no Chinese voice. Install a Mandarin or Cantonese voice to "
                       "hear articles read aloud.");
        setState(Unavailable);
    } else {
        m_engine->setLocale(locales.at(names.indexOf(chosen)));
        m_message.clear();
        setState(Idle);
    }
}

void ReadAloud::start()
{
    if (m_state == Unavailable || m_blocks.isEmpty())
        return;
    // Started only when asked for: on Linux the engine is speech-dispatcher, a separate service that also probes
    // network voices on localhost, which a reader who never listens should not start.
    if (!m_engine) {
        m_engine = new QTextToSpeech(this);
        connect(m_engine, &QTextToSpeech::stateChanged, this, &ReadAloud::onEngineState);
        chooseVoice();
        if (m_state == Unavailable)
            return;
    }
    m_engine->stop();
    setCurrent(0);
    setState(Speaking);
    speakCurrent();
}

void ReadAloud::pause()
{
    if (m_state != Speaking)
        return;
    m_engine->pause();
    setState(Paused);
}

void ReadAloud::resume()
{
    if (m_state != Paused)
        return;
    setState(Speaking);
    m_engine->resume();
}

void ReadAloud::stop()
{
    if (m_state != Speaking && m_state != Paused)
        return;
    setState(Idle);
    setCurrent(-1);
    m_engine->stop();
}

void ReadAloud::speakCurrent()
{
    m_engine->say(m_blocks.at(m_current));
}

// The engine is Ready again after each block: the next one follows, until the last.
void ReadAloud::onEngineState()
{
    if (m_engine->state() == QTextToSpeech::Error) {
        m_message = tr("The text-to-speech engine stopped with an error.");
        setCurrent(-1);
        setState(Unavailable);
    } else if (m_engine->state() == QTextToSpeech::Ready && m_state == Speaking) {
        if (m_current + 1 < m_blocks.size()) {
            setCurrent(m_current + 1);
            speakCurrent();
        } else {
            setCurrent(-1);
            setState(Idle);
        }
    }
}

void ReadAloud::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void ReadAloud::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    emit currentBlockChanged();
}
