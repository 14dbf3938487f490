#include "AppleHealthParser.h"

#include "ImportParsing.h"
#include "diary/MealContextGuess.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

using namespace ImportParsing;

namespace {

using Context = GlucoseReading::MealContext;

constexpr QStringView GlucoseType = u"HKQuantityTypeIdentifierBloodGlucose";
constexpr QStringView InsulinType = u"HKQuantityTypeIdentifierInsulinDelivery";
constexpr QStringView CarbsType = u"HKQuantityTypeIdentifierDietaryCarbohydrates";
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr int ProgressEveryRecords = 4096;

// The export as a stream, with the control characters XML 1.0 forbids (real exports carry vertical tabs in device
// descriptions) read as spaces, so one stray byte does not refuse a whole export.
class ControlCharacterFilter : public QIODevice
{
public:
    explicit ControlCharacterFilter(QIODevice &source) : m_source(source)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);  // the stream reader keeps its own buffer
    }

    bool isSequential() const override { return true; }
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 got = m_source.read(data, maxSize);
        if (got < 0) {
            setErrorString(m_source.errorString());
            return -1;
        }
        for (qint64 i = 0; i < got; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
                data[i] = ' ';
        }
        m_read += got;
        return got == 0 && m_source.atEnd() ? -1 : got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_source;
    qint64 m_read = 0;
};

struct Instant {
    qint64 utcMs = 0;
    int offsetSec = 0;
};

int number(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "YYYY-MM-DD hh:mm:ss ±hhmm", the only form Apple Health writes.
std::optional<Instant> appleDate(QStringView text)
{
    if (text.size() != 25 || text[4] != u'-' || text[7] != u'-' || text[10] != u' ' || text[13] != u':'
        || text[16] != u':' || text[19] != u' ' || (text[20] != u'+' && text[20] != u'-'))
        return std::nullopt;
    const QDate date(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
    const int hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2);
    const int offsetHours = number(text, 21, 2), offsetMinutes = number(text, 23, 2);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59)
        return std::nullopt;
    const int offsetSec = (text[20] == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    const qint64 localSec = (date.toJulianDay() - UnixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + second;
    return Instant{(localSec - offsetSec) * 1000, offsetSec};
}

// HKBloodGlucoseMealTime 1 (before a meal) or 2 (after), placed at the meal the wall-clock time belongs to.
Context mealContext(int mealTime, qint64 localMs)
{
    const QTime local = QTime::fromMSecsSinceStartOfDay(int(((localMs % 86'400'000) + 86'400'000) % 86'400'000));
    const bool before = mealTime == 1;
    switch (guessMealContext(local)) {
    case Context::Fasting:
    case Context::BeforeBreakfast:
    case Context::AfterBreakfast:
        return before ? Context::BeforeBreakfast : Context::AfterBreakfast;
    case Context::BeforeLunch:
    case Context::AfterLunch:
        return before ? Context::BeforeLunch : Context::AfterLunch;
    case Context::BeforeDinner:
    case Context::AfterDinner:
    case Context::Bedtime:
        return before ? Context::BeforeDinner : Context::AfterDinner;
    default:
        return Context::Other;
    }
}

QString attributeText(QStringView value)
{
    return excerpt(value.toUtf8());
}

// One <Record> of a kind we keep, with the metadata of its children.
struct Record {
    enum class Kind { Glucose, Insulin, Carbs } kind;
    int line = 0;
    Instant at;
    QString unit;
    QString value;
    QString source;
    int mealTime = 0;       // HKBloodGlucoseMealTime
    int insulinReason = 0;  // HKInsulinDeliveryReason
};

class AppleHealthReader
{
public:
    AppleHealthReader(QIODevice &xml, qint64 total, const ImportOptions &options, ImportProblem *problem)
        : m_input(xml), m_xml(&m_input), m_total(total), m_options(options), m_problem(problem)
    {
        m_parsed.format = ImportFormat::AppleHealth;
        m_parsed.expect(ProgressEveryRecords, options);
    }

    std::optional<ParsedImport> read()
    {
        bool inHealthData = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"HealthData" && !inHealthData) {
                inHealthData = true;
                continue;
            }
            if (!inHealthData) {
                return fail(int(m_xml.lineNumber()),
                            QCoreApplication::translate("Import", "this XML is not an Apple Health export"));
            }
            if (m_xml.name() == u"Record") {
                if (!record())
                    return m_xml.hasError() ? xmlError() : std::nullopt;
            } else {
                m_xml.skipCurrentElement();  // workouts, activity summaries, correlations (their records are repeated)
            }
        }
        if (m_xml.hasError())
            return xmlError();
        if (!inHealthData)
            return fail(0, QCoreApplication::translate("Import", "this XML is not an Apple Health export"));
        return std::move(m_parsed);
    }

private:
    std::optional<ParsedImport> fail(int line, const QString &reason, bool cancelled = false)
    {
        *m_problem = {line, reason, cancelled};
        return std::nullopt;
    }

    std::optional<ParsedImport> xmlError()
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QString deviceError = m_input.errorString();
            if (!deviceError.isEmpty() && deviceError != QLatin1String("Unknown error"))
                return fail(int(m_xml.lineNumber()), deviceError);
            return fail(int(m_xml.lineNumber()), truncatedReason());
        }
        return fail(int(m_xml.lineNumber()),
                    QCoreApplication::translate("Import", "the XML is not valid (%1)").arg(m_xml.errorString()));
    }

    bool record()
    {
        if (++m_records % ProgressEveryRecords == 0 && m_options.progress
            && !m_options.progress(m_input.bytesRead(), m_total)) {
            fail(0, cancelledReason(), true);
            return false;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView type = attributes.value(QLatin1String("type"));
        Record record;
        if (type == GlucoseType)
            record.kind = Record::Kind::Glucose;
        else if (type == InsulinType)
            record.kind = Record::Kind::Insulin;
        else if (type == CarbsType)
            record.kind = Record::Kind::Carbs;
        else {
            m_parsed.skip(SkipReason::OtherRecordKind);
            m_xml.skipCurrentElement();
            return true;
        }
        record.line = int(m_xml.lineNumber());
        const auto at = appleDate(attributes.value(QLatin1String("startDate")));
        if (!at) {
            fail(record.line, QCoreApplication::translate("Import", "“%1” is not a date and time")
                                  .arg(attributeText(attributes.value(QLatin1String("startDate")))));
            return false;
        }
        record.at = *at;
        record.unit = attributes.value(QLatin1String("unit")).toString();
        record.value = attributes.value(QLatin1String("value")).toString();
        const QStringView sourceName = attributes.value(QLatin1String("sourceName"));
        if (sourceName != m_sourceName || m_source.isEmpty()) {  // the same app writes long runs of records
            m_sourceName = sourceName.toString();
            m_source = sourceName.isEmpty() ? QStringLiteral("Apple Health")
                                            : QStringLiteral("%1 via Apple Health").arg(sourceName);
        }
        record.source = m_source;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"MetadataEntry") {
                const QStringView key = m_xml.attributes().value(QLatin1String("key"));
                const int value = m_xml.attributes().value(QLatin1String("value")).toInt();
                if (key == u"HKBloodGlucoseMealTime" || key == u"HKMetadataKeyBloodGlucoseMealTime")
                    record.mealTime = value;
                else if (key == u"HKInsulinDeliveryReason" || key == u"HKMetadataKeyInsulinDeliveryReason")
                    record.insulinReason = value;
            }
            m_xml.skipCurrentElement();
        }
        return !m_xml.hasError() && keep(record);  // an XML error is reported by read()
    }

    bool keep(const Record &record)
    {
        switch (record.kind) {
        case Record::Kind::Glucose:
            return keepGlucose(record);
        case Record::Kind::Insulin:
            return keepOther(record, QStringLiteral("IU"), [&](double units) {
                return DiaryEntry::Insulin{units, record.insulinReason == 1 ? DiaryEntry::InsulinKind::Long
                                                  : record.insulinReason == 2 ? DiaryEntry::InsulinKind::Rapid
                                                                              : DiaryEntry::InsulinKind::Other,
                                           {}};
            });
        case Record::Kind::Carbs:
            return keepOther(record, QStringLiteral("g"), [](double grams) { return DiaryEntry::Carbs{grams}; });
        }
        return true;
    }

    bool keepGlucose(const Record &record)
    {
        Glucose::Unit unit;
        if (record.unit == QLatin1String("mg/dL"))
            unit = Glucose::Unit::MgDl;
        else if (record.unit.startsWith(QLatin1String("mmol")) && record.unit.endsWith(QLatin1String("/L")))
            unit = Glucose::Unit::MmolL;
        else {
            fail(record.line, QCoreApplication::translate("Import", "“%1” is not a glucose unit (mg/dL or mmol/L "
                                                                    "expected)")
                                  .arg(excerpt(record.unit.toUtf8())));
            return false;
        }
        QString reason;
        const auto value = glucoseValue(record.value.toUtf8(), unit, &reason);
        if (!value) {
            fail(record.line, reason);
            return false;
        }
        GlucoseReading reading;
        reading.utcMs = record.at.utcMs;
        reading.utcOffsetSec = record.at.offsetSec;
        reading.value = *value;
        reading.unit = unit;
        reading.source = record.source;
        if (record.mealTime == 1 || record.mealTime == 2)
            reading.context = mealContext(record.mealTime, record.at.utcMs + record.at.offsetSec * 1000LL);
        return m_parsed.add(std::move(reading), m_options, m_problem);
    }

    template<typename MakePayload>
    bool keepOther(const Record &record, const QString &expectedUnit, MakePayload makePayload)
    {
        if (record.unit != expectedUnit) {
            fail(record.line, QCoreApplication::translate("Import", "“%1” is not a unit we read here (%2 expected)")
                                  .arg(excerpt(record.unit.toUtf8()), expectedUnit));
            return false;
        }
        bool ok = false;
        const double amount = record.value.toDouble(&ok);
        if (!ok || !(amount >= 0) || amount > 10'000) {
            fail(record.line, QCoreApplication::translate("Import", "“%1” is not an amount")
                                  .arg(excerpt(record.value.toUtf8())));
            return false;
        }
        DiaryEntry entry;
        entry.utcMs = record.at.utcMs;
        entry.utcOffsetSec = record.at.offsetSec;
        entry.source = record.source;
        entry.payload = makePayload(amount);
        m_parsed.otherEntries.push_back(std::move(entry));
        return true;
    }

    ControlCharacterFilter m_input;
    QXmlStreamReader m_xml;
    qint64 m_total;
    const ImportOptions &m_options;
    ImportProblem *m_problem;
    ParsedImport m_parsed;
    qint64 m_records = 0;
    QString m_sourceName;
    QString m_source;
};

} // namespace

std::optional<ParsedImport> parseAppleHealth(QIODevice &xml, qint64 total, const ImportOptions &options,
                                             ImportProblem *problem)
{
    return AppleHealthReader(xml, total, options, problem).read();
}

bool looksLikeAppleHealthXml(QByteArrayView head)
{
    return head.indexOf("<HealthData") >= 0 && head.indexOf("<ClinicalDocument") < 0;
}
