import QtQuick
import QtQuick.Templates as T
import IsletGuide

// The plate of a raised button with a shadow of three soft edges, in the Theme's colours: plain rectangles, so a
// screen full of buttons starts and redraws without shader layers. Pressed, the plate darkens and the shadow deepens;
// with keyboard focus it gets a focus-coloured border, so neither state is shown by colour alone. A flat checkable
// button (a show/hide toggle) is outlined, and while checked it also has a bar along its bottom edge.
Rectangle {
    id: root

    required property T.AbstractButton control
    property int elevation: 2  // 2 for an ordinary button, 6 for a floating one; twice as deep while pressed

    readonly property bool raised: control.enabled && !control.flat
    readonly property bool outlined: control.flat && control.checkable
    readonly property real unit: (control.down ? 2 : 1) * Math.max(1, elevation / 2)

    implicitWidth: 64
    implicitHeight: Theme.touchTarget
    radius: 4
    color: !control.enabled ? (control.flat ? "transparent" : Theme.buttonDisabled)
         : control.highlighted ? Theme.accent
         : control.flat ? "transparent" : Theme.button
    border.width: control.visualFocus ? 2 : outlined ? 1 : 0
    border.color: !control.visualFocus ? Theme.fieldBorder : control.highlighted ? Theme.text : Theme.focus

    Rectangle {  // the pressed tint over the plate
        anchors.fill: parent
        radius: root.radius
        color: Theme.pressedTint
        visible: root.control.down
    }
    Rectangle {  // the "on" bar of a checked flat toggle
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 3
        color: Theme.accentText
        visible: root.outlined && root.control.checked
    }

    // The shadow: soft edges under the plate, the outermost lightest and widest.
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
}
