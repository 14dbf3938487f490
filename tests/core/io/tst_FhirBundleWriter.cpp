#include "Fixture.h"
#include "io/FhirBundleWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
