import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Search across articles, trials, glossary, clinic check and sources; a term typed in either script is found, and
// the match is shown bold and underlined in each result.
ScrollablePage {
    id: root

    property alias query: field.text

    function openResult(kind, id) {
        if (kind === "article")
            root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: id })
        else if (kind === "trial")
            root.StackView.view.push(Qt.resolvedUrl("TrialDetailPage.qml"), { trialId: id })
        else
            definition.show(Library.item(kind, id, Settings.contentScript))
    }

    title: qsTr("Search")

    TextField {
        id: field
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        placeholderText: qsTr("For example: 干细胞, VX-880, C-peptide")
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Search text")
        focus: true
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: field.text.trim().length === 0 ? qsTr("Type a word in Simplified or Traditional Chinese, or in English.")
                                             : qsTr("%n result(s)", "", results.count)
    }

    Repeater {
        model: SearchResultModel {
            id: results
            script: Settings.contentScript
            query: field.text
        }
        delegate: ContentCard {
            required property string kind
            required property string kindLabel
            required property string itemId
            required property string title
            required property string snippet
            required property string plainSnippet

            heading: title
            Accessible.description: kindLabel
            onClicked: root.openResult(kind, itemId)

            Label {
                Layout.fillWidth: true
                text: kindLabel
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.accentText
            }
            Label {
                Layout.fillWidth: true
                visible: snippet.length > 0
                textFormat: Text.StyledText
                text: snippet
                Accessible.name: plainSnippet
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }

    DefinitionPopup {
        id: definition
        parent: Overlay.overlay
        onOpenLinkRequested: url => leaveApp.ask(url)
    }

    ExternalLinkDialog {
        id: leaveApp
        parent: Overlay.overlay
    }
}
