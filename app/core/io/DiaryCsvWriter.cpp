#include "DiaryCsvWriter.h"

#include "DiaryCsvFormat.h"

#include <QDateTime>
#include <QTimeZone>
#include <QLocale>

namespace {

QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray number(double value, int decimals = -1)
{
    return decimals < 0 ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                        : QByteArray::number(value, 'f', decimals);
}

} // namespace

QByteArray diaryCsv(const std::vector<DiaryEntry> &entries)
{
    using namespace DiaryCsvFormat;
    QByteArray csv("\xEF\xBB\xBF");
    csv.reserve(int(entries.size()) * 96 + 256);
    for (int c = 0; c < ColumnCount; ++c)
        csv += (c > 0 ? "," : "") + QByteArray(Columns[c]);
    csv += "\r\n";
    for (const DiaryEntry &entry : entries) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(entry.utcMs, QTimeZone::utc());
        const QDateTime local = utc.toOffsetFromUtc(entry.utcOffsetSec);
        QByteArray value, unit, mgdl, mmol, flag, meal, insulinKind, name, dose;
        switch (entry.kind()) {
        case DiaryEntry::Kind::Glucose: {
            const auto &glucose = entry.as<DiaryEntry::Glucose>();
            value = number(glucose.value);
            unit = QByteArray(Glucose::unitKey(glucose.unit).data(), Glucose::unitKey(glucose.unit).size());
            mgdl = number(Glucose::toMgDl(glucose.value, glucose.unit), 0);
            mmol = number(Glucose::toMmolL(glucose.value, glucose.unit), 1);
            flag = flagKey(glucose.flag);
            meal = mealKey(glucose.context);
            break;
        }
        case DiaryEntry::Kind::Insulin: {
            const auto &insulin = entry.as<DiaryEntry::Insulin>();
            value = number(insulin.units);
            unit = "U";
            insulinKind = insulinKindKey(insulin.kind);
            name = quoted(cellText(insulin.name));
            break;
        }
        case DiaryEntry::Kind::Carbs:
            value = number(entry.as<DiaryEntry::Carbs>().grams);
            unit = "g";
            break;
        case DiaryEntry::Kind::Medication:
            name = quoted(cellText(entry.as<DiaryEntry::Medication>().name));
            dose = quoted(cellText(entry.as<DiaryEntry::Medication>().dose));
            break;
        case DiaryEntry::Kind::HbA1c:
            value = number(entry.as<DiaryEntry::HbA1c>().value);
            unit = hba1cUnitKey(entry.as<DiaryEntry::HbA1c>().unit);
            break;
        case DiaryEntry::Kind::Note:
            break;
        }
        for (const QByteArray &field :
             {kindKey(entry.kind()), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1(),
              offsetText(entry.utcOffsetSec), utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1(), value,
              unit, mgdl, mmol, flag, meal, insulinKind, name, dose, quoted(cellText(entry.source)),
              quoted(cellText(entry.note))}) {
            csv += field;
            csv += ',';
        }
        csv.chop(1);
        csv += "\r\n";
    }
    return csv;
}
