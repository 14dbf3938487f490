#pragma once

#include "ImportTypes.h"

#include <QByteArray>
#include <optional>

// Reads xDrip+ "Export CSV (SiDiary)" files: `DAY;TIME;UDT_CGMS;BG_LEVEL;CH_GR;BOLUS;REMARK`, dd.MM.yyyy and HH:mm in
// local time, CGM values and fingerstick calibrations in mg/dL; treatment rows are not glucose and are left out.
std::optional<ParsedImport> parseXDrip(const QByteArray &text, const ImportOptions &options, ImportProblem *problem);
