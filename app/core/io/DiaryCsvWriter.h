#pragma once

#include "diary/DiaryEntry.h"

#include <QByteArray>
#include <vector>

// Writes the diary as CSV for spreadsheets and for moving to another device: UTF-8 with a BOM (so Excel shows
// Chinese correctly), every entry kind, glucose in the recorded unit and in both units, read back by parseDiaryCsv.
QByteArray diaryCsv(const std::vector<DiaryEntry> &entries);
