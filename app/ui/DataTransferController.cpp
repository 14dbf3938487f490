#include "DataTransferController.h"

#include "DiaryController.h"
#include "diary/SafetyBackups.h"
#include "io/DiaryBackup.h"
#include "io/DiaryCsvWriter.h"
#include "io/DoctorReport.h"
#include "io/ExportRange.h"
#include "io/FhirBundleWriter.h"
#include "io/GlucoseFileImport.h"
#include "io/PrivateSaveFile.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

DataTransferController::DataTransferController(QObject *parent)
    : QObject(parent)
{
    connect(&m_import, &QFutureWatcher<Outcome>::finished, this, &DataTransferController::importFinished);
    connect(&m_restore, &QFutureWatcher<Outcome>::finished, this, &DataTransferController::restoreChecked);
    connect(this, &DataTransferController::diaryChanged, this, &DataTransferController::safetyCopiesChanged);
}

DataTransferController::~DataTransferController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_import.waitForFinished();
    m_restore.waitForFinished();
}

bool DataTransferController::isBusy() const
{
    return m_import.isRunning() || m_restore.isRunning();
}

QString DataTransferController::newestSafetyCopy() const
{
    const auto newest = m_diary ? SafetyBackups(m_diary->databasePath()).newest() : std::nullopt;
    return newest ? QLocale().toString(newest->made.toLocalTime(), QLocale::ShortFormat) : QString();
}

QUrl DataTransferController::newestSafetyCopyFile() const
{
    const auto newest = m_diary ? SafetyBackups(m_diary->databasePath()).newest() : std::nullopt;
    return newest ? QUrl::fromLocalFile(newest->path) : QUrl();
}

bool DataTransferController::isRestoring() const
{
    return m_restore.isRunning();
}

void DataTransferController::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

void DataTransferController::importFile(const QUrl &file)
{
    if (!m_diary || isBusy())
        return;
    const QString diaryPath = m_diary->store().path();
    const QString path = file.toLocalFile();
    const LocaleDefaults::Region region = AppSettings().region();  // picks GB18030 or Big5 for a file in neither UTF
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress = 0.0;
    Q_EMIT progressChanged();
    setMessage(QString(), false);
    QPointer<DataTransferController> self(this);
    auto cancelled = m_cancelled;
    m_import.setFuture(QtConcurrent::run([diaryPath, path, region, cancelled, self]() -> Outcome {
        DiaryStore store;
        QString error;
        if (!store.open(diaryPath, &error))
            return {false, error};
        ImportOptions options;
        options.region = region;
        options.progress = [cancelled, self](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 1.0;
            QMetaObject::invokeMethod(self, [self, fraction] {
                if (self) {
                    self->m_progress = fraction;
                    Q_EMIT self->progressChanged();
                }
            }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        const auto summary = importGlucoseFile(store, path, options, &error);
        return summary ? Outcome{true, summary->text()} : Outcome{false, error};
    }));
    Q_EMIT busyChanged();
}

void DataTransferController::importFinished()
{
    const Outcome outcome = m_import.result();
    setMessage(outcome.text, !outcome.ok);
    if (outcome.ok && m_diary)
        m_diary->notifyEntriesChanged();
    Q_EMIT busyChanged();
}

void DataTransferController::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

namespace {

// The days of a range choice: the last 14, 30 or 90 days up to today, or (invalid dates) everything.
std::pair<QDate, QDate> exportDates(int rangeChoice)
{
    constexpr int Days[] = {14, 30, 90};
    if (rangeChoice < 0 || rangeChoice >= int(std::size(Days)))
        return {};
    const int days = Days[rangeChoice];
    const QDate today = QDate::currentDate();
    return {today.addDays(1 - days), today};
}

} // namespace

void DataTransferController::exportTo(const QUrl &file, int format)
{
    if (!m_diary)
        return;
    if (format == Pdf) {
        writeReport(file.toLocalFile());
        return;
    }
    const auto [first, last] = exportDates(m_rangeChoice);
    const ExportRange range = ExportRange::fromDates(first, last);
    const auto entries = m_diary->store().entries(range.fromUtcMs, range.toUtcMs);
    const QByteArray bytes = format == Fhir ? fhirBundle(entries) : diaryCsv(entries);
    PrivateSaveFile out(file.toLocalFile());
    if (!out.writeWhole(bytes)) {
        const QString name = QFileInfo(file.toLocalFile()).fileName();
        setMessage(tr("%1 could not be written: %2").arg(name, out.failureReason(bytes.size())), true);
        return;
    }
    setMessage(tr("Saved %n entry(ies) to %1.", nullptr, int(entries.size())).arg(QFileInfo(file.toLocalFile()).fileName()),
               false);
}

void DataTransferController::writeReport(const QString &path)
{
    DoctorReportRequest request;
    std::tie(request.firstDay, request.lastDay) = exportDates(m_rangeChoice);
    const ExportRange range = ExportRange::fromDates(request.firstDay, request.lastDay);
    request.readings = m_diary->store().glucoseReadings(range.fromUtcMs, range.toUtcMs);
    request.unit = m_reportUnit == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
    request.script = m_reportScript == 1 ? ReportStyle::Script::Traditional
                   : m_reportScript == 2 ? ReportStyle::Script::English
                                         : ReportStyle::Script::Simplified;
    QString error;
    const auto pages = writeDoctorReport(path, request, &error);
    if (!pages) {
        setMessage(error, true);
        return;
    }
    setMessage(tr("Saved the report (%n page(s)) to %1.", nullptr, *pages).arg(QFileInfo(path).fileName()), false);
}

void DataTransferController::backupTo(const QUrl &file)
{
    if (!m_diary)
        return;
    QString error;
    if (DiaryBackup::backup(m_diary->store(), file.toLocalFile(), &error))
        setMessage(tr("The whole diary was saved to %1.").arg(QFileInfo(file.toLocalFile()).fileName()), false);
    else
        setMessage(error, true);
}

void DataTransferController::restoreFrom(const QUrl &file)
{
    if (!m_diary || isBusy())
        return;
    const QString diaryPath = m_diary->databasePath();
    m_restoreFrom = file.toLocalFile();
    setMessage(QString(), false);
    m_restore.setFuture(QtConcurrent::run([diaryPath, in = m_restoreFrom]() -> Outcome {
        QString error;
        const auto candidate = DiaryBackup::prepareRestore(diaryPath, in, &error);
        return candidate ? Outcome{true, QString(), *candidate} : Outcome{false, error, QString()};
    }));
    Q_EMIT busyChanged();
}

void DataTransferController::restoreChecked()
{
    const Outcome outcome = m_restore.result();
    QString error = outcome.text;
    const QString restored = tr("The diary was restored from %1.").arg(QFileInfo(m_restoreFrom).fileName());
    if (!outcome.ok || !m_diary) {
        setMessage(error, true);
    } else if (m_diary->store().isOpen()) {
        if (DiaryBackup::finishRestore(m_diary->store(), outcome.candidate, m_restoreFrom, &error)) {
            setMessage(restored, false);
            m_diary->notifyEntriesChanged();
        } else {
            setMessage(error, true);
        }
    } else if (const auto kept = DiaryBackup::replaceUnreadable(m_diary->databasePath(), outcome.candidate,
                                                                m_restoreFrom, &error)) {
        m_diary->reopen();
        setMessage(restored + QLatin1Char(' ')
                       + tr("The file that could not be opened is kept as %1.").arg(QFileInfo(*kept).fileName()),
                   false);
    } else {
        setMessage(error, true);
    }
    Q_EMIT busyChanged();
    Q_EMIT safetyCopiesChanged();
}
