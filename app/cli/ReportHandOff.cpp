#include "ReportCommand.h"

#include <QByteArray>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

// isletguide-cli: a QCoreApplication only; a report is written by isletguide-cli-report, which this process becomes.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

int exportReport(CliContext &context, QDate, QDate, const QString &)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/isletguide-cli-report");
    const QByteArray path = program.toLocal8Bit();
    std::vector<QByteArray> arguments;
    for (const QString &argument : QCoreApplication::arguments())
        arguments.push_back(argument.toLocal8Bit());
    arguments.front() = path;
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    context.out.flush();
    context.err.flush();
    execv(path.constData(), argv.data());
    context.err << "isletguide-cli: export --format pdf needs " << program << " (" << std::strerror(errno) << ")\n";
    return 1;
}
