#include "ReportStyle.h"

#include <QStringList>

namespace {

QFont reportFont(ReportStyle::Script script, double points, bool bold)
{
    // Noto Sans CJK carries Latin too; the SC/TC cut decides the glyph shapes of shared Han characters.
    const QString cjk = script == ReportStyle::Script::Traditional ? QStringLiteral("Noto Sans CJK TC")
                                                                    : QStringLiteral("Noto Sans CJK SC");
    QFont font;
    font.setFamilies({cjk, QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QLocale localeOf(ReportStyle::Script script)
{
    switch (script) {
    case ReportStyle::Script::Simplified: return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case ReportStyle::Script::Traditional: return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
    case ReportStyle::Script::English: break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

ReportStyle::ReportStyle(Script script, Glucose::Unit unit)
    : script(script)
    , unit(unit)
    , locale(localeOf(script))
    , title(reportFont(script, 17, true))
    , heading(reportFont(script, 12.5, true))
    , body(reportFont(script, 9.5, false))
    , bold(reportFont(script, 9.5, true))
    , small(reportFont(script, 8, false))
{
}

QColor ReportStyle::rangeColor(Glucose::Range range)
{
    switch (range) {
    case Glucose::Range::VeryLow: return QColor(0x8E, 0x00, 0x00);
    case Glucose::Range::Low: return QColor(0xE5, 0x39, 0x35);
    case Glucose::Range::InRange: return QColor(0x43, 0xA0, 0x47);
    case Glucose::Range::High: return QColor(0xFF, 0xB3, 0x00);
    case Glucose::Range::VeryHigh: return QColor(0xE6, 0x51, 0x00);
    }
    return Ink;
}

QString ReportStyle::glucose(double mgdl) const
{
    return number(Glucose::convert(mgdl, Glucose::Unit::MgDl, unit), Glucose::decimals(unit));
}

QString ReportStyle::glucoseWithUnit(double mgdl) const
{
    return glucose(mgdl) + QLatin1Char(' ') + unitLabel();
}

QString ReportStyle::unitLabel() const
{
    const auto key = Glucose::unitKey(unit);
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

QString ReportStyle::percent(double value) const
{
    return number(value, value > 0.0 && value < 1.0 ? 1 : 0) + QStringLiteral(" %");
}

QString ReportStyle::number(double value, int decimals) const
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', decimals);
}
