#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(IsletGuidePlugin)

namespace {
// The window's title and tab labels as the first frame shows them, loaded with the given script saved in the settings.
QStringList firstFrameTexts(int script)
{
    QSettings().setValue(QStringLiteral("ui/script"), script);
    QSettings().setValue(QStringLiteral("app/disclaimerAccepted"), true);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    const std::unique_ptr<QObject> window = MainWindow::create(engine);
    REQUIRE(window);
    QObject *tabs = qvariant_cast<QObject *>(window->property("footer"));
    REQUIRE(tabs);
    return QStringList{window->property("title").toString()} + tabs->property("labels").toStringList();
}
} // namespace

TEST_CASE("The window is in the saved script from its first frame, before anything retranslates it, in its font")
{
    CHECK(firstFrameTexts(1) == QStringList{QStringLiteral("胰島指南"), QStringLiteral("學習"), QStringLiteral("試驗"),
                                            QStringLiteral("診所查核"), QStringLiteral("日記"), QStringLiteral("設定")});
    CHECK(QGuiApplication::font().families() == QStringList{QStringLiteral("IsletGuide Sans TC")});
    CHECK(firstFrameTexts(0) == QStringList{QStringLiteral("胰岛指南"), QStringLiteral("学习"), QStringLiteral("试验"),
                                            QStringLiteral("诊所核查"), QStringLiteral("日记"), QStringLiteral("设置")});
    CHECK(QGuiApplication::font().families() == QStringList{QStringLiteral("IsletGuide Sans SC")});
}

// Runs under QApplication (QtCharts needs it) with the Basic style, in a fresh settings and data folder.
int main(int argc, char *argv[])
{
    QTemporaryDir sandbox;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(sandbox.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IsletGuide"));
    QApplication::setApplicationName(QStringLiteral("IsletGuide"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    return Catch::Session().run(argc, argv);
}
