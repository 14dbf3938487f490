#include "AccessibilityTour.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace {
std::unique_ptr<QTemporaryDir> s_sandbox;
constexpr int SettleMs = 700;  // as the smoke test: time for a page to load its data and lay out
const QStringList Scripts = {QStringLiteral("hans"), QStringLiteral("hant")};
} // namespace

bool AccessibilityTour::isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--accessibility-tour") == 0)
            return true;
    }
    return false;
}

void AccessibilityTour::prepareEnvironment()
{
    s_sandbox = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(s_sandbox->filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(s_sandbox->filePath(QStringLiteral("data"))));
}

void AccessibilityTour::start(QObject *root)
{
    m_root = root;
    QVariant pages;
    QMetaObject::invokeMethod(m_root, "smokePages", Q_RETURN_ARG(QVariant, pages));
    m_pages = pages.toStringList();
    m_input = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    m_input->setEnabled(false);
    connect(m_input.get(), &QSocketNotifier::activated, this, &AccessibilityTour::onInput);
    QTimer::singleShot(SettleMs, this, &AccessibilityTour::showNext);
}

void AccessibilityTour::showNext()
{
    if (m_step == m_pages.size() * Scripts.size()) {
        std::printf("done\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    const int script = m_step / m_pages.size();
    const QString page = m_pages.at(m_step % m_pages.size());
    QMetaObject::invokeMethod(m_root, "smokeSetLook", Q_ARG(QVariant, script), Q_ARG(QVariant, 1));
    QMetaObject::invokeMethod(m_root, "smokeShow", Q_ARG(QVariant, page));
    ++m_step;
    QTimer::singleShot(SettleMs, this, [this, script, page] {
        std::printf("page %s-%s\n", qPrintable(Scripts.at(script)), qPrintable(page));
        std::fflush(stdout);
        m_input->setEnabled(true);
    });
}

void AccessibilityTour::onInput()
{
    char line[256];
    const ssize_t read = ::read(STDIN_FILENO, line, sizeof line);
    m_input->setEnabled(false);
    if (read <= 0) {
        QCoreApplication::exit(0);
        return;
    }
    showNext();
}
