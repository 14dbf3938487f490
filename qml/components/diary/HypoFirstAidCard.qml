import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// What to do about a low reading, right where it is seen: the general public-health first aid only, no other advice.
Frame {
    id: root

    DiaryText {
        id: words
    }

    Layout.fillWidth: true
    padding: Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text
    background: Rectangle {
        radius: Theme.radius
        color: Qt.rgba(Theme.low.r, Theme.low.g, Theme.low.b, 0.08)
        border.color: Theme.low
        border.width: 2
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            id: heading
            Layout.fillWidth: true
            text: "▼ " + qsTr("Low glucose: what to do now")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.low
            wrapMode: Text.Wrap
        }
        Repeater {
            model: [
                qsTr("1. Below 3.9 mmol/L (70 mg/dL): take 15 g of fast sugar."),
                qsTr("2. Check your glucose again after 15 minutes."),
                qsTr("3. If it is still low, take another 15 g and check again after 15 minutes.")
            ]
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Which fast sugar, and how much of it makes 15 g, is best agreed in advance with your care team.")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: (words.emergencyNumber()
                   ? qsTr("Severe low (confused or cannot swallow): call %1 now. Family members: give glucagon if it has been prescribed.").arg(words.emergencyNumber())
                   : qsTr("Severe low (confused or cannot swallow): call your local emergency number now. Family members: give glucagon if it has been prescribed."))
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
