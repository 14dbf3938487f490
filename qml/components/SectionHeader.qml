import QtQuick
import QtQuick.Layouts
import IsletGuide

// A heading inside a page, large and bold, wrapping instead of clipping.
HeadingText {
    Layout.topMargin: Theme.spacing
}
