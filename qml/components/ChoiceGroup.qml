import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A labelled set of radio buttons for one setting; `options` are display texts, `currentIndex` the chosen one.
ColumnLayout {
    id: root

    property string title
    property var options: []
    property int currentIndex: -1
    signal chosen(int index)

    spacing: 0
    Layout.fillWidth: true

    SectionHeader {
        text: root.title
    }

    ButtonGroup {
        id: group
    }

    Repeater {
        model: root.options
        delegate: RadioButton {
            required property string modelData
            required property int index

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: modelData
            checked: index === root.currentIndex
            ButtonGroup.group: group
            palette.text: Theme.accentText  // the chosen dot
            Accessible.name: root.title + ": " + modelData
            onClicked: root.chosen(index)
            contentItem: Label {
                leftPadding: parent.indicator.width + parent.spacing
                text: parent.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
