#include "ContourParser.h"

#include "CsvReader.h"
#include "ImportParsing.h"
#include "WallClock.h"
#include "diary/MealContextGuess.h"

#include <QCoreApplication>

using namespace ImportParsing;

namespace {

// "04/01/2024 07:05 AM" (the space before the marker may be U+00A0 or U+202F) or "01.04.24 07:05".
std::optional<std::pair<QDate, QTime>> contourDateTime(QByteArrayView text)
{
    if (text.size() >= 14 && text[2] == '.' && text[5] == '.' && text[8] == ' ') {
        const QDate date(2000 + digits(text, 6, 2), digits(text, 3, 2), digits(text, 0, 2));
        const QTime time(digits(text, 9, 2), digits(text, 12, 2));
        if (date.isValid() && time.isValid() && text.size() == 14)
            return std::pair{date, time};
        return std::nullopt;
    }
    if (text.size() < 16 || text[2] != '/' || text[5] != '/' || text[10] != ' ' || text[13] != ':')
        return std::nullopt;
    const QDate date(digits(text, 6, 4), digits(text, 0, 2), digits(text, 3, 2));
    int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    QByteArrayView marker = text.sliced(16);
    for (const QByteArrayView space : {QByteArrayView("\xC2\xA0"), QByteArrayView("\xE2\x80\xAF"), QByteArrayView(" ")})
        if (marker.startsWith(space))
            marker = marker.sliced(space.size());
    if (marker.compare("PM", Qt::CaseInsensitive) == 0 && hour >= 1 && hour <= 12)
        hour = hour % 12 + 12;
    else if (marker.compare("AM", Qt::CaseInsensitive) == 0 && hour >= 1 && hour <= 12)
        hour = hour % 12;
    else if (!marker.isEmpty())
        return std::nullopt;
    const QTime time(hour, minute);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return std::pair{date, time};
}

// The marker ("Fasting", "Before Meal", "After Meal", "No Mark") with the meal the time of day suggests.
GlucoseReading::MealContext mealContext(QByteArrayView marker, QTime time)
{
    using Context = GlucoseReading::MealContext;
    struct Meal {
        Context before;
        Context after;
    };
    constexpr Meal Meals[] = {{Context::BeforeBreakfast, Context::AfterBreakfast},
                              {Context::BeforeLunch, Context::AfterLunch},
                              {Context::BeforeDinner, Context::AfterDinner}};
    if (marker.compare("Fasting", Qt::CaseInsensitive) == 0)
        return Context::Fasting;
    const bool before = marker.compare("Before Meal", Qt::CaseInsensitive) == 0;
    if (!before && marker.compare("After Meal", Qt::CaseInsensitive) != 0)
        return Context::Other;
    const Context guess = guessMealContext(time) == Context::Fasting ? Context::BeforeBreakfast  // early morning
                                                                      : guessMealContext(time);
    for (const Meal &meal : Meals) {
        if (guess == meal.before || guess == meal.after)
            return before ? meal.before : meal.after;
    }
    return Context::Other;
}

} // namespace

std::optional<ParsedImport> parseContour(const QByteArray &text, const ImportOptions &options, ImportProblem *problem)
{
    CsvReader reader(text);
    std::vector<QByteArrayView> header;
    if (!readHeader(reader, header, problem))
        return std::nullopt;
    const int timeColumn = columnStartingWith(header, "Date and Time");
    int valueColumn = columnStartingWith(header, "BGValue");
    if (valueColumn < 0)
        valueColumn = columnStartingWith(header, "Readings");
    if (timeColumn < 0 || valueColumn < 0) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "not a Contour export: the header is “%1”")
                                       .arg(excerpt(header.front()))};
        return std::nullopt;
    }
    const QByteArrayView valueHeader = header[valueColumn];
    const Glucose::Unit unit = valueHeader.contains("mmol") ? Glucose::Unit::MmolL : Glucose::Unit::MgDl;
    if (!valueHeader.contains("mmol") && !valueHeader.contains("mg/dL")) {
        *problem = {reader.line(), QCoreApplication::translate("Import", "unknown glucose unit “%1” in the header")
                                       .arg(excerpt(valueHeader))};
        return std::nullopt;
    }
    const int markerColumn = columnStartingWith(header, "Meal Marker");
    const int notesColumn = columnStartingWith(header, "Notes");
    const int carbsColumn = columnStartingWith(header, "Meal [g]");
    ParsedImport parsed;
    parsed.format = ImportFormat::Contour;
    parsed.expectLinesOf(text, options);
    WallClock clock(options.zone);
    std::vector<QByteArrayView> fields;
    int rowCount = 0;
    while (nextDataRow(reader, fields, options, rowCount, problem)) {
        const auto field = [&fields](int column) {
            return column >= 0 && column < int(fields.size()) ? fields[column].trimmed() : QByteArrayView();
        };
        const QByteArrayView value = field(valueColumn);
        const QByteArrayView carbs = field(carbsColumn);
        if (value.isEmpty() && carbs.isEmpty()) {
            parsed.skip(SkipReason::EmptyValue);
            continue;
        }
        const auto local = contourDateTime(field(timeColumn));
        const auto instant = local ? clock.toInstant(local->first, local->second) : std::nullopt;
        if (!instant) {
            *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not a date and time")
                                           .arg(excerpt(field(timeColumn)))};
            return std::nullopt;
        }
        const QString note = QString::fromUtf8(field(notesColumn));
        if (!value.isEmpty()) {
            QString reason;
            const auto checked = glucoseValue(value, unit, &reason);
            if (!checked) {
                *problem = {reader.line(), reason};
                return std::nullopt;
            }
            GlucoseReading reading = readingAt(*checked, unit, *instant, QStringLiteral("meter"));
            reading.context = mealContext(field(markerColumn), local->second);
            reading.note = note;
            if (!parsed.add(std::move(reading), options, problem))
                return std::nullopt;
        }
        if (!carbs.isEmpty()) {
            bool ok = false;
            const double grams = QString::fromLatin1(carbs).toDouble(&ok);
            if (!ok || grams < 0) {
                *problem = {reader.line(), QCoreApplication::translate("Import", "“%1” is not an amount of "
                                                                                 "carbohydrates")
                                               .arg(excerpt(carbs))};
                return std::nullopt;
            }
            parsed.otherEntries.push_back(
                entryAt(DiaryEntry::Carbs{grams}, *instant, options.source, value.isEmpty() ? note : QString()));
        }
    }
    if (!problem->reason.isEmpty())
        return std::nullopt;
    return parsed;
}
