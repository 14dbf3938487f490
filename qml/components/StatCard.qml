import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// One summary number with its name, and a one-tap plain-language explanation of what it means.
Frame {
    id: root

    property string title
    property string value
    property string explanation
    property bool expanded: false

    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title + ": " + root.value

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.value
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Button {
            id: explanationButton

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            flat: true
            text: root.expanded ? qsTr("Hide explanation") : qsTr("What does this mean?")
            Accessible.name: (root.expanded ? qsTr("Hide explanation") : qsTr("What does this mean?")) + " " + root.title
            onClicked: root.expanded = !root.expanded
            // A plain tint when pressed and a frame when focused by keyboard, instead of the style's ripple, which
            // repaints a rounded rectangle the size of the button on every resize of the page, seen or not.
            background: Rectangle {
                color: explanationButton.down ? Qt.rgba(0, 0.47, 0.42, 0.12) : "transparent"
                border.color: Theme.focus
                border.width: explanationButton.visualFocus ? 2 : 0
            }
            contentItem: Label {
                text: parent.text
                font.pixelSize: Theme.fontBody
                color: Theme.accentText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.expanded
            text: root.explanation
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }
}
