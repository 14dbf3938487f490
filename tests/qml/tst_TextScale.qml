import QtQuick
import QtQuick.Controls
import QtTest
import IsletGuide

// At 200 % text size on a 360 px wide phone, in each script, no text on the main pages is elided, cut at a line limit, or pushed past
// the right edge of the screen.
TestCase {
    id: root

    name: "TextScale"
    when: windowShown

    // Like the app's window: controls inherit the scaled font from it.
    ApplicationWindow {
        id: window
        width: 360
        height: 780
        visible: true
        font.family: Settings.fontFamily
        font.pixelSize: Theme.fontBody
    }

    readonly property var pages: [
        { file: "LearnPage.qml" },
        { file: "ArticlePage.qml", properties: { articleId: "reading-results" } },
        { file: "SearchPage.qml", properties: { query: "干细胞" } },
        { file: "TrialListPage.qml" },
        { file: "TrialDetailPage.qml", properties: { trialId: "zimislecel" } },
        { file: "ClinicCheckPage.qml" },
        { file: "ClinicResultPage.qml" },
        { file: "DiaryPage.qml" },
        { file: "AddReadingPage.qml" },
        { file: "EntryEditorPage.qml", properties: { kind: 1 } },
        { file: "StatisticsPage.qml" },
        { file: "ImportExportPage.qml" },
        { file: "SettingsPage.qml" }
    ]

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
        Settings.script = Settings.Simplified
    }

    function test_noClippingAt200Percent_data() {
        const rows = []
        for (const script of [Settings.Simplified, Settings.Traditional, Settings.English])
            pages.forEach(page => rows.push({ tag: page.file + " script " + script, page: page, script: script }))
        return rows
    }

    function test_noClippingAt200Percent(data) {
        Settings.script = data.script
        const component = Qt.createComponent("qrc:/IsletGuide/" + data.page.file)
        compare(component.status, Component.Ready, component.errorString())
        const properties = Object.assign({ width: window.width, height: window.height }, data.page.properties || {})
        const page = createTemporaryObject(component, window.contentItem, properties)
        verify(page)
        wait(100)
        const texts = textItems(page, [])
        verify(texts.length > 0, "the page shows text")
        for (const text of texts) {
            verify(!text.truncated, data.page.file + ": text is cut off: " + text.text)
            const right = text.mapToItem(page, text.width, 0).x
            verify(right <= page.width + 1, data.page.file + ": text runs off the screen (" + right + " px): " + text.text)
        }
    }
}
