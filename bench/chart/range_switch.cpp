#include "Median.h"
#include "RangeSwitchTimer.h"
#include "SyntheticYear.h"
#include "UiSettings.h"
#include "diary/DiaryStore.h"

#include <QApplication>
#include <QDateTime>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <map>
#include <memory>

Q_IMPORT_QML_PLUGIN(IsletGuidePlugin)

// The chart goal of issue 4: with 90 days of 5-minute CGM in the diary, switching the statistics page's range renders
// the next frame in under 32 ms offscreen. Fills a temporary diary through DiaryStore::addReadings, opens
// StatisticsPage.qml in a 360×780 window, switches Day → 14 → 90 days CYCLES times (after one unmeasured cycle) and
// prints each switch and the medians per range. Usage: bench-chart-range-switch [CYCLES] (default 10).
namespace {

constexpr int DaysOfCgm = 90;
constexpr int ReadingsPerDay = 24 * 12;
constexpr std::size_t WarmUpSwitches = 3;  // the first Day → 14 → 90 cycle fills caches and is not reported

bool fillDiary(const QString &path)
{
    DiaryStore store;
    QString error;
    if (!store.open(path, &error) || !store.addReadings(syntheticCgm(DaysOfCgm * ReadingsPerDay,
                                                                       QDateTime::currentMSecsSinceEpoch() - 60'000),
                                                          &error)) {
        std::fprintf(stderr, "chart bench: cannot fill %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

void report(const std::vector<RangeSwitchTimer::Switch> &switches, std::size_t skipped)
{
    std::map<int, std::vector<double>> first, settled;
    for (std::size_t i = skipped; i < switches.size(); ++i) {
        const RangeSwitchTimer::Switch &s = switches[i];
        std::printf("switch-to-days %d first-frame-ms %.2f settled-ms %.2f\n", s.toDays, s.firstFrameMs, s.settledMs);
        first[s.toDays].push_back(s.firstFrameMs);
        settled[s.toDays].push_back(s.settledMs);
    }
    for (const auto &[days, values] : first)
        std::printf("median to %d day(s): first frame %.2f ms, settled %.2f ms (%zu switches)\n", days, median(values),
                    median(settled[days]), values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // the user's own settings and diary stay untouched
    QTemporaryDir directory;
    const QString diaryPath = directory.filePath(QStringLiteral("diary.sqlite"));
    if (!directory.isValid() || !fillDiary(diaryPath))
        return 1;
    qputenv("ISLETGUIDE_DIARY_DB", diaryPath.toLocal8Bit());

    QApplication app(argc, argv);  // QtCharts needs it
    QApplication::setOrganizationName(QStringLiteral("IsletGuideBench"));
    QApplication::setApplicationName(QStringLiteral("IsletGuideChartBench"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const int cycles = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.singletonInstance<UiSettings *>(qmlTypeId("IsletGuide", 1, 0, "Settings"));
    QQuickWindow window;
    window.resize(360, 780);
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/IsletGuide/StatisticsPage.qml")));
    std::unique_ptr<QObject> page(component.createWithInitialProperties({{QStringLiteral("rangeDays"), DaysOfCgm}}));
    auto *item = qobject_cast<QQuickItem *>(page.get());
    if (!item) {
        std::fprintf(stderr, "chart bench: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    item->setParentItem(window.contentItem());
    item->setSize(window.size());
    window.show();

    RangeSwitchTimer timer(&window, item, cycles + 1);
    QObject::connect(&timer, &RangeSwitchTimer::finished, &app, &QApplication::quit);
    timer.start();
    app.exec();
    for (const RangeSwitchTimer::Switch &s : timer.switches()) {
        if (s.firstFrameMs == 0.0) {
            std::fprintf(stderr, "chart bench: a switch to %d day(s) drew no frame\n", s.toDays);
            return 1;
        }
    }
    report(timer.switches(), WarmUpSwitches);
    return 0;
}
