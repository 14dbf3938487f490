import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import IsletGuide

// The read-aloud control of a page: read aloud, pause or resume, stop; and why, when the device cannot read aloud.
ColumnLayout {
    id: root

    required property ReadAloud reader
    readonly property bool reading: reader.state === ReadAloud.Speaking || reader.state === ReadAloud.Paused

    Layout.fillWidth: true
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        visible: root.reader.state !== ReadAloud.Unavailable
        spacing: Theme.spacing

        WrappingButton {
            objectName: "readAloudButton"
            text: root.reader.state === ReadAloud.Speaking ? qsTr("Pause")
                : root.reader.state === ReadAloud.Paused ? qsTr("Resume") : qsTr("Read aloud")
            Accessible.name: root.reader.state === ReadAloud.Speaking ? qsTr("Pause reading aloud")
                : root.reader.state === ReadAloud.Paused ? qsTr("Resume reading aloud") : qsTr("Read this page aloud")
            onClicked: {
                if (root.reader.state === ReadAloud.Speaking)
                    root.reader.pause()
                else if (root.reader.state === ReadAloud.Paused)
                    root.reader.resume()
                else
                    root.reader.start()
            }
        }
        WrappingButton {
            objectName: "stopReadingButton"
            visible: root.reading
            text: qsTr("Stop")
            Accessible.name: qsTr("Stop reading aloud")
            onClicked: root.reader.stop()
        }
    }
    Label {
        objectName: "readAloudMessage"
        Layout.fillWidth: true
        visible: root.reader.state === ReadAloud.Unavailable
        text: root.reader.message
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.secondaryText
    }
}
