#include "LibreViewParser.h"

#include "CsvReader.h"
#include "ImportParsing.h"
#include "WallClock.h"

#include <QCoreApplication>
#include <algorithm>

using namespace ImportParsing;

namespace {

constexpr double LibreLowMgDl = 40.0;
constexpr double LibreHighMgDl = 500.0;

// One glucose row before the date order is known: the date's three numbers as written.
struct PendingRow {
    int line = 0;
    int recordType = 0;
    int first = 0;   // day or month
    int second = 0;  // month or day
    int year = 0;
    QTime time;
    QByteArrayView value;  // into the file's text
};

enum class DateOrder { DayFirst, MonthFirst };

// "16-03-2021 13:42", "01-02-2026 11:40 PM", "2021/03/16 13:42" (separators - / .), AM/PM or 上午/下午. A year-first
// date is stored month first.
bool splitTimestamp(QByteArrayView text, PendingRow *row, bool *yearFirst)
{
    QByteArray stamp = text.trimmed().toByteArray();
    bool pm = false;
    bool twelveHour = false;
    for (const auto &[marker, isPm] : {std::pair{QByteArrayView("PM"), true}, {QByteArrayView("AM"), false},
                                        {QByteArrayView("下午"), true}, {QByteArrayView("上午"), false}}) {
        const qsizetype at = stamp.indexOf(marker);
        if (at >= 0) {
            twelveHour = true;
            pm = isPm;
            stamp = stamp.remove(at, marker.size()).simplified();
            break;
        }
    }
    text = stamp;
    const qsizetype space = text.indexOf(' ');
    if (space < 0)
        return false;
    const QByteArrayView date = text.first(space);
    const QByteArrayView clock = text.sliced(space + 1).trimmed();
    *yearFirst = date.size() == 10 && digits(date, 0, 4) >= 0;
    if (*yearFirst) {
        row->year = digits(date, 0, 4);
        row->first = digits(date, 5, 2);
        row->second = digits(date, 8, 2);
    } else {
        if (date.size() != 10)
            return false;
        row->first = digits(date, 0, 2);
        row->second = digits(date, 3, 2);
        row->year = digits(date, 6, 4);
    }
    const qsizetype colon = clock.indexOf(':');
    if (colon < 1 || colon > 2 || row->first < 0 || row->second < 0 || row->year < 0)
        return false;
    int hour = digits(clock, 0, int(colon));
    const int minute = digits(clock, colon + 1, 2);
    int second = 0;
    if (clock.size() > colon + 3 && clock[colon + 3] == ':')
        second = digits(clock, colon + 4, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return false;
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    row->time = QTime(hour, minute, second);
    return row->time.isValid();
}

QDate dateOf(const PendingRow &row, DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QDate(row.year, row.second, row.first);
    case DateOrder::MonthFirst:
        return QDate(row.year, row.first, row.second);
    }
    return {};
}

// Historic rows are written oldest first; under the wrong date order they jump by weeks or run backwards.
int continuityBreaks(const std::vector<PendingRow> &rows, DateOrder order)
{
    int breaks = 0;
    qint64 previous = 0;
    bool first = true;
    for (const PendingRow &row : rows) {
        if (row.recordType != 0)
            continue;
        const qint64 minutes = dateOf(row, order).toJulianDay() * 1440 + row.time.msecsSinceStartOfDay() / 60000;
        const qint64 step = minutes - previous;
        if (!first && (step < 0 || step > 2 * 1440))
            ++breaks;
        previous = minutes;
        first = false;
    }
    return breaks;
}

bool fits(const std::vector<PendingRow> &rows, DateOrder order)
{
    for (const PendingRow &row : rows) {
        if (!dateOf(row, order).isValid())
            return false;
    }
    return true;
}

bool sameDates(const std::vector<PendingRow> &rows)
{
    for (const PendingRow &row : rows) {
        if (row.first != row.second)
            return false;
    }
    return true;
}

// The columns every LibreView export has at the same place in every language (19 columns, or 21 with the two ketone
// columns of newer exports); their names are translated, so they are found by position.
constexpr int TimestampColumn = 2;
constexpr int TypeColumn = 3;
constexpr int HistoricColumn = 4;
constexpr int ScanColumn = 5;
constexpr int StripColumn = 14;

} // namespace

bool isLibreViewHeader(const std::vector<QByteArrayView> &header)
{
    return header.size() == 19 || header.size() == 21;
}

std::optional<Glucose::Unit> libreViewUnit(const std::vector<QByteArrayView> &header)
{
    const QByteArrayView historic = header[HistoricColumn];
    if (historic.contains("mg/dL"))
        return Glucose::Unit::MgDl;
    if (historic.contains("mmol/L"))
        return Glucose::Unit::MmolL;
    return std::nullopt;
}

std::optional<ParsedImport> parseLibreView(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text);
    std::vector<QByteArrayView> fields;
    if (!reader.next(fields) || !reader.next(fields)) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "the file ends before the column header")};
        return std::nullopt;
    }
    const std::vector<QByteArrayView> header = fields;
    if (!isLibreViewHeader(header)) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "not a LibreView export: the header has %1 "
                                                                         "columns, 19 or 21 expected")
                                       .arg(header.size())};
        return std::nullopt;
    }
    const auto unit = libreViewUnit(header);
    if (!unit) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "unknown glucose unit “%1” in the header")
                                       .arg(excerpt(header[HistoricColumn]))};
        return std::nullopt;
    }
    ParsedImport parsed;
    parsed.format = ImportFormat::LibreView;
    std::vector<PendingRow> rows;
    bool anyYearFirst = false;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        if (int(fields.size()) <= std::max(TimestampColumn, TypeColumn)) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "the row has %1 fields, the header %2")
                                           .arg(fields.size())
                                           .arg(header.size())};
            return std::nullopt;
        }
        bool typeOk = false;
        const int recordType = fields[TypeColumn].trimmed().toInt(&typeOk);
        if (!typeOk) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not a record type")
                                           .arg(excerpt(fields[TypeColumn]))};
            return std::nullopt;
        }
        const int valueColumn = recordType == 0 ? HistoricColumn : recordType == 1 ? ScanColumn
                                                               : recordType == 2 ? StripColumn
                                                                                 : -1;
        if (valueColumn < 0)
            continue;
        PendingRow row;
        row.line = reader.line();
        row.recordType = recordType;
        bool yearFirst = false;
        if (!splitTimestamp(fields[TimestampColumn], &row, &yearFirst)) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not a date and time")
                                           .arg(excerpt(fields[TimestampColumn]))};
            return std::nullopt;
        }
        anyYearFirst = anyYearFirst || yearFirst;
        row.value = valueColumn < int(fields.size()) ? fields[valueColumn].trimmed() : QByteArrayView();
        if (row.value.isEmpty()) {
            parsed.skip(SkipReason::EmptyValue);
            continue;
        }
        rows.push_back(std::move(row));
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;

    DateOrder order = DateOrder::DayFirst;
    if (anyYearFirst) {
        order = DateOrder::MonthFirst;
    } else {
        const bool dayFirst = fits(rows, DateOrder::DayFirst);
        const bool monthFirst = fits(rows, DateOrder::MonthFirst);
        if (!dayFirst && !monthFirst) {
            *problem = {0, QCoreApplication::translate("Import", "the dates fit neither day-month-year nor month-day-year")};
            return std::nullopt;
        }
        if (dayFirst && monthFirst && !sameDates(rows)) {
            const int dayBreaks = continuityBreaks(rows, DateOrder::DayFirst);
            const int monthBreaks = continuityBreaks(rows, DateOrder::MonthFirst);
            if (dayBreaks == monthBreaks) {
                *problem = {0, QCoreApplication::translate(
                                   "Import", "the dates could be read day-first or month-first (for example %1-%2-%3); "
                                             "nothing was imported")
                                   .arg(rows.front().first, 2, 10, QLatin1Char('0'))
                                   .arg(rows.front().second, 2, 10, QLatin1Char('0'))
                                   .arg(rows.front().year)};
                return std::nullopt;
            }
            order = dayBreaks < monthBreaks ? DateOrder::DayFirst : DateOrder::MonthFirst;
        } else {
            order = dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
        }
    }

    // In time order, so that each part handed to the diary covers a short stretch of time (its duplicate check reads
    // only that stretch); stable, so of two equal readings the first in the file still counts.
    const auto earlier = [order](const PendingRow &a, const PendingRow &b) {
        const auto dayA = dateOf(a, order).toJulianDay();
        const auto dayB = dateOf(b, order).toJulianDay();
        return dayA < dayB || (dayA == dayB && a.time < b.time);
    };
    if (!std::is_sorted(rows.begin(), rows.end(), earlier))
        std::stable_sort(rows.begin(), rows.end(), earlier);
    WallClock clock(options.zone);
    parsed.expect(rows.size(), options);
    for (const PendingRow &row : rows) {
        GlucoseReading reading;
        if (const auto flag = flagFromText(row.value)) {
            reading = flaggedReading(*flag, *flag == GlucoseReading::Flag::Lo ? LibreLowMgDl : LibreHighMgDl, *unit);
        } else {
            QString reason;
            const auto value = glucoseValue(row.value, *unit, &reason);
            if (!value) {
                *problem = {row.line, reason};
                return std::nullopt;
            }
            reading.value = *value;
            reading.unit = *unit;
        }
        const auto instant = clock.toInstant(dateOf(row, order), row.time);
        if (!instant) {
            *problem = {row.line, QCoreApplication::translate("Import", "the date does not exist")};
            return std::nullopt;
        }
        reading.utcMs = instant->utcMs;
        reading.utcOffsetSec = instant->offsetSec;
        reading.source = options.source;
        if (!parsed.add(std::move(reading), options, problem))
            return std::nullopt;
    }
    return parsed;
}
