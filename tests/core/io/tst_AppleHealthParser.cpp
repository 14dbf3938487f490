#include "Fixture.h"
#include "io/AppleHealthParser.h"
#include "io/ImportFormatDetection.h"
#include "io/ImportParsing.h"

#include <QBuffer>

namespace {

std::optional<ParsedImport> parse(const QByteArray &xml, const ImportOptions &options, ImportProblem *problem)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return parseAppleHealth(buffer, xml.size(), options, problem);
}

QByteArray exportOf(const QByteArray &records)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"zh_CN\">\n" + records + "</HealthData>\n";
}

QByteArray glucoseRecord(int minute, const char *unit = "mg/dL", const char *value = "110")
{
    return QByteArrayLiteral(" <Record type=\"HKQuantityTypeIdentifierBloodGlucose\" sourceName=\"SIBIONICS\" unit=\"")
        + unit + "\" startDate=\"2024-03-05 " + QByteArray::number(10 + minute / 60).rightJustified(2, '0') + ':'
        + QByteArray::number(minute % 60).rightJustified(2, '0') + ":00 +0800\" value=\"" + value + "\"/>\n";
}

} // namespace

TEST_CASE("glucose in both units, meal times, insulin and carbohydrates are read, other records counted")
{
    ImportProblem problem;
    const auto parsed = parse(fixture("applehealth_export.xml"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    CHECK(parsed->format == ImportFormat::AppleHealth);
    REQUIRE(parsed->readings.size() == 4);
    const GlucoseReading &cgm = parsed->readings[0];
    CHECK(cgm.value == Approx(6.4));
    CHECK(cgm.unit == Glucose::Unit::MmolL);
    CHECK(cgm.utcMs == utcMs(2024, 3, 5, 0, 10));
    CHECK(cgm.utcOffsetSec == 8 * 3600);
    CHECK(cgm.context == GlucoseReading::MealContext::Other);
    CHECK(cgm.source == QLatin1String("SIBIONICS via Apple Health"));
    const GlucoseReading &beforeBreakfast = parsed->readings[1];
    CHECK(beforeBreakfast.value == 104);
    CHECK(beforeBreakfast.unit == Glucose::Unit::MgDl);
    CHECK(beforeBreakfast.context == GlucoseReading::MealContext::BeforeBreakfast);
    CHECK(beforeBreakfast.source == QStringLiteral("健康 via Apple Health"));
    CHECK(parsed->readings[2].context == GlucoseReading::MealContext::AfterLunch);  // HKMetadataKey… spelling
    const GlucoseReading &newYork = parsed->readings[3];  // the offset it was written with, not the import's zone
    CHECK(newYork.utcMs == utcMs(2024, 3, 5, 0, 0));
    CHECK(newYork.utcOffsetSec == -5 * 3600);

    REQUIRE(parsed->otherEntries.size() == 3);
    const DiaryEntry &bolus = parsed->otherEntries[0];
    REQUIRE(bolus.kind() == DiaryEntry::Kind::Insulin);
    CHECK(bolus.as<DiaryEntry::Insulin>().units == 4);
    CHECK(bolus.as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Rapid);
    CHECK(bolus.utcMs == utcMs(2024, 3, 5, 4, 0));
    CHECK(bolus.utcOffsetSec == 8 * 3600);
    CHECK(parsed->otherEntries[1].as<DiaryEntry::Insulin>().kind == DiaryEntry::InsulinKind::Long);
    CHECK(parsed->otherEntries[1].as<DiaryEntry::Insulin>().units == 12);
    const DiaryEntry &carbs = parsed->otherEntries[2];
    REQUIRE(carbs.kind() == DiaryEntry::Kind::Carbs);
    CHECK(carbs.as<DiaryEntry::Carbs>().grams == 45);  // once: the copy inside the food correlation is not counted
    CHECK(carbs.source == QStringLiteral("薄荷健康 via Apple Health"));
    CHECK(parsed->skipped.at(SkipReason::OtherRecordKind) == 2);  // steps and heart rate
}

TEST_CASE("a vertical tab in a device description does not refuse the export")
{
    ImportProblem problem;
    const auto parsed = parse(fixture("applehealth_vertical_tab.xml"), shanghaiOptions(), &problem);
    REQUIRE(parsed);
    CHECK(parsed->readings.size() == 4);
}

TEST_CASE("malformed XML is refused naming its line and the reason")
{
    ImportProblem problem;
    CHECK_FALSE(parse(fixture("applehealth_bad_xml.xml"), shanghaiOptions(), &problem));
    CHECK(problem.line == 10);
    CHECK(problem.reason.startsWith(QLatin1String("the XML is not valid (")));
    CHECK_FALSE(parse(exportOf(glucoseRecord(0)).chopped(8), shanghaiOptions(), &problem));
    CHECK(problem.reason == ImportParsing::truncatedReason());
}

TEST_CASE("a glucose value, unit or date that cannot be right is refused with its line")
{
    ImportProblem problem;
    CHECK_FALSE(parse(exportOf(glucoseRecord(0) + glucoseRecord(5, "mg/dL", "900")), shanghaiOptions(), &problem));
    CHECK(problem.line == 4);
    CHECK(problem.reason.contains(QLatin1String("900")));
    CHECK_FALSE(parse(exportOf(glucoseRecord(0, "mmHg")), shanghaiOptions(), &problem));
    CHECK(problem.line == 3);
    CHECK(problem.reason.contains(QLatin1String("mmHg")));
    QByteArray badDate = glucoseRecord(0);
    badDate.replace("2024-03-05 10:00:00 +0800", "2024-03-05T10:00:00Z");
    CHECK_FALSE(parse(exportOf(badDate), shanghaiOptions(), &problem));
    CHECK(problem.reason.contains(QLatin1String("2024-03-05T10:00:00Z")));
    CHECK_FALSE(parse("<?xml version=\"1.0\"?>\n<plist><dict/></plist>\n", shanghaiOptions(), &problem));
    CHECK(problem.reason == QLatin1String("this XML is not an Apple Health export"));
}

TEST_CASE("a long export goes to the sink in parts, reports progress and can be cancelled")
{
    QByteArray records;
    for (int i = 0; i < 10'000; ++i)
        records += glucoseRecord(i % 600);
    const QByteArray xml = exportOf(records);
    ImportOptions options = shanghaiOptions();
    std::size_t handedOver = 0;
    options.readingsSink = [&](const std::vector<GlucoseReading> &part, QString *) {
        handedOver += part.size();
        return true;
    };
    std::vector<qint64> done;
    options.progress = [&](qint64 at, qint64 total) {
        CHECK(total == xml.size());
        done.push_back(at);
        return true;
    };
    ImportProblem problem;
    const auto parsed = parse(xml, options, &problem);
    REQUIRE(parsed);
    CHECK(handedOver + parsed->readings.size() == 10'000);
    CHECK(handedOver > 0);
    REQUIRE(done.size() == 2);
    CHECK(done[0] < done[1]);
    options.progress = [](qint64, qint64) { return false; };
    CHECK_FALSE(parse(xml, options, &problem));
    CHECK(problem.cancelled);
}

TEST_CASE("a bare export.xml is recognised by its content")
{
    CHECK(detectImportFormat(fixture("applehealth_export.xml")) == ImportFormat::AppleHealth);
    ImportProblem problem;
    ImportOptions options = shanghaiOptions();
    const auto parsed = parseGlucoseFile(fixture("applehealth_export.xml"), options, &problem);
    REQUIRE(parsed);
    CHECK(parsed->readings.size() == 4);
    CHECK(importFormatFromKey(QStringLiteral("applehealth")) == ImportFormat::AppleHealth);
}
