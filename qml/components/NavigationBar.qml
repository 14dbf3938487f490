import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Bottom navigation between the app's tabs: equal-width targets whose labels wrap instead of clipping. Its raised
// look is a soft edge above the bar: a plain gradient, not a shader layer.
Pane {
    id: root

    property var labels: []
    property int currentIndex: 0

    padding: 0

    background: Rectangle {
        color: Theme.surface

        Rectangle {
            anchors.bottom: parent.top
            width: parent.width
            height: 6
            gradient: Gradient {
                GradientStop { position: 0; color: "transparent" }
                GradientStop { position: 1; color: Qt.rgba(0, 0, 0, 0.1) }
            }
        }
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        Repeater {
            model: root.labels
            delegate: AbstractButton {
                id: tab

                required property string modelData
                required property int index
                readonly property bool current: index === root.currentIndex

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Math.max(Theme.touchTarget + 8, label.implicitHeight + 16)
                checkable: true
                checked: current
                text: modelData
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData
                onClicked: root.currentIndex = index

                background: Rectangle {
                    border.width: tab.visualFocus ? 2 : 0
                    border.color: Theme.focus
                    color: tab.down ? Theme.pressedTint : tab.current ? Qt.rgba(0, 0.47, 0.42, 0.12) : "transparent"
                    Rectangle {
                        anchors.top: parent.top
                        width: parent.width
                        height: 3
                        color: Theme.accentText
                        visible: tab.current
                    }
                }
                contentItem: Label {
                    id: label
                    text: tab.text
                    // Five tabs share a phone's width, so the label size is capped; it wraps rather than clips.
                    font.pixelSize: Math.min(Theme.fontBody, 17)
                    font.bold: tab.current
                    color: tab.current ? Theme.accentText : Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
