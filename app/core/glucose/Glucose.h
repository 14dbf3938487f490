#pragma once

#include <optional>
#include <string_view>

// Units, conversion and range classification shared by the diary, statistics and importers, so every part of the
// app classifies a reading the same way: against the thresholds in the unit the reading was recorded in.
namespace Glucose {

enum class Unit { MgDl, MmolL };

// Molar mass of glucose: 1 mmol/L = 18.0156 mg/dL.
inline constexpr double MgDlPerMmolL = 18.0156;

double toMgDl(double value, Unit unit);
double toMmolL(double value, Unit unit);
double convert(double value, Unit from, Unit to);

std::string_view unitKey(Unit unit);                    // "mg/dL" or "mmol/L"
std::optional<Unit> unitFromKey(std::string_view key);  // accepts "mg/dL", "mgdl", "mmol/L", "mmol" (any case)

// The 2019 international consensus ranges (Battelino et al.); level 2 is part of low/high.
enum class Range { VeryLow, Low, InRange, High, VeryHigh };

struct Thresholds {
    double veryLow;   // below: level 2 hypoglycaemia
    double low;       // below: hypoglycaemia
    double high;      // above: hyperglycaemia
    double veryHigh;  // above: level 2 hyperglycaemia
};

// 54/70/180/250 mg/dL or 3.0/3.9/10.0/13.9 mmol/L.
Thresholds consensusThresholds(Unit unit);
Range classify(double value, Unit unit);
Range classify(double value, const Thresholds &thresholds);
bool isLow(Range range);
bool isHigh(Range range);

// Plausible meter range: 20–600 mg/dL, 1.1–33.3 mmol/L; outside it is a typing or device error.
struct Bounds {
    double min;
    double max;
};
Bounds plausibleBounds(Unit unit);
bool isPlausible(double value, Unit unit);

// Display precision: mg/dL as whole numbers, mmol/L with one decimal.
int decimals(Unit unit);

} // namespace Glucose
