import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// One row of the diary log: the value large, its range as colour, symbol and word, then time and context.
ItemDelegate {
    id: root

    required property int kind
    required property double entryId
    required property double utcMs
    required property int utcOffsetSec
    required property string localTime
    required property double value
    required property int glucoseUnit
    required property int range
    required property int flag
    required property int mealContext
    required property int subtype
    required property double hba1cPercent
    required property double hba1cMmolPerMol
    required property string name
    required property string dose
    required property string note

    DiaryText {
        id: words
    }

    readonly property string mainText: {
        switch (kind) {
        case 0: return words.glucoseText(value, glucoseUnit, flag) + " " + words.unitLabel(glucoseUnit)
        case 1: return qsTr("%1 units").arg(words.number(value, value % 1 === 0 ? 0 : 1))
        case 2: return qsTr("%1 g carbohydrates").arg(words.number(value, 0))
        case 3: return name + (dose ? " " + dose : "")
        case 4: return qsTr("HbA1c %1 % (%2 mmol/mol)").arg(words.number(hba1cPercent, 1)).arg(words.number(hba1cMmolPerMol, 0))
        default: return note
        }
    }
    readonly property string detailText: {
        switch (kind) {
        case 0: return words.mealContexts[mealContext] + (note ? " · " + note : "")
        case 1: return words.insulinKinds[subtype] + (name ? " · " + name : "") + (note ? " · " + note : "")
        case 5: return words.entryKinds[5]
        default: return words.entryKinds[kind] + (note ? " · " + note : "")
        }
    }
    readonly property string rangeText: range >= 0
        ? words.rangeSymbol(range) + " " + words.rangeWord(range) + (range === 0 || range === 4 ? " · " + qsTr("level 2") : "")
        : ""

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: [localTime, mainText, rangeText, detailText].filter(t => t).join(", ")

    // A plain pressed tint instead of Material's ripple: a long log would otherwise repaint every row's ripple layer
    // whenever the page is laid out again, even while another page covers it.
    background: Rectangle {
        color: root.down ? Qt.rgba(0, 0.47, 0.42, 0.16) : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focus
    }

    contentItem: RowLayout {
        spacing: Theme.margin

        Label {
            Layout.alignment: Qt.AlignTop
            text: root.localTime
            font.pixelSize: Theme.fontBody
            color: Theme.accentText
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.mainText
                font.pixelSize: root.kind === 0 ? Theme.fontLarge : Theme.fontBody
                font.bold: root.kind === 0
                color: root.range >= 0 ? words.rangeColor(root.range) : palette.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.range >= 0
                text: root.rangeText
                font.pixelSize: Theme.fontSmall
                font.bold: root.range !== 2
                color: words.rangeColor(root.range)
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.detailText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                opacity: 0.8
            }
        }
    }
}
