import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// A page whose content scrolls vertically and stays readable on wide screens; children go into a column.
Page {
    id: root

    default property alias content: column.data
    property alias contentSpacing: column.spacing

    // Qt exposes a page as a tab of the page stack: the page on screen is the selected one.
    Accessible.selected: visible

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.max(4 * Theme.touchTarget, Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth))
            spacing: Theme.margin
        }
    }
}
