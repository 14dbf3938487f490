import QtQuick
import QtTest
import IsletGuide

// The settings page changes the shared Settings singleton, and script changes retranslate at once.
TestCase {
    id: root

    name: "SettingsPage"
    when: windowShown
    width: 360
    height: 780

    Component {
        id: pageComponent
        SettingsPage {
            width: 360
            height: 780
        }
    }

    function test_textScaleAndScript() {
        const page = createTemporaryObject(pageComponent, root)
        verify(page)
        Settings.textScale = 200
        compare(Settings.textScale, 200)
        compare(Theme.fontBody, 34)
        Settings.textScale = 100
        compare(Theme.fontBody, 17)
        Settings.script = Settings.Traditional
        compare(Settings.contentScript, "zh-Hant")
        compare(page.title, "設定")
        Settings.script = Settings.Simplified
        compare(page.title, "设置")
        Settings.script = Settings.English
        compare(page.title, "Settings")
    }

    function test_targetRange() {
        verify(Settings.setTargetRangeMmol(4.4, 7.0))
        compare(Settings.targetLowMmol, 4.4)
        verify(!Settings.setTargetRangeMmol(7.0, 6.0))
        verify(Settings.setTargetRangeMmol(3.9, 10.0))
    }
}
