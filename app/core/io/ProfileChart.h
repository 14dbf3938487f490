#pragma once

#include "stats/AmbulatoryProfile.h"

class ReportCanvas;

// The AGP-style chart of the report: every day folded onto one, the 5–95 % and 25–75 % bands and the median line
// over the target band (70–180 mg/dL, 3.9–10.0 mmol/L), with the glucose scale in the report's unit, hour labels
// and a legend in words.
inline constexpr double ProfileChartHeight = 236.0;  // points, legend included
void drawProfileChart(ReportCanvas &canvas, const Stats::AmbulatoryProfile &profile);

// Whether the profile has percentiles at enough times of day to be drawn as a curve without misleading gaps.
bool profileIsDrawable(const Stats::AmbulatoryProfile &profile);
