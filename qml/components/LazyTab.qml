import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One tab of the bottom navigation: its page stack is created the first time the tab is shown, then kept, so the
// app's first frame pays only for the tab the user sees.
Loader {
    id: root

    property Component page
    readonly property bool current: StackLayout.isCurrentItem

    active: false
    onCurrentChanged: {
        if (current)
            active = true
    }
    Component.onCompleted: {
        if (current)
            active = true
    }
    sourceComponent: StackView {
        initialItem: root.page
    }
}
