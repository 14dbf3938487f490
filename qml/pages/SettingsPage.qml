import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Language, region, glucose unit, target range, text size and theme (every change applies at once), and the newest
// automatic safety copy of the diary.
ScrollablePage {
    id: root

    title: qsTr("Settings")

    ChoiceGroup {
        title: qsTr("Language")
        options: ["简体中文", "繁體中文", "English"]
        currentIndex: Settings.script
        onChosen: index => Settings.script = index
    }

    ChoiceGroup {
        title: qsTr("Region")
        options: [qsTr("Mainland China"), qsTr("Taiwan"), qsTr("Hong Kong"), qsTr("Other")]
        currentIndex: Settings.region
        onChosen: index => Settings.region = index
    }

    ChoiceGroup {
        title: qsTr("Glucose unit")
        options: ["mg/dL", "mmol/L"]
        currentIndex: Settings.glucoseUnit
        onChosen: index => Settings.glucoseUnit = index
    }

    ChoiceGroup {
        id: targetChoice

        readonly property bool isConsensus: Math.abs(Settings.targetLowMmol - 3.9) < 0.01 && Math.abs(Settings.targetHighMmol - 10.0) < 0.01
        readonly property bool isCdsFasting: Math.abs(Settings.targetLowMmol - 4.4) < 0.01 && Math.abs(Settings.targetHighMmol - 7.0) < 0.01

        title: qsTr("Target range")
        options: [qsTr("International consensus: 3.9–10.0 mmol/L (70–180 mg/dL)"),
                  qsTr("Chinese Diabetes Society, fasting: 4.4–7.0 mmol/L (79–126 mg/dL)")]
        currentIndex: isConsensus ? 0 : isCdsFasting ? 1 : -1
        onChosen: index => index === 0 ? Settings.setTargetRangeMmol(3.9, 10.0) : Settings.setTargetRangeMmol(4.4, 7.0)
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        text: qsTr("Agree your personal target with your care team. Time-in-range statistics always use the consensus ranges so they can be compared.")
    }

    SectionHeader {
        text: qsTr("Text size")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Slider {
            id: textSize
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            from: 100
            to: 200
            stepSize: 10
            snapMode: Slider.SnapAlways
            palette.midlight: Theme.sliderTrack  // the track; the filled part is palette.dark
            value: Settings.textScale
            Accessible.name: qsTr("Text size, %1 percent").arg(Settings.textScale)
            onMoved: Settings.textScale = value
        }
        Label {
            text: qsTr("%1%").arg(Settings.textScale)
            Layout.minimumWidth: implicitWidth
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Sample text: blood glucose 5.6 mmol/L")
    }

    ChoiceGroup {
        title: qsTr("Appearance")
        options: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
        currentIndex: Settings.theme
        onChosen: index => Settings.theme = index
    }

    DataTransferController {
        id: transfer
        diary: Diary
    }
    SectionHeader {
        text: qsTr("Safety copies")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: transfer.newestSafetyCopy === ""
              ? qsTr("No automatic safety copy yet. The app makes one a day when the diary changed, and one before every restore or upgrade.")
              : qsTr("Newest automatic safety copy: %1.").arg(transfer.newestSafetyCopy)
    }
    WrappingButton {
        visible: transfer.newestSafetyCopy !== ""
        text: qsTr("Restore the newest safety copy…")
        Accessible.name: qsTr("Restore the newest safety copy, from %1").arg(transfer.newestSafetyCopy)
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ImportExportPage.qml"), {askRestoreNewest: true})
    }
    SectionHeader {
        text: qsTr("About and privacy")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("IsletGuide is for education and self-tracking. It is not medical advice and does not replace your care team.")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Your diary is stored only on this device, in a file only you can read. The app makes no network connections and collects no analytics.")
    }
}
