import QtQuick
import QtTest
import IsletGuide

// WCAG 2.1 AA from the Theme's own colours, in the light and the dark theme: 4.5:1 for text on what it is drawn on
// (body text, secondary text, links, status colours used as text), 3:1 for large text and for focus rings and field
// frames. Translucent colours are composited over their background first, as the screen shows them.
TestCase {
    id: root

    name: "Contrast"

    property int savedTheme

    function initTestCase() {
        savedTheme = Settings.theme
    }

    function cleanupTestCase() {
        Settings.theme = savedTheme
    }

    function over(top, bottom) {
        return Qt.rgba(top.r * top.a + bottom.r * (1 - top.a), top.g * top.a + bottom.g * (1 - top.a),
                       top.b * top.a + bottom.b * (1 - top.a), 1)
    }

    function luminance(c) {
        const channel = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    function ratio(foreground, background) {
        const solidBackground = over(background, Qt.rgba(0, 0, 0, 1))
        const a = luminance(over(foreground, solidBackground))
        const b = luminance(solidBackground)
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    }

    function pairs() {
        return [
            { what: "body text on the window", fg: Theme.text, bg: Theme.window, min: 4.5 },
            { what: "body text on a surface", fg: Theme.text, bg: Theme.surface, min: 4.5 },
            { what: "body text on a card", fg: Theme.text, bg: over(Theme.card, Theme.window), min: 4.5 },
            { what: "secondary text on the window", fg: Theme.secondaryText, bg: Theme.window, min: 4.5 },
            { what: "secondary text on a surface", fg: Theme.secondaryText, bg: Theme.surface, min: 4.5 },
            { what: "links and accent text on the window", fg: Theme.accentText, bg: Theme.window, min: 4.5 },
            { what: "text on a button", fg: Theme.text, bg: Theme.button, min: 4.5 },
            { what: "header and button text on the accent", fg: Theme.textOnAccent, bg: Theme.accent, min: 4.5 },
            { what: "selected text on the focus colour", fg: Theme.textOnFocus, bg: Theme.focus, min: 4.5 },
            { what: "snackbar text", fg: Qt.color("white"), bg: Theme.snackbar, min: 4.5 },
            { what: "snackbar action", fg: Theme.snackbarAction, bg: Theme.snackbar, min: 4.5 },
            { what: "in-range text", fg: Theme.inRange, bg: Theme.window, min: 4.5 },
            { what: "low text", fg: Theme.low, bg: Theme.window, min: 4.5 },
            { what: "very low text", fg: Theme.veryLow, bg: Theme.window, min: 4.5 },
            { what: "high text", fg: Theme.high, bg: Theme.window, min: 4.5 },
            { what: "very high text", fg: Theme.veryHigh, bg: Theme.window, min: 4.5 },
            { what: "caution text", fg: Theme.caution, bg: Theme.window, min: 4.5 },
            { what: "information text", fg: Theme.info, bg: Theme.window, min: 4.5 },
            { what: "focus ring on the window", fg: Theme.focus, bg: Theme.window, min: 3 },
            { what: "field frame on a surface", fg: Theme.fieldBorder, bg: Theme.surface, min: 3 }
        ]
    }

    function test_aa_data() {
        return [{ tag: "light", theme: Settings.LightTheme }, { tag: "dark", theme: Settings.DarkTheme }]
    }

    function test_aa(data) {
        Settings.theme = data.theme
        compare(Theme.dark, data.theme === Settings.DarkTheme)
        const tooFaint = []
        for (const pair of pairs()) {
            const r = ratio(pair.fg, pair.bg)
            if (r < pair.min)
                tooFaint.push(pair.what + " is " + r.toFixed(2) + ":1, needs " + pair.min + ":1")
        }
        compare(tooFaint, [])
    }

    // The formula itself, on the two fixed points of WCAG: black on white is 21:1, a colour on itself 1:1.
    function test_formula() {
        fuzzyCompare(ratio(Qt.rgba(0, 0, 0, 1), Qt.rgba(1, 1, 1, 1)), 21, 0.001)
        fuzzyCompare(ratio(Theme.accent, Theme.accent), 1, 0.001)
        fuzzyCompare(ratio(Qt.color("#767676"), Qt.rgba(1, 1, 1, 1)), 4.54, 0.01)
    }
}
