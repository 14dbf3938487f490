import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The app window: a header with back navigation, one page stack per tab, and bottom navigation.
ApplicationWindow {
    id: root

    // Pages the smoke test visits: a tab, and optionally a page pushed onto that tab's stack with properties.
    readonly property var smokeRoutes: [
        { name: "disclaimer", tab: 0, disclaimer: true },
        { name: "learn", tab: 0 },
        { name: "article-list", tab: 0, page: "ArticleListPage.qml", properties: { topic: "basics" } },
        { name: "article", tab: 0, page: "ArticlePage.qml", properties: { articleId: "reading-results" } },
        { name: "search", tab: 0, page: "SearchPage.qml", properties: { query: "干细胞" } },
        { name: "trial-detail", tab: 1, page: "TrialDetailPage.qml", properties: { trialId: "zimislecel" } },
        { name: "clinic-result", tab: 2, page: "ClinicResultPage.qml" },
        { name: "trials", tab: 1 },
        { name: "clinic-check", tab: 2 },
        { name: "diary", tab: 3 },
        { name: "statistics", tab: 3, page: "StatisticsPage.qml" },
        { name: "statistics-90", tab: 3, page: "StatisticsPage.qml", properties: { rangeDays: 90 } },
        { name: "import-export", tab: 3, page: "ImportExportPage.qml" },
        { name: "diary-add-reading", tab: 3, page: "AddReadingPage.qml" },
        { name: "diary-add-low-reading", tab: 3, page: "AddReadingPage.qml", properties: { flag: 1 } },
        { name: "diary-add-insulin", tab: 3, page: "EntryEditorPage.qml", properties: { kind: 1 } },
        { name: "diary-add-hba1c", tab: 3, page: "EntryEditorPage.qml", properties: { kind: 4, value: 7, entryId: 0 } },
        { name: "settings", tab: 4 }
    ]

    readonly property StackView currentStack: stacks.children[stacks.currentIndex] ? stacks.children[stacks.currentIndex].item : null

    function goBack() {
        if (currentStack && currentStack.depth > 1) {
            currentStack.pop()
            return true
        }
        if (tabBar.currentIndex !== 0) {
            tabBar.currentIndex = 0
            return true
        }
        return false
    }

    function smokePages() {
        return smokeRoutes.map(route => route.name)
    }

    function smokeSetLook(script, theme) {
        Settings.script = script
        Settings.theme = theme
    }

    function smokeShow(name) {
        const route = smokeRoutes.find(r => r.name === name)
        if (disclaimer.item)
            disclaimer.item.close()
        for (let i = 0; i < stacks.children.length; ++i) {
            if (stacks.children[i].item)
                stacks.children[i].item.pop(null, StackView.Immediate)
        }
        tabBar.currentIndex = route.tab
        if (route.page)
            currentStack.push(Qt.resolvedUrl(route.page), route.properties || {}, StackView.Immediate)
        if (route.disclaimer)
            root.showDisclaimer()
    }

    // The notice is created only when it is shown: after the first launch it never is.
    function showDisclaimer() {
        disclaimer.active = true
        disclaimer.item.open()
    }

    width: 360
    height: 780
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("IsletGuide")

    font.family: Settings.fontFamily
    font.pixelSize: Theme.fontBody
    // The controls (Basic style) draw with these roles; every page inherits them. A role that also has a disabled
    // colour is set for the active and inactive groups only: in Qt 6.4 a binding on the role for all groups
    // (palette.base) overrides its disabled colour (palette.disabled.base).
    palette.window: Theme.window
    palette.alternateBase: Theme.window
    palette.highlight: Theme.focus  // field frames, focus rings and text selection
    palette.highlightedText: Theme.textOnFocus
    palette.midlight: Theme.divider
    palette.light: Theme.surface
    palette.shadow: "black"  // dims the page behind a dialog
    palette.link: Theme.accentText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.active.windowText: Theme.text
    palette.inactive.windowText: Theme.text
    palette.disabled.windowText: Theme.disabledText
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.disabled.text: Theme.disabledText
    palette.active.buttonText: Theme.text
    palette.inactive.buttonText: Theme.text
    palette.disabled.buttonText: Theme.disabledText
    palette.active.brightText: Theme.textOnAccent
    palette.inactive.brightText: Theme.textOnAccent
    palette.disabled.brightText: Theme.disabledText
    palette.active.button: Theme.button
    palette.inactive.button: Theme.button
    palette.disabled.button: Theme.buttonDisabled
    palette.active.dark: Theme.accentText  // combo box arrows, progress and busy indicators, dialog frames
    palette.inactive.dark: Theme.accentText
    palette.disabled.dark: Theme.buttonDisabled
    palette.active.base: Theme.surface
    palette.inactive.base: Theme.surface
    palette.disabled.base: Theme.buttonDisabled  // a disabled field is greyed, not framed like one to type in
    palette.active.mid: Theme.fieldBorder
    palette.inactive.mid: Theme.fieldBorder
    palette.disabled.mid: Theme.divider
    palette.active.placeholderText: Theme.secondaryText
    palette.inactive.placeholderText: Theme.secondaryText
    palette.disabled.placeholderText: Theme.disabledText

    onClosing: close => {
        if (Qt.platform.os === "android" && root.goBack())
            close.accepted = false
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        onActivated: root.goBack()
    }

    header: ToolBar {
        palette.buttonText: Theme.textOnAccent
        palette.windowText: Theme.textOnAccent
        palette.highlight: Theme.textOnAccent  // the focused back arrow, on the accent bar
        background: Rectangle {
            color: Theme.accent
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0

            ToolButton {
                id: backButton
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                visible: root.currentStack && root.currentStack.depth > 1
                text: "‹"
                font.pixelSize: Theme.fontTitle
                Accessible.name: qsTr("Back")
                onClicked: root.goBack()

                background: Rectangle {
                    color: backButton.down ? Qt.rgba(1, 1, 1, 0.2) : "transparent"
                    border.width: backButton.visualFocus ? 2 : 0
                    border.color: Theme.textOnAccent
                }
            }
            HeadingText {
                Layout.minimumHeight: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                Layout.leftMargin: backButton.visible ? 0 : Theme.margin
                Layout.rightMargin: Theme.margin
                text: root.currentStack && root.currentStack.currentItem ? root.currentStack.currentItem.title : ""
                color: Theme.textOnAccent
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
            }
        }
    }

    StackLayout {
        id: stacks
        anchors.fill: parent
        currentIndex: tabBar.currentIndex

        LazyTab {
            page: Component { LearnPage {} }
        }
        LazyTab {
            page: Component { TrialListPage {} }
        }
        LazyTab {
            page: Component { ClinicCheckPage {} }
        }
        LazyTab {
            page: Component { DiaryPage {} }
        }
        LazyTab {
            page: Component { SettingsPage {} }
        }
    }

    footer: NavigationBar {
        id: tabBar
        labels: [qsTr("Learn"), qsTr("Trials"), qsTr("Clinic check"), qsTr("Diary"), qsTr("Settings")]
    }

    Loader {
        id: disclaimer
        active: false
        sourceComponent: DisclaimerDialog {
            parent: root.contentItem
        }
    }

    Component.onCompleted: {
        if (!Settings.disclaimerAccepted)
            root.showDisclaimer()
    }
}
