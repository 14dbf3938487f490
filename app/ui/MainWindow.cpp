#include "MainWindow.h"

#include "UiSettings.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>

QObject *MainWindow::load(QQmlApplicationEngine &engine)
{
    // The module's types are registered when it is first imported, so a one-line component imports it first.
    QQmlComponent moduleImport(&engine);
    moduleImport.setData("import IsletGuide\nimport QtQml\nQtObject {}", QUrl());
    engine.singletonInstance<UiSettings *>(qmlTypeId("IsletGuide", 1, 0, "Settings"));
    engine.load(QUrl(QStringLiteral("qrc:/IsletGuide/Main.qml")));
    return engine.rootObjects().isEmpty() ? nullptr : engine.rootObjects().constFirst();
}
