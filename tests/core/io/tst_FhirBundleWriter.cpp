#include "Fixture.h"
#include "io/FhirBundleWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

TEST_CASE("glucose and HbA1c become Observations with LOINC codes UCUM units and the offset")
{
    DiaryEntry mmol;
    mmol.utcMs = utcMs(2024, 1, 2, 0, 30);
    mmol.utcOffsetSec = 8 * 3600;
    mmol.payload = DiaryEntry::Glucose{6.3, Glucose::Unit::MmolL};
    DiaryEntry low;
    low.utcMs = utcMs(2024, 1, 2, 1, 0);
    low.payload = DiaryEntry::Glucose{40, Glucose::Unit::MgDl, GlucoseReading::MealContext::Other, GlucoseReading::Flag::Lo};
    DiaryEntry hba1c;
    hba1c.utcMs = utcMs(2024, 1, 3, 0, 0);
    hba1c.payload = DiaryEntry::HbA1c{7.1, DiaryEntry::HbA1cUnit::Percent};
    DiaryEntry carbs;
    carbs.payload = DiaryEntry::Carbs{40};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(fhirBundle({mmol, low, hba1c, carbs}), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document[QLatin1String("resourceType")].toString() == QLatin1String("Bundle"));
    const QJsonArray entries = document[QLatin1String("entry")].toArray();
    REQUIRE(entries.size() == 3);
    const auto resource = [&](int i) { return entries[i][QLatin1String("resource")]; };
    CHECK(resource(0)[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() == QLatin1String("15074-8"));
    CHECK(resource(0)[QLatin1String("valueQuantity")][QLatin1String("code")].toString() == QLatin1String("mmol/L"));
    CHECK(resource(0)[QLatin1String("effectiveDateTime")].toString() == QLatin1String("2024-01-02T08:30:00+08:00"));
    CHECK(resource(1)[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() == QLatin1String("2339-0"));
    CHECK(resource(1)[QLatin1String("valueQuantity")][QLatin1String("comparator")].toString() == QLatin1String("<"));
    CHECK(resource(2)[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() == QLatin1String("4548-4"));
    CHECK(resource(2)[QLatin1String("valueQuantity")][QLatin1String("unit")].toString() == QLatin1String("%"));
}

namespace {

// The FHIR R4 rules a Bundle of Observations must keep (hl7.org/fhir/R4: Bundle bdl-1 to bdl-7, Observation obs-6,
// Quantity qty-3, the required value sets, the dateTime and instant formats); every breach is reported by name.
QStringList r4Problems(const QJsonDocument &document)
{
    QStringList problems;
    const QJsonObject bundle = document.object();
    const QRegularExpression instant(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"));
    const QRegularExpression dateTime(QStringLiteral(
        R"(^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$)"));
    const QRegularExpression uuid(
        QStringLiteral(R"(^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)"));
    const QStringList bundleTypes = {QStringLiteral("document"), QStringLiteral("message"),
                                     QStringLiteral("transaction"), QStringLiteral("transaction-response"),
                                     QStringLiteral("batch"), QStringLiteral("batch-response"),
                                     QStringLiteral("history"), QStringLiteral("searchset"),
                                     QStringLiteral("collection")};
    const QStringList statuses = {QStringLiteral("registered"), QStringLiteral("preliminary"), QStringLiteral("final"),
                                  QStringLiteral("amended"), QStringLiteral("corrected"), QStringLiteral("cancelled"),
                                  QStringLiteral("entered-in-error"), QStringLiteral("unknown")};
    const QStringList comparators = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">="),
                                     QStringLiteral(">")};
    const QStringList observationFields = {QStringLiteral("resourceType"), QStringLiteral("status"),
                                           QStringLiteral("code"), QStringLiteral("effectiveDateTime"),
                                           QStringLiteral("valueQuantity"), QStringLiteral("category"),
                                           QStringLiteral("note"), QStringLiteral("device"), QStringLiteral("meta")};
    if (bundle[QLatin1String("resourceType")].toString() != QLatin1String("Bundle"))
        problems << QStringLiteral("resourceType is not Bundle");
    const QString type = bundle[QLatin1String("type")].toString();
    if (!bundleTypes.contains(type))
        problems << QStringLiteral("Bundle.type '%1' is not in the BundleType value set").arg(type);
    if (bundle.contains(QLatin1String("timestamp"))
        && !instant.match(bundle[QLatin1String("timestamp")].toString()).hasMatch())
        problems << QStringLiteral("Bundle.timestamp is not an instant");
    if (bundle.contains(QLatin1String("total")) && type != QLatin1String("searchset")
        && type != QLatin1String("history"))
        problems << QStringLiteral("bdl-1: total outside a search or history");
    QSet<QString> fullUrls;
    for (const QJsonValue &entry : bundle[QLatin1String("entry")].toArray()) {
        const QString fullUrl = entry[QLatin1String("fullUrl")].toString();
        if (!uuid.match(fullUrl).hasMatch())
            problems << QStringLiteral("fullUrl '%1' is not a urn:uuid").arg(fullUrl);
        if (fullUrls.contains(fullUrl))
            problems << QStringLiteral("bdl-7: fullUrl '%1' twice").arg(fullUrl);
        fullUrls.insert(fullUrl);
        if (entry.toObject().contains(QLatin1String("search")))
            problems << QStringLiteral("bdl-2: entry.search outside a searchset");
        if (entry.toObject().contains(QLatin1String("request")) || entry.toObject().contains(QLatin1String("response")))
            problems << QStringLiteral("bdl-3/bdl-4: request or response in a collection");
        const QJsonObject observation = entry[QLatin1String("resource")].toObject();
        for (const QString &key : observation.keys()) {
            if (!observationFields.contains(key))
                problems << QStringLiteral("Observation.%1 is not a field this writer should use").arg(key);
        }
        if (observation[QLatin1String("resourceType")].toString() != QLatin1String("Observation"))
            problems << QStringLiteral("a resource is not an Observation");
        if (!statuses.contains(observation[QLatin1String("status")].toString()))
            problems << QStringLiteral("Observation.status is missing or not in ObservationStatus");
        const QJsonArray codings = observation[QLatin1String("code")][QLatin1String("coding")].toArray();
        if (codings.isEmpty())
            problems << QStringLiteral("Observation.code has no coding");
        for (const QJsonValue &coding : codings) {
            if (!coding[QLatin1String("system")].toString().startsWith(QLatin1String("http"))
                || coding[QLatin1String("code")].toString().isEmpty())
                problems << QStringLiteral("a coding without system or code");
        }
        const QString effective = observation[QLatin1String("effectiveDateTime")].toString();
        if (!dateTime.match(effective).hasMatch() || (effective.contains(QLatin1Char('T')) && effective.size() < 20))
            problems << QStringLiteral("effectiveDateTime '%1' is not a FHIR dateTime with a zone").arg(effective);
        const QJsonObject quantity = observation[QLatin1String("valueQuantity")].toObject();
        if (quantity.isEmpty() == !observation.contains(QLatin1String("dataAbsentReason")))
            problems << QStringLiteral("obs-6: value and dataAbsentReason");
        if (!quantity[QLatin1String("value")].isDouble())
            problems << QStringLiteral("Quantity.value is not a decimal");
        if (quantity.contains(QLatin1String("code"))
            && quantity[QLatin1String("system")].toString() != QLatin1String("http://unitsofmeasure.org"))
            problems << QStringLiteral("qty-3: a unit code without the UCUM system");
        if (quantity.contains(QLatin1String("comparator"))
            && !comparators.contains(quantity[QLatin1String("comparator")].toString()))
            problems << QStringLiteral("Quantity.comparator is not in QuantityComparator");
        const QStringList ucum = {QStringLiteral("mg/dL"), QStringLiteral("mmol/L"), QStringLiteral("%"),
                                  QStringLiteral("mmol/mol")};
        if (!ucum.contains(quantity[QLatin1String("code")].toString()))
            problems << QStringLiteral("'%1' is not the UCUM code for its kind")
                            .arg(quantity[QLatin1String("code")].toString());
    }
    return problems;
}

} // namespace

TEST_CASE("every Observation of every kind and flag keeps the FHIR R4 rules")
{
    std::vector<DiaryEntry> entries;
    const auto add = [&](DiaryEntry::Payload payload, int offsetSec) {
        DiaryEntry entry;
        entry.utcMs = utcMs(2024, 1, 2, 0, int(entries.size()));
        entry.utcOffsetSec = offsetSec;
        entry.payload = std::move(payload);
        entries.push_back(entry);
    };
    for (const auto flag : {GlucoseReading::Flag::None, GlucoseReading::Flag::Lo, GlucoseReading::Flag::Hi}) {
        add(DiaryEntry::Glucose{flag == GlucoseReading::Flag::Hi ? 33.3 : 2.1, Glucose::Unit::MmolL,
                                GlucoseReading::MealContext::Other, flag},
            8 * 3600);
        add(DiaryEntry::Glucose{flag == GlucoseReading::Flag::Hi ? 600 : 40, Glucose::Unit::MgDl,
                                GlucoseReading::MealContext::BeforeBreakfast, flag},
            -(5 * 3600 + 1800));
    }
    add(DiaryEntry::HbA1c{7.1, DiaryEntry::HbA1cUnit::Percent}, 0);
    add(DiaryEntry::HbA1c{54, DiaryEntry::HbA1cUnit::MmolPerMol}, 3600);
    add(DiaryEntry::Insulin{4, DiaryEntry::InsulinKind::Rapid, QStringLiteral("=cmd")}, 0);
    add(DiaryEntry::Carbs{40}, 0);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(fhirBundle(entries), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document[QLatin1String("entry")].toArray().size() == 8);
    const QStringList problems = r4Problems(document);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
