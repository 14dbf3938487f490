import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Clinic check: questions about an offer someone received, answered yes / no / not sure, then a calm result.
ScrollablePage {
    id: root

    readonly property ClinicChecklist checklist: checklistModel

    title: qsTr("Clinic check")

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Were you offered a “stem cell” treatment for diabetes? Answer what you know about the offer. Your answers stay on this device.")
    }

    Repeater {
        model: ClinicChecklist {
            id: checklistModel
            script: Settings.contentScript
        }
        delegate: ColumnLayout {
            id: questionItem

            required property int index
            required property string question
            required property int answer

            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: (questionItem.index + 1) + ". " + questionItem.question
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: [
                        { value: ClinicChecklist.Yes, label: qsTr("Yes") },
                        { value: ClinicChecklist.No, label: qsTr("No") },
                        { value: ClinicChecklist.NotSure, label: qsTr("Not sure") }
                    ]
                    delegate: Button {
                        id: answerButton

                        required property var modelData
                        readonly property bool chosen: questionItem.answer === modelData.value

                        objectName: "answer-" + questionItem.index + "-" + modelData.value
                        checkable: true
                        checked: chosen
                        highlighted: chosen
                        text: (chosen ? "● " : "○ ") + modelData.label
                        Accessible.name: qsTr("Question %1: %2").arg(questionItem.index + 1).arg(modelData.label)
                        onClicked: checklistModel.setAnswer(questionItem.index, modelData.value)

                        background: RaisedBackground {
                            control: answerButton
                        }
                    }
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Answered %1 of %2").arg(checklistModel.answeredCount).arg(checklistModel.rowCount())
    }

    WrappingButton {
        objectName: "showResult"
        highlighted: true
        enabled: checklistModel.answeredCount > 0
        text: qsTr("See what the answers mean")
        Accessible.name: text
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ClinicResultPage.qml"), { checklist: checklistModel })
    }

    WrappingButton {
        flat: true
        enabled: checklistModel.answeredCount > 0
        text: qsTr("Clear the answers")
        Accessible.name: text
        onClicked: checklistModel.reset()
    }
}
