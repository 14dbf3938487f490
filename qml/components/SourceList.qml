import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The numbered sources of an article or trial, each with its kind and, when it has an address, a link that asks
// before leaving the app.
ColumnLayout {
    id: root

    property var sources: []
    signal openLinkRequested(string url)

    spacing: Theme.spacing

    SectionHeader {
        text: qsTr("Sources")
    }

    Repeater {
        model: root.sources
        delegate: RowLayout {
            id: sourceRow

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.alignment: Qt.AlignTop
                text: "[" + sourceRow.modelData.number + "]"
                font.bold: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: sourceRow.modelData.citation
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: sourceRow.modelData.type
                    font.pixelSize: Theme.fontSmall
                    opacity: 0.7
                }
                WrappingButton {
                    visible: sourceRow.modelData.link.length > 0
                    flat: true
                    text: qsTr("Open ↗")
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Open source %1 on the web (leaves the app)").arg(sourceRow.modelData.number)
                    onClicked: root.openLinkRequested(sourceRow.modelData.link)
                }
            }
        }
    }
}
