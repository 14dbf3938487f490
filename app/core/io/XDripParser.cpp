#include "XDripParser.h"

#include "CsvReader.h"
#include "ImportParsing.h"
#include "WallClock.h"

#include <QCoreApplication>

using namespace ImportParsing;

std::optional<ParsedImport> parseXDrip(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text, ';');
    std::vector<QByteArrayView> header;
    if (!readHeader(reader, header, problem))
        return std::nullopt;
    const int dayColumn = columnStartingWith(header, "DAY");
    const int timeColumn = columnStartingWith(header, "TIME");
    const int cgmColumn = columnStartingWith(header, "UDT_CGMS");
    const int meterColumn = columnStartingWith(header, "BG_LEVEL");
    if (dayColumn < 0 || timeColumn < 0 || cgmColumn < 0 || meterColumn < 0) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "not an xDrip+ SiDiary export: the header is “%1”")
                                       .arg(excerpt(header.front()))};
        return std::nullopt;
    }
    ParsedImport parsed;
    parsed.format = ImportFormat::XDrip;
    parsed.expectLinesOf(text, options);
    WallClock clock(options.zone);
    std::vector<QByteArrayView> fields;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        const auto field = [&fields](int column) {
            return column < int(fields.size()) ? fields[column].trimmed() : QByteArrayView();
        };
        const QByteArrayView cgm = field(cgmColumn);
        const QByteArrayView meter = field(meterColumn);
        if (cgm.isEmpty() && meter.isEmpty())
            continue;
        const QByteArrayView day = field(dayColumn);
        const QByteArrayView clockText = field(timeColumn);
        const int year = digits(day, 6, 4);
        const int month = digits(day, 3, 2);
        const int dayOfMonth = digits(day, 0, 2);
        const QDate date = year > 0 && month > 0 && dayOfMonth > 0 ? QDate(year, month, dayOfMonth) : QDate();
        const QTime time(digits(clockText, 0, 2), digits(clockText, 3, 2));
        const auto instant = day.size() == 10 && clockText.size() == 5 ? clock.toInstant(date, time) : std::nullopt;
        if (!instant) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1 %2” is not a date and time")
                                           .arg(excerpt(day, 20), excerpt(clockText, 20))};
            return std::nullopt;
        }
        QString reason;
        const auto value = glucoseValue(cgm.isEmpty() ? meter : cgm, Glucose::Unit::MgDl, &reason);
        if (!value) {
            *problem = {reader.line(), reason};
            return std::nullopt;
        }
        const QString source = cgm.isEmpty() ? QStringLiteral("meter") : options.source;
        if (!parsed.add(readingAt(*value, Glucose::Unit::MgDl, *instant, source), options, problem))
            return std::nullopt;
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;
    return parsed;
}
