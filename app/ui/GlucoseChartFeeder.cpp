#include "GlucoseChartFeeder.h"

#include "StatisticsModel.h"
#include "TrendShape.h"
#include "stats/ReadingRange.h"

#include <QList>
#include <QPointF>
#include <QXYSeries>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {

void replace(QObject *series, const QList<QPointF> &points)
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(points);
}

QList<QPointF> toPoints(const std::vector<Stats::ChartPoint> &points)
{
    QList<QPointF> list;
    list.reserve(qsizetype(points.size()));
    for (const Stats::ChartPoint &p : points)
        list << QPointF(p.x, p.y);
    return list;
}

} // namespace

GlucoseChartFeeder::GlucoseChartFeeder(QObject *parent)
    : QObject(parent)
{
}

StatisticsModel *GlucoseChartFeeder::statistics() const
{
    return m_statistics;
}

void GlucoseChartFeeder::setStatistics(StatisticsModel *statistics)
{
    if (m_statistics == statistics)
        return;
    m_statistics = statistics;
    m_trendRevision = -1;
    Q_EMIT statisticsChanged();
}

void GlucoseChartFeeder::fillTrend(QObject *trace, QObject *traceLower, QObject *traceUpper, QObject *low,
                                   QObject *high, QObject *bandLower, QObject *bandUpper, int pixelWidth,
                                   int pixelHeight, double lineWidth)
{
    if (!m_statistics)
        return;
    pixelWidth = std::max(1, pixelWidth);
    if (m_trendRevision == m_statistics->revision() && std::abs(pixelWidth - m_trendWidth) < m_trendWidth / 8)
        return;
    m_trendRevision = m_statistics->revision();
    m_trendWidth = pixelWidth;

    const std::vector<GlucoseReading> &readings = m_statistics->readings();
    std::vector<Stats::ChartPoint> points;
    points.reserve(readings.size());
    for (const GlucoseReading &r : readings)
        points.push_back({double(r.utcMs), m_statistics->toDisplay(r.mgdl()), int(Stats::rangeOf(r))});
    lineWidth = std::max(1.0, lineWidth);
    TrendShape::Layout layout;
    layout.fromX = m_statistics->fromUtcMs();
    layout.toX = m_statistics->toUtcMs();
    layout.columns = int(std::lround(pixelWidth / lineWidth));
    layout.maxLinePoints = 2 * pixelWidth;
    layout.markerColumns = pixelWidth / MarkerSpacing;
    layout.minThickness = lineWidth * m_statistics->axisMaximum() / std::max(1, pixelHeight);
    const TrendShape::Shape shape = TrendShape::shape(points, layout);

    replace(trace, toPoints(shape.line));
    replace(traceLower, toPoints(shape.lower));
    replace(traceUpper, toPoints(shape.upper));
    replace(low, toPoints(shape.low));
    replace(high, toPoints(shape.high));
    fillBand(bandLower, bandUpper, m_statistics->fromUtcMs(), m_statistics->toUtcMs());
}

void GlucoseChartFeeder::fillBand(QObject *bandLower, QObject *bandUpper, double from, double to) const
{
    replace(bandLower, {QPointF(from, m_statistics->targetLow()), QPointF(to, m_statistics->targetLow())});
    replace(bandUpper, {QPointF(from, m_statistics->targetHigh()), QPointF(to, m_statistics->targetHigh())});
}

void GlucoseChartFeeder::fillProfile(QObject *p5, QObject *p95, QObject *p25, QObject *p75, QObject *median,
                                     QObject *bandLower, QObject *bandUpper) const
{
    if (!m_statistics)
        return;
    QList<QPointF> s5, s95, s25, s75, s50;
    const Stats::AmbulatoryProfile &profile = m_statistics->profile();
    for (const Stats::ProfileBin &bin : profile.bins) {
        if (!bin.p50)
            continue;
        const double hour = (bin.startMinute + profile.binMinutes / 2.0) / 60.0;
        s5 << QPointF(hour, m_statistics->toDisplay(*bin.p5));
        s95 << QPointF(hour, m_statistics->toDisplay(*bin.p95));
        s25 << QPointF(hour, m_statistics->toDisplay(*bin.p25));
        s75 << QPointF(hour, m_statistics->toDisplay(*bin.p75));
        s50 << QPointF(hour, m_statistics->toDisplay(*bin.p50));
    }
    replace(p5, s5);
    replace(p95, s95);
    replace(p25, s25);
    replace(p75, s75);
    replace(median, s50);
    fillBand(bandLower, bandUpper, 0.0, 24.0);
}
