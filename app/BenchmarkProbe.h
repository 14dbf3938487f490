#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <ctime>

class QQuickWindow;

// `--benchmark first-frame|ROUTE`: the app's side of bench/run. Prints the steady-clock instant of the first frame
// (bench/run subtracts the instant it started the process), or opens a smoke-test route and prints the CPU time of
// each redraw of that page (laid out and drawn again), then quits. The hello peer in bench/ uses it too, so both sides
// are measured by the same code.
class BenchmarkProbe : public QObject
{
    Q_OBJECT
public:
    static inline const QString FirstFrame = QStringLiteral("first-frame");

    explicit BenchmarkProbe(const QString &mode);

    bool isActive() const { return !m_mode.isEmpty(); }
    void start(QObject *root);

private:
    void onFirstFrame();
    void showRoute();
    void beginMeasuring();
    void nextRedraw();

    QString m_mode;
    QObject *m_root = nullptr;
    QQuickWindow *m_window = nullptr;
    QTimer m_redrawTimer;
    int m_redraw = 0;
    int m_baseWidth = 0;
    std::clock_t m_redrawStart = 0;
};
