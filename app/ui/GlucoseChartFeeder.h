#pragma once

#include "StatisticsModel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// Fills the QtCharts series of the statistics page from C++ in one QXYSeries::replace per series (never point by
// point from JavaScript), with long traces thinned to about two points per pixel column so peaks and lows survive.
class GlucoseChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(StatisticsModel *statistics READ statistics WRITE setStatistics NOTIFY statisticsChanged)

public:
    explicit GlucoseChartFeeder(QObject *parent = nullptr);

    StatisticsModel *statistics() const;
    void setStatistics(StatisticsModel *statistics);

    // The trace (x: ms since the epoch, y: display unit), its points split by range into three scatter series, and
    // the target band's edges across the range. `pixelWidth` is the plot area's width.
    Q_INVOKABLE void fillTrend(QObject *trace, QObject *inRange, QObject *low, QObject *high, QObject *bandLower,
                               QObject *bandUpper, int pixelWidth) const;
    // The AGP (x: hour of the day): 5–95 % band edges, 25–75 % band edges, the median, and the target band's edges.
    Q_INVOKABLE void fillProfile(QObject *p5, QObject *p95, QObject *p25, QObject *p75, QObject *median,
                                 QObject *bandLower, QObject *bandUpper) const;

Q_SIGNALS:
    void statisticsChanged();

private:
    void fillBand(QObject *bandLower, QObject *bandUpper, double from, double to) const;

    QPointer<StatisticsModel> m_statistics;
};
