import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Adding or editing an entry other than glucose: insulin, carbohydrates, a medicine taken, an HbA1c result or a note.
// Records what happened; it gives no dosing advice.
ScrollablePage {
    id: root

    property var snackbar
    property int kind: 1  // 1 insulin, 2 carbohydrates, 3 medicine, 4 HbA1c, 5 note
    property double entryId: 0
    property double value: 0
    property int subtype: 0
    property string name
    property string dose
    property string note
    property double utcMs: 0
    property int utcOffsetSec: 0

    readonly property bool editing: entryId > 0
    readonly property bool hasAmount: kind === 1 || kind === 2 || kind === 4
    readonly property double typedValue: Diary.parseNumber(amountField.text)
    property string error

    function save() {
        if (!timeField.valid) {
            error = qsTr("Type the date as year-month-day and the time as hours:minutes.")
            return
        }
        const fields = { kind: kind, entryId: entryId, value: typedValue, subtype: subtypeBox.currentIndex,
                         name: nameField.text, dose: doseField.text, note: noteField.text }
        timeField.writeTo(fields)
        error = Diary.save(fields)
        if (error)
            return
        if (snackbar)
            snackbar.show(editing ? qsTr("Entry changed") : qsTr("Entry saved"))
        StackView.view.pop()
    }

    function remove() {
        error = Diary.remove(kind, entryId)
        if (error)
            return
        if (snackbar)
            snackbar.show(qsTr("Entry deleted"))
        StackView.view.pop()
    }

    title: (editing ? qsTr("Edit: %1") : qsTr("Add: %1")).arg(words.entryKinds[kind])

    DiaryText {
        id: words
    }

    Label {
        Layout.fillWidth: true
        visible: root.hasAmount
        text: root.kind === 1 ? qsTr("Insulin units") : root.kind === 2 ? qsTr("Carbohydrates (g)") : qsTr("HbA1c result")
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextField {
        id: amountField
        Layout.fillWidth: true
        visible: root.hasAmount
        text: root.editing && root.hasAmount ? words.number(root.value, root.value % 1 === 0 ? 0 : 1) : ""
        font.pixelSize: Theme.fontDisplay
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        focus: root.hasAmount
        Accessible.name: root.kind === 1 ? qsTr("Insulin units") : root.kind === 2 ? qsTr("Carbohydrates in grams") : qsTr("HbA1c result")
    }
    DropDown {
        id: subtypeBox
        visible: root.kind === 1 || root.kind === 4
        model: root.kind === 1 ? words.insulinKinds : words.hba1cUnits
        currentIndex: root.subtype
        Accessible.name: root.kind === 1 ? qsTr("Kind of insulin: %1").arg(currentText) : qsTr("HbA1c unit: %1").arg(currentText)
    }
    Label {
        Layout.fillWidth: true
        visible: root.kind === 4 && !isNaN(root.typedValue)
        text: subtypeBox.currentIndex === 0
              ? qsTr("= %1 mmol/mol").arg(words.number(Diary.convertHbA1c(root.typedValue, 0), 0))
              : qsTr("= %1 %").arg(words.number(Diary.convertHbA1c(root.typedValue, 1), 1))
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextField {
        id: nameField
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: root.kind === 1 || root.kind === 3
        text: root.name
        placeholderText: root.kind === 1 ? qsTr("Name (optional)") : qsTr("Medicine name")
        font.pixelSize: Theme.fontBody
        Accessible.name: root.kind === 1 ? qsTr("Insulin name") : qsTr("Medicine name")
    }
    TextField {
        id: doseField
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: root.kind === 3
        text: root.dose
        placeholderText: qsTr("Dose (optional)")
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Dose")
    }
    TextArea {
        id: noteField
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: root.note
        placeholderText: root.kind === 5 ? qsTr("Write your note") : qsTr("Note (optional)")
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        focus: root.kind === 5
        Accessible.name: qsTr("Note")

        background: Rectangle {  // framed like the text fields above
            color: noteField.palette.base
            border.width: noteField.activeFocus ? 2 : 1
            border.color: noteField.activeFocus ? noteField.palette.highlight : noteField.palette.mid
        }
    }
    EntryTimeField {
        id: timeField
        utcMs: root.utcMs
        utcOffsetSec: root.utcOffsetSec
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
        highlighted: true
        text: qsTr("Save")
        font.pixelSize: Theme.fontLarge
        Accessible.name: qsTr("Save the entry")
        onClicked: root.save()

        background: RaisedBackground {
            control: saveButton
        }
    }
    Button {
        id: deleteButton
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: root.editing
        text: qsTr("Delete this entry")
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onClicked: root.remove()

        background: RaisedBackground {
            control: deleteButton
        }
    }
}
