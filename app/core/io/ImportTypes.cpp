#include "ImportTypes.h"

#include "ImportParsing.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
struct FormatKey {
    ImportFormat format;
    const char *key;
};
constexpr FormatKey FormatKeys[] = {
    {ImportFormat::Auto, "auto"},         {ImportFormat::DiaryCsv, "csv"},
    {ImportFormat::LibreView, "libreview"}, {ImportFormat::Clarity, "clarity"},
    {ImportFormat::Nightscout, "nightscout"}, {ImportFormat::XDrip, "xdrip"},
    {ImportFormat::Contour, "contour"},       {ImportFormat::MySugr, "mysugr"},
    {ImportFormat::AppleHealth, "applehealth"},
};
} // namespace

QString importFormatKey(ImportFormat format)
{
    for (const auto &entry : FormatKeys) {
        if (entry.format == format)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<ImportFormat> importFormatFromKey(const QString &key)
{
    for (const auto &entry : FormatKeys) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QString ImportProblem::message(const QString &fileName) const
{
    if (line > 0)
        return QCoreApplication::translate("Import", "%1, line %2: %3").arg(fileName).arg(line).arg(reason);
    return QCoreApplication::translate("Import", "%1: %2").arg(fileName, reason);
}

QString skipReasonText(SkipReason reason, int count)
{
    switch (reason) {
    case SkipReason::SensorErrorCode:
        return QCoreApplication::translate("Import", "%n sensor error code(s)", nullptr, count);
    case SkipReason::EmptyValue:
        return QCoreApplication::translate("Import", "%n row(s) without a value", nullptr, count);
    case SkipReason::OtherRecordKind:
        return QCoreApplication::translate("Import", "%n record(s) of kinds the diary does not keep", nullptr, count);
    }
    return {};
}

namespace {
constexpr std::size_t ReadingsPerPart = 4096;
} // namespace

void ParsedImport::expect(std::size_t count, const ImportOptions &options)
{
    readings.reserve(options.readingsSink ? std::min(count, ReadingsPerPart) : count);
}

void ParsedImport::expectLinesOf(QByteArrayView text, const ImportOptions &options)
{
    readings.reserve(options.readingsSink ? ReadingsPerPart : std::size_t(ImportParsing::lineCount(text)));
}

bool ParsedImport::add(GlucoseReading reading, const ImportOptions &options, ImportProblem *problem)
{
    readings.push_back(std::move(reading));
    if (!options.readingsSink || readings.size() < ReadingsPerPart)
        return true;
    QString reason;
    if (!options.readingsSink(readings, &reason)) {
        *problem = {0, reason};
        return false;
    }
    readings.clear();
    return true;
}
