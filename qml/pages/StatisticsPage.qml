import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Charts and statistics of the diary, pushed from the Diary tab: trend, time in range, summary numbers with their
// meaning, patterns around meals and, with enough CGM data, the typical day.
ScrollablePage {
    id: root

    // The period shown, in days back from now: 1, 14 or 90 (the range buttons), or any other up to 366.
    property alias rangeDays: statistics.rangeDays

    // The scrolling view this page's content moves in (ScrollablePage's Flickable).
    readonly property Flickable scroller: {
        for (let item = profileSlot.parent; item; item = item.parent) {
            if (item instanceof Flickable)
                return item
        }
        return null
    }

    // The typical day is created once it comes within a screen of the visible part of the page, and kept from then
    // on: far below the fold, its chart would otherwise be laid out and drawn into an image on every resize or
    // rotation without being seen.
    function createProfileWhenNear() {
        if (profileLoader.active || !profileSlot.visible || profileSlot.width <= 0)  // hidden, or not laid out yet
            return
        const top = root.scroller ? profileSlot.mapToItem(root.scroller.contentItem, 0, 0).y : 0
        if (!root.scroller || top < root.scroller.contentY + 2 * root.scroller.height)
            profileLoader.active = true
    }

    title: qsTr("Charts and statistics")

    StatisticsModel {
        id: statistics
        diary: Diary
        glucoseUnit: Settings.glucoseUnit
        localeName: Settings.localeName
        targetLowMmol: Settings.targetLowMmol
        targetHighMmol: Settings.targetHighMmol
    }

    GlucoseChartFeeder {
        id: feeder
        statistics: statistics
    }

    Connections {
        target: root.scroller
        function onContentYChanged() { root.createProfileWhenNear() }
        function onHeightChanged() { root.createProfileWhenNear() }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: [
                { days: 1, text: qsTr("Day") },
                { days: 14, text: qsTr("14 days") },
                { days: 90, text: qsTr("90 days") }
            ]
            delegate: Button {
                id: rangeButton

                required property var modelData
                readonly property bool chosen: statistics.rangeDays === modelData.days

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.minimumHeight: Theme.touchTarget
                text: modelData.text
                Accessible.name: qsTr("Show: %1").arg(modelData.text)
                Accessible.checkable: true
                Accessible.checked: chosen
                onClicked: statistics.rangeDays = modelData.days
                contentItem: Label {
                    text: rangeButton.text
                    font.pixelSize: Theme.fontBody
                    font.bold: rangeButton.chosen
                    color: rangeButton.chosen ? Theme.textOnAccent : Theme.accentText
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: rangeButton.chosen ? Theme.accent : "transparent"
                    border.color: Theme.accentText
                    border.width: 2
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: statistics.count === 0
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: qsTr("No glucose readings in this period yet")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("When you add readings in the diary or import a meter or CGM file, they appear on the chart below, and this page shows your time in range, your average and how much it varies. With 14 days of CGM data it also shows your typical day.")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }

    Label {
        Layout.fillWidth: true
        visible: statistics.count > 0
        text: statistics.coverageText
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    SectionHeader {
        text: qsTr("Glucose over time (%1)").arg(Settings.glucoseUnitLabel)
    }
    TrendChart {
        Layout.fillWidth: true
        Layout.preferredHeight: 280
        statistics: statistics
        feeder: feeder
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Line: your readings   ■ low   ▲ high   shaded: your own target range")
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: statistics.count > 0
        spacing: Theme.margin

        SectionHeader {
            text: qsTr("Time in ranges")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("These are the international ranges, the same for everyone, not your own target range.")
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        TimeInRangeBar {
            shares: statistics.rangeShares
            summary: statistics.rangeSummary
        }

        SectionHeader {
            text: qsTr("Summary")
        }
        Repeater {
            model: statistics.cards
            delegate: StatCard {
                required property var modelData

                title: modelData.title
                value: modelData.value
                explanation: modelData.explanation
            }
        }

        SectionHeader {
            visible: statistics.patterns.length > 0
            text: qsTr("Patterns in the last week")
        }
        Repeater {
            model: statistics.patterns
            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        SectionHeader {
            text: qsTr("Typical day")
        }
        Label {
            Layout.fillWidth: true
            visible: !statistics.profileAvailable
            text: qsTr("The typical-day chart (ambulatory glucose profile) needs at least 14 days of CGM data with 70 % of readings present. Choose 14 or 90 days, or keep wearing your sensor.")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Item {
            id: profileSlot

            Layout.fillWidth: true
            Layout.preferredHeight: 280
            visible: statistics.profileAvailable
            onYChanged: root.createProfileWhenNear()
            onWidthChanged: root.createProfileWhenNear()

            Loader {
                id: profileLoader

                // Under their own names: inside the chart, "statistics" and "feeder" are its own properties.
                readonly property StatisticsModel statisticsModel: statistics
                readonly property GlucoseChartFeeder chartFeeder: feeder

                anchors.fill: parent
                active: false
                sourceComponent: AgpChart {
                    statistics: profileLoader.statisticsModel
                    feeder: profileLoader.chartFeeder
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: statistics.profileAvailable
            text: qsTr("Line: median. Dark band: half of your readings (25–75 %). Light band: 90 % of them (5–95 %).")
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
