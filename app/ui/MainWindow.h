#pragma once

#include <memory>

class QObject;
class QQmlEngine;

// Creates the app window (qml/Main.qml) in the user's language from its first frame, as early as it can: the window's
// bindings call qsTr before they first touch the Settings singleton, which installs the translator for the saved
// script, so the singleton is created before the window; and while the QML loader thread imports the modules, this
// thread opens the app's font, which the first text layout would otherwise open on the critical path (Qt keeps font
// faces per thread, and the CJK collection takes about 5 ms to open). Shared by main() and the first frame's test.
namespace MainWindow {
// The window, or nullptr (with the errors logged) if Main.qml could not be created. Destroy it before the engine,
// which needs "qrc:/" among its import paths.
std::unique_ptr<QObject> create(QQmlEngine &engine);
}
