pragma Singleton
import QtQuick
import IsletGuide

// One place for sizes and colours, so every page scales with the user's text size and shares one look.
QtObject {
    id: root

    readonly property real textScale: Settings.textScale / 100

    readonly property int fontSmall: Math.round(14 * textScale)
    readonly property int fontBody: Math.round(17 * textScale)
    readonly property int fontLarge: Math.round(20 * textScale)
    readonly property int fontTitle: Math.round(24 * textScale)
    readonly property int fontDisplay: Math.round(34 * textScale)

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int touchTarget: 48
    readonly property int radius: 10
    readonly property int maxContentWidth: 720

    readonly property color accent: "#00796B"
    readonly property color inRange: "#2E7D32"
    readonly property color low: "#C62828"
    readonly property color veryLow: "#8E0000"
    readonly property color high: "#E65100"
    readonly property color veryHigh: "#A33F00"
    readonly property color targetBand: "#332E7D32"
    readonly property color caution: "#F9A825"
    readonly property color info: "#1565C0"
}
