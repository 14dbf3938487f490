#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QTextToSpeech;

// Why it exists: the "read aloud" control of articles. Speaks the blocks it is given (headings, paragraphs and list
// items as plain text, Content::textBlocks) one after another, so the page can show which block is being read —
// Qt 6.4 reports no word progress. The voice follows the region (Cantonese for Hong Kong when there is one); when no
// engine or no Chinese voice exists it says so in `message` instead of failing silently. The engine starts at the
// first start(), never for a page that is only read.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList blocks READ blocks WRITE setBlocks NOTIFY blocksChanged)
    Q_PROPERTY(int region READ region WRITE setRegion NOTIFY regionChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int currentBlock READ currentBlock NOTIFY currentBlockChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
public:
    enum State { Unavailable, Idle, Speaking, Paused };
    Q_ENUM(State)

    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    QStringList blocks() const { return m_blocks; }
    void setBlocks(const QStringList &blocks);
    int region() const { return m_region; }
    void setRegion(int region);
    State state() const { return m_state; }
    int currentBlock() const { return m_current; }
    QString message() const { return m_message; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();

signals:
    void blocksChanged();
    void regionChanged();
    void stateChanged();
    void currentBlockChanged();

private:
    void chooseVoice();
    void onEngineState();
    void speakCurrent();
    void setState(State state);
    void setCurrent(int index);

    QTextToSpeech *m_engine = nullptr;
    QStringList m_blocks;
    int m_region = 0;
    State m_state = Unavailable;
    int m_current = -1;
    QString m_message;
};
