#include "AppSettings.h"

#include <algorithm>

namespace {
const QString ScriptKey = QStringLiteral("ui/script");
const QString RegionKey = QStringLiteral("ui/region");
const QString UnitKey = QStringLiteral("diary/unit");
const QString TextScaleKey = QStringLiteral("ui/textScalePercent");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString TargetLowKey = QStringLiteral("diary/targetLowMmol");
const QString TargetHighKey = QStringLiteral("diary/targetHighMmol");
const QString DisclaimerKey = QStringLiteral("app/disclaimerAccepted");

template<typename Enum>
Enum readEnum(const QSettings &settings, const QString &key, Enum fallback, int count)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= 0 && value < count ? static_cast<Enum>(value) : fallback;
}
} // namespace

AppSettings::AppSettings(const QLocale &systemLocale)
    : m_systemLocale(systemLocale)
{
}

LocaleDefaults::Script AppSettings::script() const
{
    return readEnum(m_settings, ScriptKey, LocaleDefaults::scriptFor(m_systemLocale), 3);
}

void AppSettings::setScript(LocaleDefaults::Script script)
{
    m_settings.setValue(ScriptKey, static_cast<int>(script));
}

LocaleDefaults::Region AppSettings::region() const
{
    return readEnum(m_settings, RegionKey, LocaleDefaults::regionFor(m_systemLocale), 4);
}

void AppSettings::setRegion(LocaleDefaults::Region region)
{
    m_settings.setValue(RegionKey, static_cast<int>(region));
}

Glucose::Unit AppSettings::glucoseUnit() const
{
    return readEnum(m_settings, UnitKey, LocaleDefaults::unitFor(region()), 2);
}

void AppSettings::setGlucoseUnit(Glucose::Unit unit)
{
    m_settings.setValue(UnitKey, static_cast<int>(unit));
}

int AppSettings::textScalePercent() const
{
    return std::clamp(m_settings.value(TextScaleKey, 100).toInt(), 100, 200);
}

void AppSettings::setTextScalePercent(int percent)
{
    m_settings.setValue(TextScaleKey, std::clamp(percent, 100, 200));
}

AppSettings::Theme AppSettings::theme() const
{
    return readEnum(m_settings, ThemeKey, Theme::System, 3);
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(ThemeKey, static_cast<int>(theme));
}

double AppSettings::targetLowMmol() const
{
    return m_settings.value(TargetLowKey, 3.9).toDouble();
}

double AppSettings::targetHighMmol() const
{
    return m_settings.value(TargetHighKey, 10.0).toDouble();
}

void AppSettings::setTargetRangeMmol(double low, double high)
{
    if (!(low > 0.0 && high > low))
        return;
    m_settings.setValue(TargetLowKey, low);
    m_settings.setValue(TargetHighKey, high);
}

bool AppSettings::disclaimerAccepted() const
{
    return m_settings.value(DisclaimerKey, false).toBool();
}

void AppSettings::setDisclaimerAccepted(bool accepted)
{
    m_settings.setValue(DisclaimerKey, accepted);
}
