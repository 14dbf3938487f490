import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Import and export, pushed from the Diary tab, until the feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Import and export")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("Import, export and backup")
    }
}
