import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// One trial in full: status as of a date, who runs it, results and caveats, who can join, registry ids, sources.
ScrollablePage {
    id: root

    required property string trialId
    readonly property var trial: Library.trial(trialId, Settings.contentScript)

    title: trial.name || ""

    HeadingText {
        text: root.trial.name || ""
        font.pixelSize: Theme.fontTitle
    }

    EvidenceBadge {
        level: root.trial.evidence || ""
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: qsTr("%1 (status as of %2)").arg(root.trial.status || "")
                                          .arg(Library.dateText(root.trial.statusAsOf || "", Settings.localeName))
    }

    WrappingButton {
        flat: true
        text: qsTr("How to read a trial result")
        Accessible.name: qsTr("How to read a trial result: open the explainer")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: "reading-results" })
    }

    Repeater {
        model: [
            { heading: qsTr("Status"), text: root.trial.statusNote },
            { heading: qsTr("Who runs it"), text: root.trial.sponsor },
            { heading: qsTr("Where"), text: (root.trial.countries || []).join(" · ") },
            { heading: qsTr("Diabetes type"), text: (root.trial.diabetesTypes || []).join(" · ") },
            { heading: qsTr("Phase"), text: root.trial.phase },
            { heading: qsTr("Cells and how they are given"), text: root.trial.cellSource + "\n" + root.trial.delivery },
            { heading: qsTr("Immunosuppression"), text: root.trial.immunosuppression + "\n" + root.trial.immunosuppressionNote },
            { heading: qsTr("Participants"), text: root.trial.participants },
            { heading: qsTr("Results so far"), text: root.trial.results },
            { heading: qsTr("Caveats"), text: root.trial.caveats },
            { heading: qsTr("Who can join"), text: root.trial.whoCanJoin },
            { heading: qsTr("Registry numbers"), text: (root.trial.registryIds || []).length > 0
                                                       ? root.trial.registryIds.join(", ")
                                                       : qsTr("No registry number found") },
            { heading: qsTr("Other names"), text: (root.trial.otherNames || []).join(", ") }
        ]
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 2

            SectionHeader {
                text: modelData.heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.text || ""
            }
        }
    }

    SourceList {
        Layout.fillWidth: true
        sources: root.trial.sources || []
        onOpenLinkRequested: url => leaveApp.ask(url)
    }

    ExternalLinkDialog {
        id: leaveApp
        parent: Overlay.overlay
    }
}
