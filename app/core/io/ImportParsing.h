#pragma once

#include "CsvReader.h"
#include "ImportTypes.h"
#include "WallClock.h"

#include <QByteArrayView>
#include <QDate>
#include <QTime>
#include <optional>
#include <vector>

// Small pieces the importers share: reading numbers, dates and times without allocating, checking glucose values
// against the plausible range, and reporting progress.
namespace ImportParsing {

// A run of exactly `count` (1–9) ASCII digits at `pos`, or -1.
int digits(QByteArrayView text, qsizetype pos, int count);

// "YYYY-MM-DDThh:mm[:ss[.fff]]" or with a space instead of T; trailing text (a zone) is left to the caller.
std::optional<std::pair<QDate, QTime>> isoLocalDateTime(QByteArrayView text);

// The index of the first header field starting with `prefix`, or -1.
int columnStartingWith(const std::vector<QByteArrayView> &header, QByteArrayView prefix);

// The number of line feeds, an upper bound for the rows of a file (to reserve space for its readings once).
qsizetype lineCount(QByteArrayView text);

// The first `max` bytes of a field, for a message that quotes it.
QString excerpt(QByteArrayView text, qsizetype max = 40);

// A glucose value as written, checked against the plausible range of its unit; otherwise nullopt and a translated
// reason naming the value.
std::optional<double> glucoseValue(QByteArrayView text, Glucose::Unit unit, QString *reason);

// The header record of a CSV export; false (and *problem saying the file is empty) when there is none.
bool readHeader(CsvReader &reader, std::vector<QByteArrayView> &header, ImportProblem *problem);

// A reading of the checked `value` in `unit` at `instant`, from `source`; context, flag and note left to the caller.
GlucoseReading readingAt(double value, Glucose::Unit unit, const WallClock::Instant &instant, const QString &source);
// A diary entry of another kind (insulin, carbohydrates, a note, …) at `instant`, from `source`.
DiaryEntry entryAt(DiaryEntry::Payload payload, const WallClock::Instant &instant, const QString &source,
                   const QString &note);

// A reading the device reported only as below ("Low", "LO") or above ("High", "HI") what it can measure; the value is
// the device limit in mg/dL, stored in the file's unit.
GlucoseReading flaggedReading(GlucoseReading::Flag flag, double limitMgDl, Glucose::Unit unit);
std::optional<GlucoseReading::Flag> flagFromText(QByteArrayView text);

// The next record of a CSV import that is not a blank line. False at the end of the file (*problem cleared), and also
// when the user cancelled or the last quoted field runs to the end of the file (*problem says so).
bool nextDataRow(CsvReader &reader, std::vector<QByteArrayView> &fields, const ImportOptions &options, int &rowCount,
                 ImportProblem *problem);

// Calls the progress callback every few thousand rows; false when the user cancelled.
bool keepGoing(const ImportOptions &options, int row, qsizetype done, qsizetype total);

QString cancelledReason();
QString truncatedReason();

} // namespace ImportParsing
