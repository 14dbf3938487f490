import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Trials tab: real clinical programmes with filters, each card saying how strong its evidence is and when its
// status was checked.
ScrollablePage {
    id: root

    title: qsTr("Trials")

    WrappingButton {
        text: qsTr("How to read a trial result")
        Accessible.name: qsTr("How to read a trial result: open the explainer")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: "reading-results" })
    }

    WrappingButton {
        id: filterToggle
        checkable: true
        flat: true
        text: (checked ? "▾ " : "▸ ") + qsTr("Filter the list")
        Accessible.name: checked ? qsTr("Hide the filters") : qsTr("Show the filters")
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: filterToggle.checked
        spacing: Theme.spacing

        TrialFilter {
            label: qsTr("Diabetes type")
            options: trials.filterOptions("diabetesType")
            onChosen: value => trials.diabetesType = value
        }
        TrialFilter {
            label: qsTr("Cell source")
            options: trials.filterOptions("cellSource")
            onChosen: value => trials.cellSource = value
        }
        TrialFilter {
            label: qsTr("Phase")
            options: trials.filterOptions("phase")
            onChosen: value => trials.phase = value
        }
        TrialFilter {
            label: qsTr("Country or region")
            options: trials.filterOptions("country")
            onChosen: value => trials.country = value
        }
        TrialFilter {
            label: qsTr("Immunosuppression")
            options: trials.filterOptions("immunosuppression")
            onChosen: value => trials.immunosuppression = value
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Showing %1 of %2 programmes").arg(trials.count).arg(trials.totalCount)
        Accessible.role: Accessible.StaticText
    }

    Repeater {
        model: TrialListModel {
            id: trials
            script: Settings.contentScript
        }
        delegate: ContentCard {
            required property string trialId
            required property string name
            required property string sponsor
            required property string evidence
            required property string status
            required property string statusAsOf
            required property string phase
            required property string countries
            required property string diabetesTypes

            heading: name
            detail: sponsor
            onClicked: root.StackView.view.push(Qt.resolvedUrl("TrialDetailPage.qml"), { trialId: trialId })

            EvidenceBadge {
                level: evidence
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                text: [diabetesTypes, phase, countries].join(" · ")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                text: qsTr("%1 (status as of %2)").arg(status).arg(Library.dateText(statusAsOf, Settings.localeName))
            }
        }
    }
}
