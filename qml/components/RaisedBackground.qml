import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import QtQuick.Controls.impl
import QtQuick.Templates as T

// The plate of a raised Material button, its ripple and its shadow, the shadow drawn as three soft edges: Material's
// own ElevationEffect renders every raised button into a layer 200 px larger than the button on each side (slow to
// start and redraw, several MB per screen, and blank where shader effects are unavailable).
Rectangle {
    id: root

    required property T.AbstractButton control
    property int elevation: 2  // as Material's Button (2) or RoundButton (6); twice as deep while pressed

    readonly property bool raised: control.enabled && control.Material.buttonColor.a > 0
    readonly property real unit: (control.down ? 2 : 1) * Math.max(1, elevation / 2)

    implicitWidth: 64
    implicitHeight: control.Material.buttonHeight
    radius: 2
    color: !control.enabled ? control.Material.buttonDisabledColor
         : control.highlighted ? (control.checked ? control.Material.highlightedCheckedButtonColor
                                                  : control.Material.highlightedButtonColor)
         : control.Material.buttonColor

    // Material's shadow: soft edges under the plate, the outermost lightest and widest.
    Rectangle {
        z: -1
        visible: root.raised
        anchors.fill: parent
        anchors.topMargin: 2 - root.unit
        anchors.bottomMargin: -3 * root.unit
        anchors.leftMargin: -root.unit
        anchors.rightMargin: -root.unit
        radius: root.radius + 3
        color: Qt.rgba(0, 0, 0, 0.06)
    }
    Rectangle {
        z: -1
        visible: root.raised
        anchors.fill: parent
        anchors.topMargin: (3 - root.unit) / 2
        anchors.bottomMargin: -2 * root.unit
        anchors.leftMargin: -root.unit / 2
        anchors.rightMargin: -root.unit / 2
        radius: root.radius + 2
        color: Qt.rgba(0, 0, 0, 0.1)
    }
    Rectangle {
        z: -1
        visible: root.raised
        anchors.fill: parent
        anchors.topMargin: 1
        anchors.bottomMargin: -root.unit
        radius: root.radius + 1
        color: Qt.rgba(0, 0, 0, 0.14)
    }

    PaddedRectangle {  // a checkable button's on/off bar, as in Material's own button
        y: parent.height - 4
        width: parent.width
        height: 4
        radius: 2
        topPadding: -2
        clip: true
        visible: root.control.checkable && (!root.control.highlighted || root.control.flat)
        color: root.control.checked && root.control.enabled ? root.control.Material.accentColor
                                                            : root.control.Material.secondaryTextColor
    }

    Ripple {
        clipRadius: root.radius
        width: parent.width
        height: parent.height
        pressed: root.control.pressed
        anchor: root.control
        active: enabled && (root.control.down || root.control.visualFocus || root.control.hovered)
        color: root.control.flat && root.control.highlighted ? root.control.Material.highlightedRippleColor
                                                             : root.control.Material.rippleColor
    }
}
