import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A full-width button whose label wraps onto more lines at large text sizes instead of being cut off; its raised look
// comes from RaisedBackground.
Button {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    Accessible.name: text
    font.pixelSize: Theme.fontBody

    contentItem: Label {
        text: root.text
        font: root.font
        color: !root.enabled ? Theme.disabledText
             : root.highlighted ? Theme.textOnAccent : (root.flat ? Theme.accentText : Theme.text)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: RaisedBackground {
        control: root
    }
}
