#include "Commands.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <map>
#include <memory>

namespace {

const char *const Usage = R"(isletguide-cli: the IsletGuide core without a window.

Usage:
  isletguide-cli --db FILE import PATH
                 [--format auto|csv|libreview|clarity|nightscout|xdrip|contour|mysugr|applehealth] [--tz ZONE]
  isletguide-cli --db FILE export --format csv|fhir|pdf -o OUT [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 (pdf: [--unit mg/dL|mmol/L] [--script hans|hant|en]; the last 14 days unless --from/--to)
  isletguide-cli --db FILE stats --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  isletguide-cli --db FILE backup OUT
  isletguide-cli --db FILE restore IN
  isletguide-cli content validate [--dir DIR]
  isletguide-cli content dump --script hans|hant --json
  isletguide-cli content search QUERY --script hans|hant [--json]

Exit status is 0 on success; otherwise one line on stderr names the file, the line and the problem.
)";

const std::map<QString, CliCommand> &commands()
{
    static const std::map<QString, CliCommand> table = {
        {QStringLiteral("content"), runContent},
        {QStringLiteral("stats"), runStats},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore},
    };
    return table;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IsletGuide"));
    QCoreApplication::setApplicationName(QStringLiteral("IsletGuide"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    const qsizetype dbIndex = args.indexOf(QStringLiteral("--db"));
    if (dbIndex >= 0) {
        if (dbIndex + 1 >= args.size()) {
            err << "isletguide-cli: --db needs a file name\n";
            return 2;
        }
        dbPath = args.at(dbIndex + 1);
        args.remove(dbIndex, 2);
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        out << Usage;
        return args.isEmpty() ? 2 : 0;
    }
    const auto command = commands().find(args.first());
    if (command == commands().end()) {
        err << "isletguide-cli: unknown command '" << args.first() << "' (see --help)\n";
        return 2;
    }
    CliContext context{dbPath, args.mid(1), out, err};
    const int status = command->second(context);
    out.flush();
    err.flush();
    return status;
}
