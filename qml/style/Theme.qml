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
    readonly property color focus: dark ? "#80CBC4" : accent  // keyboard-focus rings and field frames
    readonly property color textOnFocus: dark ? "#212121" : "white"  // selected text on the focus colour
    readonly property color card: dark ? surface : "#0F00796B"  // tappable cards: raised off the window in dark
    readonly property color cardPressed: dark ? "#4C5857" : "#2900796B"
    readonly property color cardBorder: dark ? "#8A80CBC4" : "#5900796B"  // 3.2:1 on the dark window
    readonly property color sliderTrack: "#8A8A8A"  // over 3:1 on the window in both themes
    readonly property color chartTrace: dark ? "#B0BEC5" : "#546E7A"  // the glucose line, on the surface
    // Glucose ranges and notices: as text, each has at least 4.5:1 on the window and on a surface in both themes
    // (darker tones in light, lighter in dark); a very low or very high range is also marked by its symbol and word.
    readonly property color inRange: dark ? "#81C784" : "#2E7D32"
    readonly property color low: dark ? "#FFB4AB" : "#C62828"
    readonly property color veryLow: dark ? "#FF9088" : "#8E0000"
    readonly property color high: dark ? "#FFCC80" : "#B84A00"
    readonly property color veryHigh: dark ? "#FFAB40" : "#8A3200"
    readonly property color targetBand: dark ? "#3381C784" : "#332E7D32"
    readonly property color caution: dark ? "#FFD54F" : "#8C5A00"
    readonly property color info: dark ? "#90CAF9" : "#1565C0"
}
