#pragma once

#include "glucose/Glucose.h"

#include <QColor>
#include <QFont>
#include <QLocale>

// The look of the doctor's report in one place: the script it is written in (which decides the CJK font and the
// locale of dates and numbers), the glucose unit it shows, fonts in points and the range colours (matching the app).
struct ReportStyle {
    enum class Script { Simplified, Traditional, English };

    explicit ReportStyle(Script script = Script::Simplified, Glucose::Unit unit = Glucose::Unit::MmolL);

    Script script;
    Glucose::Unit unit;
    QLocale locale;

    QFont title;
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;

    static inline const QColor Ink{0x21, 0x21, 0x21};
    static inline const QColor Muted{0x61, 0x61, 0x61};
    static inline const QColor Rule{0xBD, 0xBD, 0xBD};
    static inline const QColor Shade{0xF2, 0xF2, 0xF2};
    static inline const QColor TargetBand{0xDC, 0xED, 0xC8};
    static inline const QColor Outer{0xBB, 0xDE, 0xFB};
    static inline const QColor Inner{0x64, 0xB5, 0xF6};
    static inline const QColor Median{0x0D, 0x47, 0xA1};
    static QColor rangeColor(Glucose::Range range);

    // "7.8" or "140": a value given in mg/dL, shown in the report's unit with its usual precision.
    QString glucose(double mgdl) const;
    QString glucoseWithUnit(double mgdl) const;
    QString unitLabel() const;
    QString percent(double value) const;  // "72 %", or "0.4 %" below 1 %
    QString number(double value, int decimals) const;
};
