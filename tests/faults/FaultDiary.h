#pragma once

#include "DiaryTestData.h"
#include "FaultVfs.h"
#include "diary/DiaryStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <catch2/catch.hpp>
#include <vector>

// What the fault tests compare: a diary's integrity and every row it holds, read with faults disarmed.
namespace FaultDiary {

struct Snapshot {
    QString integrity;
    int readings = 0;
    int careEntries = 0;
    qint64 checksum = 0;  // over every row's time and value, so a changed or half-written row shows
    int userVersion = 0;

    bool operator==(const Snapshot &other) const
    {
        return integrity == other.integrity && readings == other.readings && careEntries == other.careEntries
               && checksum == other.checksum && userVersion == other.userVersion;
    }
};

inline Snapshot snapshot(const QString &path)
{
    FaultVfs::disarm();
    Snapshot s;
    const QString connection = QStringLiteral("fault-snapshot");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(query.next());
        s.integrity = query.value(0).toString();
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        s.userVersion = query.value(0).toInt();
        REQUIRE(query.exec(
            QStringLiteral("SELECT count(*), total(utc_ms % 1000003 + value_centi) FROM glucose_reading")));
        REQUIRE(query.next());
        s.readings = query.value(0).toInt();
        s.checksum = query.value(1).toLongLong();
        if (query.exec(QStringLiteral("SELECT count(*), total(utc_ms % 1000003 + amount_centi) FROM care_entry"))
            && query.next()) {
            s.careEntries = query.value(0).toInt();
            s.checksum += query.value(1).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return s;
}

// Five-minute CGM readings from `start`.
inline std::vector<GlucoseReading> cgm(std::int64_t start, int count, double base = 100.0)
{
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < count; ++i)
        readings.push_back(DiaryTestData::reading(start + i * 300'000LL, base + i % 80, Glucose::Unit::MgDl));
    return readings;
}

// A diary with two days of CGM and a few other entries, closed, its WAL folded into the file.
inline void makeSeed(const QString &path)
{
    using namespace DiaryTestData;
    DiaryStore store;
    REQUIRE(store.open(path));
    REQUIRE(store.addReadings(cgm(utc(2026, 3, 1, 0), 576)));
    REQUIRE(store.addEntry(withPayload(utc(2026, 3, 1, 7), DiaryEntry::Insulin{4.0, DiaryEntry::InsulinKind::Rapid})));
    REQUIRE(store.addEntry(withPayload(utc(2026, 3, 1, 7), DiaryEntry::Carbs{45.0})));
    REQUIRE(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

// A fresh copy of the seed (and nothing of an earlier attempt's -wal or -shm) at `path`.
inline void copySeed(const QString &seed, const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    REQUIRE(QFile::copy(seed, path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

} // namespace FaultDiary
