import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A short message at the bottom after a change, with "Undo" for as long as it shows.
Rectangle {
    id: root

    property string message

    function show(text) {
        message = text
        visible = true
        hideTimer.restart()
    }

    visible: false
    radius: Theme.radius
    color: Theme.snackbar
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight) + Theme.spacing * 2

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: root.visible = false
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.message
            color: "white"
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            id: undoButton
            Layout.minimumHeight: Theme.touchTarget
            visible: Diary.canUndo
            objectName: "undoButton"
            flat: true
            palette.windowText: Theme.snackbarAction
            palette.buttonText: Theme.snackbarAction
            text: qsTr("Undo")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Undo the last change")
            onClicked: {
                const error = Diary.undo()
                if (error)
                    root.show(error)
                else
                    root.show(qsTr("Change undone"))
            }
            background: RaisedBackground {
                control: undoButton
            }
        }
    }
}
