#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

// `isletguide --smoke-test DIR`: visits every page offscreen at phone size in each look (Simplified and Traditional,
// light and dark), saves one PNG per page and look, and exits non-zero if QML reported any warning or error on the way
// or a control was smaller than a finger (TouchTargetCheck).
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
    int m_lookIndex = 0;
    int m_pageIndex = 0;
    int m_saved = 0;
};
