#include "BenchmarkProbe.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace {
constexpr int SettleMs = 1500;   // time for the page to load its data before frames are measured
constexpr int WarmUpFrames = 5;  // caches, glyphs and textures filled before measuring
constexpr int MeasuredFrames = 40;

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
    connect(m_window, &QQuickWindow::frameSwapped, this, &BenchmarkProbe::onFrameSwapped, Qt::QueuedConnection);
}

void BenchmarkProbe::onFrameSwapped()
{
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        std::printf("first-frame-ns %lld\n", steadyNanoseconds());
        std::fflush(stdout);
        if (m_mode == FirstFrame)
            QCoreApplication::exit(0);
        else
            showRoute();
        return;
    }
    if (m_measuring)
        nextFrame();
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

// Each frame toggles the window width by one pixel, so every item is laid out and every chart drawn again, as when
// a phone rotates or the text size changes. CPU time, not wall time, so a frame-rate cap cannot hide the work.
void BenchmarkProbe::beginMeasuring()
{
    m_measuring = true;
    m_baseWidth = m_window->width();
    m_frameStart = std::clock();
    m_window->setWidth(m_baseWidth - 1);
}

void BenchmarkProbe::nextFrame()
{
    const std::clock_t now = std::clock();
    if (m_frame >= WarmUpFrames) {
        const double ns = double(now - m_frameStart) * 1e9 / CLOCKS_PER_SEC;
        std::printf("frame-cpu-ns %.0f\n", ns);
    }
    if (++m_frame == WarmUpFrames + MeasuredFrames) {
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    m_frameStart = std::clock();
    m_window->setWidth(m_frame % 2 == 0 ? m_baseWidth - 1 : m_baseWidth);
}
