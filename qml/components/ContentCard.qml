import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A tappable card for an article, topic or trial: a title, an optional line of detail, and extra rows below.
ItemDelegate {
    id: root

    property string heading
    property string detail
    default property alias extra: extraColumn.data

    Layout.fillWidth: true
    padding: Theme.margin
    Accessible.name: heading
    Accessible.description: detail

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.cardPressed : Theme.card
        border.color: root.visualFocus ? Theme.focus : Theme.cardBorder
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.heading
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.detail
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            opacity: 0.85
        }
        ColumnLayout {
            id: extraColumn
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: children.length > 0
        }
    }
}
