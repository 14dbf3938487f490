#pragma once

#include "DiaryController.h"
#include "diary/GlucoseReading.h"
#include "stats/AmbulatoryProfile.h"
#include "stats/DataCoverage.h"
#include "stats/GlucoseSummary.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <vector>

// The statistics page's numbers for the chosen range (last day, 14 or 90 days), already in the user's unit and
// locale: time-in-range shares, stat cards with their plain-language explanations, patterns, and the text summaries
// screen readers read in place of the charts. The last 90 days (or the chosen range, if longer) are read from the
// diary once per change of the diary; switching between shorter ranges only slices and recomputes them.
class StatisticsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(DiaryController *diary READ diary WRITE setDiary NOTIFY diaryChanged)
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY rangeDaysChanged)
    Q_PROPERTY(int glucoseUnit READ glucoseUnit WRITE setGlucoseUnit NOTIFY presentationChanged)
    Q_PROPERTY(QString localeName READ localeName WRITE setLocaleName NOTIFY presentationChanged)
    Q_PROPERTY(double targetLowMmol READ targetLowMmol WRITE setTargetLowMmol NOTIFY presentationChanged)
    Q_PROPERTY(double targetHighMmol READ targetHighMmol WRITE setTargetHighMmol NOTIFY presentationChanged)

    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(double fromUtcMs READ fromUtcMs NOTIFY changed)
    Q_PROPERTY(double toUtcMs READ toUtcMs NOTIFY changed)
    Q_PROPERTY(double axisMaximum READ axisMaximum NOTIFY changed)
    Q_PROPERTY(double axisStep READ axisStep NOTIFY changed)
    Q_PROPERTY(double targetLow READ targetLow NOTIFY changed)
    Q_PROPERTY(double targetHigh READ targetHigh NOTIFY changed)
    Q_PROPERTY(bool profileAvailable READ profileAvailable NOTIFY changed)
    Q_PROPERTY(QVariantList rangeShares READ rangeShares NOTIFY changed)
    Q_PROPERTY(QVariantList cards READ cards NOTIFY changed)
    Q_PROPERTY(QStringList patterns READ patterns NOTIFY changed)
    Q_PROPERTY(QString coverageText READ coverageText NOTIFY changed)
    Q_PROPERTY(QString trendSummary READ trendSummary NOTIFY changed)
    Q_PROPERTY(QString rangeSummary READ rangeSummary NOTIFY changed)
    Q_PROPERTY(QString profileSummary READ profileSummary NOTIFY changed)

public:
    explicit StatisticsModel(QObject *parent = nullptr);

    DiaryController *diary() const;
    void setDiary(DiaryController *diary);
    int rangeDays() const;
    void setRangeDays(int days);
    int glucoseUnit() const;
    void setGlucoseUnit(int unit);
    QString localeName() const;
    void setLocaleName(const QString &name);
    double targetLowMmol() const;
    void setTargetLowMmol(double value);
    double targetHighMmol() const;
    void setTargetHighMmol(double value);

    int count() const;
    double fromUtcMs() const;
    double toUtcMs() const;
    double axisMaximum() const;  // top of the glucose axis, in the display unit
    double axisStep() const;     // distance between its ticks
    double targetLow() const;    // the user's target range in the display unit
    double targetHigh() const;
    bool profileAvailable() const;  // enough CGM data for an AGP (14 days, 70 %)
    QVariantList rangeShares() const;  // {label, percent, percentText, goalText, colorRole, symbol} from very high to very low
    QVariantList cards() const;        // {title, value, explanation}
    QStringList patterns() const;
    QString coverageText() const;
    QString trendSummary() const;
    QString rangeSummary() const;
    QString profileSummary() const;

    // For the chart feeder: the readings of the range (ascending time), the AGP, and display conversion.
    const std::vector<GlucoseReading> &readings() const;
    const Stats::AmbulatoryProfile &profile() const;
    Glucose::Unit displayUnit() const;
    double toDisplay(double mgdl) const;
    int revision() const;  // counts emissions of changed(), so the feeder can tell a redraw from new data

    // Reads the diary again and shows the range ending now; called on every change of the diary.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void diaryChanged();
    void rangeDaysChanged();
    void presentationChanged();
    void changed();

private:
    void showRange();
    void announceChange();
    QString formatGlucose(double mgdl) const;
    QString formatPercent(double percent) const;

    QPointer<DiaryController> m_diary;
    int m_rangeDays = 14;
    int m_glucoseUnit = 1;
    QLocale m_locale;
    QString m_localeName;
    double m_targetLowMmol = 3.9;
    double m_targetHighMmol = 10.0;

    std::int64_t m_fromUtcMs = 0;
    std::int64_t m_toUtcMs = 0;
    bool m_loaded = false;
    std::int64_t m_loadedFromUtcMs = 0;
    std::vector<GlucoseReading> m_loadedReadings;  // from m_loadedFromUtcMs on, ascending time
    std::vector<GlucoseReading> m_rangeCopy;       // the chosen range, when it is only a part of the loaded readings
    const std::vector<GlucoseReading> *m_readings = &m_rangeCopy;  // the chosen range: all loaded readings, or the copy
    int m_revision = 0;
    Stats::GlucoseSummary m_summary;
    Stats::DataCoverage m_coverage;
    Stats::AmbulatoryProfile m_profile;
};
