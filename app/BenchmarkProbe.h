#pragma once

#include <QObject>
#include <QString>
#include <ctime>

class QQuickWindow;

// `--benchmark first-frame|ROUTE`: the app's side of bench/run. Prints the steady-clock instant of the first frame
// (bench/run subtracts the instant it started the process), or opens a smoke-test route and prints the CPU time of
// each frame in which the page is laid out and drawn again, then quits. The hello peer in bench/ uses it too, so both
// sides are measured by the same code.
class BenchmarkProbe : public QObject
{
    Q_OBJECT
public:
    static inline const QString FirstFrame = QStringLiteral("first-frame");

    explicit BenchmarkProbe(const QString &mode);

    bool isActive() const { return !m_mode.isEmpty(); }
    void start(QObject *root);

private:
    void onFrameSwapped();
    void showRoute();
    void beginMeasuring();
    void nextFrame();

    QString m_mode;
    QObject *m_root = nullptr;
    QQuickWindow *m_window = nullptr;
    bool m_firstFrameSeen = false;
    bool m_measuring = false;
    int m_frame = 0;
    int m_baseWidth = 0;
    std::clock_t m_frameStart = 0;
};
