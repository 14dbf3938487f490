#pragma once

#include <QSqlDatabase>
#include <QString>

// The diary's table layout and the numbered steps that bring an older database up to it, chosen by
// PRAGMA user_version; each step runs in one transaction, so a database is always at exactly one version.
//
// Version 1: sources and glucose readings. Version 2: the other entry kinds (insulin, carbohydrates, oral
// medication, HbA1c, notes). Readings are kept compact for years of CGM data: integers only (the value in hundredths
// of its unit), the source as an id into a small table, one index on the time (it serves range queries, the log and
// the duplicate check, which compares the few readings at the same instant). Version 3: glucose_day_series, a compact
// copy of each UTC day's readings (GlucoseDaySeries) that statistics read instead of the rows, kept equal to the rows
// by every write (GlucoseDaySeriesTable).
namespace DiarySchema {

inline constexpr int LatestVersion = 3;

// Brings db to LatestVersion. False, with *error set, when a step failed (nothing of that step is kept) or the
// database is newer than this app.
bool migrate(QSqlDatabase &db, QString *error);

} // namespace DiarySchema
