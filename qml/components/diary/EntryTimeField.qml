import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// When an entry happened: "now" for a new entry, the stored time for an edited one; "Change" lets the user type a
// date and time.
ColumnLayout {
    id: root

    property double utcMs: 0  // the stored time, 0 for a new entry
    property int utcOffsetSec: 0
    property bool editing: false
    readonly property double shownMs: utcMs > 0 ? utcMs : startedMs
    readonly property double startedMs: Date.now()
    readonly property date typed: Date.fromLocaleString(Qt.locale("C"), dateField.text + " " + timeField.text,
                                                        "yyyy-MM-dd HH:mm")
    readonly property bool valid: !editing || !isNaN(typed.getTime())

    // Puts the chosen time into the fields given to Diary.save(); a new, unchanged entry is saved at "now".
    function writeTo(fields) {
        if (editing) {
            fields.utcMs = typed.getTime()
        } else if (utcMs > 0) {
            fields.utcMs = utcMs
            fields.utcOffsetSec = utcOffsetSec
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: root.utcMs > 0 || root.editing
                  ? qsTr("Time: %1").arg(new Date(root.shownMs).toLocaleString(Qt.locale(Settings.localeName), Locale.ShortFormat))
                  : qsTr("Time: now")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Button {
            id: changeButton
            visible: !root.editing
            text: qsTr("Change")
            font.pixelSize: Theme.fontBody
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Change the date and time")
            onClicked: root.editing = true
            background: RaisedBackground {
                control: changeButton
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: root.editing
        spacing: Theme.spacing

        TextField {
            id: dateField
            width: Math.round(8 * Theme.fontBody)
            height: Math.max(implicitHeight, Theme.touchTarget)
            text: Qt.formatDateTime(new Date(root.shownMs), "yyyy-MM-dd")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhDate
            validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
            placeholderText: "2024-05-01"
            Accessible.name: qsTr("Date, as year-month-day")
        }
        TextField {
            id: timeField
            width: Math.round(5 * Theme.fontBody)
            height: Math.max(implicitHeight, Theme.touchTarget)
            text: Qt.formatDateTime(new Date(root.shownMs), "HH:mm")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhTime
            validator: RegularExpressionValidator { regularExpression: /\d{1,2}:\d{2}/ }
            placeholderText: "08:30"
            Accessible.name: qsTr("Time, as hours:minutes")
        }
    }
}
