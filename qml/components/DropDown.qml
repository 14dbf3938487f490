import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The app's drop-down, for choices too many for radio buttons (the editors and trial filters): rows of at least 48 px with wrapping text, the open list drawn in the Theme's text colour in both
// themes (Basic's own draws the current row white on white), and a pressed tint instead of Basic's grey blend.
ComboBox {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody

    delegate: ItemDelegate {
        id: row

        required property var modelData
        required property int index

        width: ListView.view.width
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        text: root.textRole ? modelData[root.textRole] : modelData
        highlighted: root.highlightedIndex === index
        contentItem: Label {
            text: row.text
            font.pixelSize: root.font.pixelSize
            font.bold: root.currentIndex === row.index
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: row.highlighted || row.down ? Theme.pressedTint : "transparent"
        }
    }
    background: Rectangle {
        implicitWidth: 140
        implicitHeight: Theme.touchTarget
        color: root.down ? Qt.tint(Theme.button, Theme.pressedTint) : Theme.button
        border.color: Theme.focus
        border.width: root.visualFocus ? 2 : 0
    }
}
