import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import IsletGuide

// Import from a meter or sensor export, export for a spreadsheet or a clinic, back up and restore: nothing leaves the
// device unless the user picks a file here.
ScrollablePage {
    id: root

    // Opened from Settings to restore the newest safety copy: asks for that at once.
    property bool askRestoreNewest: false

    title: qsTr("Import and export")

    Component.onCompleted: {
        if (askRestoreNewest && transfer.newestSafetyCopy !== "")
            confirmRestore.ask(transfer.newestSafetyCopyFile)
    }

    // A full-width button whose text wraps instead of being cut off at large text sizes.
    component WideButton: Button {
        id: button
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        contentItem: Label {
            text: button.text
            font: button.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: RaisedBackground {
            control: button
        }
    }

    function openExportDialog(format, suffix) {
        exportDialog.format = format
        exportDialog.defaultSuffix = suffix
        exportDialog.open()
    }

    DataTransferController {
        id: transfer
        diary: Diary
        reportUnit: Settings.glucoseUnit
        reportScript: Settings.script
    }

    SectionHeader {
        text: qsTr("Import readings")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        text: qsTr("From LibreView, Dexcom Clarity, Nightscout, xDrip+ or an IsletGuide CSV file. Readings already in the diary are not added twice.")
    }
    WideButton {
        text: qsTr("Choose a file to import…")
        enabled: !transfer.busy
        onClicked: importDialog.open()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: transfer.busy && !transfer.restoring
        spacing: Theme.spacing
        ProgressBar {
            Layout.fillWidth: true
            value: transfer.progress
            Accessible.name: qsTr("Import progress")
        }
        Button {
            id: cancelButton
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("Cancel")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Cancel the import")
            onClicked: transfer.cancel()
            background: RaisedBackground {
                control: cancelButton
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: transfer.message.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: transfer.failed ? Theme.caution : palette.windowText
        text: (transfer.failed ? "⚠ " : "✓ ") + transfer.message
        Accessible.name: text
    }

    ChoiceGroup {
        title: qsTr("Export")
        options: [qsTr("The last 14 days"), qsTr("The last 30 days"), qsTr("The last 90 days"), qsTr("The whole diary")]
        currentIndex: transfer.rangeChoice
        onChosen: index => transfer.rangeChoice = index
    }
    WideButton {
        text: qsTr("Save a report for your doctor (PDF)…")
        onClicked: root.openExportDialog(DataTransferController.Pdf, "pdf")
    }
    WideButton {
        text: qsTr("Save as a spreadsheet (CSV)…")
        onClicked: root.openExportDialog(DataTransferController.Csv, "csv")
    }
    WideButton {
        text: qsTr("Save for a clinic system (FHIR)…")
        onClicked: root.openExportDialog(DataTransferController.Fhir, "json")
    }

    SectionHeader {
        text: qsTr("Backup")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        text: qsTr("A backup is one file with the whole diary. Keep it somewhere safe: it holds your health data.")
    }
    WideButton {
        text: qsTr("Back up the diary…")
        enabled: !transfer.busy
        onClicked: backupDialog.open()
    }
    WideButton {
        text: qsTr("Restore from a backup…")
        enabled: !transfer.busy
        onClicked: restoreDialog.open()
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        text: transfer.newestSafetyCopy === ""
              ? qsTr("The app also keeps automatic safety copies: once a day when the diary changed, and before every restore or upgrade.")
              : qsTr("Newest automatic safety copy: %1. The app keeps one a day when the diary changed, and one before every restore or upgrade.").arg(transfer.newestSafetyCopy)
    }
    Label {
        Layout.fillWidth: true
        visible: Diary.safetyCopyProblem !== ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.low
        text: qsTr("⚠ Today's automatic safety copy could not be made: %1. The older copies are kept; the app tries again next time it starts.").arg(Diary.safetyCopyProblem)
    }
    WideButton {
        visible: transfer.newestSafetyCopy !== ""
        text: qsTr("Restore the newest safety copy…")
        Accessible.name: qsTr("Restore the newest safety copy, from %1").arg(transfer.newestSafetyCopy)
        enabled: !transfer.busy
        onClicked: confirmRestore.ask(transfer.newestSafetyCopyFile)
    }
    RowLayout {
        Layout.fillWidth: true
        visible: transfer.restoring
        spacing: Theme.spacing
        BusyIndicator {
            running: transfer.restoring
            Accessible.name: qsTr("Restoring")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            text: qsTr("Checking the backup and restoring the diary…")
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Choose a file to import")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Exports (*.csv *.json *.txt *.zip *.xml)"), qsTr("All files (*)")]
        onAccepted: transfer.importFile(selectedFile)
    }
    FileDialog {
        id: exportDialog
        property int format: DataTransferController.Csv
        title: qsTr("Save the export as")
        fileMode: FileDialog.SaveFile
        onAccepted: transfer.exportTo(selectedFile, format)
    }
    FileDialog {
        id: backupDialog
        title: qsTr("Save the backup as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sqlite"
        onAccepted: transfer.backupTo(selectedFile)
    }
    FileDialog {
        id: restoreDialog
        title: qsTr("Choose a backup to restore")
        fileMode: FileDialog.OpenFile
        onAccepted: confirmRestore.ask(selectedFile)
    }
    Dialog {
        id: confirmRestore
        property url source
        function ask(file) {
            source = file
            open()
        }
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 2 * Theme.margin, Theme.maxContentWidth)
        modal: true
        title: qsTr("Replace the diary?")
        footer: DialogButtonBox {
            standardButtons: Dialog.Yes | Dialog.No
            delegate: Button {
                id: answer
                background: RaisedBackground {
                    control: answer
                }
            }
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            text: qsTr("Everything in the diary now will be replaced by the backup. The backup is checked first; if it is damaged, nothing changes. A safety copy of the diary as it is now is kept first.")
        }
        onAccepted: transfer.restoreFrom(source)
    }
}
