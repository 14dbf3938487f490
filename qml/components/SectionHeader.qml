import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A heading inside a page, large and bold, wrapping instead of clipping.
Label {
    id: root

    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.pixelSize: Theme.fontLarge
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
