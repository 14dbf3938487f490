import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import IsletGuide

// What the clinic-check answers add up to: the outcome with its reasons, how to check the offer with the regulator
// of the user's region, and questions for the doctor to copy or save.
ScrollablePage {
    id: root

    // The answered checklist of the Clinic check page; on its own the page shows an unanswered one.
    property ClinicChecklist checklist: ClinicChecklist {
        script: Settings.contentScript
    }
    readonly property var outcomeText: [
        { symbol: "✓", heading: qsTr("No warning signs in your answers"),
          text: qsTr("That is reassuring, but it does not prove the offer is safe or approved. Check it with the regulator below and talk to your care team before deciding.") },
        { symbol: "△", heading: qsTr("Some things need checking"),
          text: qsTr("Some answers are reasons for caution or still unknown. Before you pay or sign anything, find out the answers and check the offer with the regulator below.") },
        { symbol: "⚠", heading: qsTr("Strong warning signs"),
          text: qsTr("Some answers match how unregulated clinics work. Please do not pay or sign anything for now. Talk to your care team, and check the offer with the regulator below.") }
    ][checklist.outcome]
    readonly property color outcomeColour: [Theme.inRange, Theme.caution, Theme.low][checklist.outcome]

    title: qsTr("Clinic check result")

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: outcomeColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Qt.rgba(root.outcomeColour.r, root.outcomeColour.g, root.outcomeColour.b, 0.12)
        border.color: root.outcomeColour
        border.width: 2

        ColumnLayout {
            id: outcomeColumn
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            HeadingText {
                objectName: "outcomeHeading"
                font.pixelSize: Theme.fontTitle
                text: root.outcomeText.symbol + " " + root.outcomeText.heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.outcomeText.text
            }
        }
    }

    SectionHeader {
        visible: root.checklist.warningSigns.length > 0
        text: qsTr("Why: the answers that are warning signs")
    }
    Repeater {
        model: root.checklist.warningSigns
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: (modelData.strong ? qsTr("⚠ Strong warning sign") : qsTr("△ Reason for caution")) + ": " + modelData.question
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.why
            }
        }
    }

    SectionHeader {
        visible: root.checklist.unsureAnswers.length > 0
        text: qsTr("Worth finding out")
    }
    Repeater {
        model: root.checklist.unsureAnswers
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: "? " + modelData.question
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.why
            }
        }
    }

    SectionHeader {
        text: qsTr("Next steps where you live")
    }
    Label {
        Layout.fillWidth: true
        visible: Settings.region === Settings.OtherRegion
        wrapMode: Text.Wrap
        text: qsTr("Your region is set to “elsewhere”: here are the regulators this app knows. Your own country's medicines regulator can check an offer in the same way.")
    }
    Repeater {
        model: Library.regulatorsForRegion(Settings.region, Settings.contentScript)
        delegate: ColumnLayout {
            id: regulator
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                text: regulator.modelData.name
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("How to check the offer")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: regulator.modelData.howToVerify
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("Where to report it")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: regulator.modelData.whereToReport
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                text: qsTr("As of %1").arg(Library.dateText(regulator.modelData.asOf, Settings.localeName))
            }
            Repeater {
                model: regulator.modelData.links
                delegate: WrappingButton {
                    required property var modelData
                    flat: true
                    text: modelData.label + " ↗"
                    Accessible.name: qsTr("Open %1 on the web (leaves the app)").arg(modelData.label)
                    onClicked: leaveApp.ask(modelData.url)
                }
            }
        }
    }

    SectionHeader {
        text: qsTr("Questions for your doctor")
    }
    Label {
        objectName: "doctorQuestions"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.checklist.doctorQuestions
    }
    WrappingButton {
        text: qsTr("Copy the questions")
        Accessible.name: qsTr("Copy the questions for your doctor")
        onClicked: {
            root.checklist.copyDoctorQuestions()
            status.text = qsTr("Copied. You can paste them into a message or a note.")
        }
    }
    WrappingButton {
        text: qsTr("Save as a PDF or text file…")
        Accessible.name: qsTr("Save the questions for your doctor as a PDF or text file")
        onClicked: saveDialog.open()
    }
    Label {
        id: status
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text.length > 0
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF, to print (*.pdf)"), qsTr("Text files (*.txt)")]
        onAccepted: status.text = root.checklist.saveDoctorQuestions(selectedFile)
                    ? qsTr("Saved.") : qsTr("Could not save the file. Please choose another place.")
    }

    ExternalLinkDialog {
        id: leaveApp
        parent: Overlay.overlay
    }
}
