#include "NightscoutParser.h"

#include "ImportParsing.h"
#include "WallClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace ImportParsing;

namespace {

constexpr double LowestSensorValueMgDl = 40.0;
constexpr double EarliestMs = 0.0;                  // 1970
constexpr double LatestMs = 4'102'444'800'000.0;    // 2100
constexpr double MaxOffsetMinutes = 18 * 60;

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(QByteArrayView(text).first(std::clamp<qsizetype>(offset, 0, text.size())).count('\n')) + 1;
}

// The line on which each element of the top-level array starts, so a problem can name its line.
std::vector<int> elementLines(const QByteArray &text)
{
    std::vector<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 1 && expectElement && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

std::optional<double> numberOrString(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// A treatment's instant: `created_at` (ISO 8601, usually UTC), else `mills`/`date` in milliseconds.
std::optional<qint64> treatmentTime(const QJsonObject &treatment, QDateTime *written)
{
    *written = QDateTime::fromString(treatment.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    if (written->isValid() && written->toMSecsSinceEpoch() >= EarliestMs && written->toMSecsSinceEpoch() <= LatestMs)
        return written->toMSecsSinceEpoch();
    for (const char *key : {"mills", "date"}) {
        const QJsonValue ms = treatment.value(QLatin1String(key));
        if (ms.isDouble() && ms.toDouble() >= EarliestMs && ms.toDouble() <= LatestMs)
            return qint64(ms.toDouble());
    }
    return std::nullopt;
}

// Whether an eventType names long-acting insulin ("Basal Injection" in Nightscout's care portal, "Long-acting" …).
bool isLongActing(const QString &eventType, const QJsonObject &treatment)
{
    const QString insulinType = treatment.value(QLatin1String("insulinType")).toString();
    return eventType.contains(QLatin1String("Basal"), Qt::CaseInsensitive)
           || insulinType.contains(QLatin1String("long"), Qt::CaseInsensitive)
           || insulinType.contains(QLatin1String("basal"), Qt::CaseInsensitive);
}

// A care-portal treatment (Nightscout's /api/v1/treatments): its insulin, carbohydrates, fingerstick and note become
// diary entries; a treatment with none of them (a temporary basal rate, a site change, …) is skipped and counted.
bool addTreatment(const QJsonObject &treatment, int line, const WallClock &clock, const ImportOptions &options,
                  ParsedImport &parsed, ImportProblem *problem)
{
    QDateTime written;
    const auto utcMs = treatmentTime(treatment, &written);
    if (!utcMs) {
        *problem = {line, QCoreApplication::translate("Import", "the treatment has no valid time")};
        return false;
    }
    const QJsonValue utcOffset = treatment.value(QLatin1String("utcOffset"));
    const int offsetSec = utcOffset.isDouble() && std::abs(utcOffset.toDouble()) <= MaxOffsetMinutes
                              ? int(utcOffset.toDouble()) * 60
                          : written.isValid() && written.timeSpec() == Qt::OffsetFromUTC ? written.offsetFromUtc()
                                                                                            : clock.offsetAt(*utcMs);
    const QString eventType = treatment.value(QLatin1String("eventType")).toString();
    const QString notes = treatment.value(QLatin1String("notes")).toString().trimmed();
    const auto entryOf = [&](DiaryEntry::Payload payload) {
        DiaryEntry entry;
        entry.utcMs = *utcMs;
        entry.utcOffsetSec = offsetSec;
        entry.source = options.source;
        entry.note = notes;
        entry.payload = std::move(payload);
        return entry;
    };
    const auto amount = [&](const char *key, const char *what) -> std::optional<double> {
        const QJsonValue raw = treatment.value(QLatin1String(key));
        if (raw.isUndefined() || raw.isNull() || (raw.isString() && raw.toString().trimmed().isEmpty()))
            return 0.0;
        const auto number = numberOrString(raw);
        if (!number || !std::isfinite(*number) || *number < 0) {
            *problem = {line, QCoreApplication::translate("Import", "“%1” is not %2")
                                  .arg(raw.toVariant().toString().left(40),
                                       QCoreApplication::translate("Import", what))};
            return std::nullopt;
        }
        return *number;
    };
    const auto insulin = amount("insulin", QT_TRANSLATE_NOOP("Import", "an amount of insulin"));
    const auto carbs = insulin ? amount("carbs", QT_TRANSLATE_NOOP("Import", "an amount of carbohydrates"))
                               : std::nullopt;
    if (!insulin || !carbs)
        return false;
    const std::size_t before = parsed.otherEntries.size();
    if (*insulin > 0) {
        const auto kind = isLongActing(eventType, treatment) ? DiaryEntry::InsulinKind::Long
                                                             : DiaryEntry::InsulinKind::Rapid;
        parsed.otherEntries.push_back(entryOf(DiaryEntry::Insulin{*insulin, kind, {}}));
    }
    if (*carbs > 0)
        parsed.otherEntries.push_back(entryOf(DiaryEntry::Carbs{*carbs}));
    const QJsonValue glucose = treatment.value(QLatin1String("glucose"));
    if (!glucose.isUndefined() && !glucose.isNull() && !(glucose.isString() && glucose.toString().isEmpty())) {
        const QString units = treatment.value(QLatin1String("units")).toString();
        const Glucose::Unit unit = units.startsWith(QLatin1String("mmol"), Qt::CaseInsensitive) ? Glucose::Unit::MmolL
                                                                                                 : Glucose::Unit::MgDl;
        const auto value = numberOrString(glucose);
        QString reason;
        const auto checked = value ? glucoseValue(QByteArray::number(*value, 'g', 10), unit, &reason) : std::nullopt;
        if (!checked) {
            *problem = {line, value ? reason
                                    : QCoreApplication::translate("Import", "“%1” is not a glucose value")
                                          .arg(glucose.toVariant().toString().left(40))};
            return false;
        }
        GlucoseReading reading;
        reading.value = *checked;
        reading.unit = unit;
        reading.utcMs = *utcMs;
        reading.utcOffsetSec = offsetSec;
        reading.source = options.source;
        if (!parsed.add(std::move(reading), options, problem))
            return false;
        return true;
    }
    if (parsed.otherEntries.size() == before) {
        if (notes.isEmpty())
            parsed.skip(SkipReason::OtherRecordKind);
        else
            parsed.otherEntries.push_back(entryOf(DiaryEntry::Note{}));
    }
    return true;
}

} // namespace

std::optional<ParsedImport> parseNightscout(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = {lineAt(text, error.offset), QCoreApplication::translate("Import", "the JSON is not valid (%1)")
                                                    .arg(error.errorString())};
        return std::nullopt;
    }
    if (!document.isArray()) {
        *problem = {1, QCoreApplication::translate("Import", "expected a list of Nightscout entries")};
        return std::nullopt;
    }
    const QJsonArray entries = document.array();
    const std::vector<int> lines = elementLines(text);
    const WallClock clock(options.zone);
    ParsedImport parsed;
    parsed.format = ImportFormat::Nightscout;
    parsed.expect(entries.size(), options);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int line = i < qsizetype(lines.size()) ? lines[i] : 0;
        if (!keepGoing(options, int(i) + 1, i, entries.size())) {
            *problem = {0, cancelledReason(), true};
            return std::nullopt;
        }
        const QJsonObject entry = entries.at(i).toObject();
        if (!entry.contains(QLatin1String("type")) && entry.contains(QLatin1String("eventType"))) {
            if (!addTreatment(entry, line, clock, options, parsed, problem))
                return std::nullopt;
            continue;
        }
        const QString type = entry.value(QLatin1String("type")).toString(QStringLiteral("sgv"));
        const QString key = type == QLatin1String("mbg") ? QStringLiteral("mbg") : QStringLiteral("sgv");
        if (type != QLatin1String("sgv") && type != QLatin1String("mbg"))
            continue;
        const QJsonValue rawValue = entry.value(key);
        if (rawValue.isUndefined() || rawValue.isNull()
            || (rawValue.isString() && rawValue.toString().trimmed().isEmpty())) {
            parsed.skip(SkipReason::EmptyValue);
            continue;
        }
        const auto value = numberOrString(rawValue);
        if (!value) {
            *problem = {line, QCoreApplication::translate("Import", "“%1” is not a glucose value")
                                  .arg(rawValue.toVariant().toString().left(40))};
            return std::nullopt;
        }
        if (*value < LowestSensorValueMgDl && type == QLatin1String("sgv")) {
            parsed.skip(SkipReason::SensorErrorCode);
            continue;
        }
        QString reason;
        const QByteArray valueText = QByteArray::number(*value, 'g', 10);
        const auto checked = glucoseValue(valueText, Glucose::Unit::MgDl, &reason);
        if (!checked) {
            *problem = {line, reason};
            return std::nullopt;
        }
        const QString dateString = entry.value(QLatin1String("dateString")).toString();
        const QDateTime written = QDateTime::fromString(dateString, Qt::ISODateWithMs);
        const QJsonValue date = entry.value(QLatin1String("date"));
        qint64 utcMs = 0;
        if (date.isDouble() && date.toDouble() >= EarliestMs && date.toDouble() <= LatestMs)
            utcMs = qint64(date.toDouble());
        else if (written.isValid() && written.toMSecsSinceEpoch() >= EarliestMs && written.toMSecsSinceEpoch() <= LatestMs)
            utcMs = written.toMSecsSinceEpoch();
        else {
            *problem = {line, QCoreApplication::translate("Import", "the entry has no valid time")};
            return std::nullopt;
        }
        int offsetSec = 0;
        const QJsonValue utcOffset = entry.value(QLatin1String("utcOffset"));
        if (utcOffset.isDouble() && std::abs(utcOffset.toDouble()) <= MaxOffsetMinutes)
            offsetSec = int(utcOffset.toDouble()) * 60;
        else if (written.isValid() && written.timeSpec() == Qt::OffsetFromUTC)
            offsetSec = written.offsetFromUtc();
        else
            offsetSec = clock.offsetAt(utcMs);
        GlucoseReading reading;
        reading.value = *checked;
        reading.unit = Glucose::Unit::MgDl;
        reading.utcMs = utcMs;
        reading.utcOffsetSec = offsetSec;
        reading.source = options.source;
        if (!parsed.add(std::move(reading), options, problem))
            return std::nullopt;
    }
    return parsed;
}
