#pragma once

#include "DiaryController.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <atomic>
#include <memory>
#include <optional>

// The import/export page's actions: imports a file on a worker thread (its own database connection) with progress
// and cancel, exports CSV or FHIR, backs up and restores; then tells the diary to refresh.
class DataTransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(DiaryController *diary MEMBER m_diary NOTIFY diaryChanged REQUIRED)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)

public:
    enum ExportFormat { Csv, Fhir };
    Q_ENUM(ExportFormat)

    explicit DataTransferController(QObject *parent = nullptr);
    ~DataTransferController() override;

    bool isBusy() const;
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    Q_INVOKABLE void importFile(const QUrl &file);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void exportTo(const QUrl &file, int format);
    Q_INVOKABLE void backupTo(const QUrl &file);
    Q_INVOKABLE void restoreFrom(const QUrl &file);

Q_SIGNALS:
    void diaryChanged();
    void busyChanged();
    void progressChanged();
    void messageChanged();

private:
    struct ImportOutcome {
        bool ok = false;
        QString text;  // the summary, or why nothing was imported
    };
    void setMessage(const QString &message, bool failed);
    void importFinished();

    QPointer<DiaryController> m_diary;
    QFutureWatcher<ImportOutcome> m_import;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    double m_progress = 0.0;
    QString m_message;
    bool m_failed = false;
};
