#include "DiaryCsvParser.h"

#include "CsvReader.h"
#include "DiaryCsvFormat.h"
#include "ImportParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <array>
#include <cmath>

using namespace ImportParsing;

namespace {

enum Column { Kind, LocalTime, UtcOffset, UtcTime, Value, Unit, MgDl, MmolL, Flag, Meal, InsulinKind, Name, Dose,
              Source, Note };

QString badField(const char *column, QByteArrayView text)
{
    return QCoreApplication::translate("Import", "“%1” is not a valid %2").arg(excerpt(text), QLatin1String(column));
}

} // namespace

std::optional<ParsedImport> parseDiaryCsv(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text);
    std::vector<QByteArrayView> header;
    if (!reader.next(header)) {
        *problem = {0, QCoreApplication::translate("Import", "the file is empty")};
        return std::nullopt;
    }
    std::array<int, DiaryCsvFormat::ColumnCount> columns{};
    for (int c = 0; c < DiaryCsvFormat::ColumnCount; ++c) {
        columns[c] = columnStartingWith(header, DiaryCsvFormat::Columns[c]);
        if (columns[c] < 0) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "not an IsletGuide export: there is no “%1” column")
                                           .arg(QLatin1String(DiaryCsvFormat::Columns[c]))};
            return std::nullopt;
        }
    }
    ParsedImport parsed;
    parsed.format = ImportFormat::DiaryCsv;
    parsed.expectLinesOf(text, options);
    std::vector<QByteArrayView> fields;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        const auto field = [&](Column column) {
            const int index = columns[column];
            return index < int(fields.size()) ? fields[index] : QByteArrayView();
        };
        const auto text = [&](Column column) { return DiaryCsvFormat::textFromCell(QString::fromUtf8(field(column))); };
        const auto fail = [&](const QString &reason) {
            *problem = {reader.line(), reason};
            return std::nullopt;
        };
        const auto kind = DiaryCsvFormat::kindFromKey(field(Kind));
        if (!kind)
            return fail(badField("kind", field(Kind)));
        const QByteArrayView utcText = field(UtcTime);
        const auto utc = utcText.endsWith('Z') ? isoLocalDateTime(utcText.chopped(1)) : std::nullopt;
        if (!utc)
            return fail(badField("utc_time", utcText));
        const auto offset = DiaryCsvFormat::offsetFromText(field(UtcOffset));
        if (!offset)
            return fail(badField("utc_offset", field(UtcOffset)));

        DiaryEntry entry;
        entry.utcMs = QDateTime(utc->first, utc->second, QTimeZone::utc()).toMSecsSinceEpoch();
        entry.utcOffsetSec = *offset;
        entry.source = text(Source);
        entry.note = text(Note);
        bool ok = false;
        const double number = field(Value).toDouble(&ok);
        if (*kind != DiaryEntry::Kind::Note && *kind != DiaryEntry::Kind::Medication && (!ok || !std::isfinite(number)))
            return fail(badField("value", field(Value)));
        switch (*kind) {
        case DiaryEntry::Kind::Glucose: {
            const QByteArrayView unitText = field(Unit);
            const auto unit = Glucose::unitFromKey(std::string_view(unitText.constData(), unitText.size()));
            const auto flag = DiaryCsvFormat::flagFromKey(field(Flag));
            const auto meal = DiaryCsvFormat::mealFromKey(field(Meal));
            if (!unit)
                return fail(badField("unit", unitText));
            if (!flag)
                return fail(badField("flag", field(Flag)));
            if (!meal)
                return fail(badField("meal", field(Meal)));
            QString reason;
            if (!glucoseValue(field(Value), *unit, &reason))
                return fail(reason);
            entry.payload = DiaryEntry::Glucose{number, *unit, *meal, *flag};
            if (!parsed.add(entry.reading(), options, problem))
                return std::nullopt;
            continue;
        }
        case DiaryEntry::Kind::Insulin: {
            const auto insulinKind = DiaryCsvFormat::insulinKindFromKey(field(InsulinKind));
            if (!insulinKind)
                return fail(badField("insulin_kind", field(InsulinKind)));
            entry.payload = DiaryEntry::Insulin{number, *insulinKind, text(Name)};
            break;
        }
        case DiaryEntry::Kind::Carbs:
            entry.payload = DiaryEntry::Carbs{number};
            break;
        case DiaryEntry::Kind::Medication:
            entry.payload = DiaryEntry::Medication{text(Name), text(Dose)};
            break;
        case DiaryEntry::Kind::HbA1c: {
            const auto unit = DiaryCsvFormat::hba1cUnitFromKey(field(Unit));
            if (!unit)
                return fail(badField("unit", field(Unit)));
            entry.payload = DiaryEntry::HbA1c{number, *unit};
            break;
        }
        case DiaryEntry::Kind::Note:
            entry.payload = DiaryEntry::Note{};
            break;
        }
        parsed.otherEntries.push_back(std::move(entry));
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;
    return parsed;
}
