#include "ClarityParser.h"

#include "CsvReader.h"
#include "ImportParsing.h"
#include "WallClock.h"

#include <QCoreApplication>

using namespace ImportParsing;

namespace {

constexpr double DexcomLowMgDl = 40.0;
constexpr double DexcomHighMgDl = 400.0;

} // namespace

std::optional<ParsedImport> parseClarity(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text);
    std::vector<QByteArrayView> header;
    if (!reader.next(header)) {
        *problem = {0, QCoreApplication::translate("Import", "the file is empty")};
        return std::nullopt;
    }
    int timestampColumn = columnStartingWith(header, "Timestamp");
    if (timestampColumn < 0)
        timestampColumn = columnStartingWith(header, "date_time");
    const int typeColumn = columnStartingWith(header, "Event Type");
    const int valueColumn = columnStartingWith(header, "Glucose Value");
    if (timestampColumn < 0 || typeColumn < 0 || valueColumn < 0) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "not a Dexcom Clarity export: there is no “%1” column")
                                       .arg(QLatin1String(timestampColumn < 0 ? "Timestamp"
                                                          : typeColumn < 0    ? "Event Type"
                                                                              : "Glucose Value"))};
        return std::nullopt;
    }
    const QByteArrayView valueHeader = header[valueColumn].trimmed();
    const qsizetype open = valueHeader.indexOf('(');
    const qsizetype close = open >= 0 ? valueHeader.indexOf(')', open) : -1;
    const QByteArrayView unitText = close > open ? valueHeader.sliced(open + 1, close - open - 1) : QByteArrayView();
    const auto unit = Glucose::unitFromKey(std::string_view(unitText.constData(), unitText.size()));
    if (!unit) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "unknown glucose unit “%1” in the header")
                                       .arg(excerpt(unitText))};
        return std::nullopt;
    }
    const int needed = std::max({timestampColumn, typeColumn, valueColumn}) + 1;

    ParsedImport parsed;
    parsed.format = ImportFormat::Clarity;
    parsed.expectLinesOf(text, options);
    WallClock clock(options.zone);
    std::vector<QByteArrayView> fields;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        if (int(fields.size()) <= typeColumn || fields[typeColumn].trimmed() != "EGV")
            continue;
        if (int(fields.size()) < needed) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "the row has %1 fields, the header %2")
                                           .arg(fields.size())
                                           .arg(header.size())};
            return std::nullopt;
        }
        const QByteArrayView valueText = fields[valueColumn];
        if (valueText.trimmed().isEmpty()) {
            parsed.skip(SkipReason::EmptyValue);
            continue;
        }
        GlucoseReading reading;
        if (const auto flag = flagFromText(valueText)) {
            reading = flaggedReading(*flag, *flag == GlucoseReading::Flag::Lo ? DexcomLowMgDl : DexcomHighMgDl, *unit);
        } else {
            QString reason;
            const auto value = glucoseValue(valueText, *unit, &reason);
            if (!value) {
                *problem = {reader.line(), reason};
                return std::nullopt;
            }
            reading.value = *value;
            reading.unit = *unit;
        }
        const auto local = isoLocalDateTime(fields[timestampColumn].trimmed());
        const auto instant = local ? clock.toInstant(local->first, local->second) : std::nullopt;
        if (!instant) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not a date and time")
                                           .arg(excerpt(fields[timestampColumn]))};
            return std::nullopt;
        }
        reading.utcMs = instant->utcMs;
        reading.utcOffsetSec = instant->offsetSec;
        reading.source = options.source;
        if (!parsed.add(std::move(reading), options, problem))
            return std::nullopt;
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;
    return parsed;
}
