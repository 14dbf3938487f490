#pragma once

#include "ReportStyle.h"
#include "diary/GlucoseReading.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

// What the report for the doctor covers and how it is written.
struct DoctorReportRequest {
    std::vector<GlucoseReading> readings;  // the readings of the period, ascending time
    QDate firstDay;                        // the period as the user chose it; invalid: from the first reading
    QDate lastDay;                         // invalid: to the last reading
    ReportStyle::Script script = ReportStyle::Script::Simplified;
    Glucose::Unit unit = Glucose::Unit::MmolL;  // the unit statistics and the chart are shown in
    QDate printedOn = QDate::currentDate();
};

// Writes the PDF report for a clinic visit (A4): the period and a "not a diagnosis" note, the statistics with the
// consensus goals, the time-in-ranges bar, the daily glucose profile (AGP) when there is enough data for one, and
// the daily tables. The file is replaced atomically. Returns the number of pages, or empty with *error saying why.
// Text is drawn with fonts, so a QGuiApplication must exist (offscreen is enough).
std::optional<int> writeDoctorReport(const QString &path, const DoctorReportRequest &request, QString *error);

// The unit most of `readings` were recorded in (ties and no readings: `fallback`), for a report nobody chose a
// unit for.
Glucose::Unit majorityUnit(const std::vector<GlucoseReading> &readings, Glucose::Unit fallback);
