#include "MealPatterns.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstdint>
#include <set>

namespace Stats {
namespace {

using Context = GlucoseReading::MealContext;

constexpr std::array<Context, 9> MealContexts = {Context::Fasting,      Context::BeforeBreakfast, Context::AfterBreakfast,
                                                 Context::BeforeLunch,  Context::AfterLunch,      Context::BeforeDinner,
                                                 Context::AfterDinner,  Context::Bedtime,         Context::Night};

std::int64_t localDay(const GlucoseReading &r)
{
    constexpr std::int64_t DayMs = 24 * 60 * 60 * 1000;
    const std::int64_t local = r.utcMs + std::int64_t(r.utcOffsetSec) * 1000;
    return local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
}

QString contextPhrase(Context context)
{
    switch (context) {
    case Context::Fasting: return QCoreApplication::translate("MealPattern", "When fasting");
    case Context::BeforeBreakfast: return QCoreApplication::translate("MealPattern", "Before breakfast");
    case Context::AfterBreakfast: return QCoreApplication::translate("MealPattern", "After breakfast");
    case Context::BeforeLunch: return QCoreApplication::translate("MealPattern", "Before lunch");
    case Context::AfterLunch: return QCoreApplication::translate("MealPattern", "After lunch");
    case Context::BeforeDinner: return QCoreApplication::translate("MealPattern", "Before dinner");
    case Context::AfterDinner: return QCoreApplication::translate("MealPattern", "After dinner");
    case Context::Bedtime: return QCoreApplication::translate("MealPattern", "At bedtime");
    case Context::Night: return QCoreApplication::translate("MealPattern", "During the night");
    case Context::Other: break;
    }
    return QCoreApplication::translate("MealPattern", "At other times");
}

} // namespace

std::vector<MealContextAverage> mealContextAverages(const std::vector<GlucoseReading> &readings)
{
    std::vector<MealContextAverage> averages;
    for (Context context : MealContexts) {
        MealContextAverage average;
        average.context = context;
        double sum = 0.0;
        for (const GlucoseReading &r : readings) {
            if (r.context == context) {
                sum += r.mgdl();
                ++average.count;
            }
        }
        if (average.count > 0) {
            average.meanMgdl = sum / average.count;
            averages.push_back(average);
        }
    }
    return averages;
}

std::vector<MealPattern> mealPatterns(const std::vector<GlucoseReading> &readings, const TargetRange &target)
{
    std::vector<MealPattern> patterns;
    if (readings.empty())
        return patterns;
    std::int64_t lastDay = localDay(readings.front());
    for (const GlucoseReading &r : readings)
        lastDay = std::max(lastDay, localDay(r));
    const std::int64_t firstDay = lastDay - PatternWindowDays + 1;

    constexpr double eps = 1e-9;
    for (Context context : MealContexts) {
        std::set<std::int64_t> measured, below, above;
        for (const GlucoseReading &r : readings) {
            const std::int64_t day = localDay(r);
            if (r.context != context || day < firstDay)
                continue;
            measured.insert(day);
            const bool lo = r.flag == GlucoseReading::Flag::Lo;
            const bool hi = r.flag == GlucoseReading::Flag::Hi;
            if (lo || r.value < Glucose::convert(target.lowMmol, Glucose::Unit::MmolL, r.unit) - eps)
                below.insert(day);
            else if (hi || r.value > Glucose::convert(target.highMmol, Glucose::Unit::MmolL, r.unit) + eps)
                above.insert(day);
        }
        const int measuredDays = int(measured.size());
        if (int(below.size()) >= DaysForLowPattern)
            patterns.push_back({MealPattern::Kind::BelowTarget, context, int(below.size()), measuredDays});
        if (int(above.size()) >= DaysForHighPattern && 2 * int(above.size()) >= measuredDays)
            patterns.push_back({MealPattern::Kind::AboveTarget, context, int(above.size()), measuredDays});
    }
    std::stable_sort(patterns.begin(), patterns.end(), [](const MealPattern &a, const MealPattern &b) {
        if (a.kind != b.kind)
            return a.kind == MealPattern::Kind::BelowTarget;
        return a.days > b.days;
    });
    return patterns;
}

QString describe(const MealPattern &pattern)
{
    const QString when = contextPhrase(pattern.context);
    if (pattern.kind == MealPattern::Kind::BelowTarget)
        return QCoreApplication::translate("MealPattern",
                                           "%1 you were below your target on %2 of the %3 days you measured in the last week.")
            .arg(when)
            .arg(pattern.days)
            .arg(pattern.measuredDays);
    return QCoreApplication::translate("MealPattern",
                                       "%1 you were above your target on %2 of the %3 days you measured in the last week.")
        .arg(when)
        .arg(pattern.days)
        .arg(pattern.measuredDays);
}

} // namespace Stats
