#include "ImportFormatDetection.h"

#include "AppleHealthParser.h"
#include "ClarityParser.h"
#include "ContourParser.h"
#include "CsvReader.h"
#include "DiaryCsvFormat.h"
#include "DiaryCsvParser.h"
#include "LibreViewParser.h"
#include "MySugrParser.h"
#include "NightscoutParser.h"
#include "XDripParser.h"

#include <QBuffer>
#include <QCoreApplication>

namespace {

// A LibreView export in a language we hold no names for: a metadata line, then a header with LibreView's column count
// whose historic glucose column names a unit.
bool hasLibreViewLayout(QByteArrayView head)
{
    CsvReader reader(head);
    std::vector<QByteArrayView> fields;
    return reader.next(fields) && reader.next(fields) && isLibreViewHeader(fields) && libreViewUnit(fields);
}

} // namespace

ImportFormat detectImportFormat(const QByteArray &text)
{
    QByteArrayView head = QByteArrayView(text).first(std::min<qsizetype>(text.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArrayView trimmed = head.trimmed();
    if (looksLikeAppleHealthXml(head))
        return ImportFormat::AppleHealth;
    if (trimmed.startsWith('[') || trimmed.startsWith('{'))
        return ImportFormat::Nightscout;
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView firstLine = lineEnd < 0 ? head : head.first(lineEnd);
    if (firstLine.startsWith("Glucose Data") || head.contains("Historic Glucose") || hasLibreViewLayout(head))
        return ImportFormat::LibreView;
    if (firstLine.contains("Event Type") && firstLine.contains("Glucose Value"))
        return ImportFormat::Clarity;
    if (firstLine.startsWith("DAY;TIME;UDT_CGMS"))
        return ImportFormat::XDrip;
    if (firstLine.startsWith("#,Date and Time,"))
        return ImportFormat::Contour;
    if (firstLine.contains("Blood Sugar Measurement") || firstLine.contains("Blood Glucose Measurement"))
        return ImportFormat::MySugr;
    if (firstLine.startsWith(QByteArray(DiaryCsvFormat::Columns[0]) + ',' + DiaryCsvFormat::Columns[1]))
        return ImportFormat::DiaryCsv;
    return ImportFormat::Auto;
}

std::optional<ParsedImport> parseGlucoseFile(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    const ImportFormat format = options.format == ImportFormat::Auto ? detectImportFormat(text) : options.format;
    switch (format) {
    case ImportFormat::DiaryCsv:
        return parseDiaryCsv(text, options, problem);
    case ImportFormat::LibreView:
        return parseLibreView(text, options, problem);
    case ImportFormat::Clarity:
        return parseClarity(text, options, problem);
    case ImportFormat::Nightscout:
        return parseNightscout(text, options, problem);
    case ImportFormat::XDrip:
        return parseXDrip(text, options, problem);
    case ImportFormat::Contour:
        return parseContour(text, options, problem);
    case ImportFormat::MySugr:
        return parseMySugr(text, options, problem);
    case ImportFormat::AppleHealth: {
        QBuffer xml;
        xml.setData(text);
        xml.open(QIODevice::ReadOnly);
        return parseAppleHealth(xml, text.size(), options, problem);
    }
    case ImportFormat::Auto:
        break;
    }
    *problem = {0, QCoreApplication::translate("Import", "the format was not recognised (LibreView, Dexcom Clarity, "
                                                         "Nightscout, xDrip+ or IsletGuide CSV expected)")};
    return std::nullopt;
}
