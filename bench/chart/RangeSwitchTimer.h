#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

class QQuickWindow;

// Drives the statistics page through Day → 14 days → 90 days, again and again, and times each switch: from setting
// the page's rangeDays to the first frame swapped afterwards, and to the last frame of the burst that follows (QtCharts
// draws its charts on a later turn of the event loop, so the first frame may still show the old chart).
class RangeSwitchTimer : public QObject
{
    Q_OBJECT
public:
    struct Switch {
        int toDays = 0;
        double firstFrameMs = 0.0;
        double settledMs = 0.0;  // the last frame before the window stayed idle for QuietMs
    };

    RangeSwitchTimer(QQuickWindow *window, QObject *page, int cycles);

    void start();
    const std::vector<Switch> &switches() const { return m_switches; }

Q_SIGNALS:
    void finished();

private:
    void nextSwitch();
    void onFrameSwapped();
    void onQuiet();

    QQuickWindow *m_window;
    QObject *m_page;
    int m_remaining;
    std::size_t m_step = 0;
    QElapsedTimer m_clock;
    QTimer m_quiet;
    Switch m_current;
    bool m_measuring = false;
    std::vector<Switch> m_switches;
};
