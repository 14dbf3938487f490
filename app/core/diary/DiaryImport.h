#pragma once

#include "diary/DiaryBatchWriter.h"
#include "diary/DiaryStore.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

// One import into the diary, one transaction, fed in parts: an importer hands over a file's readings while it parses
// them, so a year of CGM never sits in memory at once, and nothing is kept unless commit() is reached (the destructor
// rolls back otherwise). Duplicates are found across parts, since earlier parts are visible to the transaction.
class DiaryImport
{
public:
    explicit DiaryImport(DiaryStore &store);
    ~DiaryImport();
    DiaryImport(const DiaryImport &) = delete;
    DiaryImport &operator=(const DiaryImport &) = delete;

    // Takes the write lock (waiting for another connection's write) and starts the transaction.
    bool begin(QString *error);
    // Every entry of a part is validated first; an invalid one refuses the part, and so the import, naming its number
    // in the whole import.
    bool addReadings(const std::vector<GlucoseReading> &readings, QString *error);
    bool addEntries(const std::vector<DiaryEntry> &entries, QString *error);
    std::optional<DiaryStore::ImportResult> commit(QString *error);

private:
    void rollback();

    DiaryStore &m_store;
    QSqlDatabase m_db;
    std::optional<DiaryBatchWriter> m_writer;
    int m_entriesSeen = 0;
};
