#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

// `isletguide --smoke-test DIR`: visits every page offscreen in Simplified and Traditional at phone size, saves one
// PNG per page and script, and exits non-zero if QML reported any warning or error on the way.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    explicit SmokeTest(const QString &directory);

    static QString requestedDirectory(int argc, char **argv);
    // Before QApplication exists: offscreen platform and throw-away settings and data, so the user's diary is untouched.
    static void prepareEnvironment(const QString &directory);

    bool isActive() const { return !m_directory.isEmpty(); }
    void watch(QQmlApplicationEngine &engine);
    void start(QObject *root);

private:
    void visitNext();
    void capture(const QString &name);
    void finish();

    QString m_directory;
    QObject *m_root = nullptr;
    QQuickWindow *m_window = nullptr;
    QStringList m_pages;
    int m_scriptIndex = 0;
    int m_pageIndex = 0;
    int m_saved = 0;
};
