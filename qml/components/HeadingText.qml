import QtQuick
import QtQuick.Layouts
import IsletGuide

// A heading that screen readers announce as one: in Qt 6.4 a Label always reports itself as static text, whatever
// its Accessible.role, so headings are a Text with the window's font and the Theme's text colour.
Text {
    Layout.fillWidth: true
    color: Theme.text
    font.family: Settings.fontFamily
    font.pixelSize: Theme.fontLarge
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
