#pragma once

#include "diary/DiaryEntry.h"
#include "diary/GlucoseReading.h"
#include "diary/GlucoseSample.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

// The diary database: the user's only copy of their readings. One SQLite file (mode 0600, WAL, foreign keys on),
// upgraded by numbered migrations; every write is one transaction, so a failed or interrupted write changes nothing.
// Used by the app, the CLI, import/export and statistics; each instance has its own connection.
class DiaryStore
{
public:
    DiaryStore();
    ~DiaryStore();
    DiaryStore(const DiaryStore &) = delete;
    DiaryStore &operator=(const DiaryStore &) = delete;

    static QString defaultPath();  // QStandardPaths::AppDataLocation + "/diary.sqlite"

    // Creates the file (and its folder) if needed and brings it to the current schema.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    // Whether open() makes a safety copy (SafetyBackups) before upgrading an older diary; on by default, off for a
    // restore's own working copy of a backup file.
    void setSafetyCopies(bool on) { m_safetyCopies = on; }
    QString path() const;
    QSqlDatabase database() const;  // for backup (VACUUM INTO) and integrity checks

    // Glucose readings in [fromUtcMs, toUtcMs), ascending time.
    std::vector<GlucoseReading> glucoseReadings(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;
    // The same readings, in the same order, as samples handed to `sink` one at a time (nothing kept in between),
    // read from the compact per-day series the store keeps next to the rows. False when the diary could not be read.
    bool readGlucoseSamples(std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink) const;

    struct ImportResult {
        int added = 0;            // entries of every kind
        int duplicates = 0;       // entries of every kind already in the diary or earlier in the batch
        int otherKindsAdded = 0;  // of `added`, the entries that are not glucose readings
    };
    // One transaction, all or nothing (DiaryImport does the same for a batch handed over in parts). A reading equal
    // to a stored one (same UTC instant, value, unit and flag) is skipped and counted as a duplicate, so importing the
    // same file twice adds nothing. Every reading is validated first; an invalid one refuses the whole batch.
    std::optional<ImportResult> addReadings(const std::vector<GlucoseReading> &readings, QString *error = nullptr);
    // The same for entries of every kind, glucose included, in one transaction. An entry of another kind is a
    // duplicate when one of the same kind, instant, amount, insulin kind or HbA1c unit, name and dose is stored (for a
    // note: the same text).
    std::optional<ImportResult> addEntries(const std::vector<DiaryEntry> &entries, QString *error = nullptr);

    // Entries of every kind in [fromUtcMs, toUtcMs), ascending time (glucose before other kinds at the same instant).
    std::vector<DiaryEntry> entries(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;

    // The log: up to `limit` entries that follow `last` in newest-first order (from the newest when last is null).
    std::vector<DiaryEntry> olderEntries(const DiaryEntry *last, int limit) const;

    std::optional<DiaryEntry> entry(DiaryEntry::Kind kind, std::int64_t id) const;
    // Single-entry writes, validated; *error says why a write was refused or failed.
    std::optional<std::int64_t> addEntry(const DiaryEntry &entry, QString *error = nullptr);  // the new id
    bool updateEntry(const DiaryEntry &entry, QString *error = nullptr);  // the stored entry with entry.id and kind
    bool removeEntry(DiaryEntry::Kind kind, std::int64_t id, QString *error = nullptr);
    bool restoreEntry(const DiaryEntry &entry, QString *error = nullptr);  // re-inserts a removed entry, same id

    static QString saveFailed(const QString &detail);  // "The diary could not be saved: DETAIL", translated

private:
    friend class DiaryImport;  // an import in parts adds source names and reloads them after a rollback

    void close();
    bool loadSources(QString *error);
    std::optional<std::int64_t> sourceId(const QString &name, QString *error);  // adds unknown names
    bool writeEntry(const DiaryEntry &entry, std::int64_t *newId, bool keepId, QString *error);
    // Encodes the per-day series of these UTC days again from their rows, inside the caller's write transaction:
    // every single-entry write of a glucose reading ends with it (an import adds its readings to the series itself).
    bool rebuildDaySeries(const std::vector<std::int64_t> &utcDays, QString *error);
    std::optional<std::int64_t> storedUtcDay(std::int64_t readingId, QString *error) const;  // of a stored reading
    std::vector<DiaryEntry> queryEntries(const QString &where, const QString &order, const QVariantList &values,
                                         int limit) const;

    QString m_connection;
    QString m_path;
    bool m_safetyCopies = true;
    QHash<QString, std::int64_t> m_sourceIds;
    QHash<std::int64_t, QString> m_sourceNames;
};
