import QtQuick
import QtQuick.Controls
import QtQuick.Window
import QtTest
import IsletGuide

// Keyboard users: on the add-reading page every control is reached with Tab, top to bottom, Save within a few Tabs
// of the number field; the control with the keyboard focus looks different from the same control without it; and
// Esc closes the article page's dialogs.
TestCase {
    id: root

    name: "Keyboard"
    when: windowShown

    readonly property int maxTabsToSave: 2

    // Key events go to the focused window: this one, activated before each test.
    Window {
        id: window
        width: 360
        height: 780
        visible: true
    }

    function init() {
        window.requestActivate()
        tryVerify(() => window.active)
    }

    Component {
        id: addReadingComponent
        StackView {
            width: 360
            height: 780
            initialItem: AddReadingPage {}
        }
    }

    Component {
        id: articleComponent
        ArticlePage {
            width: 360
            height: 780
            articleId: "reading-results"
        }
    }

    function focused() {
        return window.activeFocusItem
    }

    function yInPage(item, page) {
        return item.mapToItem(page, 0, 0).y
    }

    function test_tabReachesSaveQuicklyInReadingOrder() {
        const stack = createTemporaryObject(addReadingComponent, window.contentItem)
        waitForRendering(stack)
        const page = stack.currentItem
        const field = findChild(page, "glucoseValueField")
        tryVerify(() => field.activeFocus, 2000, "the number field has the focus when the page opens")
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_0)
        const save = findChild(page, "saveButton")
        let tabs = 0
        while (focused() !== save && tabs < 20) {
            keyClick(Qt.Key_Tab)
            ++tabs
        }
        compare(focused(), save, "Save is reached with Tab")
        verify(tabs <= maxTabsToSave, tabs + " Tabs from the number field to Save")

        // Onwards through the page until the focus comes back: each stop visible, none above the one before.
        let previous = save
        const visited = [save]
        for (let i = 0; i < 60; ++i) {
            keyClick(Qt.Key_Tab)
            const now = focused()
            if (now === field || visited.indexOf(now) >= 0)
                break
            verify(now.visible && now.enabled, "a Tab stop is a visible, enabled control")
            verify(yInPage(now, page) + now.height > yInPage(previous, page),
                   "Tab moves down the page: " + (now.Accessible.name || now.text) + " after "
                   + (previous.Accessible.name || previous.text))
            visited.push(now)
            previous = now
        }
        verify(visited.length >= 3, visited.length + " controls after Save are reached with Tab")
    }

    function test_focusIsVisible() {
        const stack = createTemporaryObject(addReadingComponent, window.contentItem)
        waitForRendering(stack)
        const save = findChild(stack.currentItem, "saveButton")
        keyClick(Qt.Key_1)
        for (let tabs = 0; focused() !== save && tabs < 20; ++tabs)
            keyClick(Qt.Key_Tab)
        compare(focused(), save)
        verify(save.visualFocus)
        waitForRendering(save)
        const withFocus = grabImage(save)
        keyClick(Qt.Key_Tab)
        verify(!save.activeFocus)
        waitForRendering(save)
        verify(!withFocus.equals(grabImage(save)), "Save looks different with the keyboard focus")
    }

    function test_escapeClosesDialogs() {
        const page = createTemporaryObject(articleComponent, window.contentItem)
        waitForRendering(page)
        const leaveApp = findChild(page, "leaveAppDialog")
        leaveApp.ask("https://example.org/")
        tryCompare(leaveApp, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(leaveApp, "visible", false)

        const definition = findChild(page, "definitionPopup")
        page.openLink("glossary:c-peptide")
        tryCompare(definition, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(definition, "visible", false)
    }
}
