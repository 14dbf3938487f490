#include "Commands.h"
#include "ReportCommand.h"

#include "diary/DiaryStore.h"
#include "io/DoctorReport.h"
#include "io/ExportRange.h"

#include <QGuiApplication>
#include <QTranslator>
#include <optional>

// isletguide-cli-report: the CLI with the doctor's PDF report, in a QGuiApplication (offscreen: no display needed).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

std::optional<ReportStyle::Script> reportScript(CliContext &context)
{
    const QString key = context.option(QStringLiteral("--script"), QStringLiteral("hans"));
    if (key == QLatin1String("hans"))
        return ReportStyle::Script::Simplified;
    if (key == QLatin1String("hant"))
        return ReportStyle::Script::Traditional;
    if (key == QLatin1String("en"))
        return ReportStyle::Script::English;
    context.err << "isletguide-cli: --script expects hans, hant or en, not '" << key << "'\n";
    return std::nullopt;
}

} // namespace

// `export --format pdf`: the last 14 days up to today unless --from/--to say otherwise; glucose in --unit, or in the
// unit most readings of the period were recorded in.
int exportReport(CliContext &context, QDate from, QDate to, const QString &out)
{
    DiaryStore store;
    if (!openStore(context, store))
        return 1;
    constexpr int DefaultDays = 14;
    if (!to.isValid())
        to = QDate::currentDate();
    if (!from.isValid())
        from = to.addDays(1 - DefaultDays);
    if (from > to) {
        context.err << "isletguide-cli: --from is after --to\n";
        return 2;
    }
    const auto script = reportScript(context);
    if (!script)
        return 2;
    // The report's strings in the chosen script; without the translations (core-only builds) it stays English.
    QTranslator translator;
    if (*script != ReportStyle::Script::English
        && translator.load(*script == ReportStyle::Script::Traditional ? QStringLiteral(":/i18n/isletguide_zh_TW")
                                                                       : QStringLiteral(":/i18n/isletguide_zh_CN")))
        QCoreApplication::installTranslator(&translator);
    DoctorReportRequest request;
    request.firstDay = from;
    request.lastDay = to;
    request.script = *script;
    const ExportRange range = ExportRange::fromDates(from, to);
    request.readings = store.glucoseReadings(range.fromUtcMs, range.toUtcMs);
    request.unit = majorityUnit(request.readings, Glucose::Unit::MmolL);
    const QString unitKey = context.option(QStringLiteral("--unit"));
    if (!unitKey.isEmpty()) {
        const auto unit = Glucose::unitFromKey(unitKey.toStdString());
        if (!unit) {
            context.err << "isletguide-cli: --unit expects mg/dL or mmol/L, not '" << unitKey << "'\n";
            return 2;
        }
        request.unit = *unit;
    }
    QString error;
    const auto pages = writeDoctorReport(out, request, &error);
    if (!pages) {
        context.err << error << '\n';
        return 1;
    }
    context.out << "wrote a " << *pages << "-page report of " << request.readings.size() << " readings ("
                << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << ") to " << out << '\n';
    return 0;
}

