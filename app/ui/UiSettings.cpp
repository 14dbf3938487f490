#include "UiSettings.h"

#include "BundledFonts.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

UiSettings::UiSettings(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    applyTranslation();
    applyFont();
}

UiSettings::~UiSettings()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

UiSettings *UiSettings::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new UiSettings(qmlEngine);
}

int UiSettings::script() const
{
    return static_cast<int>(m_settings.script());
}

void UiSettings::setScript(int script)
{
    if (script == this->script() || script < Simplified || script > English)
        return;
    m_settings.setScript(static_cast<LocaleDefaults::Script>(script));
    applyTranslation();
    applyFont();
    Q_EMIT scriptChanged();
    Q_EMIT localeChanged();
    if (m_engine)
        m_engine->retranslate();
}

int UiSettings::region() const
{
    return static_cast<int>(m_settings.region());
}

void UiSettings::setRegion(int region)
{
    if (region == this->region() || region < MainlandChina || region > OtherRegion)
        return;
    m_settings.setRegion(static_cast<LocaleDefaults::Region>(region));
    Q_EMIT regionChanged();
    Q_EMIT localeChanged();
}

int UiSettings::glucoseUnit() const
{
    return static_cast<int>(m_settings.glucoseUnit());
}

void UiSettings::setGlucoseUnit(int unit)
{
    if (unit == glucoseUnit() || unit < MgDl || unit > MmolL)
        return;
    m_settings.setGlucoseUnit(static_cast<Glucose::Unit>(unit));
    Q_EMIT glucoseUnitChanged();
}

QString UiSettings::glucoseUnitLabel() const
{
    return QString::fromLatin1(Glucose::unitKey(m_settings.glucoseUnit()));
}

int UiSettings::textScale() const
{
    return m_settings.textScalePercent();
}

void UiSettings::setTextScale(int percent)
{
    const int before = textScale();
    m_settings.setTextScalePercent(percent);
    if (textScale() != before)
        Q_EMIT textScaleChanged();
}

int UiSettings::theme() const
{
    return static_cast<int>(m_settings.theme());
}

void UiSettings::setTheme(int theme)
{
    if (theme == this->theme() || theme < SystemTheme || theme > DarkTheme)
        return;
    m_settings.setTheme(static_cast<AppSettings::Theme>(theme));
    Q_EMIT themeChanged();
}

double UiSettings::targetLowMmol() const
{
    return m_settings.targetLowMmol();
}

double UiSettings::targetHighMmol() const
{
    return m_settings.targetHighMmol();
}

bool UiSettings::setTargetRangeMmol(double low, double high)
{
    if (!(low >= 2.0 && high <= 20.0 && high - low >= 1.0))
        return false;
    m_settings.setTargetRangeMmol(low, high);
    Q_EMIT targetRangeChanged();
    return true;
}

bool UiSettings::disclaimerAccepted() const
{
    return m_settings.disclaimerAccepted();
}

void UiSettings::setDisclaimerAccepted(bool accepted)
{
    if (accepted == disclaimerAccepted())
        return;
    m_settings.setDisclaimerAccepted(accepted);
    Q_EMIT disclaimerAcceptedChanged();
}

QString UiSettings::fontFamily() const
{
    return fontFamilyFor(m_settings.script());
}

QString UiSettings::fontFamilyFor(LocaleDefaults::Script script)
{
    return BundledFonts::familyFor(script);
}

QString UiSettings::contentScript() const
{
    return m_settings.script() == LocaleDefaults::Script::Traditional ? QStringLiteral("zh-Hant")
                                                                       : QStringLiteral("zh-Hans");
}

QString UiSettings::localeName() const
{
    switch (m_settings.script()) {
    case LocaleDefaults::Script::Traditional:
        return m_settings.region() == LocaleDefaults::Region::HongKong ? QStringLiteral("zh_HK") : QStringLiteral("zh_TW");
    case LocaleDefaults::Script::Simplified:
        return QStringLiteral("zh_CN");
    case LocaleDefaults::Script::English:
        break;
    }
    return QStringLiteral("en_US");
}

// The application's default font is the script's too, for text that does not inherit the window's font (a chart's
// labels, a control created before it is parented): otherwise fontconfig's "Sans Serif" opens the system's collection.
void UiSettings::applyFont()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({fontFamily()});
    QGuiApplication::setFont(font);
}

void UiSettings::applyTranslation()
{
    for (auto *translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
    if (m_settings.script() == LocaleDefaults::Script::English)
        return;
    const QString suffix = m_settings.script() == LocaleDefaults::Script::Traditional ? QStringLiteral("zh_TW")
                                                                                       : QStringLiteral("zh_CN");
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/isletguide_") + suffix)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + suffix, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
}
