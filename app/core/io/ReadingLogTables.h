#pragma once

#include "ReportTable.h"
#include "ReportStyle.h"
#include "diary/GlucoseReading.h"

#include <vector>

// The tables at the end of the doctor's report. Sensor traces (hundreds of readings a day) are summed up per day;
// meter and manual readings are listed one by one, each with its value and unit as recorded, its meal context and
// low/high marked by a symbol and a word.
ReportTable readingLogTable(const std::vector<GlucoseReading> &readings, const ReportStyle &style);
ReportTable dailySummaryTable(const std::vector<GlucoseReading> &readings, const ReportStyle &style);

// Whether a reading came from a sensor (CGM) file rather than a meter or a hand entry.
bool isSensorReading(const GlucoseReading &reading);
