#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

// Runs the Catch2 session inside a QGuiApplication for tests that draw text (the PDF report needs fonts); offscreen,
// so no display is needed, also when CTest lists the tests at build time.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IsletGuideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("IsletGuideTests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
