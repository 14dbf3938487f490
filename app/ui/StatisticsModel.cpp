#include "StatisticsModel.h"

#include "stats/MealPatterns.h"

#include <QDateTime>
#include <QTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr std::int64_t DayMs = 24 * 60 * 60 * 1000;
constexpr int LoadedDays = 90;  // the longest range button: every switch between buttons is served from memory

QVariantMap card(const QString &title, const QString &value, const QString &explanation)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("value"), value}, {QStringLiteral("explanation"), explanation}};
}

} // namespace

StatisticsModel::StatisticsModel(QObject *parent)
    : QObject(parent)
{
    connect(this, &StatisticsModel::rangeDaysChanged, this, &StatisticsModel::showRange);
    connect(this, &StatisticsModel::presentationChanged, this, &StatisticsModel::announceChange);
}

DiaryController *StatisticsModel::diary() const
{
    return m_diary;
}

void StatisticsModel::setDiary(DiaryController *diary)
{
    if (m_diary == diary)
        return;
    if (m_diary)
        disconnect(m_diary, nullptr, this, nullptr);
    m_diary = diary;
    if (m_diary) {
        connect(m_diary, &DiaryController::entriesChanged, this, &StatisticsModel::refresh);
        connect(m_diary, &DiaryController::databasePathChanged, this, &StatisticsModel::refresh);
    }
    Q_EMIT diaryChanged();
    refresh();
}

int StatisticsModel::rangeDays() const
{
    return m_rangeDays;
}

void StatisticsModel::setRangeDays(int days)
{
    days = std::clamp(days, 1, 366);
    if (m_rangeDays == days)
        return;
    m_rangeDays = days;
    Q_EMIT rangeDaysChanged();
}

int StatisticsModel::glucoseUnit() const
{
    return m_glucoseUnit;
}

void StatisticsModel::setGlucoseUnit(int unit)
{
    if (m_glucoseUnit == unit)
        return;
    m_glucoseUnit = unit;
    Q_EMIT presentationChanged();
}

QString StatisticsModel::localeName() const
{
    return m_localeName;
}

void StatisticsModel::setLocaleName(const QString &name)
{
    if (m_localeName == name)
        return;
    m_localeName = name;
    m_locale = QLocale(name);
    Q_EMIT presentationChanged();
}

double StatisticsModel::targetLowMmol() const
{
    return m_targetLowMmol;
}

void StatisticsModel::setTargetLowMmol(double value)
{
    if (qFuzzyCompare(m_targetLowMmol, value))
        return;
    m_targetLowMmol = value;
    Q_EMIT presentationChanged();
}

double StatisticsModel::targetHighMmol() const
{
    return m_targetHighMmol;
}

void StatisticsModel::setTargetHighMmol(double value)
{
    if (qFuzzyCompare(m_targetHighMmol, value))
        return;
    m_targetHighMmol = value;
    Q_EMIT presentationChanged();
}

void StatisticsModel::refresh()
{
    m_loaded = false;
    showRange();
}

void StatisticsModel::showRange()
{
    m_toUtcMs = QDateTime::currentMSecsSinceEpoch();
    m_fromUtcMs = m_toUtcMs - std::int64_t(m_rangeDays) * DayMs;
    if (!m_loaded || m_fromUtcMs < m_loadedFromUtcMs) {
        m_loadedFromUtcMs = std::min(m_fromUtcMs, m_toUtcMs - LoadedDays * DayMs);
        m_loadedReadings = m_diary && m_diary->store().isOpen()
            ? m_diary->store().glucoseReadings(m_loadedFromUtcMs, std::numeric_limits<std::int64_t>::max())
            : std::vector<GlucoseReading>{};
        m_loaded = true;
    }
    const auto before = [](const GlucoseReading &r, std::int64_t utcMs) { return r.utcMs < utcMs; };
    const auto first = std::lower_bound(m_loadedReadings.begin(), m_loadedReadings.end(), m_fromUtcMs, before);
    const auto last = std::lower_bound(first, m_loadedReadings.end(), m_toUtcMs, before);
    if (first == m_loadedReadings.begin() && last == m_loadedReadings.end()) {
        // The longest range is all that was read (90 days: 2.5 MB of readings), so it is not copied a second time.
        std::vector<GlucoseReading>().swap(m_rangeCopy);
        m_readings = &m_loadedReadings;
    } else {
        m_rangeCopy.assign(first, last);
        m_readings = &m_rangeCopy;
    }
    m_summary = Stats::summarize(*m_readings);
    m_coverage = Stats::dataCoverage(*m_readings);
    m_profile = Stats::ambulatoryProfile(*m_readings, m_coverage.continuous);
    announceChange();
}

void StatisticsModel::announceChange()
{
    ++m_revision;
    Q_EMIT changed();
}

int StatisticsModel::revision() const
{
    return m_revision;
}

int StatisticsModel::count() const
{
    return m_summary.count;
}

double StatisticsModel::fromUtcMs() const
{
    return double(m_fromUtcMs);
}

double StatisticsModel::toUtcMs() const
{
    return double(m_toUtcMs);
}

Glucose::Unit StatisticsModel::displayUnit() const
{
    return m_glucoseUnit == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
}

double StatisticsModel::toDisplay(double mgdl) const
{
    return Glucose::convert(mgdl, Glucose::Unit::MgDl, displayUnit());
}

double StatisticsModel::axisStep() const
{
    return displayUnit() == Glucose::Unit::MgDl ? 50.0 : 4.0;
}

double StatisticsModel::axisMaximum() const
{
    const double top = std::max(m_summary.maxMgdl.value_or(0.0), 270.0);
    return std::ceil(toDisplay(top) / axisStep()) * axisStep();
}

double StatisticsModel::targetLow() const
{
    return Glucose::convert(m_targetLowMmol, Glucose::Unit::MmolL, displayUnit());
}

double StatisticsModel::targetHigh() const
{
    return Glucose::convert(m_targetHighMmol, Glucose::Unit::MmolL, displayUnit());
}

bool StatisticsModel::profileAvailable() const
{
    return m_coverage.sufficient;
}

QString StatisticsModel::formatGlucose(double mgdl) const
{
    return m_locale.toString(toDisplay(mgdl), 'f', Glucose::decimals(displayUnit()));
}

QString StatisticsModel::formatPercent(double percent) const
{
    return tr("%1 %").arg(m_locale.toString(percent, 'f', percent > 0.0 && percent < 1.0 ? 1 : 0));
}

QVariantList StatisticsModel::rangeShares() const
{
    if (m_summary.count == 0)
        return {};
    const Glucose::Thresholds t = Glucose::consensusThresholds(displayUnit());
    const int d = Glucose::decimals(displayUnit());
    auto number = [&](double v) { return m_locale.toString(v, 'f', d); };
    auto share = [&](const QString &label, double percent, const QString &goal, const QString &role, const QString &symbol) {
        return QVariantMap{{QStringLiteral("label"), label},     {QStringLiteral("percent"), percent},
                           {QStringLiteral("percentText"), formatPercent(percent)},
                           {QStringLiteral("goalText"), goal},   {QStringLiteral("colorRole"), role},
                           {QStringLiteral("symbol"), symbol}};
    };
    const double tar2 = *m_summary.tar2Percent;
    const double tbr2 = *m_summary.tbr2Percent;
    return {
        share(tr("Very high, above %1").arg(number(t.veryHigh)), tar2, tr("Goal: under 5 %"), QStringLiteral("veryHigh"),
              QStringLiteral("▲▲")),
        share(tr("High, %1 to %2").arg(number(t.high), number(t.veryHigh)), *m_summary.tarPercent - tar2,
              tr("Goal: high and very high together under 25 %"), QStringLiteral("high"), QStringLiteral("▲")),
        share(tr("In range, %1 to %2").arg(number(t.low), number(t.high)), *m_summary.tirPercent, tr("Goal: over 70 %"),
              QStringLiteral("inRange"), QStringLiteral("●")),
        share(tr("Low, %1 to %2").arg(number(t.veryLow), number(t.low)), *m_summary.tbrPercent - tbr2,
              tr("Goal: low and very low together under 4 %"), QStringLiteral("low"), QStringLiteral("▼")),
        share(tr("Very low, below %1").arg(number(t.veryLow)), tbr2, tr("Goal: under 1 %"), QStringLiteral("veryLow"),
              QStringLiteral("▼▼")),
    };
}

QVariantList StatisticsModel::cards() const
{
    if (m_summary.count == 0)
        return {};
    const QString unit = QString::fromLatin1(Glucose::unitKey(displayUnit()).data());
    const QString missing = tr("Not enough data");
    const QString caution = m_coverage.sufficient
        ? QString()
        : QLatin1Char(' ') + tr("It is only meaningful with at least 14 days of CGM data; read it with care.");
    QVariantList list;
    list << card(tr("Average glucose"), tr("%1 %2").arg(formatGlucose(*m_summary.meanMgdl), unit),
                 tr("The average of all %n readings in this period.", nullptr, m_summary.count));
    list << card(tr("Time in range"), formatPercent(*m_summary.tirPercent),
                 tr("The share of readings between 3.9 and 10.0 mmol/L (70–180 mg/dL). More time in range goes with a "
                    "lower risk of eye, kidney and nerve damage; each extra 5 % is linked to benefits. The goal for most "
                    "adults is over 70 %, about 17 hours a day."));
    list << card(tr("GMI (estimated A1c)"),
                 tr("%1 % (%2 mmol/mol)")
                     .arg(m_locale.toString(*m_summary.gmiPercent, 'f', 1),
                          m_locale.toString(*m_summary.gmiMmolPerMol, 'f', 0)),
                 tr("The glucose management indicator estimates the A1c that your average glucose usually goes with. "
                    "Your laboratory A1c can differ from it; both are useful to your care team.")
                     + caution);
    list << card(tr("Variability (CV)"),
                 m_summary.cvPercent ? formatPercent(*m_summary.cvPercent) : missing,
                 tr("How much your glucose swings around its average (standard deviation divided by the mean). "
                    "36 % or less counts as stable; higher values go with more lows."));
    list << card(tr("Swings (MAGE)"),
                 m_summary.mageMgdl ? tr("%1 %2").arg(formatGlucose(*m_summary.mageMgdl), unit) : missing,
                 tr("The mean amplitude of glycaemic excursions: the typical height of a rise or fall larger than "
                    "usual. It needs CGM data."));
    return list;
}

QStringList StatisticsModel::patterns() const
{
    QStringList sentences;
    for (const Stats::MealPattern &p : Stats::mealPatterns(*m_readings, {m_targetLowMmol, m_targetHighMmol}))
        sentences << Stats::describe(p);
    return sentences;
}

QString StatisticsModel::coverageText() const
{
    if (m_summary.count == 0)
        return {};
    if (!m_coverage.continuous)
        return tr("%n readings on %1 days from a meter or typed in.", nullptr, m_summary.count).arg(m_summary.days);
    const QString amount = tr("%1 days of CGM data, %2 of the readings the sensor could have taken.")
                               .arg(m_locale.toString(m_coverage.spanDays, 'f', 0), formatPercent(m_coverage.percentOfExpected));
    if (m_coverage.sufficient)
        return amount;
    return amount + QLatin1Char(' ')
        + tr("The daily profile appears with at least 14 days and 70 % of readings.");
}

QString StatisticsModel::trendSummary() const
{
    if (m_summary.count == 0)
        return tr("No glucose readings in this period.");
    const QString unit = QString::fromLatin1(Glucose::unitKey(displayUnit()).data());
    const auto date = [&](std::int64_t ms) {
        return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    return tr("Glucose chart: %n readings from %1 to %2. Lowest %3, highest %4, average %5 %6. "
              "%7 of readings in range.", nullptr, m_summary.count)
        .arg(date(m_readings->front().utcMs), date(m_readings->back().utcMs), formatGlucose(*m_summary.minMgdl),
             formatGlucose(*m_summary.maxMgdl), formatGlucose(*m_summary.meanMgdl), unit,
             formatPercent(*m_summary.tirPercent));
}

QString StatisticsModel::rangeSummary() const
{
    QStringList parts;
    for (const QVariant &v : rangeShares()) {
        const QVariantMap share = v.toMap();
        parts << tr("%1: %2").arg(share.value(QStringLiteral("label")).toString(),
                                 share.value(QStringLiteral("percentText")).toString());
    }
    return parts.isEmpty() ? tr("No glucose readings in this period.") : parts.join(QStringLiteral("; "));
}

QString StatisticsModel::profileSummary() const
{
    if (!m_coverage.sufficient)
        return {};
    const Stats::ProfileBin *lowest = nullptr;
    const Stats::ProfileBin *highest = nullptr;
    for (const Stats::ProfileBin &bin : m_profile.bins) {
        if (!bin.p50)
            continue;
        if (!lowest || *bin.p50 < *lowest->p50)
            lowest = &bin;
        if (!highest || *bin.p50 > *highest->p50)
            highest = &bin;
    }
    if (!lowest)
        return {};
    const auto time = [&](int minute) { return m_locale.toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat); };
    const QString unit = QString::fromLatin1(Glucose::unitKey(displayUnit()).data());
    return tr("Typical day: the middle line is lowest around %1 (%2 %3) and highest around %4 (%5 %6).")
        .arg(time(lowest->startMinute), formatGlucose(*lowest->p50), unit, time(highest->startMinute),
             formatGlucose(*highest->p50), unit);
}

const std::vector<GlucoseReading> &StatisticsModel::readings() const
{
    return *m_readings;
}

const Stats::AmbulatoryProfile &StatisticsModel::profile() const
{
    return m_profile;
}
