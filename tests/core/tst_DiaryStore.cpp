#include "DiaryTestData.h"
#include "diary/DiarySchema.h"
#include "diary/DiaryStore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

using namespace DiaryTestData;

namespace {

int rowCount(const DiaryStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

bool isPrivate(const QString &path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

QVariant pragma(const DiaryStore &store, const QString &name)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0);
}

} // namespace

TEST_CASE("Opening creates a private WAL database at the latest schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/diary.sqlite"));
    DiaryStore store;
    QString error;
    REQUIRE(store.open(path, &error));
    CHECK(error.isEmpty());
    CHECK(isPrivate(path));
    CHECK(pragma(store, QStringLiteral("journal_mode")).toString() == QLatin1String("wal"));
    CHECK(pragma(store, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(store, QStringLiteral("user_version")).toInt() == DiarySchema::LatestVersion);
    CHECK(store.path() == path);
}

TEST_CASE("Opening tightens the mode of an existing database file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        DiaryStore store;
        REQUIRE(store.open(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    DiaryStore store;
    REQUIRE(store.open(path));
    CHECK(isPrivate(path));
}

TEST_CASE("A file that is not a database is refused with a message naming it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    DiaryStore store;
    QString error;
    CHECK_FALSE(store.open(path, &error));
    CHECK(error.contains(path));
    CHECK_FALSE(store.isOpen());
}

TEST_CASE("A database from a newer app version is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        DiaryStore store;
        REQUIRE(store.open(path));
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    DiaryStore store;
    QString error;
    CHECK_FALSE(store.open(path, &error));
    CHECK(error.contains(QLatin1String("newer version")));
}

TEST_CASE("A version 1 database is migrated and keeps its readings")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        const QStringList statements = {
            QStringLiteral("CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("INSERT INTO source (id, name) VALUES (1, 'manual'), (2, 'cgm:libre.csv')"),
            QStringLiteral("CREATE TABLE glucose_reading (id INTEGER PRIMARY KEY, utc_ms INTEGER NOT NULL,"
                           " utc_offset INTEGER NOT NULL, value_centi INTEGER NOT NULL, unit INTEGER NOT NULL,"
                           " flag INTEGER NOT NULL, context INTEGER NOT NULL,"
                           " source_id INTEGER NOT NULL REFERENCES source (id), note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX glucose_reading_by_time ON glucose_reading (utc_ms)"),
            QStringLiteral("INSERT INTO glucose_reading VALUES (1, %1, 28800, 560, 1, 0, 0, 1, 'before walk')")
                .arg(utc(2024, 3, 1, 0)),
            QStringLiteral("INSERT INTO glucose_reading VALUES (2, %1, 28800, 18000, 0, 0, 9, 2, '')")
                .arg(utc(2024, 3, 1, 1)),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    DiaryStore store;
    QString error;
    REQUIRE(store.open(path, &error));
    CHECK(pragma(store, QStringLiteral("user_version")).toInt() == DiarySchema::LatestVersion);
    const auto readings = store.glucoseReadings(0, utc(2030, 1, 1, 0));
    REQUIRE(readings.size() == 2);
    CHECK(readings[0].value == Approx(5.6));
    CHECK(readings[0].unit == Glucose::Unit::MmolL);
    CHECK(readings[0].context == GlucoseReading::MealContext::Fasting);
    CHECK(readings[0].note == QLatin1String("before walk"));
    CHECK(readings[0].source == QLatin1String("manual"));
    CHECK(readings[1].value == Approx(180.0));
    CHECK(readings[1].unit == Glucose::Unit::MgDl);
    CHECK(readings[1].source == QLatin1String("cgm:libre.csv"));
    CHECK(store.addEntry(withPayload(utc(2024, 3, 1, 2), DiaryEntry::Carbs{45.0}), &error).has_value());
}

TEST_CASE("Entries of every kind are stored, read back, updated and removed")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 5, 1, 0);

    std::vector<DiaryEntry> originals = {
        glucose(t, 5.4),
        withPayload(t + 60'000, DiaryEntry::Insulin{6.5, DiaryEntry::InsulinKind::Rapid, QStringLiteral("NovoRapid")}),
        withPayload(t + 120'000, DiaryEntry::Carbs{60.0}),
        withPayload(t + 180'000, DiaryEntry::Medication{QStringLiteral("Metformin"), QStringLiteral("500 mg")}),
        withPayload(t + 240'000, DiaryEntry::HbA1c{53.0, DiaryEntry::HbA1cUnit::MmolPerMol}),
        withPayload(t + 300'000, DiaryEntry::Note{}, QStringLiteral("Felt shaky after the walk")),
    };
    originals[0].as<DiaryEntry::Glucose>().context = GlucoseReading::MealContext::AfterLunch;
    for (DiaryEntry &entry : originals) {
        QString error;
        const auto id = store.addEntry(entry, &error);
        INFO(error.toStdString());
        REQUIRE(id);
        entry.id = *id;
    }

    const auto stored = store.entries(t, t + 3600'000);
    REQUIRE(stored.size() == originals.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        CHECK(stored[i].kind() == originals[i].kind());
        CHECK(stored[i].id == originals[i].id);
        CHECK(stored[i].utcMs == originals[i].utcMs);
        CHECK(stored[i].utcOffsetSec == 8 * 3600);
        CHECK(stored[i].source == QLatin1String("manual"));
        CHECK(stored[i].note == originals[i].note);
    }
    CHECK(stored[0].as<DiaryEntry::Glucose>().value == Approx(5.4));
    CHECK(stored[0].as<DiaryEntry::Glucose>().context == GlucoseReading::MealContext::AfterLunch);
    CHECK(stored[1].as<DiaryEntry::Insulin>().units == Approx(6.5));
    CHECK(stored[1].as<DiaryEntry::Insulin>().name == QLatin1String("NovoRapid"));
    CHECK(stored[2].as<DiaryEntry::Carbs>().grams == Approx(60.0));
    CHECK(stored[3].as<DiaryEntry::Medication>().dose == QLatin1String("500 mg"));
    CHECK(stored[4].as<DiaryEntry::HbA1c>().unit == DiaryEntry::HbA1cUnit::MmolPerMol);
    CHECK(stored[4].as<DiaryEntry::HbA1c>().percent() == Approx(7.0).margin(0.01));

    DiaryEntry edited = stored[2];
    edited.as<DiaryEntry::Carbs>().grams = 75.0;
    edited.note = QStringLiteral("rice");
    REQUIRE(store.updateEntry(edited));
    const auto reread = store.entry(DiaryEntry::Kind::Carbs, edited.id);
    REQUIRE(reread);
    CHECK(reread->as<DiaryEntry::Carbs>().grams == Approx(75.0));
    CHECK(reread->note == QLatin1String("rice"));

    REQUIRE(store.removeEntry(DiaryEntry::Kind::Glucose, stored[0].id));
    CHECK_FALSE(store.entry(DiaryEntry::Kind::Glucose, stored[0].id));
    CHECK(store.entries(t, t + 3600'000).size() == originals.size() - 1);

    QString error;
    CHECK_FALSE(store.removeEntry(DiaryEntry::Kind::Glucose, stored[0].id, &error));
    CHECK(error.contains(QLatin1String("no longer exists")));
}

TEST_CASE("A kind and id pair finds only an entry of that kind")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const auto id = store.addEntry(withPayload(utc(2024, 5, 1, 0), DiaryEntry::Carbs{30.0}));
    REQUIRE(id);
    CHECK(store.entry(DiaryEntry::Kind::Carbs, *id));
    CHECK_FALSE(store.entry(DiaryEntry::Kind::Insulin, *id));
    CHECK_FALSE(store.removeEntry(DiaryEntry::Kind::Insulin, *id));
    CHECK(store.entry(DiaryEntry::Kind::Carbs, *id));
}

TEST_CASE("Invalid entries are refused and nothing is written")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    QString error;
    CHECK_FALSE(store.addEntry(glucose(utc(2024, 5, 1, 0), 55.0), &error));
    CHECK(error.contains(QLatin1String("1.1")));
    CHECK(error.contains(QLatin1String("33.3")));
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 0);
}

TEST_CASE("Importing readings counts duplicates, and importing again adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < 288; ++i) {
        GlucoseReading r = reading(utc(2024, 6, 1, 0) + i * 300'000LL, 90.0 + i % 50, Glucose::Unit::MgDl);
        r.source = QStringLiteral("cgm:day.csv");
        readings.push_back(r);
    }
    readings.push_back(readings[10]);  // the same reading twice in one file
    GlucoseReading sameTimeOtherValue = readings[20];
    sameTimeOtherValue.value += 1.0;
    readings.push_back(sameTimeOtherValue);
    GlucoseReading lo = reading(utc(2024, 6, 1, 0) + 20 * 300'000LL, 40.0, Glucose::Unit::MgDl);
    lo.flag = GlucoseReading::Flag::Lo;
    readings.push_back(lo);

    QString error;
    const auto first = store.addReadings(readings, &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->added == 290);
    CHECK(first->duplicates == 1);

    const auto second = store.addReadings(readings, &error);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->duplicates == 291);

    const auto stored = store.glucoseReadings(utc(2024, 6, 1, 0), utc(2024, 6, 2, 0));
    REQUIRE(stored.size() == 290);
    CHECK(stored.front().source == QLatin1String("cgm:day.csv"));
    CHECK(std::is_sorted(stored.begin(), stored.end(),
                         [](const GlucoseReading &a, const GlucoseReading &b) { return a.utcMs < b.utcMs; }));
    CHECK(std::count_if(stored.begin(), stored.end(),
                        [](const GlucoseReading &r) { return r.flag == GlucoseReading::Flag::Lo; }) == 1);
}

TEST_CASE("Readings at one instant are told apart by value and unit, in sorted and unsorted batches")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t0 = utc(2024, 6, 1, 8);
    const std::int64_t t1 = t0 + 300'000;
    const std::int64_t t2 = t1 + 300'000;
    using Glucose::Unit;

    const std::vector<GlucoseReading> sorted{reading(t0, 100, Unit::MgDl), reading(t0, 120, Unit::MgDl),
                                             reading(t0, 100, Unit::MgDl), reading(t1, 5.5)};
    const auto first = store.addReadings(sorted);
    REQUIRE(first);
    CHECK(first->added == 3);
    CHECK(first->duplicates == 1);

    // Stored duplicates at t0 in an order other than their key order, a duplicate inside the batch at t2, and new
    // readings at stored instants.
    const std::vector<GlucoseReading> unsorted{reading(t2, 90, Unit::MgDl),  reading(t0, 120, Unit::MgDl),
                                               reading(t0, 130, Unit::MgDl), reading(t0, 100, Unit::MgDl),
                                               reading(t2, 90, Unit::MgDl),  reading(t1, 99, Unit::MgDl),
                                               reading(t1, 5.5)};
    const auto second = store.addReadings(unsorted);
    REQUIRE(second);
    CHECK(second->added == 3);
    CHECK(second->duplicates == 4);

    const auto stored = store.glucoseReadings(t0, t2 + 1);
    std::vector<std::pair<std::int64_t, double>> seen;
    for (const GlucoseReading &r : stored)
        seen.emplace_back(r.utcMs, r.value);
    std::sort(seen.begin(), seen.end());
    CHECK(seen == std::vector<std::pair<std::int64_t, double>>{
                      {t0, 100}, {t0, 120}, {t0, 130}, {t1, 5.5}, {t1, 99}, {t2, 90}});
}

TEST_CASE("The reading range is half open")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings({reading(t, 5.0), reading(t + 1000, 6.0), reading(t + 2000, 7.0)}));
    const auto middle = store.glucoseReadings(t + 1000, t + 2000);
    REQUIRE(middle.size() == 1);
    CHECK(middle.front().value == Approx(6.0));
}

TEST_CASE("An invalid reading refuses the whole batch with its position")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    QString error;
    CHECK_FALSE(store.addReadings({reading(t, 5.0), reading(t + 1000, 6.0), reading(t + 2000, 70.0)}, &error));
    CHECK(error.startsWith(QLatin1String("Entry 3:")));
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 0);
}

TEST_CASE("A write that fails half way leaves the diary as it was")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 6, 1, 0);
    REQUIRE(store.addReadings({reading(t - 1000, 5.0)}));
    {
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_second_insert BEFORE INSERT ON glucose_reading"
            " WHEN (SELECT count(*) FROM glucose_reading) >= 2"
            " BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    }
    GlucoseReading fromFile = reading(t, 6.0);
    fromFile.source = QStringLiteral("cgm:new-sensor.csv");
    QString error;
    CHECK_FALSE(store.addReadings({fromFile, reading(t + 1000, 7.0), reading(t + 2000, 8.0)}, &error));
    CHECK(error.contains(QLatin1String("disk full (simulated)")));
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 1);
    CHECK(rowCount(store, QStringLiteral("source")) == 1);

    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER fail_second_insert")));
    const auto retried = store.addReadings({fromFile}, &error);
    REQUIRE(retried);
    CHECK(retried->added == 1);
    CHECK(store.glucoseReadings(t, t + 1).front().source == QLatin1String("cgm:new-sensor.csv"));
}

TEST_CASE("The log pages through every kind, newest first, without gaps or repeats")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 7, 1, 0);
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < 40; ++i)
        readings.push_back(reading(t + (i / 2) * 60'000LL, 5.0 + i * 0.1));  // two readings per instant
    REQUIRE(store.addReadings(readings));
    for (int i = 0; i < 15; ++i)
        REQUIRE(store.addEntry(withPayload(t + i * 60'000LL, DiaryEntry::Carbs{10.0 + i})));

    std::vector<DiaryEntry> log;
    const DiaryEntry *last = nullptr;
    for (;;) {
        const auto page = store.olderEntries(last, 7);
        log.insert(log.end(), page.begin(), page.end());
        if (page.size() < 7)
            break;
        last = &log.back();
    }
    REQUIRE(log.size() == 55);
    for (std::size_t i = 1; i < log.size(); ++i) {
        const auto key = [](const DiaryEntry &e) {
            return std::make_tuple(e.utcMs, e.kind() == DiaryEntry::Kind::Glucose ? 0 : 1, e.id);
        };
        CHECK(key(log[i - 1]) > key(log[i]));
    }
}

namespace {

// One entry of every kind at distinct instants from t, as an import of our own CSV brings them.
std::vector<DiaryEntry> everyKind(std::int64_t t)
{
    return {
        glucose(t, 5.4),
        withPayload(t + 60'000, DiaryEntry::Insulin{6.5, DiaryEntry::InsulinKind::Long, QStringLiteral("甘精胰岛素")}),
        withPayload(t + 120'000, DiaryEntry::Carbs{60.0}),
        withPayload(t + 180'000, DiaryEntry::Medication{QStringLiteral("二甲双胍"), QStringLiteral("500 mg")}),
        withPayload(t + 240'000, DiaryEntry::HbA1c{6.8, DiaryEntry::HbA1cUnit::Percent}),
        withPayload(t + 300'000, DiaryEntry::Note{}, QStringLiteral("饭后散步")),
    };
}

} // namespace

TEST_CASE("A batch of entries of every kind is stored in one go, and adding it again adds nothing")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 8, 1, 0);
    std::vector<DiaryEntry> batch = everyKind(t);
    batch.push_back(batch[2]);  // the same carbohydrates twice in one file

    QString error;
    const auto first = store.addEntries(batch, &error);
    INFO(error.toStdString());
    REQUIRE(first);
    CHECK(first->added == 6);
    CHECK(first->otherKindsAdded == 5);
    CHECK(first->duplicates == 1);

    const auto stored = store.entries(t, t + 3600'000);
    REQUIRE(stored.size() == 6);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        CHECK(stored[i].kind() == batch[i].kind());
        CHECK(stored[i].utcMs == batch[i].utcMs);
        CHECK(stored[i].note == batch[i].note);
    }
    CHECK(stored[1].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Long);
    CHECK(stored[1].as<DiaryEntry::Insulin>().name == QStringLiteral("甘精胰岛素"));
    CHECK(stored[3].as<DiaryEntry::Medication>().dose == QLatin1String("500 mg"));
    CHECK(stored[4].as<DiaryEntry::HbA1c>().value == Approx(6.8));

    const auto second = store.addEntries(batch, &error);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->duplicates == 7);
    CHECK(store.entries(t, t + 3600'000).size() == 6);
}

TEST_CASE("An entry that differs in any field from a stored one is not a duplicate")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 8, 1, 0);
    REQUIRE(store.addEntries(everyKind(t)));

    std::vector<DiaryEntry> changed = everyKind(t);
    changed[1].as<DiaryEntry::Insulin>().kind = DiaryEntry::InsulinKind::Rapid;
    changed[2].as<DiaryEntry::Carbs>().grams = 61.0;
    changed[3].as<DiaryEntry::Medication>().dose = QStringLiteral("850 mg");
    changed[4].as<DiaryEntry::HbA1c>().unit = DiaryEntry::HbA1cUnit::MmolPerMol;
    changed[4].as<DiaryEntry::HbA1c>().value = 51.0;
    changed[5].note = QStringLiteral("饭前散步");
    changed[0].note = QStringLiteral("a note does not make a reading new");
    const auto result = store.addEntries(changed);
    REQUIRE(result);
    CHECK(result->added == 5);
    CHECK(result->otherKindsAdded == 5);
    CHECK(result->duplicates == 1);
}

TEST_CASE("An invalid entry refuses the whole batch with its position")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    std::vector<DiaryEntry> batch = everyKind(utc(2024, 8, 1, 0));
    batch[2].as<DiaryEntry::Carbs>().grams = 0.0;
    QString error;
    CHECK_FALSE(store.addEntries(batch, &error));
    CHECK(error.startsWith(QLatin1String("Entry 3:")));
    CHECK(error.contains(QLatin1String("Carbohydrates")));
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 0);
    CHECK(rowCount(store, QStringLiteral("care_entry")) == 0);
}

TEST_CASE("A batch whose other entries fail to be written leaves its readings out too")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    {
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_medication BEFORE INSERT ON care_entry"
                                          " WHEN NEW.kind = 3 BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    }
    std::vector<DiaryEntry> batch = everyKind(utc(2024, 8, 1, 0));
    batch[0].source = QStringLiteral("cgm:other-device.csv");
    QString error;
    CHECK_FALSE(store.addEntries(batch, &error));
    CHECK(error.contains(QLatin1String("disk full (simulated)")));
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 0);
    CHECK(rowCount(store, QStringLiteral("care_entry")) == 0);
    CHECK(rowCount(store, QStringLiteral("source")) == 1);
}

TEST_CASE("Readings are read back with their note and source, in time order, across sources")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    const std::int64_t t = utc(2024, 9, 1, 0);
    std::vector<GlucoseReading> readings;
    for (int i = 0; i < 30; ++i) {
        GlucoseReading r = reading(t + (29 - i) * 300'000LL, 4.0 + i * 0.1);
        r.source = i % 3 == 0 ? QStringLiteral("manual") : QStringLiteral("cgm:week.csv");
        r.note = i == 7 ? QStringLiteral("运动后") : QString();
        r.context = GlucoseReading::MealContext::Bedtime;
        r.flag = i == 29 ? GlucoseReading::Flag::Hi : GlucoseReading::Flag::None;
        readings.push_back(r);
    }
    REQUIRE(store.addReadings(readings));
    const auto stored = store.glucoseReadings(t, t + 30 * 300'000LL);
    REQUIRE(stored.size() == 30);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const GlucoseReading &expected = readings[29 - i];
        CHECK(stored[i].id > 0);
        CHECK(stored[i].utcMs == expected.utcMs);
        CHECK(stored[i].utcOffsetSec == expected.utcOffsetSec);
        CHECK(stored[i].value == Approx(expected.value));
        CHECK(stored[i].unit == expected.unit);
        CHECK(stored[i].context == expected.context);
        CHECK(stored[i].flag == expected.flag);
        CHECK(stored[i].source == expected.source);
        CHECK(stored[i].note == expected.note);
    }
}

TEST_CASE("An import waits for another connection's write instead of failing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    DiaryStore store;
    REQUIRE(store.open(path));
    const std::int64_t t = utc(2024, 10, 1, 0);

    // The other connection holds the write lock for a moment and stores the first reading of the import.
    std::promise<void> locked;
    bool otherCommitted = false;
    std::thread otherWriter([&] {
        DiaryStore other;
        other.open(path);
        QSqlQuery query(other.database());
        const bool began = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        locked.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        otherCommitted = began
                         && query.exec(QStringLiteral("INSERT INTO glucose_reading (utc_ms, utc_offset, value_centi,"
                                                      " unit, flag, context, source_id) VALUES (%1, 28800, 600, 1, 0,"
                                                      " 9, 1)").arg(t))
                         && query.exec(QStringLiteral("COMMIT"));
    });
    locked.get_future().wait();
    QString error;
    const auto result = store.addReadings({reading(t, 6.0), reading(t + 1000, 7.0)}, &error);
    otherWriter.join();
    REQUIRE(otherCommitted);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(result->added == 1);
    CHECK(result->duplicates == 1);
    CHECK(rowCount(store, QStringLiteral("glucose_reading")) == 2);
}
