#include "DataTransferController.h"

#include "DiaryController.h"
#include "io/DiaryBackup.h"
#include "io/DiaryCsvWriter.h"
#include "io/FhirBundleWriter.h"
#include "io/GlucoseFileImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>
#include <limits>

DataTransferController::DataTransferController(QObject *parent)
    : QObject(parent)
{
    connect(&m_import, &QFutureWatcher<ImportOutcome>::finished, this, &DataTransferController::importFinished);
}

DataTransferController::~DataTransferController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_import.waitForFinished();
}

bool DataTransferController::isBusy() const
{
    return m_import.isRunning();
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
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress = 0.0;
    Q_EMIT progressChanged();
    setMessage(QString(), false);
    QPointer<DataTransferController> self(this);
    auto cancelled = m_cancelled;
    m_import.setFuture(QtConcurrent::run([diaryPath, path, cancelled, self]() -> ImportOutcome {
        DiaryStore store;
        QString error;
        if (!store.open(diaryPath, &error))
            return {false, error};
        ImportOptions options;
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
        return summary ? ImportOutcome{true, summary->text()} : ImportOutcome{false, error};
    }));
    Q_EMIT busyChanged();
}

void DataTransferController::importFinished()
{
    const ImportOutcome outcome = m_import.result();
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

void DataTransferController::exportTo(const QUrl &file, int format)
{
    if (!m_diary)
        return;
    const auto entries = m_diary->store().entries(0, std::numeric_limits<std::int64_t>::max());
    const QByteArray bytes = format == Fhir ? fhirBundle(entries) : diaryCsv(entries);
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        setMessage(tr("%1 could not be written: %2").arg(QFileInfo(file.toLocalFile()).fileName(), out.errorString()),
                   true);
        return;
    }
    setMessage(tr("Saved %n entry(ies) to %1.", nullptr, int(entries.size())).arg(QFileInfo(file.toLocalFile()).fileName()),
               false);
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
    QString error;
    if (!DiaryBackup::restore(m_diary->store(), file.toLocalFile(), &error)) {
        setMessage(error, true);
        return;
    }
    setMessage(tr("The diary was restored from %1.").arg(QFileInfo(file.toLocalFile()).fileName()), false);
    m_diary->notifyEntriesChanged();
}
