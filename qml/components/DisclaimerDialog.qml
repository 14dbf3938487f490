import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Shown once on first launch: what this app is and is not. Acknowledged once, remembered in Settings.
Dialog {
    id: root

    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    padding: Theme.margin
    title: qsTr("Before you start")

    contentItem: ScrollView {
        implicitWidth: root.availableWidth
        implicitHeight: Math.min(body.implicitHeight, root.parent.height - 6 * Theme.touchTarget)
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            id: body
            width: parent.width
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("IsletGuide explains stem-cell research for diabetes and keeps a private glucose diary. It is for education only and is not medical advice.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Research moves quickly: every page says how strong the evidence is and when it was checked. Please talk to your care team before changing any treatment.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your diary stays on this device. The app has no account, sends nothing, and only exports when you ask.")
            }
            Button {
                id: understoodButton
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("I understand")
                highlighted: true
                Accessible.name: qsTr("I understand, continue to the app")
                onClicked: root.accept()
                background: RaisedBackground {
                    control: understoodButton
                }
            }
        }
    }

    onAccepted: Settings.disclaimerAccepted = true
}
