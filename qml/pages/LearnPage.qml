import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Learn tab: search, the family / what's new / bookmarks entry points, and the topics.
ScrollablePage {
    id: root

    title: qsTr("Learn")

    function openList(selection, heading, extra) {
        root.StackView.view.push(Qt.resolvedUrl("ArticleListPage.qml"),
                                 Object.assign({ selection: selection, heading: heading }, extra || {}))
    }

    WrappingButton {
        text: qsTr("Search articles, trials and terms")
        Accessible.name: qsTr("Search articles, trials and terms")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("SearchPage.qml"))
    }

    WrappingButton {
        text: qsTr("For family")
        Accessible.name: qsTr("Articles for family and caregivers")
        onClicked: root.openList(ArticleListModel.ForFamily, text)
    }
    WrappingButton {
        text: qsTr("What's new")
        Accessible.name: qsTr("Articles by date, newest first")
        onClicked: root.openList(ArticleListModel.Newest, text)
    }
    WrappingButton {
        text: qsTr("Bookmarks (%1)").arg(Bookmarks.articleIds.length)
        Accessible.name: qsTr("Bookmarked articles")
        onClicked: root.openList(ArticleListModel.GivenIds, qsTr("Bookmarks"), { bookmarks: true })
    }

    SectionHeader {
        text: qsTr("Topics")
    }

    Repeater {
        model: TopicListModel {
            script: Settings.contentScript
        }
        delegate: ContentCard {
            required property string topicId
            required property string title
            required property string summary
            required property int articleCount

            heading: title
            detail: summary
            onClicked: root.openList(ArticleListModel.Topic, "", { topic: topicId })

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                text: qsTr("%n article(s)", "", articleCount)
            }
        }
    }
}
