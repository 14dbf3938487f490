#pragma once

#include "settings/AppSettings.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <memory>

// The app's preferences as QML sees them; changing the script swaps the translator and retranslates every visible
// string at once, without a restart.
class UiSettings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON

    Q_PROPERTY(int script READ script WRITE setScript NOTIFY scriptChanged)
    Q_PROPERTY(int region READ region WRITE setRegion NOTIFY regionChanged)
    Q_PROPERTY(int glucoseUnit READ glucoseUnit WRITE setGlucoseUnit NOTIFY glucoseUnitChanged)
    Q_PROPERTY(QString glucoseUnitLabel READ glucoseUnitLabel NOTIFY glucoseUnitChanged)
    Q_PROPERTY(int textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(int theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(double targetLowMmol READ targetLowMmol NOTIFY targetRangeChanged)
    Q_PROPERTY(double targetHighMmol READ targetHighMmol NOTIFY targetRangeChanged)
    Q_PROPERTY(bool disclaimerAccepted READ disclaimerAccepted WRITE setDisclaimerAccepted NOTIFY disclaimerAcceptedChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY scriptChanged)
    Q_PROPERTY(QString contentScript READ contentScript NOTIFY scriptChanged)
    Q_PROPERTY(QString localeName READ localeName NOTIFY localeChanged)

public:
    enum Script { Simplified, Traditional, English };
    Q_ENUM(Script)
    enum Region { MainlandChina, Taiwan, HongKong, OtherRegion };
    Q_ENUM(Region)
    enum Unit { MgDl, MmolL };
    Q_ENUM(Unit)
    enum Theme { SystemTheme, LightTheme, DarkTheme };
    Q_ENUM(Theme)

    explicit UiSettings(QQmlEngine *engine, QObject *parent = nullptr);
    ~UiSettings() override;
    static UiSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    int script() const;
    void setScript(int script);
    int region() const;
    void setRegion(int region);
    int glucoseUnit() const;
    void setGlucoseUnit(int unit);
    QString glucoseUnitLabel() const;
    int textScale() const;
    void setTextScale(int percent);
    int theme() const;
    void setTheme(int theme);
    double targetLowMmol() const;
    double targetHighMmol() const;
    bool disclaimerAccepted() const;
    void setDisclaimerAccepted(bool accepted);
    QString fontFamily() const;
    // The family a script is drawn in: the bundled CJK cut (BundledFonts), or the system's where it is missing.
    static QString fontFamilyFor(LocaleDefaults::Script script);
    QString contentScript() const;  // "zh-Hans" or "zh-Hant": the script education content is shown in
    QString localeName() const;     // for number and date formatting, e.g. "zh_TW"

    Q_INVOKABLE bool setTargetRangeMmol(double low, double high);

Q_SIGNALS:
    void scriptChanged();
    void regionChanged();
    void glucoseUnitChanged();
    void textScaleChanged();
    void themeChanged();
    void targetRangeChanged();
    void disclaimerAcceptedChanged();
    void localeChanged();

private:
    void applyTranslation();
    void applyFont();

    QQmlEngine *m_engine;
    AppSettings m_settings;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
