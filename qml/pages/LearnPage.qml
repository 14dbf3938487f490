import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The Learn tab until its feature lands: an honest "coming soon" state.
ScrollablePage {
    id: root

    title: qsTr("Learn")

    ComingSoon {
        Layout.fillWidth: true
        what: qsTr("Plain-language articles about stem-cell research for diabetes")
    }
}
