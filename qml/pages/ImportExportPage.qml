import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import IsletGuide

// Import from a meter or sensor export, export for a spreadsheet or a clinic, back up and restore: nothing leaves the
// device unless the user picks a file here.
ScrollablePage {
    id: root

    title: qsTr("Import and export")

    DataTransferController {
        id: transfer
        diary: Diary
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
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Choose a file to import…")
        font.pixelSize: Theme.fontBody
        enabled: !transfer.busy
        Accessible.name: text
        onClicked: importDialog.open()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: transfer.busy
        spacing: Theme.spacing
        ProgressBar {
            Layout.fillWidth: true
            value: transfer.progress
            Accessible.name: qsTr("Import progress")
        }
        Button {
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("Cancel")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Cancel the import")
            onClicked: transfer.cancel()
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

    SectionHeader {
        text: qsTr("Export")
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Save as a spreadsheet (CSV)…")
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onClicked: {
            exportDialog.format = DataTransferController.Csv
            exportDialog.defaultSuffix = "csv"
            exportDialog.open()
        }
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Save for a clinic system (FHIR)…")
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        onClicked: {
            exportDialog.format = DataTransferController.Fhir
            exportDialog.defaultSuffix = "json"
            exportDialog.open()
        }
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
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Back up the diary…")
        font.pixelSize: Theme.fontBody
        enabled: !transfer.busy
        Accessible.name: text
        onClicked: backupDialog.open()
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Restore from a backup…")
        font.pixelSize: Theme.fontBody
        enabled: !transfer.busy
        Accessible.name: text
        onClicked: restoreDialog.open()
    }

    FileDialog {
        id: importDialog
        title: qsTr("Choose a file to import")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Exports (*.csv *.json *.txt)"), qsTr("All files (*)")]
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
        onAccepted: confirmRestore.open()
    }
    Dialog {
        id: confirmRestore
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 2 * Theme.margin, Theme.maxContentWidth)
        modal: true
        title: qsTr("Replace the diary?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            text: qsTr("Everything in the diary now will be replaced by the backup. The backup is checked first; if it is damaged, nothing changes.")
        }
        onAccepted: transfer.restoreFrom(restoreDialog.selectedFile)
    }
}
