#include "FhirBundleWriter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

const QString Loinc = QStringLiteral("http://loinc.org");
const QString Ucum = QStringLiteral("http://unitsofmeasure.org");

QJsonObject coding(const QString &code, const QString &display)
{
    return QJsonObject{{QStringLiteral("coding"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"), Loinc},
                                               {QStringLiteral("code"), code},
                                               {QStringLiteral("display"), display}}}}};
}

QJsonObject quantity(double value, const QString &unit)
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("system"), Ucum},
                       {QStringLiteral("code"), unit}};
}

QString effectiveDateTime(const DiaryEntry &entry)
{
    return QDateTime::fromMSecsSinceEpoch(entry.utcMs, QTimeZone::utc())
        .toOffsetFromUtc(entry.utcOffsetSec)
        .toString(Qt::ISODate);
}

QJsonObject glucoseObservation(const DiaryEntry &entry)
{
    const auto &glucose = entry.as<DiaryEntry::Glucose>();
    const bool mass = glucose.unit == Glucose::Unit::MgDl;
    QJsonObject value = quantity(glucose.value, mass ? QStringLiteral("mg/dL") : QStringLiteral("mmol/L"));
    // A meter's LO/HI is a bound, not a measurement.
    if (glucose.flag == GlucoseReading::Flag::Lo)
        value.insert(QStringLiteral("comparator"), QStringLiteral("<"));
    else if (glucose.flag == GlucoseReading::Flag::Hi)
        value.insert(QStringLiteral("comparator"), QStringLiteral(">"));
    QJsonObject observation{
        {QStringLiteral("code"),
         mass ? coding(QStringLiteral("2339-0"), QStringLiteral("Glucose [Mass/volume] in Blood"))
              : coding(QStringLiteral("15074-8"), QStringLiteral("Glucose [Moles/volume] in Blood"))},
        {QStringLiteral("valueQuantity"), value},
    };
    return observation;
}

QJsonObject hba1cObservation(const DiaryEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("code"),
         coding(QStringLiteral("4548-4"), QStringLiteral("Hemoglobin A1c/Hemoglobin.total in Blood"))},
        {QStringLiteral("valueQuantity"), quantity(entry.as<DiaryEntry::HbA1c>().percent(), QStringLiteral("%"))},
    };
}

} // namespace

QByteArray fhirBundle(const std::vector<DiaryEntry> &entries)
{
    QJsonArray bundleEntries;
    for (const DiaryEntry &entry : entries) {
        QJsonObject observation;
        if (entry.kind() == DiaryEntry::Kind::Glucose)
            observation = glucoseObservation(entry);
        else if (entry.kind() == DiaryEntry::Kind::HbA1c)
            observation = hba1cObservation(entry);
        else
            continue;
        observation.insert(QStringLiteral("resourceType"), QStringLiteral("Observation"));
        observation.insert(QStringLiteral("status"), QStringLiteral("final"));
        observation.insert(QStringLiteral("effectiveDateTime"), effectiveDateTime(entry));
        if (!entry.note.isEmpty())
            observation.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), entry.note}}});
        const QString key = QStringLiteral("%1-%2-%3").arg(int(entry.kind())).arg(entry.id).arg(entry.utcMs);
        const QUuid id = QUuid::createUuidV5(QUuid(), key);
        bundleEntries.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("resource"), observation}});
    }
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("collection")},
                             {QStringLiteral("timestamp"), QDateTime::currentDateTime().toOffsetFromUtc(
                                  QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate)},
                             {QStringLiteral("entry"), bundleEntries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}
