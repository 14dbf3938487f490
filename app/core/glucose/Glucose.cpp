#include "Glucose.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace Glucose {

double toMgDl(double value, Unit unit)
{
    return unit == Unit::MgDl ? value : value * MgDlPerMmolL;
}

double toMmolL(double value, Unit unit)
{
    return unit == Unit::MmolL ? value : value / MgDlPerMmolL;
}

double convert(double value, Unit from, Unit to)
{
    return to == Unit::MgDl ? toMgDl(value, from) : toMmolL(value, from);
}

std::string_view unitKey(Unit unit)
{
    return unit == Unit::MgDl ? "mg/dL" : "mmol/L";
}

std::optional<Unit> unitFromKey(std::string_view key)
{
    std::string k;
    for (char c : key) {
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '/')
            k.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (k == "mgdl")
        return Unit::MgDl;
    if (k == "mmoll" || k == "mmol")
        return Unit::MmolL;
    return std::nullopt;
}

Thresholds consensusThresholds(Unit unit)
{
    if (unit == Unit::MgDl)
        return {54.0, 70.0, 180.0, 250.0};
    return {3.0, 3.9, 10.0, 13.9};
}

Range classify(double value, const Thresholds &t)
{
    // A small tolerance keeps values such as 10.0 typed or parsed as 9.99999999 on the boundary side they were meant.
    constexpr double eps = 1e-9;
    if (value < t.veryLow - eps)
        return Range::VeryLow;
    if (value < t.low - eps)
        return Range::Low;
    if (value > t.veryHigh + eps)
        return Range::VeryHigh;
    if (value > t.high + eps)
        return Range::High;
    return Range::InRange;
}

Range classify(double value, Unit unit)
{
    return classify(value, consensusThresholds(unit));
}

bool isLow(Range range)
{
    return range == Range::Low || range == Range::VeryLow;
}

bool isHigh(Range range)
{
    return range == Range::High || range == Range::VeryHigh;
}

Bounds plausibleBounds(Unit unit)
{
    return unit == Unit::MgDl ? Bounds{20.0, 600.0} : Bounds{1.1, 33.3};
}

bool isPlausible(double value, Unit unit)
{
    const Bounds b = plausibleBounds(unit);
    return value >= b.min - 1e-9 && value <= b.max + 1e-9;
}

int decimals(Unit unit)
{
    return unit == Unit::MgDl ? 0 : 1;
}

} // namespace Glucose
