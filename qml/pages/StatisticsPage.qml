import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// Charts and statistics, pushed from the Diary tab, until the feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Charts and statistics")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("Charts and statistics")
    }
}
