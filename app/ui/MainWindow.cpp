#include "MainWindow.h"

#include "UiSettings.h"

#include <QEventLoop>
#include <QFont>
#include <QFontMetrics>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>

namespace {
Q_LOGGING_CATEGORY(mainWindowLog, "isletguide.mainwindow")

// The family of the saved script, as the window's font.family binding will ask for it, opened in this thread.
void openSavedScriptFont()
{
    QFontMetrics(QFont(UiSettings::fontFamilyFor(AppSettings().script()))).height();
}

void logErrors(const QQmlComponent &component)
{
    for (const QQmlError &error : component.errors())
        qCWarning(mainWindowLog).noquote() << error.toString();
}
} // namespace

std::unique_ptr<QObject> MainWindow::create(QQmlEngine &engine)
{
    QQmlComponent component(&engine);
    component.loadUrl(QUrl(QStringLiteral("qrc:/IsletGuide/Main.qml")), QQmlComponent::Asynchronous);
    openSavedScriptFont();
    if (component.isLoading()) {
        QEventLoop loaded;
        QObject::connect(&component, &QQmlComponent::statusChanged, &loaded, &QEventLoop::quit);
        loaded.exec();
    }
    if (!component.isReady()) {
        logErrors(component);
        return nullptr;
    }
    engine.singletonInstance<UiSettings *>(qmlTypeId("IsletGuide", 1, 0, "Settings"));  // registered by the import
    std::unique_ptr<QObject> window(component.create());
    if (!window)
        logErrors(component);
    return window;
}
