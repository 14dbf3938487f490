#include "DiaryCsvFormat.h"

#include "ImportParsing.h"

#include <array>
#include <cstdlib>

namespace DiaryCsvFormat {

namespace {

template<typename Enum, size_t N>
QByteArray keyOf(const std::array<const char *, N> &keys, Enum value)
{
    const auto index = size_t(value);
    return index < N ? QByteArray(keys[index]) : QByteArray();
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<const char *, N> &keys, QByteArrayView key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QByteArrayView(keys[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

// In the order of the enums they name.
constexpr std::array<const char *, 6> KindKeys{"glucose", "insulin", "carbs", "medication", "hba1c", "note"};
constexpr std::array<const char *, 3> FlagKeys{"", "LO", "HI"};
constexpr std::array<const char *, 10> MealKeys{"fasting",      "before_breakfast", "after_breakfast", "before_lunch",
                                                "after_lunch",  "before_dinner",    "after_dinner",    "bedtime",
                                                "night",        "other"};
constexpr std::array<const char *, 4> InsulinKeys{"rapid", "long", "mixed", "other"};
constexpr std::array<const char *, 2> HbA1cUnitKeys{"%", "mmol/mol"};

} // namespace

QByteArray kindKey(DiaryEntry::Kind kind) { return keyOf(KindKeys, kind); }
std::optional<DiaryEntry::Kind> kindFromKey(QByteArrayView key) { return valueOf<DiaryEntry::Kind>(KindKeys, key); }
QByteArray flagKey(GlucoseReading::Flag flag) { return keyOf(FlagKeys, flag); }
std::optional<GlucoseReading::Flag> flagFromKey(QByteArrayView key) { return valueOf<GlucoseReading::Flag>(FlagKeys, key); }
QByteArray mealKey(GlucoseReading::MealContext context) { return keyOf(MealKeys, context); }
std::optional<GlucoseReading::MealContext> mealFromKey(QByteArrayView key)
{
    return valueOf<GlucoseReading::MealContext>(MealKeys, key);
}
QByteArray insulinKindKey(DiaryEntry::InsulinKind kind) { return keyOf(InsulinKeys, kind); }
std::optional<DiaryEntry::InsulinKind> insulinKindFromKey(QByteArrayView key)
{
    return valueOf<DiaryEntry::InsulinKind>(InsulinKeys, key);
}
QByteArray hba1cUnitKey(DiaryEntry::HbA1cUnit unit) { return keyOf(HbA1cUnitKeys, unit); }
std::optional<DiaryEntry::HbA1cUnit> hba1cUnitFromKey(QByteArrayView key)
{
    return valueOf<DiaryEntry::HbA1cUnit>(HbA1cUnitKeys, key);
}

QByteArray offsetText(int offsetSec)
{
    const int minutes = std::abs(offsetSec) / 60;
    return QByteArray(offsetSec < 0 ? "-" : "+") + QByteArray::number(minutes / 60).rightJustified(2, '0') + ':'
        + QByteArray::number(minutes % 60).rightJustified(2, '0');
}

std::optional<int> offsetFromText(QByteArrayView text)
{
    using ImportParsing::digits;
    const int hours = digits(text, 1, 2);
    const int minutes = digits(text, 4, 2);
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':' || hours < 0 || hours > 18
        || minutes < 0 || minutes > 59)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60;
    return text[0] == '-' ? -seconds : seconds;
}

namespace {

constexpr QChar Apostrophe = u'\'';

bool needsMark(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r'");
    return !text.isEmpty() && triggers.contains(text.front());
}

} // namespace

QString cellText(const QString &text)
{
    return needsMark(text) ? Apostrophe + text : text;
}

QString textFromCell(const QString &cell)
{
    return cell.startsWith(Apostrophe) && needsMark(cell.mid(1)) ? cell.mid(1) : cell;
}

} // namespace DiaryCsvFormat
