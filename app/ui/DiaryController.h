#pragma once

#include "diary/DiaryEditor.h"
#include "diary/DiaryLogModel.h"
#include "diary/DiaryStore.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

// The diary as QML sees it (the `Diary` singleton): opens the user's diary, offers the log, and turns the editor's
// fields into validated writes with a one-step undo. Other ui objects reach the store through store() and refresh on
// entriesChanged(), which every writer emits.
//
// The database is DiaryStore::defaultPath(), or the file named by the environment variable ISLETGUIDE_DIARY_DB
// (tests and benchmarks), or whatever databasePath is set to. A while after a diary opens, its daily safety copy
// (SafetyBackups) is made on a worker thread when one is due.
class DiaryController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Diary)
    QML_SINGLETON

    Q_PROPERTY(QString databasePath READ databasePath WRITE setDatabasePath NOTIFY databasePathChanged)
    Q_PROPERTY(QString openError READ openError NOTIFY databasePathChanged)
    Q_PROPERTY(QAbstractListModel *log READ log CONSTANT)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY entriesChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY entriesChanged)
    Q_PROPERTY(bool recentLow READ hasRecentLow NOTIFY entriesChanged)
    Q_PROPERTY(QString safetyCopyProblem READ safetyCopyProblem NOTIFY safetyCopyProblemChanged)

public:
    explicit DiaryController(QObject *parent = nullptr);
    ~DiaryController() override;

    DiaryStore &store();

    QString databasePath() const;  // also when it could not be opened (see openError)
    void setDatabasePath(const QString &path);
    void reopen();  // after its file was replaced (a restore over a diary that could not be opened)
    QString openError() const;
    QAbstractListModel *log();
    bool isEmpty() const;
    bool canUndo() const;
    bool hasRecentLow() const;
    QString safetyCopyProblem() const;  // why the last daily safety copy could not be made, or empty  // the newest reading of the last hour is below 3.9 mmol/L (70 mg/dL)

    // Adds (entryId 0) or updates an entry from the editor's fields: kind, entryId, utcMs (default now),
    // utcOffsetSec (default: the local offset at utcMs), value, glucoseUnit, mealContext, flag, subtype, name, dose,
    // note. Returns "" when saved, otherwise the reason it was not.
    Q_INVOKABLE QString save(const QVariantMap &fields);
    Q_INVOKABLE QString remove(int kind, qint64 entryId);
    Q_INVOKABLE QString undo();
    Q_INVOKABLE void notifyEntriesChanged();  // after a write made elsewhere, e.g. an import

    Q_INVOKABLE int suggestedMealContext(double utcMs) const;
    Q_INVOKABLE bool isLow(double value, int glucoseUnit) const;
    Q_INVOKABLE double parseNumber(const QString &text) const;  // NaN when the text is not a number
    Q_INVOKABLE double convertHbA1c(double value, int fromUnit) const;  // 0 percent → mmol/mol, 1 mmol/mol → percent

Q_SIGNALS:
    void databasePathChanged();
    void entriesChanged();
    void safetyCopyProblemChanged();

private:
    void open(const QString &path);
    void makeDailySafetyCopy();

    QString m_path;
    DiaryStore m_store;
    DiaryEditor m_editor;
    DiaryLogModel m_log;
    QString m_openError;
    QTimer m_dailyCopyTimer;
    QFutureWatcher<QString> m_dailyCopy;
    QString m_safetyCopyProblem;
};
