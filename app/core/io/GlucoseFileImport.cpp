#include "GlucoseFileImport.h"

#include "AppleHealthExport.h"
#include "ImportFormatDetection.h"
#include "diary/DiaryImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <functional>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

QString ImportSummary::text() const
{
    QString summary = QCoreApplication::translate("Import", "%n reading(s) added", nullptr, added);
    if (otherKindsAdded > 0)
        summary += QCoreApplication::translate("Import", ", %n other diary entry(ies) added", nullptr, otherKindsAdded);
    if (duplicates > 0)
        summary += QCoreApplication::translate("Import", ", %n already in the diary", nullptr, duplicates);
    QStringList skips;
    for (const auto &[reason, count] : skipped)
        skips << skipReasonText(reason, count);
    if (!skips.isEmpty())
        summary += QCoreApplication::translate("Import", "; skipped: %1").arg(skips.join(QLatin1String(", ")));
    summary += QCoreApplication::translate("Import", "; read as %1").arg(textEncodingName(encoding));
    return summary + QLatin1Char('.');
}

namespace {

// Hands the pages of a mapped file before `upTo` back to the system (they are read again from the file should a part
// be needed later), so a file of hundreds of megabytes never sits in memory whole.
void releaseMapped(const uchar *mapped, qint64 upTo)
{
#ifdef Q_OS_UNIX
    constexpr qint64 Page = 1 << 16;  // a multiple of every page size in use
    const qint64 end = upTo / Page * Page;
    if (mapped && end > 0)
        madvise(const_cast<uchar *>(mapped), size_t(end), MADV_DONTNEED);
#else
    Q_UNUSED(mapped);
    Q_UNUSED(upTo);
#endif
}

// One transaction from the first reading to the last: `parse` hands its readings to the diary in parts while it
// reads, and a problem anywhere in the file (or a cancel) rolls all of them back.
std::optional<ImportSummary> importParsed(
    DiaryStore &store, const QString &fileName, ImportOptions &options, qint64 total, TextEncoding encoding,
    const std::function<std::optional<ParsedImport>(const ImportOptions &, ImportProblem *)> &parse, QString *error)
{
    DiaryImport import(store);
    QString storeError;
    const auto storeFailed = [&] {
        *error = ImportProblem{0, storeError}.message(fileName);
        return std::nullopt;
    };
    if (!import.begin(&storeError))
        return storeFailed();
    options.readingsSink = [&import](const std::vector<GlucoseReading> &part, QString *reason) {
        return import.addReadings(part, reason);
    };
    ImportProblem problem;
    const auto parsed = parse(options, &problem);
    if (!parsed) {
        *error = problem.message(fileName);
        return std::nullopt;
    }
    if (options.progress && !options.progress(total, total)) {
        *error = ImportProblem{0, QCoreApplication::translate("Import", "the import was cancelled; nothing was added"),
                               true}
                     .message(fileName);
        return std::nullopt;
    }
    if (!import.addReadings(parsed->readings, &storeError) || !import.addEntries(parsed->otherEntries, &storeError))
        return storeFailed();
    const auto stored = import.commit(&storeError);
    if (!stored)
        return storeFailed();
    if (stored->added == 0 && stored->duplicates == 0) {
        *error = QCoreApplication::translate("Import", "%1: no glucose readings or diary entries were found in it; "
                                                       "nothing was added")
                     .arg(fileName);
        return std::nullopt;
    }
    ImportSummary summary;
    summary.format = parsed->format;
    summary.encoding = encoding;
    summary.added = stored->added - stored->otherKindsAdded;
    summary.otherKindsAdded = stored->otherKindsAdded;
    summary.duplicates = stored->duplicates;
    summary.skipped = parsed->skipped;
    return summary;
}

} // namespace

std::optional<ImportSummary> importGlucoseFile(DiaryStore &store, const QString &path, ImportOptions options,
                                               QString *error)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    // A folder, pipe or device would block the import or never end: only a regular file is read.
    if (info.exists() && !info.isFile()) {
        *error = QCoreApplication::translate("Import", "%1: not a file that can be imported (a folder, pipe or device)")
                     .arg(fileName);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Import", "%1: cannot be read (%2)").arg(fileName, file.errorString());
        return std::nullopt;
    }
    if (options.source.isEmpty())
        options.source = QStringLiteral("cgm:") + fileName;
    // An Apple Health export (zipped or not) is streamed out of the file: it can be gigabytes.
    if (options.format == ImportFormat::AppleHealth
        || (options.format == ImportFormat::Auto && AppleHealthExport::looksLike(path))) {
        file.close();
        return importParsed(store, fileName, options, info.size(), TextEncoding::Utf8,
                            [&path](const ImportOptions &parseOptions, ImportProblem *problem) {
                                return AppleHealthExport::read(path, parseOptions, problem);
                            },
                            error);
    }
    // Mapped rather than read where the system allows: a year of CGM is parsed straight from the page cache.
    uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    const QByteArray bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
                                    : file.readAll();
    QString decodeError;
    const auto decoded = decodeImportText(bytes, options.region, &decodeError,
                                          [mapped](qint64 read) { releaseMapped(mapped, read); });
    if (!decoded) {
        *error = ImportProblem{0, decodeError}.message(fileName);
        return std::nullopt;
    }
    const QByteArray &text = decoded->utf8;
    options.progress = [mapped, report = std::move(options.progress)](qint64 done, qint64 total) {
        constexpr qint64 KeepBehind = 1 << 20;  // the rows just parsed may still be looked at
        releaseMapped(mapped, done - KeepBehind);
        return !report || report(done, total);
    };
    return importParsed(store, fileName, options, text.size(), decoded->encoding,
                        [&text](const ImportOptions &parseOptions, ImportProblem *problem) {
                            return parseGlucoseFile(text, parseOptions, problem);
                        },
                        error);
}
