#include "DiarySampleFile.h"

#include "diary/DiarySchema.h"
#include "diary/GlucoseDaySeriesTable.h"
#include "diary/SqliteStatement.h"

#include <QFile>
#include <sqlite3.h>

namespace {

// As long as Qt's QSQLITE driver waits for another connection's lock by default.
constexpr int BusyTimeoutMs = 5000;

bool isPrivate(const QString &path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

} // namespace

DiarySampleFile::~DiarySampleFile()
{
    close();
}

void DiarySampleFile::close()
{
    sqlite3_close(m_db);
    m_db = nullptr;
}

bool DiarySampleFile::open(const QString &path)
{
    close();
    if (!QFile::exists(path) || !isPrivate(path))
        return false;
    // Read-write without create, as DiaryStore opens it: a reader of a WAL database takes part in its shared index.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    bool current = false;
    {
        SqliteStatement version(m_db, "PRAGMA user_version");
        current = version.step() && version.int64(0) == DiarySchema::LatestVersion;
    }
    if (!current)
        close();
    return current;
}

bool DiarySampleFile::readGlucoseSamples(std::int64_t fromUtcMs, std::int64_t toUtcMs, GlucoseSampleSink &sink) const
{
    return m_db && GlucoseDaySeriesTable::read(m_db, fromUtcMs, toUtcMs, sink);
}
