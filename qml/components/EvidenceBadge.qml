import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// How strong the evidence behind an item is, as a word with a symbol and a coloured frame (never colour alone).
Rectangle {
    id: root

    required property string level
    readonly property int tier: Library.evidenceTier(level)
    readonly property color tone: [Theme.inRange, Theme.info, Theme.caution, Theme.high][tier]

    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacing
    // Fills the row it is in, so a long label at 200 % text wraps instead of widening the page.
    Layout.fillWidth: true
    radius: Theme.radius / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.12)
    border.color: tone
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Evidence: %1").arg(label.text)

    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.bold: true
        // Inside qsTr, so that switching the script at runtime also refreshes the label from C++.
        text: qsTr("%1 %2", "symbol and evidence level").arg(["✓", "◆", "△", "!"][root.tier]).arg(Library.evidenceLabel(root.level))
    }
}
