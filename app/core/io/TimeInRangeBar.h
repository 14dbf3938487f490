#pragma once

#include "stats/GlucoseSummary.h"

class ReportCanvas;

// The time-in-ranges bar of the report: one stacked column (very high at the top, very low at the bottom) with, on
// each row beside it, the range in words and numbers, its share of readings and the 2019 consensus goal, so nothing
// depends on telling the colours apart.
void drawTimeInRangeBar(ReportCanvas &canvas, const Stats::GlucoseSummary &summary);
