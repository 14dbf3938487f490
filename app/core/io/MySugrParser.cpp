#include "MySugrParser.h"

#include "CsvReader.h"
#include "ImportParsing.h"
#include "WallClock.h"

#include <QCoreApplication>
#include <QLocale>

using namespace ImportParsing;

namespace {

// "Apr 1, 2024" and "7:05:00 AM" (or "07:05:00" on a 24-hour phone), as mySugr writes them in English.
std::optional<std::pair<QDate, QTime>> mySugrDateTime(QByteArrayView dateText, QByteArrayView timeText)
{
    const QLocale english = QLocale::c();
    const QDate date = english.toDate(QString::fromLatin1(dateText), QStringLiteral("MMM d, yyyy"));
    const QString time = QString::fromLatin1(timeText);
    QTime clock = english.toTime(time, QStringLiteral("h:mm:ss AP"));
    if (!clock.isValid())
        clock = english.toTime(time, QStringLiteral("H:mm:ss"));
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return std::pair{date, clock};
}

GlucoseReading::MealContext mealContext(QByteArrayView tags)
{
    using Context = GlucoseReading::MealContext;
    if (tags.contains("Fasting"))
        return Context::Fasting;
    if (tags.contains("Bedtime"))
        return Context::Bedtime;
    const bool before = tags.contains("Before Meal") || tags.contains("Before meal");
    const bool after = tags.contains("After Meal") || tags.contains("After meal");
    if (tags.contains("Breakfast"))
        return after ? Context::AfterBreakfast : before ? Context::BeforeBreakfast : Context::Other;
    if (tags.contains("Lunch"))
        return after ? Context::AfterLunch : before ? Context::BeforeLunch : Context::Other;
    if (tags.contains("Dinner"))
        return after ? Context::AfterDinner : before ? Context::BeforeDinner : Context::Other;
    return Context::Other;
}

} // namespace

std::optional<ParsedImport> parseMySugr(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text);
    std::vector<QByteArrayView> header;
    if (!readHeader(reader, header, problem))
        return std::nullopt;
    const int dateColumn = columnStartingWith(header, "Date");
    const int timeColumn = columnStartingWith(header, "Time");
    int glucoseColumn = columnStartingWith(header, "Blood Sugar Measurement");
    if (glucoseColumn < 0)
        glucoseColumn = columnStartingWith(header, "Blood Glucose Measurement");
    if (dateColumn < 0 || timeColumn < 0 || glucoseColumn < 0) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "not a mySugr export: the header is “%1”")
                                       .arg(excerpt(header.front()))};
        return std::nullopt;
    }
    const Glucose::Unit unit = header[glucoseColumn].contains("mmol") ? Glucose::Unit::MmolL : Glucose::Unit::MgDl;
    const int tagsColumn = columnStartingWith(header, "Tags");
    const int noteColumn = columnStartingWith(header, "Note");
    const int carbsColumn = columnStartingWith(header, "Meal Carbohydrates");
    const int basalColumn = columnStartingWith(header, "Basal Injection Units");
    const int bolusColumns[] = {columnStartingWith(header, "Insulin (Meal)"),
                                columnStartingWith(header, "Insulin (Correction)"),
                                columnStartingWith(header, "Insulin Injection Units (Pen)")};
    ParsedImport parsed;
    parsed.format = ImportFormat::MySugr;
    parsed.expectLinesOf(text, options);
    WallClock clock(options.zone);
    std::vector<QByteArrayView> fields;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        const auto field = [&fields](int column) {
            return column >= 0 && column < int(fields.size()) ? fields[column].trimmed() : QByteArrayView();
        };
        const auto amount = [&](int column, const char *what) -> std::optional<double> {
            const QByteArrayView raw = field(column);
            if (raw.isEmpty())
                return 0.0;
            bool ok = false;
            const double number = QString::fromLatin1(raw).toDouble(&ok);
            if (ok && number >= 0)
                return number;
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not %2")
                                           .arg(excerpt(raw), QCoreApplication::translate("Import", what))};
            return std::nullopt;
        };
        const auto local = mySugrDateTime(field(dateColumn), field(timeColumn));
        const auto instant = local ? clock.toInstant(local->first, local->second) : std::nullopt;
        if (!instant) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1 %2” is not a date and time")
                                           .arg(excerpt(field(dateColumn), 20), excerpt(field(timeColumn), 20))};
            return std::nullopt;
        }
        QString note = QString::fromUtf8(field(noteColumn));
        const auto takeNote = [&note] { return std::exchange(note, QString()); };
        const auto entryOf = [&](DiaryEntry::Payload payload) {
            return entryAt(std::move(payload), *instant, options.source, takeNote());
        };
        if (const QByteArrayView value = field(glucoseColumn); !value.isEmpty()) {
            QString reason;
            const auto checked = glucoseValue(value, unit, &reason);
            if (!checked) {
                *problem = {reader.line(), reason};
                return std::nullopt;
            }
            GlucoseReading reading = readingAt(*checked, unit, *instant, QStringLiteral("meter"));
            reading.context = mealContext(field(tagsColumn));
            reading.note = takeNote();
            if (!parsed.add(std::move(reading), options, problem))
                return std::nullopt;
        }
        double bolus = 0;
        for (const int column : bolusColumns) {
            const auto units = amount(column, QT_TRANSLATE_NOOP("Import", "an amount of insulin"));
            if (!units)
                return std::nullopt;
            bolus += *units;
        }
        const auto basal = amount(basalColumn, QT_TRANSLATE_NOOP("Import", "an amount of insulin"));
        const auto carbs = basal ? amount(carbsColumn, QT_TRANSLATE_NOOP("Import", "an amount of carbohydrates"))
                                 : std::nullopt;
        if (!basal || !carbs)
            return std::nullopt;
        if (bolus > 0)
            parsed.otherEntries.push_back(entryOf(DiaryEntry::Insulin{bolus, DiaryEntry::InsulinKind::Rapid, {}}));
        if (*basal > 0)
            parsed.otherEntries.push_back(entryOf(DiaryEntry::Insulin{*basal, DiaryEntry::InsulinKind::Long, {}}));
        if (*carbs > 0)
            parsed.otherEntries.push_back(entryOf(DiaryEntry::Carbs{*carbs}));
        if (!note.isEmpty())
            parsed.otherEntries.push_back(entryOf(DiaryEntry::Note{}));
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;
    return parsed;
}
