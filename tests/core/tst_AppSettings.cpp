#include "settings/AppSettings.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSettings>

namespace {
// Each test case uses its own settings file: CTest runs the cases in parallel processes.
void useFreshSettings(const char *name)
{
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QSettings().clear();
}
} // namespace

TEST_CASE("defaults follow the system locale")
{
    using namespace LocaleDefaults;
    CHECK(scriptFor(QLocale(QStringLiteral("zh_TW"))) == Script::Traditional);
    CHECK(scriptFor(QLocale(QStringLiteral("zh_HK"))) == Script::Traditional);
    CHECK(scriptFor(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Singapore)) == Script::Traditional);
    CHECK(scriptFor(QLocale(QStringLiteral("zh_CN"))) == Script::Simplified);
    CHECK(scriptFor(QLocale(QStringLiteral("zh_SG"))) == Script::Simplified);
    CHECK(scriptFor(QLocale(QStringLiteral("en_US"))) == Script::English);
    CHECK(regionFor(QLocale(QStringLiteral("zh_TW"))) == Region::Taiwan);
    CHECK(regionFor(QLocale(QStringLiteral("zh_HK"))) == Region::HongKong);
    CHECK(regionFor(QLocale(QStringLiteral("zh_CN"))) == Region::MainlandChina);
    CHECK(regionFor(QLocale(QStringLiteral("en_GB"))) == Region::Other);
    CHECK(unitFor(Region::Taiwan) == Glucose::Unit::MgDl);
    CHECK(unitFor(Region::HongKong) == Glucose::Unit::MmolL);
    CHECK(unitFor(Region::MainlandChina) == Glucose::Unit::MmolL);
}

TEST_CASE("first launch in Taiwan: Traditional and mg/dL, the unit follows the region until chosen")
{
    useFreshSettings("tst_AppSettings_taiwan");
    AppSettings settings(QLocale(QStringLiteral("zh_TW")));
    CHECK(settings.script() == LocaleDefaults::Script::Traditional);
    CHECK(settings.region() == LocaleDefaults::Region::Taiwan);
    CHECK(settings.glucoseUnit() == Glucose::Unit::MgDl);
    settings.setRegion(LocaleDefaults::Region::HongKong);
    CHECK(settings.glucoseUnit() == Glucose::Unit::MmolL);
    settings.setGlucoseUnit(Glucose::Unit::MgDl);
    settings.setRegion(LocaleDefaults::Region::MainlandChina);
    CHECK(settings.glucoseUnit() == Glucose::Unit::MgDl);
    QSettings().clear();
}

TEST_CASE("settings persist and are clamped")
{
    useFreshSettings("tst_AppSettings_persist");
    {
        AppSettings settings(QLocale(QStringLiteral("zh_CN")));
        CHECK(settings.textScalePercent() == 100);
        settings.setTextScalePercent(250);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setScript(LocaleDefaults::Script::Traditional);
        settings.setTargetRangeMmol(4.4, 7.0);
        settings.setTargetRangeMmol(8.0, 7.0);  // refused: high must exceed low
        settings.setDisclaimerAccepted(true);
    }
    AppSettings reopened(QLocale(QStringLiteral("zh_CN")));
    CHECK(reopened.textScalePercent() == 200);
    CHECK(reopened.theme() == AppSettings::Theme::Dark);
    CHECK(reopened.script() == LocaleDefaults::Script::Traditional);
    CHECK(reopened.targetLowMmol() == Approx(4.4));
    CHECK(reopened.targetHighMmol() == Approx(7.0));
    CHECK(reopened.disclaimerAccepted());
    reopened.setTextScalePercent(50);
    CHECK(reopened.textScalePercent() == 100);
    QSettings().clear();
}
