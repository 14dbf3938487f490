#pragma once

#include "diary/GlucoseSample.h"

#include <QString>
#include <cstdint>

struct sqlite3;

// Reads the glucose samples of a diary file through the SQLite C API alone, for a one-shot reader such as the CLI's
// stats: opening a DiaryStore first loads Qt SQL's driver plugin, which takes about as long (2.5 ms) as reading and
// summarizing a year of CGM from the day series. Only a private diary file at the current schema is read here;
// anything else (an older diary to upgrade, a file with wider permissions, one that is not a diary) is left to
// DiaryStore::open, which upgrades, tightens the permissions or says what is wrong.
class DiarySampleFile
{
public:
    DiarySampleFile() = default;
    ~DiarySampleFile();
    DiarySampleFile(const DiarySampleFile &) = delete;
    DiarySampleFile &operator=(const DiarySampleFile &) = delete;

    // False when the file is not such a diary; nothing is created or changed either way.
    bool open(const QString &path);
    // As DiaryStore::readGlucoseSamples.
    bool readGlucoseSamples(std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink) const;

private:
    void close();

    sqlite3 *m_db = nullptr;
};
