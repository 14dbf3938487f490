import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Clinic check tab until its feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Clinic check")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("The clinic check guide")
    }
}
