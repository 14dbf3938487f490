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

    // Light or dark, as chosen in Settings; "system" follows the platform palette (a light text on a dark window).
    readonly property SystemPalette systemPalette: SystemPalette {}
    readonly property bool dark: Settings.theme === Settings.DarkTheme
                                 || (Settings.theme === Settings.SystemTheme
                                     && systemPalette.windowText.hslLightness > systemPalette.window.hslLightness)

    readonly property color accent: "#00796B"
    readonly property color accentText: dark ? "#80CBC4" : accent  // the accent as text on the window
    readonly property color textOnAccent: "white"
    readonly property color window: dark ? "#303030" : "#FAFAFA"
    readonly property color surface: dark ? "#424242" : "#FFFFFF"
    readonly property color text: dark ? "#FFFFFF" : "#DE000000"
    readonly property color secondaryText: dark ? "#B3FFFFFF" : "#8A000000"
    readonly property color disabledText: dark ? "#4DFFFFFF" : "#61000000"
    readonly property color divider: dark ? "#1FFFFFFF" : "#1F000000"
    readonly property color fieldBorder: dark ? "#8AFFFFFF" : "#8A000000"
    readonly property color button: dark ? "#464646" : "#D6D7D7"
    readonly property color buttonDisabled: dark ? "#2AFFFFFF" : "#1F000000"
    readonly property color snackbar: "#323232"  // dark in both themes, with light text
    readonly property color snackbarAction: "#80CBC4"
    readonly property color pressedTint: dark ? "#33FFFFFF" : "#1F000000"
    readonly property color inRange: "#2E7D32"
    readonly property color low: "#C62828"
    readonly property color veryLow: "#8E0000"
    readonly property color high: "#E65100"
    readonly property color veryHigh: "#A33F00"
    readonly property color targetBand: "#332E7D32"
    readonly property color caution: "#F9A825"
    readonly property color info: "#1565C0"
}
