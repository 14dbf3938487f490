import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Trials tab until its feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Trials")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("The clinical trial tracker")
    }
}
