#pragma once

#include "diary/DiaryEntry.h"
#include "diary/GlucoseReading.h"
#include "settings/LocaleDefaults.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>
#include <functional>
#include <map>
#include <vector>

// The vocabulary every importer shares: which format, how to read zone-less times, what went wrong and where, and
// what a parsed file holds before anything touches the diary.
enum class ImportFormat { Auto, DiaryCsv, LibreView, Clarity, Nightscout, XDrip, Contour, MySugr, AppleHealth };

// Command-line key of a format ("csv", "libreview", "clarity", "nightscout", "xdrip", "contour", "mysugr",
// "applehealth", "auto") and back.
QString importFormatKey(ImportFormat format);
std::optional<ImportFormat> importFormatFromKey(const QString &key);

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    QTimeZone zone = QTimeZone::systemTimeZone();  // for timestamps written without a zone
    QString source;                                 // stored as the readings' source, e.g. "cgm:export.csv"
    // Which legacy encoding a file that is not UTF-8 is read in when both would do: Big5 in Taiwan and Hong Kong.
    LocaleDefaults::Region region = LocaleDefaults::regionFor(QLocale::system());
    // Called now and then with the bytes read so far; returning false cancels the import.
    std::function<bool(qint64 done, qint64 total)> progress;
    // When set, the parser hands its readings over in parts while it reads (see ParsedImport::add), so a long file
    // never sits in memory at once; returning false (with a translated reason) stops the parse.
    std::function<bool(const std::vector<GlucoseReading> &readings, QString *reason)> readingsSink;
};

// Why a whole file was refused: the line (1-based; 0 when it concerns the whole file) and a translated reason.
struct ImportProblem {
    int line = 0;
    QString reason;
    bool cancelled = false;

    // "FILE, line N: REASON" (or "FILE: REASON"), translated.
    QString message(const QString &fileName) const;
};

// Rows that are recoverable are skipped, and counted by reason so the summary can say exactly what was left out.
enum class SkipReason { SensorErrorCode, EmptyValue, OtherRecordKind };
QString skipReasonText(SkipReason reason, int count);

struct ParsedImport {
    ImportFormat format = ImportFormat::Auto;
    std::vector<GlucoseReading> readings;
    std::vector<DiaryEntry> otherEntries;  // insulin, carbohydrates, notes, … (not glucose)
    std::map<SkipReason, int> skipped;

    void skip(SkipReason reason) { ++skipped[reason]; }
    // Adds a reading to `readings`; with a sink in the options, every few thousand readings are handed to it and
    // cleared, so `readings` holds only the rest at the end. False (and *problem set) when the sink refused a part.
    bool add(GlucoseReading reading, const ImportOptions &options, ImportProblem *problem);
    // Makes room for about `count` readings at once (a part's worth when they go to a sink).
    void expect(std::size_t count, const ImportOptions &options);
    // The same for a file of TEXT with at most one reading a line; its lines are counted only without a sink.
    void expectLinesOf(QByteArrayView text, const ImportOptions &options);
};
