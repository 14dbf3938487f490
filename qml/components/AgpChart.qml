import QtQuick
import QtCharts
import IsletGuide

// The ambulatory glucose profile: all days folded onto one, the median line, the 25–75 % band and the 5–95 % band,
// over the shaded target range. Filled from C++; screen readers get the text summary instead.
ChartView {
    id: root

    required property StatisticsModel statistics
    required property GlucoseChartFeeder feeder

    function refill() {
        root.feeder.fillProfile(p5, p95, p25, p75, median, bandLower, bandUpper)
    }

    antialiasing: false
    legend.visible: false
    backgroundRoundness: 0
    // Colours set one by one rather than by a chart theme, which would reset the series colours set below.
    backgroundColor: Theme.surface
    margins.left: 0
    margins.right: Theme.spacing  // keeps the last time label inside the chart
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Typical day (ambulatory glucose profile)")
    Accessible.description: root.statistics.profileSummary

    Component.onCompleted: refill()

    Connections {
        target: root.statistics
        function onChanged() { root.refill() }
    }

    ValueAxis {
        id: hourAxis
        min: 0
        max: 24
        tickCount: 5
        labelFormat: "%.0f:00"
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
        axisX: hourAxis
        axisY: valueAxis
        color: Theme.targetBand
        borderColor: "transparent"
        upperSeries: LineSeries { id: bandUpper }
        lowerSeries: LineSeries { id: bandLower }
    }
    AreaSeries {
        axisX: hourAxis
        axisY: valueAxis
        color: "#3390A4AE"
        borderColor: "#90A4AE"
        borderWidth: 1
        upperSeries: LineSeries { id: p95 }
        lowerSeries: LineSeries { id: p5 }
    }
    AreaSeries {
        axisX: hourAxis
        axisY: valueAxis
        color: "#8890A4AE"
        borderColor: "#607D8B"
        borderWidth: 1
        upperSeries: LineSeries { id: p75 }
        lowerSeries: LineSeries { id: p25 }
    }
    LineSeries {
        id: median
        axisX: hourAxis
        axisY: valueAxis
        color: Theme.accentText
        width: 3
    }
}
