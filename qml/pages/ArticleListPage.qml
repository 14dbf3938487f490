import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A list of articles: one topic, the family articles, what's new (newest first) or the bookmarks.
ScrollablePage {
    id: root

    property int selection: ArticleListModel.Topic
    property string topic
    property string heading  // for the lists that are not a topic
    property bool bookmarks: false

    title: selection === ArticleListModel.Topic ? Library.topicTitle(topic, Settings.contentScript) : heading

    Label {
        Layout.fillWidth: true
        visible: articles.count === 0
        wrapMode: Text.Wrap
        text: root.bookmarks ? qsTr("No bookmarks yet. Open an article and tap “Bookmark” to keep it here.")
                             : qsTr("No articles here yet.")
    }

    Repeater {
        model: ArticleListModel {
            id: articles
            script: Settings.contentScript
            selection: root.selection
            topic: root.topic
            articleIds: root.bookmarks ? Bookmarks.articleIds : []
        }
        delegate: ContentCard {
            required property string articleId
            required property string title
            required property string summary
            required property string evidence
            required property string reviewed

            heading: title
            detail: summary
            onClicked: root.StackView.view.push(Qt.resolvedUrl("ArticlePage.qml"), { articleId: articleId })

            EvidenceBadge {
                level: evidence
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Reviewed %1").arg(Library.dateText(reviewed, Settings.localeName))
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
