import QtQuick
import QtCharts
import IsletGuide

// Glucose over the chosen range: the target band shaded, the trace, and every reading marked by colour and shape
// (circle in range, triangle low, square high). Filled from C++; screen readers get the text summary instead.
ChartView {
    id: root

    required property StatisticsModel statistics
    required property GlucoseChartFeeder feeder

    function refill() {
        root.feeder.fillTrend(trace, inRange, low, high, bandLower, bandUpper, Math.max(1, Math.round(root.plotArea.width)))
    }

    antialiasing: true
    legend.visible: false
    backgroundRoundness: 0
    margins.left: 0
    margins.right: 0
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
    }
    ValueAxis {
        id: valueAxis
        min: 0
        max: root.statistics.axisMaximum
        tickCount: Math.round(root.statistics.axisMaximum / root.statistics.axisStep) + 1
        labelFormat: "%.0f"
        labelsFont.pixelSize: Math.min(Theme.fontSmall, 18)
    }
    AreaSeries {
        name: qsTr("Target range")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.targetBand
        borderWidth: 0
        upperSeries: LineSeries { id: bandUpper }
        lowerSeries: LineSeries { id: bandLower }
    }
    LineSeries {
        id: trace
        axisX: timeAxis
        axisY: valueAxis
        color: "#90A4AE"
        width: 1.5
    }
    ScatterSeries {
        id: inRange
        axisX: timeAxis
        axisY: valueAxis
        markerShape: ScatterSeries.MarkerShapeCircle
        markerSize: 7
        color: Theme.inRange
        borderColor: Theme.inRange
    }
    ScatterSeries {
        id: low
        axisX: timeAxis
        axisY: valueAxis
        markerShape: ScatterSeries.MarkerShapeTriangle
        markerSize: 11
        color: Theme.low
        borderColor: Theme.low
    }
    ScatterSeries {
        id: high
        axisX: timeAxis
        axisY: valueAxis
        markerShape: ScatterSeries.MarkerShapeRectangle
        markerSize: 9
        color: Theme.high
        borderColor: Theme.high
    }
}
