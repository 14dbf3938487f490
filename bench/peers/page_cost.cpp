#include "Median.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(IsletGuidePlugin)

// A profiling aid for the start-up goal (docs/PERFORMANCE.md): how long each page of the app takes to compile and
// create, the first time (types, style and data loaded on the way) and then warm (median of a few).
// Usage: bench-page-cost [PAGE.qml…] (default: the five tab pages), with throw-away XDG_CONFIG_HOME/XDG_DATA_HOME.
namespace {

double createMs(QQmlEngine &engine, const QString &page)
{
    QElapsedTimer timer;
    timer.start();
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/IsletGuide/") + page));
    std::unique_ptr<QObject> object(component.create());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!object) {
        std::fprintf(stderr, "page-cost: %s: %s\n", qPrintable(page), qPrintable(component.errorString()));
        std::exit(1);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IsletGuide"));
    QApplication::setApplicationName(QStringLiteral("IsletGuide"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));

    QStringList pages = app.arguments().mid(1);
    if (pages.isEmpty())
        pages = {QStringLiteral("LearnPage.qml"), QStringLiteral("TrialListPage.qml"),
                 QStringLiteral("ClinicCheckPage.qml"), QStringLiteral("DiaryPage.qml"),
                 QStringLiteral("SettingsPage.qml")};
    std::printf("%-28s %10s %10s\n", "page", "first ms", "warm ms");
    for (const QString &page : pages) {
        const double first = createMs(engine, page);
        std::vector<double> warm;
        for (int i = 0; i < 5; ++i)
            warm.push_back(createMs(engine, page));
        std::printf("%-28s %10.1f %10.1f\n", qPrintable(page), first, median(warm));
    }
    return 0;
}
