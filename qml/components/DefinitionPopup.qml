import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A short explanation over the page: a glossary definition, a source's citation, a clinic-check reason. A source
// with an address offers it through the leave-the-app confirmation.
Dialog {
    id: root

    property string heading
    property string text
    property string link
    signal openLinkRequested(string url)

    // Shows Library.item(kind, id, script) ({title, text, link}).
    function show(item) {
        heading = item.title || ""
        text = item.text || ""
        link = item.link || ""
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 360) - 2 * Theme.margin, 560)
    height: Math.min(implicitHeight, (parent ? parent.height : 780) - 2 * Theme.margin)
    title: heading

    contentItem: Flickable {
        implicitHeight: body.implicitHeight
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.text
            }
            WrappingButton {
                visible: root.link.length > 0
                text: qsTr("Open the source ↗")
                Accessible.name: qsTr("Open the source on the web (leaves the app)")
                onClicked: {
                    root.close()
                    root.openLinkRequested(root.link)
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            id: closeButton
            text: qsTr("Close")
            Accessible.name: qsTr("Close the explanation")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            background: RaisedBackground {
                control: closeButton
            }
        }
    }
}
