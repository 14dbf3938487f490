import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Diary tab until its feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Diary")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("The glucose diary")
    }
}
