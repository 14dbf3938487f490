import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Asks before leaving the app: names the address, and opens the browser only after the user confirms.
Dialog {
    id: root

    property string url

    function ask(address) {
        url = address
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 360) - 2 * Theme.margin, 560)
    title: qsTr("Leave the app?")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This opens a web page in your browser, outside IsletGuide. It needs an internet connection.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: root.url
            font.pixelSize: Theme.fontSmall
        }
    }

    footer: DialogButtonBox {
        Button {
            id: openButton
            text: qsTr("Open in browser")
            Accessible.name: qsTr("Open %1 in the browser").arg(root.url)
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            background: RaisedBackground {
                control: openButton
            }
        }
        Button {
            id: stayButton
            text: qsTr("Stay here")
            Accessible.name: qsTr("Stay in the app")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            background: RaisedBackground {
                control: stayButton
            }
        }
    }

    onAccepted: Qt.openUrlExternally(root.url)
}
