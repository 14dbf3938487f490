import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Adding or editing a glucose reading: the number pad opens at once, the time is now and the meal context is guessed,
// so a reading takes one tap on "+", the number, and one tap on Save. Other kinds of entry start from here too.
ScrollablePage {
    id: root

    property var snackbar
    property double entryId: 0
    property double value: 0
    property int glucoseUnit: Settings.glucoseUnit
    property int mealContext: Diary.suggestedMealContext(Date.now())
    property int flag: 0
    property string note
    property double utcMs: 0
    property int utcOffsetSec: 0

    readonly property bool editing: entryId > 0
    readonly property double typedValue: Diary.parseNumber(valueField.text)
    readonly property bool showsFirstAid: flag === 1 || Diary.isLow(typedValue, glucoseUnit)
    property string error

    function save() {
        const fields = { kind: 0, entryId: entryId, value: typedValue, glucoseUnit: glucoseUnit,
                         mealContext: contextBox.currentIndex, flag: flag, note: noteField.text }
        if (!timeField.valid) {
            error = qsTr("Type the date as year-month-day and the time as hours:minutes.")
            return
        }
        timeField.writeTo(fields)
        error = Diary.save(fields)
        if (error)
            return
        if (snackbar)
            snackbar.show(editing ? qsTr("Reading changed") : qsTr("Reading saved"))
        StackView.view.pop()
    }

    function remove() {
        error = Diary.remove(0, entryId)
        if (error)
            return
        if (snackbar)
            snackbar.show(qsTr("Reading deleted"))
        StackView.view.pop()
    }

    title: editing ? qsTr("Edit reading") : qsTr("Add a reading")

    DiaryText {
        id: words
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Glucose (%1)").arg(words.unitLabel(root.glucoseUnit))
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextField {
        id: valueField
        objectName: "glucoseValueField"
        Layout.fillWidth: true
        enabled: root.flag === 0
        text: root.editing && root.flag === 0 ? words.number(root.value, root.glucoseUnit === 0 ? 0 : 1) : ""
        placeholderText: root.glucoseUnit === 0 ? "100" : "5.6"
        font.pixelSize: Theme.fontDisplay
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        focus: true
        Accessible.name: qsTr("Glucose value in %1").arg(words.unitLabel(root.glucoseUnit))
        Component.onCompleted: forceActiveFocus()
        Keys.onReturnPressed: root.save()
    }
    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: root.error
        color: Theme.low
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    Button {
        id: saveButton
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.25
        enabled: root.flag !== 0 || valueField.text.trim() !== ""
        highlighted: true
        objectName: "saveButton"
        text: qsTr("Save")
        font.pixelSize: Theme.fontLarge
        Accessible.name: root.editing ? qsTr("Save the changed reading") : qsTr("Save the reading")
        onClicked: root.save()

        background: RaisedBackground {
            control: saveButton
        }
    }
    HypoFirstAidCard {
        visible: root.showsFirstAid
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("When")
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    DropDown {
        id: contextBox
        model: words.mealContexts
        currentIndex: root.mealContext
        Accessible.name: qsTr("Meal context: %1").arg(currentText)
    }
    EntryTimeField {
        id: timeField
        utcMs: root.utcMs
        utcOffsetSec: root.utcOffsetSec
    }
    CheckBox {
        palette.text: Theme.accentText  // the tick
        Layout.minimumHeight: Theme.touchTarget
        Layout.fillWidth: true
        text: qsTr("The meter showed LO (too low to measure)")
        checked: root.flag === 1
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onToggled: root.flag = checked ? 1 : 0
        contentItem: Label {
            leftPadding: parent.indicator.width + parent.spacing
            text: parent.text
            font: parent.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    CheckBox {
        palette.text: Theme.accentText  // the tick
        Layout.minimumHeight: Theme.touchTarget
        Layout.fillWidth: true
        text: qsTr("The meter showed HI (too high to measure)")
        checked: root.flag === 2
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onToggled: root.flag = checked ? 2 : 0
        contentItem: Label {
            leftPadding: parent.indicator.width + parent.spacing
            text: parent.text
            font: parent.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    TextField {
        id: noteField
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: root.note
        placeholderText: qsTr("Note (optional)")
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Note")
    }
    Button {
        id: deleteButton
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: root.editing
        objectName: "deleteButton"
        text: qsTr("Delete this reading")
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onClicked: root.remove()

        background: RaisedBackground {
            control: deleteButton
        }
    }

    SectionHeader {
        visible: !root.editing
        text: qsTr("Something else to note?")
    }
    Flow {
        Layout.fillWidth: true
        visible: !root.editing
        spacing: Theme.spacing

        Repeater {
            model: [1, 2, 3, 4, 5]
            delegate: Button {
                id: kindButton
                required property int modelData
                text: words.entryKinds[modelData]
                font.pixelSize: Theme.fontBody
                height: Math.max(implicitHeight, Theme.touchTarget)
                Accessible.name: qsTr("Add: %1").arg(text)
                onClicked: root.StackView.view.replace(Qt.resolvedUrl("EntryEditorPage.qml"),
                                                       { kind: modelData, snackbar: root.snackbar })

                background: RaisedBackground {
                    control: kindButton
                }
            }
        }
    }
}
