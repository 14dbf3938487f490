import QtQuick
import QtCharts
import IsletGuide

// Glucose over the chosen range: the user's own target band shaded, the trace of every reading (a line, or for long
// ranges the band from the lowest to the highest reading of each line-wide column, see TrendShape), and the low and
// high ones marked by colour and shape (square low, triangle high), so colour is never the only signal. Filled from
// C++; screen readers get the text summary instead. Drawn without antialiasing: smooth stroking of the dense trace was
// the largest part of each redraw, and the axes, grid and band are straight lines anyway.
ChartView {
    id: root

    required property StatisticsModel statistics
    required property GlucoseChartFeeder feeder

    function refill() {
        root.feeder.fillTrend(trace, traceLower, traceUpper, low, high, bandLower, bandUpper,
                              Math.round(root.plotArea.width), Math.round(root.plotArea.height), trace.width)
    }

    antialiasing: false
    legend.visible: false
    backgroundRoundness: 0
    // Colours set one by one rather than by a chart theme, which would reset the series colours set below.
    backgroundColor: Theme.surface
    margins.left: 0
    margins.right: Theme.spacing  // keeps the last time label inside the chart
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Glucose over time")
    Accessible.description: root.statistics.trendSummary

    Component.onCompleted: refill()
    onPlotAreaChanged: refill()

    Connections {
        target: root.statistics
        function onChanged() { root.refill() }
    }

    DateTimeAxis {
        id: timeAxis
        min: new Date(root.statistics.fromUtcMs)
        max: new Date(root.statistics.toUtcMs)
        format: root.statistics.rangeDays <= 1 ? "HH:mm" : "M/d"
        tickCount: Settings.textScale > 150 ? 3 : 4
        labelsFont.pixelSize: Math.min(Theme.fontSmall, 18)
        labelsColor: Theme.text
        color: Theme.fieldBorder
        gridLineColor: Theme.divider
    }
    ValueAxis {
        id: valueAxis
        min: 0
        max: root.statistics.axisMaximum
        tickCount: Math.round(root.statistics.axisMaximum / root.statistics.axisStep) + 1
        labelFormat: "%.0f"
        labelsFont.pixelSize: Math.min(Theme.fontSmall, 18)
        labelsColor: Theme.text
        color: Theme.fieldBorder
        gridLineColor: Theme.divider
    }
    AreaSeries {
        name: qsTr("Target range")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.targetBand
        borderColor: "transparent"
        upperSeries: LineSeries { id: bandUpper }
        lowerSeries: LineSeries { id: bandLower }
    }
    AreaSeries {
        axisX: timeAxis
        axisY: valueAxis
        color: trace.color
        borderColor: "transparent"
        upperSeries: LineSeries { id: traceUpper }
        lowerSeries: LineSeries { id: traceLower }
    }
    LineSeries {
        id: trace
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.chartTrace
        width: 2
    }
    ScatterSeries {
        id: low
        axisX: timeAxis
        axisY: valueAxis
        markerShape: ScatterSeries.MarkerShapeRectangle
        markerSize: 9
        color: Theme.low
        borderColor: Theme.low
    }
    ScatterSeries {
        id: high
        axisX: timeAxis
        axisY: valueAxis
        markerShape: ScatterSeries.MarkerShapeTriangle
        markerSize: 11
        color: Theme.high
        borderColor: Theme.high
    }
}
