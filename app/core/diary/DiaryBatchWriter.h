#pragma once

#include "diary/DiaryEntry.h"
#include "diary/GlucoseDaySeriesTable.h"
#include "diary/GlucoseReading.h"

#include <QSqlDatabase>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// Adds many entries inside the caller's transaction, skipping those the diary (or the batch itself) already holds:
// the import path, where one year of CGM is 105,120 rows. It checks duplicates with one range query per batch and
// inserts through prepared SQLite statements, which DiaryStore's one-entry writes do not need.
class DiaryBatchWriter
{
public:
    // The id of a source name, adding unknown names; nullopt and *error when that fails.
    using SourceIds = std::function<std::optional<std::int64_t>(const QString &name, QString *error)>;

    DiaryBatchWriter(const QSqlDatabase &db, SourceIds sourceIds);

    // A reading with the same UTC instant, value (to the hundredth), unit and flag as one stored is a duplicate.
    bool addReadings(const std::vector<GlucoseReading> &readings, QString *error);
    // Entries of every kind but glucose. A duplicate has the same kind, instant, amount, subtype, name and dose (and,
    // for a note, the same text).
    bool addCareEntries(const std::vector<const DiaryEntry *> &entries, QString *error);

    int readingsAdded() const { return m_readingsAdded; }
    int careEntriesAdded() const { return m_careEntriesAdded; }
    int duplicates() const { return m_duplicates; }
    // Completes the day series of the readings added (GlucoseDaySeriesTable::Appender); once, before the commit.
    bool finish(QString *error);

private:
    std::optional<std::int64_t> sourceId(const QString &name, QString *error);

    QSqlDatabase m_db;
    SourceIds m_sourceIds;
    QString m_lastSource;
    std::optional<std::int64_t> m_lastSourceId;
    int m_readingsAdded = 0;
    int m_careEntriesAdded = 0;
    int m_duplicates = 0;
    GlucoseDaySeriesTable::Appender m_series;  // the new readings join their days' series as they are inserted
};
