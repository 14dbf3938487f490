#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

// Runs the Catch2 session inside a QCoreApplication, with QStandardPaths in test mode so no test touches user data.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IsletGuideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("IsletGuideTests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
