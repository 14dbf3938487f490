import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The glucose diary: the log grouped by day, newest first, a large "+" to add a reading, first aid while the latest
// reading is low, and the way to charts and to import and export.
Page {
    id: root

    Accessible.selected: visible  // the page on screen is the selected tab of the page stack (ScrollablePage.qml)

    title: qsTr("Diary")

    function addReading() {
        StackView.view.push(Qt.resolvedUrl("AddReadingPage.qml"), { snackbar: snackbar })
    }

    function openEntry(row) {
        const common = { snackbar: snackbar, entryId: row.entryId, utcMs: row.utcMs, utcOffsetSec: row.utcOffsetSec,
                         note: row.note }
        if (row.kind === 0) {
            StackView.view.push(Qt.resolvedUrl("AddReadingPage.qml"), Object.assign(common, {
                value: row.value, glucoseUnit: row.glucoseUnit, mealContext: row.mealContext, flag: row.flag }))
        } else {
            StackView.view.push(Qt.resolvedUrl("EntryEditorPage.qml"), Object.assign(common, {
                kind: row.kind, value: row.value, subtype: row.subtype, name: row.name, dose: row.dose }))
        }
    }

    DiaryText {
        id: words
    }

    ListView {
        id: list
        objectName: "diaryLog"
        anchors.fill: parent
        model: Diary.log
        bottomMargin: addButton.height + 2 * Theme.margin
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing

            Button {
                id: chartsButton
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.margin
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Charts and statistics")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: root.StackView.view.push(Qt.resolvedUrl("StatisticsPage.qml"))
                background: RaisedBackground {
                    control: chartsButton
                }
            }
            Button {
                id: transferButton
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Import, export, backup")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: root.StackView.view.push(Qt.resolvedUrl("ImportExportPage.qml"))
                background: RaisedBackground {
                    control: transferButton
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: Diary.openError !== ""
                text: Diary.openError
                color: Theme.low
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: Diary.openError !== ""
                text: qsTr("Restore from a backup or safety copy…")
                onClicked: root.StackView.view.push(Qt.resolvedUrl("ImportExportPage.qml"))
            }
            HypoFirstAidCard {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: Diary.recentLow
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: Diary.empty && Diary.openError === ""
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your diary is empty")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("To add your first reading, tap the round + button at the bottom, type the number from your meter and tap Save. The time is filled in for you.")
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your readings stay on this phone. They leave it only if you export them.")
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    opacity: 0.8
                }
            }
        }

        section.property: "localDay"
        section.criteria: ViewSection.FullString
        section.delegate: HeadingText {
            required property string section
            readonly property date day: Date.fromLocaleString(Qt.locale("C"), section, "yyyy-MM-dd")
            readonly property string today: Qt.formatDate(new Date(), "yyyy-MM-dd")
            readonly property string yesterday: Qt.formatDate(new Date(Date.now() - 86400000), "yyyy-MM-dd")

            width: list.width
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            topPadding: Theme.margin
            bottomPadding: Theme.spacing / 2
            text: section === today ? qsTr("Today")
                  : section === yesterday ? qsTr("Yesterday")
                  : day.toLocaleDateString(Qt.locale(Settings.localeName), Locale.LongFormat)
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        delegate: DiaryLogDelegate {
            id: row
            onClicked: root.openEntry(row)
        }
    }

    RoundButton {
        id: addButton
        objectName: "addReadingButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        width: 72
        height: 72
        text: "+"
        font.pixelSize: 40
        highlighted: true
        Accessible.name: qsTr("Add a glucose reading")
        onClicked: root.addReading()

        background: RaisedBackground {
            control: addButton
            elevation: 6
            radius: addButton.radius
        }
    }

    DiarySnackbar {
        id: snackbar
        objectName: "diarySnackbar"
        anchors.left: parent.left
        anchors.right: addButton.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
    }
}
