import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import QtQuick.Controls.impl
import QtQuick.Layouts
import IsletGuide

// A full-width button whose label wraps onto more lines at large text sizes instead of being cut off. Its raised
// Material look is drawn with three soft edges instead of Material's ElevationEffect, which renders every button into
// a layer 200 px larger than the button (slow to start and draw, and blank where shader effects are unavailable).
Button {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    Accessible.name: text
    font.pixelSize: Theme.fontBody

    contentItem: Label {
        text: root.text
        font: root.font
        color: root.highlighted ? "white" : (root.flat ? Theme.accent : root.palette.buttonText)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        readonly property bool raised: root.enabled && root.Material.buttonColor.a > 0

        implicitWidth: 64
        implicitHeight: root.Material.buttonHeight
        radius: 2
        color: !root.enabled ? root.Material.buttonDisabledColor
             : root.highlighted ? (root.checked ? root.Material.highlightedCheckedButtonColor
                                                 : root.Material.highlightedButtonColor)
             : root.Material.buttonColor

        PaddedRectangle {  // a checkable button's on/off bar, as in Material's own button
            y: parent.height - 4
            width: parent.width
            height: 4
            radius: 2
            topPadding: -2
            clip: true
            visible: root.checkable && (!root.highlighted || root.flat)
            color: root.checked && root.enabled ? root.Material.accentColor : root.Material.secondaryTextColor
        }

        // Material's elevation 2 shadow (8 while pressed): three soft edges under the button, lightest outermost.
        Rectangle {
            z: -1
            visible: parent.raised
            anchors.fill: parent
            anchors.topMargin: 1
            anchors.bottomMargin: root.down ? -6 : -3
            anchors.leftMargin: -1
            anchors.rightMargin: -1
            radius: 5
            color: Qt.rgba(0, 0, 0, 0.06)
        }
        Rectangle {
            z: -1
            visible: parent.raised
            anchors.fill: parent
            anchors.topMargin: 1
            anchors.bottomMargin: root.down ? -4 : -2
            radius: 4
            color: Qt.rgba(0, 0, 0, 0.1)
        }
        Rectangle {
            z: -1
            visible: parent.raised
            anchors.fill: parent
            anchors.topMargin: 1
            anchors.bottomMargin: root.down ? -2 : -1
            radius: 3
            color: Qt.rgba(0, 0, 0, 0.14)
        }
        Ripple {
            clipRadius: 2
            width: parent.width
            height: parent.height
            pressed: root.pressed
            anchor: root
            active: enabled && (root.down || root.visualFocus || root.hovered)
            color: root.flat && root.highlighted ? root.Material.highlightedRippleColor : root.Material.rippleColor
        }
    }
}
