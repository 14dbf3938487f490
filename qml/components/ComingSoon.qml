import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// An honest placeholder for a part of the app that is not built yet: says so, shows nothing fake.
ColumnLayout {
    id: root

    property string what

    spacing: Theme.margin

    Label {
        Layout.fillWidth: true
        text: qsTr("Coming soon")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
    Label {
        Layout.fillWidth: true
        text: root.what.length > 0
              ? qsTr("%1 is being built and will arrive in an update. Nothing here is a placeholder pretending to work.").arg(root.what)
              : qsTr("This part is being built and will arrive in an update.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
