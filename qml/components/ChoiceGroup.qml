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

    // The app's drop-down, for choices too many for radio buttons (ChoiceGroup.DropDown in the editors and trial
    // filters): rows of at least 48 px with wrapping text, the open list drawn in the Theme's text colour in both
    // themes (Basic's own draws the current row white on white), and a pressed tint instead of Basic's grey blend.
    component DropDown: ComboBox {
        id: box

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody

        delegate: Component {  // spelled out: Qt 6.4 does not wrap a delegate in an inline component itself
            ItemDelegate {
                id: row

                required property var modelData
                required property int index

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                text: box.textRole ? modelData[box.textRole] : modelData
                highlighted: box.highlightedIndex === index
                contentItem: Label {
                    text: row.text
                    font.pixelSize: box.font.pixelSize
                    font.bold: box.currentIndex === row.index
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: row.highlighted || row.down ? Theme.pressedTint : "transparent"
                }
            }
        }
        background: Rectangle {
            implicitWidth: 140
            implicitHeight: Theme.touchTarget
            color: box.down ? Qt.tint(Theme.button, Theme.pressedTint) : Theme.button
            border.color: Theme.focus
            border.width: box.visualFocus ? 2 : 0
        }
    }

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
