#include "RangeSwitchTimer.h"

#include <QQuickWindow>
#include <array>

namespace {
constexpr std::array RangeCycle{1, 14, 90};
constexpr int QuietMs = 250;  // no frame for this long: the switch has been drawn completely
}

RangeSwitchTimer::RangeSwitchTimer(QQuickWindow *window, QObject *page, int cycles)
    : m_window(window)
    , m_page(page)
    , m_remaining(cycles * int(RangeCycle.size()))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &RangeSwitchTimer::onQuiet);
    connect(m_window, &QQuickWindow::frameSwapped, this, &RangeSwitchTimer::onFrameSwapped);
}

void RangeSwitchTimer::start()
{
    m_quiet.start();
}

void RangeSwitchTimer::nextSwitch()
{
    m_current = {RangeCycle[m_step % RangeCycle.size()], 0.0, 0.0};
    ++m_step;
    m_measuring = true;
    m_clock.start();
    m_page->setProperty("rangeDays", m_current.toDays);
    m_quiet.start();
}

void RangeSwitchTimer::onFrameSwapped()
{
    if (!m_measuring)
        return;
    const double ms = double(m_clock.nsecsElapsed()) / 1e6;
    if (m_current.firstFrameMs == 0.0)
        m_current.firstFrameMs = ms;
    m_current.settledMs = ms;
    m_quiet.start();
}

void RangeSwitchTimer::onQuiet()
{
    if (m_measuring) {
        m_measuring = false;
        m_switches.push_back(m_current);
    }
    if (m_remaining-- == 0) {
        Q_EMIT finished();
        return;
    }
    nextSwitch();
}
