#include "BenchmarkProbe.h"

#include <QApplication>
#include <QQmlApplicationEngine>

// The peer of the app in bench/run: the least a Qt Quick + QtCharts window needs, started and measured the same way.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);  // QtCharts renders through QGraphicsView, which needs QApplication
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/hello/HelloWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    BenchmarkProbe probe(BenchmarkProbe::FirstFrame);
    probe.start(engine.rootObjects().constFirst());
    return app.exec();
}
