#include "Fixture.h"
#include "diary/DiaryStore.h"
#include "io/DiaryCsvParser.h"
#include "io/DiaryCsvWriter.h"
#include "io/GlucoseFileImport.h"

#include <QTemporaryDir>
#include <limits>

namespace {
DiaryEntry glucoseEntry(qint64 utcMs, int offsetSec, double value, Glucose::Unit unit, GlucoseReading::Flag flag,
                        GlucoseReading::MealContext meal, const QString &note)
{
    DiaryEntry entry;
    entry.utcMs = utcMs;
    entry.utcOffsetSec = offsetSec;
    entry.source = QStringLiteral("meter");
    entry.note = note;
    entry.payload = DiaryEntry::Glucose{value, unit, meal, flag};
    return entry;
}
} // namespace

TEST_CASE("export then import gives back every glucose field")
{
    const std::vector<DiaryEntry> entries{
        glucoseEntry(utcMs(2024, 1, 2, 0, 30), 8 * 3600, 6.4, Glucose::Unit::MmolL, GlucoseReading::Flag::None,
                     GlucoseReading::MealContext::AfterBreakfast, QStringLiteral("早餐后, \"粥\"\n第二行")),
        glucoseEntry(utcMs(2024, 1, 2, 1, 0), -5 * 3600 - 1800, 40, Glucose::Unit::MgDl, GlucoseReading::Flag::Lo,
                     GlucoseReading::MealContext::Night, QString()),
    };
    const QByteArray csv = diaryCsv(entries);
    CHECK(csv.startsWith("\xEF\xBB\xBF" "kind,local_time"));
    CHECK(csv.contains("2024-01-02 08:30:00,+08:00,2024-01-02T00:30:00.000Z,6.4,mmol/L,115,6.4,,after_breakfast"));

    ImportProblem problem;
    const auto parsed = parseDiaryCsv(csv, shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->readings.size() == 2);
    for (size_t i = 0; i < entries.size(); ++i) {
        const GlucoseReading expected = entries[i].reading();
        const GlucoseReading &actual = parsed->readings[i];
        CHECK(actual.utcMs == expected.utcMs);
        CHECK(actual.utcOffsetSec == expected.utcOffsetSec);
        CHECK(actual.value == expected.value);
        CHECK(actual.unit == expected.unit);
        CHECK(actual.flag == expected.flag);
        CHECK(actual.context == expected.context);
        CHECK(actual.source == expected.source);
        CHECK(actual.note == expected.note);
    }
}

TEST_CASE("other entry kinds are written and read back as entries")
{
    DiaryEntry insulin;
    insulin.utcMs = utcMs(2024, 1, 2, 0, 0);
    insulin.payload = DiaryEntry::Insulin{4.5, DiaryEntry::InsulinKind::Rapid, QStringLiteral("门冬胰岛素")};
    DiaryEntry hba1c;
    hba1c.utcMs = utcMs(2024, 1, 3, 0, 0);
    hba1c.payload = DiaryEntry::HbA1c{53, DiaryEntry::HbA1cUnit::MmolPerMol};
    ImportProblem problem;
    const auto parsed = parseDiaryCsv(diaryCsv({insulin, hba1c}), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->otherEntries.size() == 2);
    CHECK(parsed->otherEntries[0].as<DiaryEntry::Insulin>().units == 4.5);
    CHECK(parsed->otherEntries[0].as<DiaryEntry::Insulin>().name == QStringLiteral("门冬胰岛素"));
    CHECK(parsed->otherEntries[1].as<DiaryEntry::HbA1c>().unit == DiaryEntry::HbA1cUnit::MmolPerMol);
}

TEST_CASE("an unknown kind names its line")
{
    QByteArray csv = diaryCsv({});
    csv += "sugar,2024-01-02 08:30:00,+08:00,2024-01-02T00:30:00.000Z,6.3,mmol/L,,,,other,,,,manual,\r\n";
    ImportProblem problem;
    CHECK_FALSE(parseDiaryCsv(csv, shanghaiOptions(), &problem));
    CHECK(problem.line == 2);
    CHECK(problem.reason.contains(QLatin1String("sugar")));
}

TEST_CASE("a diary of every entry kind exported and imported into another diary is the same diary")
{
    QTemporaryDir dir;
    DiaryStore original;
    REQUIRE(original.open(dir.filePath(QStringLiteral("original.sqlite"))));
    const qint64 t = utcMs(2024, 1, 2, 0, 0);
    std::vector<DiaryEntry> entries{
        glucoseEntry(t, 8 * 3600, 6.4, Glucose::Unit::MmolL, GlucoseReading::Flag::None,
                     GlucoseReading::MealContext::AfterBreakfast, QStringLiteral("早餐后, \"粥\"\n第二行")),
        glucoseEntry(t + 60'000, 8 * 3600, 40, Glucose::Unit::MgDl, GlucoseReading::Flag::Lo,
                     GlucoseReading::MealContext::Night, QString()),
    };
    const std::vector<DiaryEntry::Payload> otherKinds{
        DiaryEntry::Insulin{4.5, DiaryEntry::InsulinKind::Mixed, QStringLiteral("门冬胰岛素30")},
        DiaryEntry::Carbs{45.5},
        DiaryEntry::Medication{QStringLiteral("二甲双胍"), QStringLiteral("500 mg ×2")},
        DiaryEntry::HbA1c{53, DiaryEntry::HbA1cUnit::MmolPerMol},
        DiaryEntry::Note{},
    };
    for (const DiaryEntry::Payload &payload : otherKinds) {
        DiaryEntry entry;
        entry.utcMs = t + qint64(entries.size()) * 60'000;
        entry.utcOffsetSec = -5 * 3600 - 1800;
        entry.source = QStringLiteral("manual");
        entry.note = QStringLiteral("第%1条").arg(entries.size());
        entry.payload = payload;
        entries.push_back(entry);
    }
    QString error;
    REQUIRE(original.addEntries(entries, &error));

    const auto everything = [](const DiaryStore &store) {
        return store.entries(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    };
    const QByteArray exported = diaryCsv(everything(original));
    const QString csvPath = dir.filePath(QStringLiteral("export.csv"));
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();

    DiaryStore copy;
    REQUIRE(copy.open(dir.filePath(QStringLiteral("copy.sqlite"))));
    const auto imported = importGlucoseFile(copy, csvPath, shanghaiOptions(), &error);
    INFO(error.toStdString());
    REQUIRE(imported);
    CHECK(imported->format == ImportFormat::DiaryCsv);
    CHECK(imported->added == 2);
    CHECK(imported->otherKindsAdded == 5);
    CHECK(imported->text() == QLatin1String("2 reading(s) added, 5 other diary entry(ies) added; read as UTF-8 BOM."));
    CHECK(diaryCsv(everything(copy)) == exported);
    const auto copied = everything(copy);
    REQUIRE(copied.size() == entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        CHECK(copied[i].kind() == entries[i].kind());
        CHECK(copied[i].utcMs == entries[i].utcMs);
        CHECK(copied[i].utcOffsetSec == entries[i].utcOffsetSec);
        CHECK(copied[i].source == entries[i].source);
        CHECK(copied[i].note == entries[i].note);
    }
    CHECK(copied[2].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Mixed);
    CHECK(copied[2].as<DiaryEntry::Insulin>().name == QStringLiteral("门冬胰岛素30"));
    CHECK(copied[3].as<DiaryEntry::Carbs>().grams == 45.5);
    CHECK(copied[4].as<DiaryEntry::Medication>().dose == QStringLiteral("500 mg ×2"));
    CHECK(copied[5].as<DiaryEntry::HbA1c>().value == 53);
    CHECK(copied[5].as<DiaryEntry::HbA1c>().unit == DiaryEntry::HbA1cUnit::MmolPerMol);

    const auto again = importGlucoseFile(copy, csvPath, shanghaiOptions(), &error);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->otherKindsAdded == 0);
    CHECK(again->duplicates == 7);
}

TEST_CASE("text that a spreadsheet would run as a formula is exported as text and imported back unchanged")
{
    const QStringList texts = {QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"), QStringLiteral("+1"),
                               QStringLiteral("-2 units"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd"),
                               QStringLiteral("'=already marked"), QStringLiteral("'plain apostrophe"),
                               QStringLiteral("ordinary = text")};
    std::vector<DiaryEntry> entries;
    for (const QString &text : texts) {
        DiaryEntry medication;
        medication.utcMs = utcMs(2024, 1, 2, 0, int(entries.size()));
        medication.source = text;
        medication.note = text;
        medication.payload = DiaryEntry::Medication{text, text};
        entries.push_back(medication);
    }
    const QByteArray csv = diaryCsv(entries);
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split(',');
        for (int c = 0; c < cells.size(); ++c) {
            if (c == 2)
                continue;  // utc_offset: "+08:00", written by us, never the user's text
            const QByteArray &cell = cells[c];
            const QByteArray unquoted = cell.startsWith('"') ? cell.mid(1) : cell;
            INFO(cell.toStdString());
            CHECK_FALSE((unquoted.startsWith('=') || unquoted.startsWith('+') || unquoted.startsWith('@')
                         || unquoted.startsWith('\t') || (unquoted.startsWith('-') && unquoted.size() > 6)));
        }
    }
    ImportProblem problem;
    const auto parsed = parseDiaryCsv(csv, shanghaiOptions(), &problem);
    REQUIRE(parsed);
    REQUIRE(parsed->otherEntries.size() == entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const DiaryEntry &back = parsed->otherEntries[i];
        CHECK(back.source == texts[int(i)]);
        CHECK(back.note == texts[int(i)]);
        CHECK(back.as<DiaryEntry::Medication>().name == texts[int(i)]);
        CHECK(back.as<DiaryEntry::Medication>().dose == texts[int(i)]);
    }
}
