import QtCore
import QtQuick
import QtQuick.Window
import QtTest
import IsletGuide

// The statistics page's parts: the honest empty state (the chart's frame with what will appear) and range choice, the
// user's own target band on the trend chart, the time-in-range bar's written-out shares, and the one-tap explanation
// of a stat card.
TestCase {
    id: root

    name: "StatisticsComponents"
    when: windowShown

    Window {
        id: window
        width: 360
        height: 780
        visible: true
    }

    Component {
        id: barComponent
        TimeInRangeBar {
            width: 360
            shares: [
                { label: "Very high", percent: 2, percentText: "2 %", goalText: "Goal: under 5 %", colorRole: "veryHigh", symbol: "▲▲" },
                { label: "High", percent: 20, percentText: "20 %", goalText: "Goal: under 25 %", colorRole: "high", symbol: "▲" },
                { label: "In range", percent: 74, percentText: "74 %", goalText: "Goal: over 70 %", colorRole: "inRange", symbol: "●" },
                { label: "Low", percent: 3, percentText: "3 %", goalText: "Goal: under 4 %", colorRole: "low", symbol: "▼" },
                { label: "Very low", percent: 1, percentText: "1 %", goalText: "Goal: under 1 %", colorRole: "veryLow", symbol: "▼▼" }
            ]
            summary: "In range: 74 %"
        }
    }

    Component {
        id: cardComponent
        StatCard {
            width: 360
            title: "GMI"
            value: "6.6 %"
            explanation: "The glucose management indicator estimates the A1c."
        }
    }

    function findAll(item, predicate, found) {
        if (predicate(item) && found.indexOf(item) < 0)
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], predicate, found)
        if (item.contentItem && item.contentItem !== item && item.contentItem.children)
            findAll(item.contentItem, predicate, found)
        return found
    }

    function visibleTexts(item) {
        return findAll(item, i => i.visible && i.text !== undefined && i.truncated !== undefined && i.text.length > 0, [])
            .map(i => i.text)
    }

    property string previousDiaryPath
    property int previousUnit
    property int previousScript

    function init() {
        previousDiaryPath = Diary.databasePath
        previousUnit = Settings.glucoseUnit
        previousScript = Settings.script
        Settings.script = Settings.English
    }

    function cleanup() {
        if (Diary.databasePath !== previousDiaryPath)
            Diary.databasePath = previousDiaryPath
        Settings.glucoseUnit = previousUnit
        Settings.script = previousScript
        verify(Settings.setTargetRangeMmol(3.9, 10.0))
    }

    function openEmptyStatisticsPage() {
        Diary.databasePath = StandardPaths.writableLocation(StandardPaths.TempLocation).toString().replace("file://", "")
                + "/isletguide-statistics-empty-" + Date.now() + ".sqlite"
        compare(Diary.openError, "")
        const component = Qt.createComponent("qrc:/IsletGuide/StatisticsPage.qml")
        compare(component.status, Component.Ready, component.errorString())
        const page = createTemporaryObject(component, window.contentItem, { width: window.width, height: window.height })
        verify(page)
        wait(50)
        return page
    }

    // A fresh diary with 15 days of 5-minute readings up to now (a daily swing), and the page on it.
    function openStatisticsPageWithCgm(rangeDays) {
        Diary.databasePath = StandardPaths.writableLocation(StandardPaths.TempLocation).toString().replace("file://", "")
                + "/isletguide-statistics-cgm-" + Date.now() + ".sqlite"
        compare(Diary.openError, "")
        const now = Date.now()
        for (let i = 0; i < 15 * 288; ++i) {
            compare(Diary.save({ kind: 0, entryId: 0, value: 130 + 80 * Math.sin(i * 2 * Math.PI / 288), glucoseUnit: 0,
                                 mealContext: 0, flag: 0, note: "", utcMs: now - i * 300000, utcOffsetSec: 0 }), "")
        }
        const component = Qt.createComponent("qrc:/IsletGuide/StatisticsPage.qml")
        compare(component.status, Component.Ready, component.errorString())
        const page = createTemporaryObject(component, window.contentItem,
                                           { width: window.width, height: window.height, rangeDays: rangeDays })
        verify(page)
        wait(50)
        return page
    }

    function charts(page) {
        return findAll(page, i => i.visible && i.plotArea !== undefined && i.series !== undefined, [])
    }

    function trendChart(page) {
        const charts = findAll(page, i => i.visible && i.plotArea !== undefined && i.series !== undefined, [])
        compare(charts.length, 1, "one chart on a page without data")
        return charts[0]
    }

    function test_emptyDiaryShowsWhatWillAppear() {
        const page = openEmptyStatisticsPage()
        const texts = visibleTexts(page).join("\n")
        verify(texts.indexOf("No glucose readings in this period yet") >= 0, texts)
        verify(texts.indexOf("Glucose over time") >= 0, "the chart's frame shows where readings will appear")
        verify(texts.indexOf("Time in ranges") < 0, "no statistics without readings")
        verify(trendChart(page).width > 0)
        const buttons = findAll(page, i => i.text === "90 days" && i.clicked !== undefined, [])
        compare(buttons.length, 1)
        mouseClick(buttons[0])
        const chosen = findAll(page, i => i.chosen !== undefined && i.chosen, [])
        compare(chosen.length, 1)
        compare(chosen[0].text, "90 days")
    }

    function test_trendBandIsTheUsersOwnTarget() {
        Settings.glucoseUnit = 0
        verify(Settings.setTargetRangeMmol(5.0, 8.0))
        const band = trendChart(openEmptyStatisticsPage()).series(0)
        verify(band.lowerSeries && band.upperSeries, "the first series is the target band")
        fuzzyCompare(band.lowerSeries.at(0).y, 5.0 * 18.0156, 1e-6)
        fuzzyCompare(band.upperSeries.at(1).y, 8.0 * 18.0156, 1e-6)
    }

    function test_typicalDayIsDrawnOnceScrolledNear() {
        const page = openStatisticsPageWithCgm(14)
        compare(charts(page).length, 1, "only the trend chart while the typical day is far below the screen")
        verify(visibleTexts(page).join("\n").indexOf("Typical day") >= 0)
        page.scroller.contentY = page.scroller.contentHeight - page.scroller.height
        wait(50)
        const shown = charts(page)
        compare(shown.length, 2)
        compare(shown[1].Accessible.name, "Typical day (ambulatory glucose profile)")
        verify(shown[1].Accessible.description.length > 0, "the chart has its statistics")
        verify(shown[1].series(2).upperSeries.count > 0, "the 25–75 % band is filled")
    }

    function test_longRangesDrawTheBandOfTheReadingsShortOnesALine() {
        Settings.glucoseUnit = 0
        const page = openStatisticsPageWithCgm(14)
        const chart = charts(page)[0]
        const readingsBand = chart.series(1)
        const readingsLine = chart.series(2)
        verify(readingsBand.upperSeries.count > 0, "14 days of CGM: the band from the lowest to the highest reading")
        compare(readingsLine.count, 0)
        const highest = Array.from({ length: readingsBand.upperSeries.count }, (_, i) => readingsBand.upperSeries.at(i).y)
        fuzzyCompare(Math.max(...highest), 210, 0.5)
        page.rangeDays = 1
        wait(50)
        compare(readingsBand.upperSeries.count, 0)
        compare(readingsLine.count, 288, "a day: a line through every reading")
    }

    // The 90-day range is everything the page reads, so its readings are used where they are; a range that leaves out
    // a reading that was read (here one half an hour ahead of now) gets a copy of its part. Both ways must give the
    // same statistics and chart for the same readings.
    function test_rangeUsedInPlaceAndCopiedRangeAgree() {
        Settings.glucoseUnit = 0
        const page = openStatisticsPageWithCgm(90)
        const inPlaceTexts = visibleTexts(page)
        const inPlaceSummary = charts(page)[0].Accessible.description
        verify(inPlaceSummary.indexOf("4320 readings") >= 0, inPlaceSummary)
        compare(Diary.save({ kind: 0, entryId: 0, value: 300, glucoseUnit: 0, mealContext: 0, flag: 0, note: "",
                             utcMs: Date.now() + 30 * 60000, utcOffsetSec: 0 }), "")
        wait(50)
        compare(visibleTexts(page), inPlaceTexts)
        compare(charts(page)[0].Accessible.description, inPlaceSummary)
    }

    function test_barWritesOutEveryShareAndGoal() {
        const bar = createTemporaryObject(barComponent, window.contentItem)
        verify(bar)
        wait(50)
        const texts = visibleTexts(bar)
        compare(texts.length, 5)
        verify(texts[2].indexOf("In range: 74 %") >= 0, texts[2])
        verify(texts[2].indexOf("Goal: over 70 %") >= 0, texts[2])
        verify(texts[0].indexOf("▲▲") >= 0, "a symbol as well as a colour")
        compare(bar.Accessible.description, "In range: 74 %")
    }

    function test_cardExplainsInOneTap() {
        const card = createTemporaryObject(cardComponent, window.contentItem)
        verify(card)
        wait(50)
        verify(visibleTexts(card).indexOf("The glucose management indicator estimates the A1c.") < 0)
        const buttons = findAll(card, i => i.clicked !== undefined && i.text === "What does this mean?", [])
        compare(buttons.length, 1)
        mouseClick(buttons[0])
        wait(50)
        verify(visibleTexts(card).indexOf("The glucose management indicator estimates the A1c.") >= 0)
        compare(card.Accessible.name, "GMI: 6.6 %")
    }
}
