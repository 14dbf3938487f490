#include "GlucoseFileImport.h"

#include "ImportFormatDetection.h"
#include "diary/DiaryImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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
    return summary + QLatin1Char('.');
}

std::optional<ImportSummary> importGlucoseFile(DiaryStore &store, const QString &path, ImportOptions options,
                                               QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Import", "%1: cannot be read (%2)").arg(fileName, file.errorString());
        return std::nullopt;
    }
    // Mapped rather than read where the system allows: a year of CGM is parsed straight from the page cache.
    uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    const QByteArray text = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
                                   : file.readAll();
    if (options.source.isEmpty())
        options.source = QStringLiteral("cgm:") + fileName;
    // One transaction from the first reading to the last: the parser hands its readings to the diary in parts while
    // it reads, and a problem anywhere in the file (or a cancel) rolls all of them back.
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
    const auto parsed = parseGlucoseFile(text, options, &problem);
    if (!parsed) {
        *error = problem.message(fileName);
        return std::nullopt;
    }
    if (options.progress && !options.progress(text.size(), text.size())) {
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
    ImportSummary summary;
    summary.format = parsed->format;
    summary.added = stored->added - stored->otherKindsAdded;
    summary.otherKindsAdded = stored->otherKindsAdded;
    summary.duplicates = stored->duplicates;
    summary.skipped = parsed->skipped;
    return summary;
}
