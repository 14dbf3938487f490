#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// `isletguide --accessibility-tour`: lets an outside screen-reader check (tests/a11y) walk every smoke-test page in
// Simplified and Traditional Chinese. It opens one page, prints "page NAME" on stdout and waits for a line on stdin
// before the next; after the last it prints "done" and quits. Settings and data are throw-away, as in the smoke test.
class AccessibilityTour : public QObject
{
    Q_OBJECT
public:
    static bool isRequested(int argc, char **argv);
    // Before QApplication exists: throw-away settings and data, so the user's diary is untouched.
    static void prepareEnvironment();

    void start(QObject *root);

private:
    void showNext();
    void onInput();

    QObject *m_root = nullptr;
    QStringList m_pages;
    int m_step = 0;
    std::unique_ptr<QSocketNotifier> m_input;
};
