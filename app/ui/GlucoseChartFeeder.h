#pragma once

#include "StatisticsModel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// Fills the QtCharts series of the statistics page from C++ in one QXYSeries::replace per series (never point by
// point from JavaScript), with long traces drawn as the band of their lowest and highest readings (TrendShape).
// A redraw at nearly the same width (a rotation back, a one-pixel resize) reuses the series as they are.
class GlucoseChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(StatisticsModel *statistics READ statistics WRITE setStatistics NOTIFY statisticsChanged)

public:
    explicit GlucoseChartFeeder(QObject *parent = nullptr);

    StatisticsModel *statistics() const;
    void setStatistics(StatisticsModel *statistics);

    // The readings (x: ms since the epoch, y: display unit) as TrendShape draws them at this size: a line through
    // every reading into `trace`, or the band of the lowest and highest per column of one line width into
    // `traceLower`/`traceUpper`, the other left empty; markers on the low and the high readings (one of each per
    // MarkerSpacing pixels); and the target band's edges across the range. `pixelWidth`/`pixelHeight` are the plot
    // area's size, `lineWidth` the trace's pen width. Does nothing when the statistics have not changed since the last
    // fill and the width differs from it by less than an eighth.
    Q_INVOKABLE void fillTrend(QObject *trace, QObject *traceLower, QObject *traceUpper, QObject *low, QObject *high,
                               QObject *bandLower, QObject *bandUpper, int pixelWidth, int pixelHeight,
                               double lineWidth);
    // The AGP (x: hour of the day): 5–95 % band edges, 25–75 % band edges, the median, and the target band's edges.
    Q_INVOKABLE void fillProfile(QObject *p5, QObject *p95, QObject *p25, QObject *p75, QObject *median,
                                 QObject *bandLower, QObject *bandUpper) const;

Q_SIGNALS:
    void statisticsChanged();

private:
    void fillBand(QObject *bandLower, QObject *bandUpper, double from, double to) const;

    static constexpr int MarkerSpacing = 8;

    QPointer<StatisticsModel> m_statistics;
    int m_trendRevision = -1;  // the statistics' revision and the width the trend was last filled for
    int m_trendWidth = 0;
};
