import QtQuick
import QtCharts

// A phone-sized window with one small line chart: the hello peer of the app's start-up and memory.
Window {
    id: root

    width: 360
    height: 780
    visible: true
    title: "Hello"

    ChartView {
        anchors.fill: parent
        antialiasing: true

        LineSeries {
            XYPoint { x: 0; y: 100 }
            XYPoint { x: 1; y: 140 }
            XYPoint { x: 2; y: 120 }
        }
    }
}
