#include "BenchmarkProbe.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace {
constexpr int SettleMs = 1500;        // time for the page to load its data before redraws are measured
constexpr int RedrawIntervalMs = 60;  // long enough for one redraw to finish before the next starts
constexpr int WarmUpRedraws = 5;      // caches, glyphs and textures filled before measuring
constexpr int MeasuredRedraws = 30;

long long steadyNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

BenchmarkProbe::BenchmarkProbe(const QString &mode)
    : m_mode(mode)
{
}

void BenchmarkProbe::start(QObject *root)
{
    m_root = root;
    m_window = qobject_cast<QQuickWindow *>(root);
    if (!m_window) {
        std::fprintf(stderr, "benchmark: the root object is not a window\n");
        QCoreApplication::exit(1);
        return;
    }
    connect(m_window, &QQuickWindow::frameSwapped, this, &BenchmarkProbe::onFirstFrame,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void BenchmarkProbe::onFirstFrame()
{
    std::printf("first-frame-ns %lld\n", steadyNanoseconds());
    std::fflush(stdout);
    if (m_mode == FirstFrame)
        QCoreApplication::exit(0);
    else
        showRoute();
}

void BenchmarkProbe::showRoute()
{
    QVariant routes;
    QMetaObject::invokeMethod(m_root, "smokePages", Q_RETURN_ARG(QVariant, routes));
    if (!routes.toStringList().contains(m_mode)
        || !QMetaObject::invokeMethod(m_root, "smokeShow", Q_ARG(QVariant, m_mode))) {
        std::fprintf(stderr, "benchmark: cannot open route %s\n", qPrintable(m_mode));
        QCoreApplication::exit(1);
        return;
    }
    QTimer::singleShot(SettleMs, this, &BenchmarkProbe::beginMeasuring);
}

// Every RedrawIntervalMs the window width toggles by one pixel, so every item is laid out and every chart drawn
// again, as when a phone rotates or the text size changes; the CPU time between two toggles is the cost of that
// redraw (frames come in bursts, so frameSwapped alone cannot delimit it). CPU time, not wall time, so a frame-rate cap
// cannot hide the work.
void BenchmarkProbe::beginMeasuring()
{
    m_baseWidth = m_window->width();
    m_redrawStart = std::clock();
    connect(&m_redrawTimer, &QTimer::timeout, this, &BenchmarkProbe::nextRedraw);
    m_redrawTimer.start(RedrawIntervalMs);
}

void BenchmarkProbe::nextRedraw()
{
    const std::clock_t now = std::clock();
    if (m_redraw > WarmUpRedraws)
        std::printf("redraw-cpu-ns %.0f\n", double(now - m_redrawStart) * 1e9 / CLOCKS_PER_SEC);
    if (m_redraw == WarmUpRedraws + MeasuredRedraws) {
        m_redrawTimer.stop();
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    m_redrawStart = now;
    m_window->setWidth(m_redraw % 2 == 0 ? m_baseWidth - 1 : m_baseWidth);
    ++m_redraw;
}
