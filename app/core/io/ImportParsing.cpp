#include "ImportParsing.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace ImportParsing {

int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos < 0 || count < 1 || count > 9 || pos + count > text.size())  // more than 9 digits could overflow an int
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<std::pair<QDate, QTime>> isoLocalDateTime(QByteArrayView text)
{
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != ' ') || text[13] != ':')
        return std::nullopt;
    int second = 0;
    int ms = 0;
    if (text.size() > 16 && text[16] == ':') {
        second = digits(text, 17, 2);
        if (second < 0)
            return std::nullopt;
        if (text.size() > 19 && text[19] == '.') {
            ms = digits(text, 20, 3);
            if (ms < 0)
                return std::nullopt;
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return std::pair{date, time};
}

int columnStartingWith(const std::vector<QByteArrayView> &header, QByteArrayView prefix)
{
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().startsWith(prefix))
            return int(i);
    }
    return -1;
}

qsizetype lineCount(QByteArrayView text)
{
    qsizetype count = 0;
    const char *end = text.data() + text.size();
    for (const char *p = text.data(); p < end && (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))));
         ++p)
        ++count;
    return count;
}

QString excerpt(QByteArrayView text, qsizetype max)
{
    return QString::fromUtf8(text.first(std::min(text.size(), max)));
}

std::optional<double> glucoseValue(QByteArrayView text, Glucose::Unit unit, QString *reason)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *reason = QCoreApplication::translate("Import", "“%1” is not a glucose value")
                      .arg(excerpt(text));
        return std::nullopt;
    }
    if (!Glucose::isPlausible(value, unit)) {
        const auto bounds = Glucose::plausibleBounds(unit);
        *reason = QCoreApplication::translate("Import", "%1 %2 is outside the plausible range %3–%4 %2")
                      .arg(excerpt(text.trimmed()), QString::fromUtf8(Glucose::unitKey(unit)))
                      .arg(bounds.min)
                      .arg(bounds.max);
        return std::nullopt;
    }
    return value;
}

GlucoseReading flaggedReading(GlucoseReading::Flag flag, double limitMgDl, Glucose::Unit unit)
{
    GlucoseReading reading;
    reading.flag = flag;
    reading.unit = unit;
    const double limit = Glucose::convert(limitMgDl, Glucose::Unit::MgDl, unit);
    const double scale = std::pow(10.0, Glucose::decimals(unit));
    reading.value = std::round(limit * scale) / scale;
    return reading;
}

std::optional<GlucoseReading::Flag> flagFromText(QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    if (t.isEmpty() || ((t[0] | 0x20) != 'l' && (t[0] | 0x20) != 'h'))  // values are mostly numbers: one test for them
        return std::nullopt;
    if (t.compare("low", Qt::CaseInsensitive) == 0 || t.compare("lo", Qt::CaseInsensitive) == 0)
        return GlucoseReading::Flag::Lo;
    if (t.compare("high", Qt::CaseInsensitive) == 0 || t.compare("hi", Qt::CaseInsensitive) == 0)
        return GlucoseReading::Flag::Hi;
    return std::nullopt;
}

bool nextDataRow(CsvReader &reader, std::vector<QByteArrayView> &fields, const ImportOptions &options, int &rowCount,
                 ImportProblem *problem)
{
    while (reader.next(fields)) {
        if (!keepGoing(options, ++rowCount, reader.position(), reader.size())) {
            *problem = {0, cancelledReason(), true};
            return false;
        }
        if (reader.truncated()) {
            *problem = {reader.line(), truncatedReason()};
            return false;
        }
        if (fields.size() != 1 || !fields[0].trimmed().isEmpty())
            return true;
    }
    *problem = {};
    return false;
}

bool keepGoing(const ImportOptions &options, int row, qsizetype done, qsizetype total)
{
    if (!options.progress || row % 4096 != 0)
        return true;
    return options.progress(done, total);
}

QString cancelledReason()
{
    return QCoreApplication::translate("Import", "the import was cancelled; nothing was added");
}

QString truncatedReason()
{
    return QCoreApplication::translate("Import", "the file ends inside a quoted field; it may be cut short");
}

bool readHeader(CsvReader &reader, std::vector<QByteArrayView> &header, ImportProblem *problem)
{
    if (reader.next(header))
        return true;
    *problem = {0, QCoreApplication::translate("Import", "the file is empty")};
    return false;
}

GlucoseReading readingAt(double value, Glucose::Unit unit, const WallClock::Instant &instant, const QString &source)
{
    GlucoseReading reading;
    reading.value = value;
    reading.unit = unit;
    reading.utcMs = instant.utcMs;
    reading.utcOffsetSec = instant.offsetSec;
    reading.source = source;
    return reading;
}

DiaryEntry entryAt(DiaryEntry::Payload payload, const WallClock::Instant &instant, const QString &source,
                   const QString &note)
{
    DiaryEntry entry;
    entry.utcMs = instant.utcMs;
    entry.utcOffsetSec = instant.offsetSec;
    entry.source = source;
    entry.note = note;
    entry.payload = std::move(payload);
    return entry;
}

} // namespace ImportParsing
