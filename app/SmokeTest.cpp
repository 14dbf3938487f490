#include "SmokeTest.h"

#include "TouchTargetCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace {
int s_problems = 0;
QString s_currentPage = QStringLiteral("startup");
QtMessageHandler s_previousHandler = nullptr;
std::unique_ptr<QTemporaryDir> s_sandbox;

// The looks every page is visited in: a script and a theme (Settings values), and the file name prefix.
struct Look {
    int script;
    int theme;
    QString prefix;
};
const QList<Look> Looks = {{0, 1, QStringLiteral("hans")}, {1, 1, QStringLiteral("hant")},
                           {0, 2, QStringLiteral("hans-dark")}};

void applyLook(QObject *root, const Look &look)
{
    QMetaObject::invokeMethod(root, "smokeSetLook", Q_ARG(QVariant, look.script), Q_ARG(QVariant, look.theme));
}
constexpr int SettleMs = 700;

void countProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool platformChatter = QByteArray(context.category ? context.category : "").startsWith("qt.qpa");
    if (type != QtDebugMsg && type != QtInfoMsg && !platformChatter) {
        ++s_problems;
        std::fprintf(stderr, "smoke-test: problem on %s: %s\n", qPrintable(s_currentPage), qPrintable(message));
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
} // namespace

SmokeTest::SmokeTest(const QString &directory)
    : m_directory(directory)
{
}

QString SmokeTest::requestedDirectory(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--smoke-test") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--smoke-test=")))
            return arg.mid(13);
    }
    return {};
}

void SmokeTest::prepareEnvironment(const QString &directory)
{
    QDir().mkpath(directory);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    s_sandbox = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(s_sandbox->filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(s_sandbox->filePath(QStringLiteral("data"))));
}

void SmokeTest::watch(QQmlApplicationEngine &)
{
    s_previousHandler = qInstallMessageHandler(countProblems);
}

void SmokeTest::start(QObject *root)
{
    m_root = root;
    m_window = qobject_cast<QQuickWindow *>(root);
    if (!m_window) {
        std::fprintf(stderr, "smoke-test: the root object is not a window\n");
        QCoreApplication::exit(1);
        return;
    }
    m_window->resize(360, 780);
    QVariant pages;
    QMetaObject::invokeMethod(m_root, "smokePages", Q_RETURN_ARG(QVariant, pages));
    m_pages = pages.toStringList();
    applyLook(m_root, Looks.at(0));
    QTimer::singleShot(SettleMs, this, &SmokeTest::visitNext);
}

void SmokeTest::visitNext()
{
    if (m_pageIndex > 0)
        capture(Looks.at(m_lookIndex).prefix + QLatin1Char('-') + m_pages.at(m_pageIndex - 1));
    if (m_pageIndex == m_pages.size()) {
        m_pageIndex = 0;
        if (++m_lookIndex == Looks.size()) {
            finish();
            return;
        }
        applyLook(m_root, Looks.at(m_lookIndex));
    }
    s_currentPage = Looks.at(m_lookIndex).prefix + QLatin1Char('-') + m_pages.at(m_pageIndex);
    QMetaObject::invokeMethod(m_root, "smokeShow", Q_ARG(QVariant, m_pages.at(m_pageIndex)));
    ++m_pageIndex;
    QTimer::singleShot(SettleMs, this, &SmokeTest::visitNext);
}

void SmokeTest::capture(const QString &name)
{
    for (const QString &target : TouchTargetCheck::tooSmall(m_window->contentItem())) {
        ++s_problems;
        std::fprintf(stderr, "smoke-test: touch target on %s: %s\n", qPrintable(name), qPrintable(target));
    }
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        ++s_problems;
        std::fprintf(stderr, "smoke-test: could not save %s\n", qPrintable(path));
        return;
    }
    ++m_saved;
}

void SmokeTest::finish()
{
    std::printf("smoke-test: %d pages saved to %s, %d problems\n", m_saved, qPrintable(m_directory), s_problems);
    QCoreApplication::exit(s_problems == 0 && m_saved > 0 ? 0 : 1);
}
