#include <QApplication>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QFile>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(IsletGuidePlugin)

// Gives each test engine the import path where Qt 6.4 finds the IsletGuide module's qmldir.
class QmlTestSetup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

// Runs tst_*.qml with the IsletGuide module linked in, under QApplication (QtCharts needs it) and the Basic style.
int main(int argc, char *argv[])
{
    // A fresh folder for settings and the diary on every run: tests never see a previous run's data or the user's.
    QTemporaryDir sandbox;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(sandbox.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IsletGuideTests"));
    QApplication::setApplicationName(QStringLiteral("IsletGuideQmlTests"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QmlTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "isletguide_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "QmlTestMain.moc"
