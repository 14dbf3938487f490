import QtQuick
import QtQuick.Window
import QtTest
import IsletGuide

// At 200 % text size on a 360 px wide phone, no text on the tab pages is elided, cut at a line limit, or pushed past
// the right edge of the screen.
TestCase {
    id: root

    name: "TextScale"
    when: windowShown

    Window {
        id: window
        width: 360
        height: 780
        visible: true
    }

    readonly property var pages: ["LearnPage.qml", "TrialListPage.qml", "ClinicCheckPage.qml", "DiaryPage.qml",
                                  "StatisticsPage.qml", "ImportExportPage.qml", "SettingsPage.qml"]

    function textItems(item, found) {
        if (item.visible === false)
            return found
        if (item.truncated !== undefined && item.text !== undefined && item.text.length > 0)
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            textItems(item.children[i], found)
        if (item.contentItem && item.contentItem !== item && item.contentItem.children)
            textItems(item.contentItem, found)
        return found
    }

    function init() {
        Settings.textScale = 200
    }

    function cleanup() {
        Settings.textScale = 100
    }

    function test_noClippingAt200Percent_data() {
        return pages.map(page => ({ tag: page, page: page }))
    }

    function test_noClippingAt200Percent(data) {
        const component = Qt.createComponent("qrc:/IsletGuide/" + data.page)
        compare(component.status, Component.Ready, component.errorString())
        const page = createTemporaryObject(component, window.contentItem, { width: window.width, height: window.height })
        verify(page)
        wait(100)
        const texts = textItems(page, [])
        verify(texts.length > 0, "the page shows text")
        for (const text of texts) {
            verify(!text.truncated, data.page + ": text is cut off: " + text.text)
            const right = text.mapToItem(page, text.width, 0).x
            verify(right <= page.width + 1, data.page + ": text runs off the screen (" + right + " px): " + text.text)
        }
    }
}
