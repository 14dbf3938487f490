#pragma once

class QObject;
class QQmlApplicationEngine;

// Loads the app window (qml/Main.qml) in the user's language from its first frame: the window's bindings call qsTr
// before they first touch the Settings singleton, which installs the translator for the saved script, so the singleton
// is created before the window. Shared by main() and the test of the first frame's language.
namespace MainWindow {
// The window, or nullptr if Main.qml could not be created. The engine needs "qrc:/" among its import paths.
QObject *load(QQmlApplicationEngine &engine);
}
