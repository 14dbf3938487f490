import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// One filter of the trials list: a label and a drop-down of the values found in the data ("Any" first).
ColumnLayout {
    id: root

    property string label
    property var options: []
    signal chosen(string value)

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
    }
    DropDown {
        model: root.options
        textRole: "label"
        valueRole: "value"
        Accessible.name: root.label + ": " + displayText
        onActivated: root.chosen(currentValue)
    }
}
