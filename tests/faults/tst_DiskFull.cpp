#include "FaultDiary.h"
#include "io/DiaryBackup.h"

#include <QFile>
#include <QTemporaryDir>

using namespace DiaryTestData;
using namespace FaultDiary;

// The disk fills at every point of a write, byte budget by byte budget: the write fails saying there is not enough
// space, the diary holds exactly what it held before (or, once the budget suffices, the whole write), and with space
// back the same store writes again.
namespace {

constexpr auto NotEnoughSpace = "not enough space";

// Budgets from none at all up to `ceiling` bytes, each a quarter larger than the one before.
std::vector<std::int64_t> budgets(std::int64_t ceiling)
{
    std::vector<std::int64_t> steps{0, 1, 512, 4096};
    while (steps.back() < ceiling)
        steps.push_back(steps.back() + steps.back() / 4 + 1024);
    return steps;
}

struct Fixture {
    QTemporaryDir dir;
    QString seed = dir.filePath(QStringLiteral("seed.sqlite"));
    QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    Snapshot before;

    Fixture()
    {
        FaultVfs::install();
        makeSeed(seed);
        before = snapshot(seed);
    }
};

} // namespace

TEST_CASE("A full disk during an import changes nothing and says there is not enough space")
{
    Fixture f;
    const std::vector<GlucoseReading> week = cgm(utc(2026, 3, 5, 0), 7 * 288, 120.0);
    int failures = 0;
    bool succeeded = false;
    for (const std::int64_t budget : budgets(4'000'000)) {
        copySeed(f.seed, f.path);
        DiaryStore store;
        REQUIRE(store.open(f.path));
        FaultVfs::arm({budget});
        QString error;
        const auto result = store.addReadings(week, &error);
        const bool fired = FaultVfs::fired();
        FaultVfs::disarm();
        INFO("budget " << budget << " bytes: " << error.toStdString());
        const Snapshot after = snapshot(f.path);
        CHECK(after.integrity == QLatin1String("ok"));
        if (result) {
            CHECK_FALSE(fired);
            CHECK(after.readings == f.before.readings + int(week.size()));
            succeeded = true;
            break;
        }
        ++failures;
        CHECK(error.contains(QLatin1String(NotEnoughSpace)));
        CHECK(after == f.before);
        // Space is back: the same store takes the same import.
        REQUIRE(store.addReadings(week, &error));
        CHECK(snapshot(f.path).readings == f.before.readings + int(week.size()));
    }
    CHECK(succeeded);
    CHECK(failures >= 10);
    WARN("import: " << failures << " budgets refused with 'not enough space', diary unchanged each time");
}

TEST_CASE("A full disk during a single entry's save changes nothing and the next save works")
{
    Fixture f;
    int failures = 0;
    for (const std::int64_t budget : budgets(200'000)) {
        copySeed(f.seed, f.path);
        DiaryStore store;
        REQUIRE(store.open(f.path));
        FaultVfs::arm({budget});
        QString error;
        const auto id = store.addEntry(glucose(utc(2026, 3, 2, 9), 6.4), &error);
        FaultVfs::disarm();
        INFO("budget " << budget << " bytes: " << error.toStdString());
        const Snapshot after = snapshot(f.path);
        CHECK(after.integrity == QLatin1String("ok"));
        if (id) {
            CHECK(after.readings == f.before.readings + 1);
            break;
        }
        ++failures;
        CHECK(error.contains(QLatin1String(NotEnoughSpace)));
        CHECK(after == f.before);
        REQUIRE(store.addEntry(glucose(utc(2026, 3, 2, 9), 6.4), &error));
    }
    CHECK(failures >= 3);
    WARN("single save: " << failures << " budgets refused, diary unchanged each time");
}

TEST_CASE("A full disk during a backup leaves no backup file and the diary untouched")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("backup.sqlite"));
    int failures = 0;
    for (const std::int64_t budget : budgets(2'000'000)) {
        copySeed(f.seed, f.path);
        DiaryStore store;
        REQUIRE(store.open(f.path));
        FaultVfs::arm({budget});
        QString error;
        const bool ok = DiaryBackup::backup(store, out, &error);
        FaultVfs::disarm();
        INFO("budget " << budget << " bytes: " << error.toStdString());
        CHECK(snapshot(f.path) == f.before);
        if (ok) {
            CHECK(snapshot(out).readings == f.before.readings);
            break;
        }
        ++failures;
        CHECK(error.contains(QLatin1String(NotEnoughSpace)));
        CHECK_FALSE(QFile::exists(out));
        CHECK_FALSE(QFile::exists(out + QLatin1String(".part")));
        REQUIRE(DiaryBackup::backup(store, out, &error));
        REQUIRE(QFile::remove(out));
    }
    CHECK(failures >= 5);
    WARN("backup: " << failures << " budgets refused, no backup file left, diary unchanged each time");
}
