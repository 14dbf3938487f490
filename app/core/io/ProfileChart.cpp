#include "ProfileChart.h"

#include "ReportCanvas.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <algorithm>

namespace {

constexpr double TopMgdl = 350.0;
constexpr double PlotHeight = 196.0;
constexpr double AxisWidth = 34.0;
constexpr double HourLabelHeight = 16.0;
constexpr double LegendHeight = 18.0;
static_assert(6 + PlotHeight + HourLabelHeight + LegendHeight == ProfileChartHeight);

using Percentile = std::optional<double> Stats::ProfileBin::*;

// Stretches of consecutive bins that all have percentiles; a band is drawn per stretch so gaps stay visible.
std::vector<std::vector<const Stats::ProfileBin *>> runs(const Stats::AmbulatoryProfile &profile)
{
    std::vector<std::vector<const Stats::ProfileBin *>> result;
    std::vector<const Stats::ProfileBin *> current;
    for (const Stats::ProfileBin &bin : profile.bins) {
        if (bin.p50) {
            current.push_back(&bin);
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

class Plot
{
public:
    Plot(const QRectF &area, int binMinutes)
        : m_area(area)
        , m_binMinutes(binMinutes)
    {
    }
    double x(int minute) const { return m_area.left() + m_area.width() * minute / 1440.0; }
    double y(double mgdl) const { return m_area.bottom() - m_area.height() * std::clamp(mgdl, 0.0, TopMgdl) / TopMgdl; }
    double binX(const Stats::ProfileBin &bin) const { return x(bin.startMinute) + (x(m_binMinutes) - x(0)) / 2; }

    QPainterPath band(const std::vector<const Stats::ProfileBin *> &run, Percentile lower, Percentile upper) const
    {
        QPainterPath path;
        path.moveTo(binX(*run.front()), y(*(run.front()->*upper)));
        for (const auto *bin : run)
            path.lineTo(binX(*bin), y(*(bin->*upper)));
        for (auto it = run.rbegin(); it != run.rend(); ++it)
            path.lineTo(binX(**it), y(*((*it)->*lower)));
        path.closeSubpath();
        return path;
    }
    QPainterPath line(const std::vector<const Stats::ProfileBin *> &run) const
    {
        QPainterPath path;
        path.moveTo(binX(*run.front()), y(*run.front()->p50));
        for (const auto *bin : run)
            path.lineTo(binX(*bin), y(*bin->p50));
        return path;
    }

private:
    QRectF m_area;
    int m_binMinutes;
};

void drawLegend(ReportCanvas &canvas, double top)
{
    QPainter &painter = canvas.painter();
    const ReportStyle &style = canvas.style();
    const Glucose::Thresholds t = Glucose::consensusThresholds(style.unit);
    const int decimals = Glucose::decimals(style.unit);
    const struct {
        QColor color;
        bool line;
        QString text;
    } items[] = {
        {ReportStyle::Median, true, QCoreApplication::translate("DoctorReport", "Median")},
        {ReportStyle::Inner, false, QCoreApplication::translate("DoctorReport", "Middle half (25–75 %)")},
        {ReportStyle::Outer, false, QCoreApplication::translate("DoctorReport", "90 % of readings (5–95 %)")},
        {ReportStyle::TargetBand, false,
         QCoreApplication::translate("DoctorReport", "Target %1–%2 %3")
             .arg(style.number(t.low, decimals), style.number(t.high, decimals), style.unitLabel())},
    };
    painter.setFont(style.small);
    double x = canvas.left() + AxisWidth;
    for (const auto &item : items) {
        const QRectF swatch(x, top + 5, 16, 8);
        if (item.line) {
            painter.setPen(QPen(item.color, 2));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.fillRect(swatch, item.color);
        }
        painter.setPen(ReportStyle::Ink);
        const double textWidth = painter.fontMetrics().horizontalAdvance(item.text);
        painter.drawText(QRectF(x + 20, top, textWidth + 2, LegendHeight), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += 20 + textWidth + 16;
    }
}

} // namespace

bool profileIsDrawable(const Stats::AmbulatoryProfile &profile)
{
    const auto withPercentiles = std::count_if(profile.bins.begin(), profile.bins.end(),
                                               [](const Stats::ProfileBin &bin) { return bin.p50.has_value(); });
    return !profile.bins.empty() && withPercentiles * 4 >= qsizetype(profile.bins.size()) * 3;
}

void drawProfileChart(ReportCanvas &canvas, const Stats::AmbulatoryProfile &profile)
{
    canvas.ensureSpace(ProfileChartHeight);
    QPainter &painter = canvas.painter();
    const ReportStyle &style = canvas.style();
    const QRectF area(canvas.left() + AxisWidth, canvas.y() + 6, canvas.width() - AxisWidth - 6, PlotHeight);
    const Plot plot(area, profile.binMinutes);
    const Glucose::Thresholds mgdl = Glucose::consensusThresholds(Glucose::Unit::MgDl);

    painter.fillRect(QRectF(QPointF(area.left(), plot.y(mgdl.high)), QPointF(area.right(), plot.y(mgdl.low))),
                     ReportStyle::TargetBand);
    painter.setFont(style.small);
    for (double level : {mgdl.veryLow, mgdl.low, mgdl.high, mgdl.veryHigh, TopMgdl}) {
        const bool target = level == mgdl.low || level == mgdl.high;
        painter.setPen(QPen(target ? QColor(0x43, 0xA0, 0x47) : ReportStyle::Rule, target ? 0.9 : 0.5,
                            target ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(area.left(), plot.y(level)), QPointF(area.right(), plot.y(level)));
        painter.setPen(ReportStyle::Ink);
        painter.drawText(QRectF(canvas.left(), plot.y(level) - 7, AxisWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                         style.glucose(level));
    }
    painter.setPen(ReportStyle::Muted);
    painter.drawText(QRectF(canvas.left(), area.top() - 14, 120, 12), Qt::AlignLeft | Qt::AlignVCenter,
                     style.unitLabel());

    for (const auto &run : runs(profile)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportStyle::Outer);
        painter.drawPath(plot.band(run, &Stats::ProfileBin::p5, &Stats::ProfileBin::p95));
        painter.setBrush(ReportStyle::Inner);
        painter.drawPath(plot.band(run, &Stats::ProfileBin::p25, &Stats::ProfileBin::p75));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(ReportStyle::Median, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(plot.line(run));
    }

    painter.setPen(QPen(ReportStyle::Muted, 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    painter.setFont(style.small);
    for (int hour = 0; hour <= 24; hour += 3) {
        const double x = plot.x(hour * 60);
        painter.setPen(QPen(ReportStyle::Rule, 0.4));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter.setPen(ReportStyle::Ink);
        painter.drawText(QRectF(x - 20, area.bottom() + 2, 40, HourLabelHeight - 2), Qt::AlignCenter,
                         QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    drawLegend(canvas, area.bottom() + HourLabelHeight);
    canvas.advance(ProfileChartHeight);
}
