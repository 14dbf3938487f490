import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The consensus time-in-range bar: one stacked column of the five ranges, each also named with a symbol, its share
// written out and its goal beside it, so colour is never the only signal.
RowLayout {
    id: root

    // {label, percent, percentText, goalText, colorRole, symbol}, from very high to very low.
    property var shares: []
    property string summary

    function colorFor(role) {
        return role === "veryHigh" ? Theme.veryHigh : role === "high" ? Theme.high
             : role === "inRange" ? Theme.inRange : role === "low" ? Theme.low : Theme.veryLow
    }

    Layout.fillWidth: true
    spacing: Theme.margin
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Time in ranges")
    Accessible.description: root.summary

    Column {
        id: bar

        readonly property real barHeight: 240

        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 36
        Layout.preferredHeight: barHeight
        spacing: 2  // a gap of the window's colour between ranges, so neighbouring tones never merge

        Repeater {
            model: root.shares
            delegate: Rectangle {
                required property var modelData

                width: bar.Layout.preferredWidth
                height: Math.max(3, bar.barHeight * modelData.percent / 100)
                visible: modelData.percent > 0
                color: root.colorFor(modelData.colorRole)
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spacing

        Repeater {
            model: root.shares
            delegate: Label {
                required property var modelData

                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                textFormat: Text.StyledText
                text: "<font color=\"" + root.colorFor(modelData.colorRole) + "\"><b>" + modelData.symbol + " "
                      + modelData.label + ": " + modelData.percentText + "</b></font><br><small>" + modelData.goalText
                      + "</small>"
                wrapMode: Text.Wrap
            }
        }
    }
}
