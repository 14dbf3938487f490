#include "FaultDiary.h"
#include "diary/DiarySchema.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace DiaryTestData;
using namespace FaultDiary;

// An I/O error at every write and at every sync of an import and of a schema migration, once as a single failure and
// once as a device that keeps failing, as SQLite's own I/O-error tests inject them. After each, the diary reopens
// with integrity ok and exactly the data from before or after.
namespace {

enum class Operation { Import, Migration };

// A version 2 diary (before the day series) of the seed's readings.
void makeVersion2(const QString &path)
{
    DiaryStore store;
    REQUIRE(store.open(path));
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE glucose_day_series")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

// Runs the operation on a fresh copy of `seed` under `plan`; true when it reported success.
bool run(Operation operation, const QString &seed, const QString &path, const FaultVfs::Plan &plan, QString *error)
{
    copySeed(seed, path);
    if (operation == Operation::Import) {
        DiaryStore store;
        REQUIRE(store.open(path));
        FaultVfs::arm(plan);
        const bool ok = store.addReadings(cgm(utc(2026, 3, 5, 0), 2 * 288, 130.0), error).has_value();
        FaultVfs::disarm();
        return ok;
    }
    FaultVfs::arm(plan);
    DiaryStore store;
    const bool ok = store.open(path, error);
    FaultVfs::disarm();
    return ok;
}

void injectEverywhere(Operation operation, const QString &seed, const QString &path)
{
    const Snapshot before = snapshot(seed);
    QString error;
    FaultVfs::Plan count;
    REQUIRE(run(operation, seed, path, count, &error));
    const Snapshot complete = snapshot(path);
    REQUIRE(complete.integrity == QLatin1String("ok"));
    REQUIRE_FALSE(complete == before);

    // Counted again in a clean run, since disarm() reset the counters.
    copySeed(seed, path);
    int writes = 0;
    int syncs = 0;
    {
        std::optional<DiaryStore> store;
        if (operation == Operation::Import) {
            store.emplace();
            REQUIRE(store->open(path));
        }
        FaultVfs::arm({});
        if (operation == Operation::Import)
            REQUIRE(store->addReadings(cgm(utc(2026, 3, 5, 0), 2 * 288, 130.0)));
        else
            REQUIRE(DiaryStore().open(path));
        writes = FaultVfs::writes();
        syncs = FaultVfs::syncs();
        FaultVfs::disarm();
    }
    REQUIRE(writes > 0);

    int injected = 0;
    int refused = 0;
    for (const bool persistent : {false, true}) {
        for (int n = 1; n <= writes + syncs; ++n) {
            FaultVfs::Plan plan;
            plan.persistent = persistent;
            if (n <= writes)
                plan.failAtWrite = n;
            else
                plan.failAtSync = n - writes;
            error.clear();
            const bool ok = run(operation, seed, path, plan, &error);
            ++injected;
            refused += ok ? 0 : 1;
            INFO((persistent ? "persistent" : "single") << " error at " << (n <= writes ? "write " : "sync ")
                 << (n <= writes ? n : n - writes) << ": " << error.toStdString());
            if (!ok)
                CHECK_FALSE(error.isEmpty());
            // Reopened as the app would: the store opens (finishing a migration that did not complete) and the
            // file holds all of the operation or none of it.
            DiaryStore reopened;
            QString reopenError;
            CHECK(reopened.open(path, &reopenError));
            INFO("reopen: " << reopenError.toStdString());
            const Snapshot after = snapshot(path);
            CHECK(after.integrity == QLatin1String("ok"));
            if (operation == Operation::Import)
                CHECK((after == before || after == complete));
            else
                CHECK(after == complete);  // the reopen above migrates whatever the failed run left
        }
    }
    WARN(injected << " injections (" << writes << " writes, " << syncs << " syncs, single and persistent), "
                  << refused << " refused, all consistent");
    CHECK(refused > 0);
}

} // namespace

TEST_CASE("An I/O error at any write or sync of an import leaves none or all of it")
{
    FaultVfs::install();
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.sqlite"));
    makeSeed(seed);
    injectEverywhere(Operation::Import, seed, dir.filePath(QStringLiteral("diary.sqlite")));
}

TEST_CASE("An I/O error at any write or sync of a migration leaves the old version, and the next open upgrades it")
{
    FaultVfs::install();
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.sqlite"));
    makeSeed(seed);
    makeVersion2(seed);
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    // Before the reopen, a failed migration must have left version 2 with its rows, never a half-built version 3.
    for (int n = 1; n <= 40; ++n) {
        FaultVfs::Plan plan;
        plan.failAtWrite = n;
        QString error;
        copySeed(seed, path);
        FaultVfs::arm(plan);
        const bool ok = DiaryStore().open(path, &error);
        FaultVfs::disarm();
        const Snapshot after = snapshot(path);
        INFO("error at write " << n << ": " << error.toStdString());
        CHECK(after.integrity == QLatin1String("ok"));
        CHECK(after.readings == snapshot(seed).readings);
        CHECK((ok || after.userVersion == 2));
    }
    injectEverywhere(Operation::Migration, seed, path);
}
