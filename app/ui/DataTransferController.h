#pragma once

#include "DiaryController.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <atomic>
#include <memory>

// The import/export page's actions: imports a file and checks a backup before restoring it on a worker thread (each
// with its own database connection), exports the chosen stretch of the diary as CSV, FHIR or the doctor's PDF
// report, backs up; then tells the diary to refresh.
class DataTransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(DiaryController *diary MEMBER m_diary NOTIFY diaryChanged REQUIRED)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool restoring READ isRestoring NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    // Which days the exports cover, as the page offers them: the last 14, 30 or 90 days up to today, or everything.
    Q_PROPERTY(int rangeChoice MEMBER m_rangeChoice NOTIFY rangeChoiceChanged)
    // How the PDF report is written: Settings.glucoseUnit (0 mg/dL, 1 mmol/L) and Settings.script (0 Simplified,
    // 1 Traditional, 2 English).
    Q_PROPERTY(int reportUnit MEMBER m_reportUnit NOTIFY reportChanged)
    Q_PROPERTY(int reportScript MEMBER m_reportScript NOTIFY reportChanged)
    // The newest automatic safety copy of the diary (SafetyBackups): when it was made, in the user's words, and its
    // file for restoreFrom(); empty when there is none yet.
    Q_PROPERTY(QString newestSafetyCopy READ newestSafetyCopy NOTIFY safetyCopiesChanged)
    Q_PROPERTY(QUrl newestSafetyCopyFile READ newestSafetyCopyFile NOTIFY safetyCopiesChanged)

public:
    enum ExportFormat { Csv, Fhir, Pdf };
    Q_ENUM(ExportFormat)

    explicit DataTransferController(QObject *parent = nullptr);
    ~DataTransferController() override;

    bool isBusy() const;
    bool isRestoring() const;
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString newestSafetyCopy() const;
    QUrl newestSafetyCopyFile() const;

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
    void rangeChoiceChanged();
    void reportChanged();
    void safetyCopiesChanged();

private:
    struct Outcome {
        bool ok = false;
        QString text;  // the summary, or why nothing changed
        QString candidate;  // restore: the checked copy to swap in
    };
    void setMessage(const QString &message, bool failed);
    void importFinished();
    void restoreChecked();
    void writeReport(const QString &path);

    QPointer<DiaryController> m_diary;
    QFutureWatcher<Outcome> m_import;
    QFutureWatcher<Outcome> m_restore;
    QString m_restoreFrom;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    double m_progress = 0.0;
    QString m_message;
    bool m_failed = false;
    int m_rangeChoice = 0;
    int m_reportUnit = 1;
    int m_reportScript = 0;
};
