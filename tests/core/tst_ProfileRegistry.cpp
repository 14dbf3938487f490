#include "DiaryTestData.h"
#include "diary/DiaryStore.h"
#include "diary/SafetyBackups.h"
#include "settings/ProfileRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace DiaryTestData;
using Type = ProfileRegistry::DiabetesType;

namespace {

constexpr auto Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther;

// Everything a person could see of an entry, so two diaries' rows can be compared whole.
QString describe(const DiaryEntry &e)
{
    QString payload;
    std::visit(
        [&](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, DiaryEntry::Glucose>)
                payload = QStringLiteral("%1 %2 %3 %4").arg(p.value).arg(int(p.unit)).arg(int(p.context))
                              .arg(int(p.flag));
            else if constexpr (std::is_same_v<T, DiaryEntry::Insulin>)
                payload = QStringLiteral("%1 %2 %3").arg(p.units).arg(int(p.kind)).arg(p.name);
            else if constexpr (std::is_same_v<T, DiaryEntry::Carbs>)
                payload = QString::number(p.grams);
            else if constexpr (std::is_same_v<T, DiaryEntry::Medication>)
                payload = p.name + QLatin1Char('|') + p.dose;
            else if constexpr (std::is_same_v<T, DiaryEntry::HbA1c>)
                payload = QStringLiteral("%1 %2").arg(p.value).arg(int(p.unit));
        },
        e.payload);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 [%7]").arg(int(e.kind())).arg(e.id).arg(e.utcMs).arg(e.utcOffsetSec)
        .arg(e.source, e.note, payload);
}

QStringList allRows(const QString &path)
{
    DiaryStore store;
    REQUIRE(store.open(path));
    QStringList rows;
    for (const DiaryEntry &e : store.entries(Earliest, Latest))
        rows << describe(e);
    return rows;
}

// A diary of every kind of entry, as the app made it before profiles existed.
void writeSingleDiary(const QString &path)
{
    DiaryStore store;
    REQUIRE(store.open(path));
    std::vector<DiaryEntry> entries{
        glucose(utc(2026, 3, 5, 0, 10), 3.4), glucose(utc(2026, 3, 5, 1), 140, Glucose::Unit::MgDl),
        withPayload(utc(2026, 3, 5, 2), DiaryEntry::Insulin{6, DiaryEntry::InsulinKind::Rapid, QStringLiteral("诺和锐")},
                    QStringLiteral("早餐前")),
        withPayload(utc(2026, 3, 5, 3), DiaryEntry::Carbs{45}),
        withPayload(utc(2026, 3, 5, 4), DiaryEntry::Medication{QStringLiteral("二甲双胍"), QStringLiteral("500 mg")}),
        withPayload(utc(2026, 3, 6, 4), DiaryEntry::HbA1c{6.8, DiaryEntry::HbA1cUnit::Percent}),
        withPayload(utc(2026, 3, 7, 4), DiaryEntry::Note{}, QStringLiteral("头晕，已加餐"))};
    for (int i = 0; i < 288; ++i)
        entries.push_back(glucose(utc(2026, 3, 8, 0) + i * 300000LL, 5.0 + (i % 40) / 10.0));
    for (const DiaryEntry &entry : entries)
        REQUIRE(store.addEntry(entry));
}

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A diary from before profiles becomes the first profile with every row kept")
{
    QTemporaryDir dir;
    const QString legacy = dir.filePath(QStringLiteral("diary.sqlite"));
    writeSingleDiary(legacy);
    const QStringList before = allRows(legacy);
    REQUIRE(before.size() == 295);

    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("我"), Glucose::Unit::MmolL, &error));
    REQUIRE(registry.profiles().size() == 1);
    REQUIRE(registry.current());
    const ProfileRegistry::Profile first = *registry.current();  // a copy: adding a profile moves the list
    CHECK(first.name == QStringLiteral("我"));
    CHECK(registry.diaryPath(first) == QFileInfo(legacy).absoluteFilePath());
    CHECK(allRows(registry.diaryPath(first)) == before);
    CHECK((QFile::permissions(registry.registryPath()) & Others) == 0);

    // A second person gets a new, empty file; the first person's diary is not touched.
    const auto mum = registry.add(QStringLiteral("妈妈"), Glucose::Unit::MgDl, Type::Type2, &error);
    REQUIRE(mum);
    const ProfileRegistry::Profile *added = registry.find(*mum);
    REQUIRE(added);
    CHECK(added->diaryFile != first.diaryFile);
    CHECK(added->targetLow == 70);
    CHECK(added->targetHigh == 180);
    CHECK(allRows(registry.diaryPath(*added)).isEmpty());
    CHECK(allRows(legacy) == before);

    // Read again from the file: the same two people, the same current one.
    ProfileRegistry again(dir.path());
    REQUIRE(again.load(QStringLiteral("ignored"), Glucose::Unit::MmolL, &error));
    REQUIRE(again.profiles().size() == 2);
    CHECK(again.current()->name == QStringLiteral("我"));
    CHECK(again.findByName(QStringLiteral(" 妈妈 "))->unit == Glucose::Unit::MgDl);
    CHECK(again.findByName(QStringLiteral("妈妈"))->type == Type::Type2);
}

TEST_CASE("An empty folder starts with one profile whose diary is made when first opened")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.filePath(QStringLiteral("new/folder")));
    QString error;
    REQUIRE(registry.load(QStringLiteral("Me"), Glucose::Unit::MgDl, &error));
    REQUIRE(registry.profiles().size() == 1);
    CHECK(registry.current()->diaryFile == ProfileRegistry::legacyDiaryFile());
    CHECK(registry.current()->unit == Glucose::Unit::MgDl);
    CHECK(QFileInfo::exists(registry.registryPath()));
}

TEST_CASE("Names are checked: empty, too long, file-name characters and another profile's name are refused")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    const QString saved = readAll(registry.registryPath());

    for (const QString &bad : {QString(), QStringLiteral("   "), QString(41, QLatin1Char('x')), QStringLiteral("a/b"),
                               QStringLiteral("a:b"), QStringLiteral("tab\there"), QStringLiteral("ann"),
                               QStringLiteral(" ANN ")}) {
        CAPTURE(bad);
        error.clear();
        CHECK_FALSE(registry.add(bad, Glucose::Unit::MmolL, Type::Type1, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(registry.profiles().size() == 1);
    CHECK(readAll(registry.registryPath()) == saved);
    CHECK(registry.nameProblem(QStringLiteral("ann")).contains(QStringLiteral("Ann")));
    CHECK(registry.nameProblem(QString(40, QChar(0x5988))).isEmpty());
}

TEST_CASE("Rename keeps the diary; a name taken by another profile is refused, its own in other case is not")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    const auto bob = registry.add(QStringLiteral("Bob"), Glucose::Unit::MmolL, Type::Type1, &error);
    REQUIRE(bob);
    const QString bobFile = registry.find(*bob)->diaryFile;

    CHECK_FALSE(registry.rename(*bob, QStringLiteral("ann"), &error));
    CHECK(error.contains(QStringLiteral("Ann")));
    REQUIRE(registry.rename(*bob, QStringLiteral("BOB"), &error));
    REQUIRE(registry.rename(*bob, QStringLiteral("  Robert  "), &error));
    CHECK(registry.find(*bob)->name == QStringLiteral("Robert"));
    CHECK(registry.find(*bob)->diaryFile == bobFile);
    CHECK_FALSE(registry.rename(QStringLiteral("nobody"), QStringLiteral("X"), &error));

    ProfileRegistry again(dir.path());
    REQUIRE(again.load({}, Glucose::Unit::MmolL, &error));
    CHECK(again.findByName(QStringLiteral("robert")));
}

TEST_CASE("A target range must be plausible and the right way round")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    const QString id = registry.current()->id;
    CHECK_FALSE(registry.setDetails(id, Glucose::Unit::MmolL, 10, 4, Type::Type1, &error));
    CHECK_FALSE(registry.setDetails(id, Glucose::Unit::MgDl, 10, 180, Type::Type1, &error));
    CHECK(error.contains(QStringLiteral("mg/dL")));
    CHECK(registry.current()->unit == Glucose::Unit::MmolL);
    REQUIRE(registry.setDetails(id, Glucose::Unit::MgDl, 80, 160, Type::Other, &error));
    ProfileRegistry again(dir.path());
    REQUIRE(again.load({}, Glucose::Unit::MmolL, &error));
    CHECK(again.current()->targetLow == 80);
    CHECK(again.current()->targetHigh == 160);
    CHECK(again.current()->type == Type::Other);
}

TEST_CASE("Deleting a profile keeps a safety copy of its diary; the last profile cannot be deleted")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    const QString ann = registry.current()->id;
    const auto bob = registry.add(QStringLiteral("Bob"), Glucose::Unit::MmolL, Type::Type1, &error);
    REQUIRE(bob);
    const QString bobPath = registry.diaryPath(*registry.find(*bob));
    writeSingleDiary(bobPath);
    const QStringList bobRows = allRows(bobPath);
    REQUIRE(registry.setCurrent(*bob, &error));

    REQUIRE(registry.remove(*bob, &error));
    CHECK_FALSE(QFileInfo::exists(bobPath));
    CHECK(registry.profiles().size() == 1);
    CHECK(registry.current()->id == ann);
    const auto copy = SafetyBackups(bobPath).newest();
    REQUIRE(copy);
    CHECK(copy->reason == SafetyBackups::Reason::BeforeDelete);
    CHECK(allRows(copy->path) == bobRows);

    // A new person never gets the deleted person's file name (their safety copies stay apart).
    const auto carol = registry.add(QStringLiteral("Carol"), Glucose::Unit::MmolL, Type::Type1, &error);
    REQUIRE(carol);
    CHECK(registry.diaryPath(*registry.find(*carol)) != bobPath);

    REQUIRE(registry.remove(*carol, &error));
    CHECK_FALSE(registry.remove(ann, &error));
    CHECK(error.contains(QStringLiteral("last")));
    CHECK(registry.profiles().size() == 1);
}

TEST_CASE("A damaged list of profiles is reported by name and left as it is")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProfileRegistry::fileName());
    const QByteArray valid = R"({"version":1,"current":"p1","profiles":[
        {"id":"p1","name":"Ann","diary":"diary.sqlite","unit":"mmol/L","target_low":3.9,"target_high":10,
         "type":"type1"}]})";
    const QByteArray damaged[] = {
        "{\"version\":1,\"profiles\":[", "[]", R"({"version":2,"profiles":[]})", R"({"version":1,"profiles":[]})",
        QByteArray(valid).replace("diary.sqlite", "../elsewhere.sqlite"),
        QByteArray(valid).replace("mmol/L", "mg"),
        QByteArray(valid).replace("type1", "type9"),
        QByteArray(valid).replace("3.9", "12"),
        QByteArray(valid).replace("\"Ann\"", "\"\""),
        QByteArray(valid).replace("}]}", "},{\"id\":\"p2\",\"name\":\"ann\",\"diary\":\"diary-2.sqlite\","
                                         "\"unit\":\"mmol/L\",\"target_low\":3.9,\"target_high\":10,"
                                         "\"type\":\"type1\"}]})")};
    for (const QByteArray &bytes : damaged) {
        CAPTURE(bytes);
        writeFile(path, bytes);
        ProfileRegistry registry(dir.path());
        QString error;
        CHECK_FALSE(registry.load(QStringLiteral("Me"), Glucose::Unit::MmolL, &error));
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("damaged")));
        CHECK(registry.profiles().empty());
        CHECK(readAll(path).toUtf8() == bytes);
    }
    writeFile(path, valid);
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Me"), Glucose::Unit::MmolL, &error));
    CHECK(registry.current()->name == QStringLiteral("Ann"));
}

TEST_CASE("A lost list of profiles is rebuilt from every diary in the folder, none left out")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    const auto bob = registry.add(QStringLiteral("Bob"), Glucose::Unit::MmolL, Type::Type1, &error);
    REQUIRE(bob);
    const QString bobPath = registry.diaryPath(*registry.find(*bob));
    writeSingleDiary(bobPath);
    REQUIRE(QFile::remove(registry.registryPath()));

    ProfileRegistry rebuilt(dir.path());
    REQUIRE(rebuilt.load(QStringLiteral("Me"), Glucose::Unit::MmolL, &error));
    REQUIRE(rebuilt.profiles().size() == 2);
    CHECK(rebuilt.diaryPath(rebuilt.profiles().at(1)) == bobPath);
    CHECK(allRows(bobPath).size() == 295);
}

TEST_CASE("A list that cannot be saved changes nothing")
{
    QTemporaryDir dir;
    ProfileRegistry registry(dir.path());
    QString error;
    REQUIRE(registry.load(QStringLiteral("Ann"), Glucose::Unit::MmolL, &error));
    // A folder where the list's file should be: no write can replace it (even for root).
    REQUIRE(QFile::remove(registry.registryPath()));
    REQUIRE(QDir(dir.path()).mkdir(ProfileRegistry::fileName()));
    CHECK_FALSE(registry.add(QStringLiteral("Bob"), Glucose::Unit::MmolL, Type::Type1, &error));
    CHECK(error.contains(QStringLiteral("could not be saved")));
    CHECK(registry.profiles().size() == 1);
    CHECK_FALSE(registry.rename(registry.current()->id, QStringLiteral("Anna"), &error));
    CHECK(registry.current()->name == QStringLiteral("Ann"));
}
