#include "AccessibilityTour.h"
#include "BenchmarkProbe.h"
#include "CjkFontFaces.h"
#include "content/BackgroundContentLoad.h"
#include "MainWindow.h"
#include "SmokeTest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <cstdio>
#include <thread>

Q_IMPORT_QML_PLUGIN(IsletGuidePlugin)

int main(int argc, char *argv[])
{
    const QString smokeDir = SmokeTest::requestedDirectory(argc, argv);
    if (!smokeDir.isEmpty())
        SmokeTest::prepareEnvironment(smokeDir);
    const bool tour = AccessibilityTour::isRequested(argc, argv);
    if (tour)
        AccessibilityTour::prepareEnvironment();

    std::jthread fontSetup(CjkFontFaces::configure);  // runs while the application and the QML engine start
    QApplication app(argc, argv);  // QtCharts renders through QGraphicsView, which needs QApplication
    QApplication::setOrganizationName(QStringLiteral("IsletGuide"));
    QApplication::setApplicationName(QStringLiteral("IsletGuide"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    Content::BackgroundContentLoad::start();  // read while the QML engine imports its modules
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IsletGuide: stem-cell therapy explained, and a private glucose diary"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption({QStringLiteral("smoke-test"),
                      QStringLiteral("Visit every page offscreen, save one PNG per page, script and theme into DIR, "
                                     "exit non-zero on any QML warning or any control under 48 px."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("benchmark"),
                      QStringLiteral("For bench/run: print when the first frame was shown and quit (first-frame), or "
                                     "open the smoke-test page ROUTE and print the CPU time of redrawing it."),
                      QStringLiteral("first-frame|ROUTE")});
    parser.addOption({QStringLiteral("accessibility-tour"),
                      QStringLiteral("For tests/a11y: open every smoke-test page in both scripts, print \"page NAME\" "
                                     "and wait for a line on stdin before the next.")});
    // Not QCommandLineParser::process: its exit() for --help, --version or a wrong option ran while the font and
    // content threads were still working, and crashed about every other time; returning lets them finish first.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    SmokeTest smoke(smokeDir);
    if (smoke.isActive())
        smoke.watch(engine);
    fontSetup.join();  // before the window's creation looks up the first font
    const std::unique_ptr<QObject> window = MainWindow::create(engine);
    if (!window)
        return 1;
    if (smoke.isActive())
        smoke.start(window.get());
    AccessibilityTour accessibilityTour;
    if (tour)
        accessibilityTour.start(window.get());
    BenchmarkProbe probe(parser.value(QStringLiteral("benchmark")));
    if (probe.isActive())
        probe.start(window.get());
    return app.exec();
}
