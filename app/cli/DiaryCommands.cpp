#include "Commands.h"
#include "ReportCommand.h"

#include "diary/DiaryStore.h"
#include "diary/SafetyBackups.h"
#include "io/DiaryBackup.h"
#include "io/DiaryCsvWriter.h"
#include "io/ExportRange.h"
#include "io/FhirBundleWriter.h"
#include "io/GlucoseFileImport.h"
#include "io/PrivateSaveFile.h"

#include <QFileInfo>

// import, export, backup and restore: the diary's data in and out, each in one transaction or one atomic file write.
bool openStore(CliContext &context, DiaryStore &store)
{
    if (context.dbPath.isEmpty()) {
        context.err << "isletguide-cli: --db FILE is needed\n";
        return false;
    }
    QString error;
    if (!store.open(context.dbPath, &error)) {
        context.err << error << '\n';
        if (const QString hint = DiaryBackup::restoreHint(context.dbPath); !hint.isEmpty()) {
            const QString copy = SafetyBackups(context.dbPath).newest()->path;
            context.err << hint << '\n' << "  isletguide-cli --db " << context.dbPath << " restore " << copy << '\n';
        }
        return false;
    }
    return true;
}

namespace {

// The first argument that is neither an option nor an option's value.
QString positional(const CliContext &context, const QStringList &optionsWithValue)
{
    for (qsizetype i = 0; i < context.args.size(); ++i) {
        if (optionsWithValue.contains(context.args.at(i)))
            ++i;
        else if (!context.args.at(i).startsWith(QLatin1String("--")))
            return context.args.at(i);
    }
    return {};
}

std::optional<QDate> dateOption(CliContext &context, const QString &name)
{
    const QString text = context.option(name);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        context.err << "isletguide-cli: " << name << " expects YYYY-MM-DD, not '" << text << "'\n";
        return std::nullopt;
    }
    return date;
}

bool writeFile(CliContext &context, const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    if (!file.writeWhole(bytes)) {
        context.err << path << ": cannot be written (" << file.failureReason(bytes.size()) << ")\n";
        return false;
    }
    return true;
}

} // namespace

int runImport(CliContext &context)
{
    const QString path = positional(context, {QStringLiteral("--format"), QStringLiteral("--tz")});
    if (path.isEmpty()) {
        context.err << "isletguide-cli: import needs a file (see --help)\n";
        return 2;
    }
    ImportOptions options;
    const auto format = importFormatFromKey(context.option(QStringLiteral("--format"), QStringLiteral("auto")));
    if (!format) {
        context.err << "isletguide-cli: unknown --format '" << context.option(QStringLiteral("--format")) << "'\n";
        return 2;
    }
    options.format = *format;
    const QString zone = context.option(QStringLiteral("--tz"));
    if (!zone.isEmpty()) {
        options.zone = QTimeZone(zone.toUtf8());
        if (!options.zone.isValid()) {
            context.err << "isletguide-cli: unknown time zone '" << zone << "'\n";
            return 2;
        }
    }
    DiaryStore store;
    if (!openStore(context, store))
        return 1;
    QString error;
    const auto summary = importGlucoseFile(store, path, options, &error);
    if (!summary) {
        context.err << error << '\n';
        return 1;
    }
    context.out << QFileInfo(path).fileName() << " (" << importFormatKey(summary->format) << "): " << summary->text()
                << '\n';
    return 0;
}

int runExport(CliContext &context)
{
    const QString format = context.option(QStringLiteral("--format"));
    const QString out = context.option(QStringLiteral("-o"));
    const QStringList formats{QStringLiteral("csv"), QStringLiteral("fhir"), QStringLiteral("pdf")};
    if (out.isEmpty() || !formats.contains(format)) {
        context.err << "isletguide-cli: export needs --format csv|fhir|pdf and -o OUT\n";
        return 2;
    }
    const auto from = dateOption(context, QStringLiteral("--from"));
    const auto to = dateOption(context, QStringLiteral("--to"));
    if (!from || !to)
        return 2;
    if (format == QLatin1String("pdf"))
        return exportReport(context, *from, *to, out);
    DiaryStore store;
    if (!openStore(context, store))
        return 1;
    const ExportRange range = ExportRange::fromDates(*from, *to);
    const std::vector<DiaryEntry> entries = store.entries(range.fromUtcMs, range.toUtcMs);
    const QByteArray bytes = format == QLatin1String("csv") ? diaryCsv(entries) : fhirBundle(entries);
    if (!writeFile(context, out, bytes))
        return 1;
    context.out << "wrote " << entries.size() << " entries to " << out << '\n';
    return 0;
}

int runBackup(CliContext &context)
{
    const QString out = positional(context, {});
    if (out.isEmpty()) {
        context.err << "isletguide-cli: backup needs a file name\n";
        return 2;
    }
    DiaryStore store;
    if (!openStore(context, store))
        return 1;
    QString error;
    if (!DiaryBackup::backup(store, out, &error)) {
        context.err << error << '\n';
        return 1;
    }
    context.out << "backed up the diary to " << out << '\n';
    return 0;
}

int runRestore(CliContext &context)
{
    const QString in = positional(context, {});
    if (in.isEmpty()) {
        context.err << "isletguide-cli: restore needs a file name\n";
        return 2;
    }
    if (context.dbPath.isEmpty()) {
        context.err << "isletguide-cli: --db FILE is needed\n";
        return 1;
    }
    DiaryStore store;
    QString error;
    if (store.open(context.dbPath, &error)) {
        if (!DiaryBackup::restore(store, in, &error)) {
            context.err << error << '\n';
            return 1;
        }
        context.out << "restored the diary from " << in << '\n';
        return 0;
    }
    // The diary cannot be opened: the backup takes its place only once checked, and the refused file is kept.
    const QString refused = error;
    const auto candidate = DiaryBackup::prepareRestore(context.dbPath, in, &error);
    const auto kept = candidate ? DiaryBackup::replaceUnreadable(context.dbPath, *candidate, in, &error) : std::nullopt;
    if (!kept) {
        context.err << refused << '\n' << error << '\n';
        return 1;
    }
    context.out << "restored the diary from " << in << "; the file that could not be opened is kept as " << *kept
                << '\n';
    return 0;
}
