#pragma once

#include "diary/DiaryEntry.h"

#include <QByteArray>
#include <QString>
#include <optional>

// The columns and words of IsletGuide's own CSV, shared by the writer and the reader so an export imports back
// without loss. Words are stable English keys (not translated): the file is data, not a screen.
namespace DiaryCsvFormat {

inline constexpr const char *Columns[] = {"kind",  "local_time", "utc_offset", "utc_time", "value",
                                          "unit",  "mg_dl",      "mmol_l",     "flag",     "meal",
                                          "insulin_kind", "name", "dose",      "source",   "note"};
inline constexpr int ColumnCount = int(std::size(Columns));

QByteArray kindKey(DiaryEntry::Kind kind);
std::optional<DiaryEntry::Kind> kindFromKey(QByteArrayView key);
QByteArray flagKey(GlucoseReading::Flag flag);
std::optional<GlucoseReading::Flag> flagFromKey(QByteArrayView key);
QByteArray mealKey(GlucoseReading::MealContext context);
std::optional<GlucoseReading::MealContext> mealFromKey(QByteArrayView key);
QByteArray insulinKindKey(DiaryEntry::InsulinKind kind);
std::optional<DiaryEntry::InsulinKind> insulinKindFromKey(QByteArrayView key);
QByteArray hba1cUnitKey(DiaryEntry::HbA1cUnit unit);
std::optional<DiaryEntry::HbA1cUnit> hba1cUnitFromKey(QByteArrayView key);

// "+08:00" and back (seconds east of UTC).
QByteArray offsetText(int offsetSec);
std::optional<int> offsetFromText(QByteArrayView text);

// Free text (name, dose, source, note) as a cell a spreadsheet shows as text and never runs as a formula: text that
// starts with = + - @, a tab or a carriage return (or with the apostrophe that marks such text) gets a leading
// apostrophe, which textFromCell removes again, so an export imports back unchanged.
QString cellText(const QString &text);
QString textFromCell(const QString &cell);

} // namespace DiaryCsvFormat
