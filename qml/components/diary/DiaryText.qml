import QtQuick
import IsletGuide

// Words, symbols and colours for the diary's codes (meal contexts, kinds, ranges), in one place so the log and the
// editors agree and retranslate at once when the script changes.
QtObject {
    id: root

    readonly property var mealContexts: [qsTr("Fasting"), qsTr("Before breakfast"), qsTr("After breakfast"),
        qsTr("Before lunch"), qsTr("After lunch"), qsTr("Before dinner"), qsTr("After dinner"), qsTr("Bedtime"),
        qsTr("Night"), qsTr("Other time")]
    readonly property var insulinKinds: [qsTr("Rapid-acting"), qsTr("Long-acting"), qsTr("Premixed"), qsTr("Other insulin")]
    readonly property var entryKinds: [qsTr("Glucose"), qsTr("Insulin"), qsTr("Carbohydrates"), qsTr("Medicine"),
        qsTr("HbA1c"), qsTr("Note")]
    readonly property var hba1cUnits: ["%", "mmol/mol"]

    function unitLabel(unit) {
        return unit === 0 ? "mg/dL" : "mmol/L"
    }

    function number(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(Settings.localeName), 'f', decimals)
    }

    function glucoseText(value, unit, flag) {
        if (flag === 1)
            return qsTr("LO")
        if (flag === 2)
            return qsTr("HI")
        return number(value, unit === 0 ? 0 : 1)
    }

    function rangeWord(range) {
        return [qsTr("Very low"), qsTr("Low"), qsTr("In range"), qsTr("High"), qsTr("Very high")][range] || ""
    }

    function rangeSymbol(range) {
        return ["▼▼", "▼", "●", "▲", "▲▲"][range] || ""
    }

    function rangeColor(range) {
        return [Theme.veryLow, Theme.low, Theme.inRange, Theme.high, Theme.veryHigh][range] || Theme.accent
    }

    function emergencyNumber() {
        return ["120", "119", "999"][Settings.region] || ""
    }
}
