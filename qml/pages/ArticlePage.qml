import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The article reader: Qt's Markdown rendering of the body, tappable glossary terms and sources, the review date and
// evidence level, numbered sources, related articles and a bookmark.
ScrollablePage {
    id: root

    required property string articleId
    readonly property var article: Library.article(articleId, Settings.contentScript)
    readonly property bool bookmarked: Bookmarks.articleIds.indexOf(articleId) >= 0

    function openLink(link) {
        const colon = link.indexOf(":")
        const scheme = link.substring(0, colon)
        const id = link.substring(colon + 1)
        if (scheme === "glossary" || scheme === "source")
            definition.show(Library.item(scheme, id, Settings.contentScript))
        else if (scheme === "article")
            root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: id })
        else if (scheme === "https")
            leaveApp.ask(link)
    }

    // Qt 6.4's Markdown import colours every link with the application palette's blue, ignoring linkColor and the
    // window palette; so each [label](target) is handed over as an HTML anchor in the Theme's link colour
    // (underlined, and bold where the text around it is).
    function themedLinks(markdown) {
        const escape = text => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")
        return markdown.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (match, label, target, offset) => {
            const lineStart = markdown.lastIndexOf("\n", offset) + 1
            const bold = markdown.substring(lineStart, offset).split("**").length % 2 === 0
            return "<a href=\"" + escape(target) + "\" style=\"color:" + Theme.accentText
                   + (bold ? "; font-weight:bold" : "") + "\">" + escape(label) + "</a>"
        })
    }

    title: article.title || ""
    onVisibleChanged: if (!visible) reader.stop()  // another page or tab took its place
    StackView.onDeactivating: reader.stop()

    ReadAloud {
        id: reader
        blocks: (root.article.blocks || []).map(block => block.spoken)
        region: Settings.region
    }

    HeadingText {
        text: root.article.title || ""
        font.pixelSize: Theme.fontTitle
    }

    EvidenceBadge {
        level: root.article.evidence || ""
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Reviewed on %1").arg(Library.dateText(root.article.reviewed || "", Settings.localeName))
        font.pixelSize: Theme.fontSmall
    }

    WrappingButton {
        checkable: true
        checked: root.bookmarked
        text: root.bookmarked ? qsTr("★ Bookmarked") : qsTr("☆ Bookmark")
        Accessible.name: root.bookmarked ? qsTr("Remove bookmark") : qsTr("Bookmark this article")
        onClicked: Bookmarks.toggle(root.articleId)
    }

    ReadAloudBar {
        reader: reader
    }

    // The body block by block, so that a screen reader meets its headings as headings and reads each paragraph in
    // full, and read aloud can show where it is.
    Repeater {
        model: root.article.blocks || []
        delegate: Loader {
            id: block

            required property var modelData
            required property int index

            Layout.fillWidth: true
            sourceComponent: modelData.kind === "heading" ? headingBlock : textBlock

            Rectangle {  // the block being read aloud
                anchors.fill: parent
                anchors.margins: -Theme.spacing / 2
                z: -1
                visible: reader.currentBlock === block.index
                radius: Theme.radius / 2
                color: Theme.targetBand
            }
        }
    }

    Component {
        id: headingBlock

        SectionHeader {
            text: parent.modelData.plain
        }
    }

    Component {
        id: textBlock

        Label {
            id: body

            textFormat: Text.MarkdownText
            // A list item's marker before a no-break space, so that Markdown does not start a list of its own.
            text: (parent.modelData.marker ? parent.modelData.marker + "\u00a0" : "")
                  + root.themedLinks(parent.modelData.markdown)
            leftPadding: parent.modelData.marker ? Theme.margin : 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            lineHeight: 1.2
            onLinkActivated: link => root.openLink(link)
            Accessible.role: Accessible.StaticText
            Accessible.name: parent.modelData.plain

            HoverHandler {
                cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }
    }

    SourceList {
        Layout.fillWidth: true
        sources: root.article.sources || []
        onOpenLinkRequested: url => leaveApp.ask(url)
    }

    SectionHeader {
        visible: relatedRepeater.count > 0
        text: qsTr("Related articles")
    }

    Repeater {
        id: relatedRepeater
        model: root.article.related || []
        delegate: ContentCard {
            required property var modelData
            heading: modelData.title
            onClicked: root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: modelData.id })
        }
    }

    DefinitionPopup {
        id: definition
        objectName: "definitionPopup"
        parent: Overlay.overlay
        onOpenLinkRequested: url => leaveApp.ask(url)
    }

    ExternalLinkDialog {
        id: leaveApp
        objectName: "leaveAppDialog"
        parent: Overlay.overlay
    }
}
