#pragma once

#include "diary/GlucoseReading.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <vector>

// A synthetic two weeks in Shanghai (UTC+8): a sensor reading every 15 minutes following a daily curve with a dip in
// the night and peaks after meals, and `meterPerDay` finger-stick readings a day (before/after meals, one low and one
// high per week), so the report has a profile, a daily summary and a log to draw.
inline std::vector<GlucoseReading> syntheticDiary(QDate firstDay, int days, int meterPerDay)
{
    constexpr int Offset = 8 * 3600;
    const auto utcMs = [&](QDate day, int minute) {
        return QDateTime(day, QTime(0, 0), QTimeZone(Offset)).addSecs(minute * 60).toMSecsSinceEpoch();
    };
    std::vector<GlucoseReading> readings;
    for (int d = 0; d < days; ++d) {
        const QDate day = firstDay.addDays(d);
        for (int minute = 0; minute < 1440; minute += 15) {
            GlucoseReading sensor;
            sensor.utcMs = utcMs(day, minute);
            sensor.utcOffsetSec = Offset;
            sensor.unit = Glucose::Unit::MgDl;
            const double hour = minute / 60.0;
            const double meals = 70 * std::exp(-std::pow(hour - 8.5, 2)) + 80 * std::exp(-std::pow(hour - 13, 2))
                + 90 * std::exp(-std::pow(hour - 19.5, 2));
            sensor.value = std::round(105 + meals - 25 * std::exp(-std::pow(hour - 3.5, 2) / 2) + ((d * 7 + minute) % 23) - 11);
            sensor.source = QStringLiteral("cgm:synthetic.csv");
            readings.push_back(sensor);
        }
        for (int m = 0; m < meterPerDay; ++m) {
            GlucoseReading meter;
            meter.utcMs = utcMs(day, 7 * 60 + 5 + m * 16 * 60 / meterPerDay);
            meter.utcOffsetSec = Offset;
            meter.unit = Glucose::Unit::MmolL;
            meter.value = 5.2 + 1.3 * ((d + m) % 5);
            meter.context = m % 2 == 0 ? GlucoseReading::MealContext::BeforeBreakfast
                                       : GlucoseReading::MealContext::AfterLunch;
            if (m == 0 && d % 7 == 3)
                meter.value = 3.4;
            if (m == 1 && d % 7 == 5) {
                meter.value = 33.3;
                meter.flag = GlucoseReading::Flag::Hi;
            }
            meter.source = QStringLiteral("meter");
            readings.push_back(meter);
        }
    }
    std::sort(readings.begin(), readings.end(), [](const auto &a, const auto &b) { return a.utcMs < b.utcMs; });
    return readings;
}
