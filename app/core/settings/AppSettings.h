#pragma once

#include "glucose/Glucose.h"
#include "settings/LocaleDefaults.h"

#include <QSettings>

// The user's preferences, persisted with QSettings; every value has a default derived from the system locale so a
// first launch is already in the user's script, region and glucose unit.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    explicit AppSettings(const QLocale &systemLocale = QLocale::system());

    LocaleDefaults::Script script() const;
    void setScript(LocaleDefaults::Script script);

    LocaleDefaults::Region region() const;
    void setRegion(LocaleDefaults::Region region);

    // The unit new readings are entered in; follows the region until the user picks one explicitly.
    Glucose::Unit glucoseUnit() const;
    void setGlucoseUnit(Glucose::Unit unit);

    // Text size in percent, clamped to 100–200.
    int textScalePercent() const;
    void setTextScalePercent(int percent);

    Theme theme() const;
    void setTheme(Theme theme);

    // Personal target range, stored in mmol/L; default is the consensus 3.9–10.0.
    double targetLowMmol() const;
    double targetHighMmol() const;
    void setTargetRangeMmol(double low, double high);

    bool disclaimerAccepted() const;
    void setDisclaimerAccepted(bool accepted);

private:
    QSettings m_settings;
    QLocale m_systemLocale;
};
