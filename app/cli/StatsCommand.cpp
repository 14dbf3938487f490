#include "Commands.h"

#include "diary/DiaryStore.h"
#include "stats/GlucoseSummary.h"
#include "stats/SummaryBuilder.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>
#include <optional>

// `stats --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: the summary of the diary's readings in the contract's keys.
namespace {

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const Stats::GlucoseSummary &s)
{
    return QJsonObject{
        {QStringLiteral("count"), s.count},
        {QStringLiteral("days"), s.days},
        {QStringLiteral("mean_mgdl"), jsonNumber(s.meanMgdl)},
        {QStringLiteral("sd_mgdl"), jsonNumber(s.sdMgdl)},
        {QStringLiteral("cv_percent"), jsonNumber(s.cvPercent)},
        {QStringLiteral("gmi_percent"), jsonNumber(s.gmiPercent)},
        {QStringLiteral("ea1c_percent"), jsonNumber(s.ea1cPercent)},
        {QStringLiteral("tir_percent"), jsonNumber(s.tirPercent)},
        {QStringLiteral("tbr_percent"), jsonNumber(s.tbrPercent)},
        {QStringLiteral("tbr2_percent"), jsonNumber(s.tbr2Percent)},
        {QStringLiteral("tar_percent"), jsonNumber(s.tarPercent)},
        {QStringLiteral("tar2_percent"), jsonNumber(s.tar2Percent)},
        {QStringLiteral("lbgi"), jsonNumber(s.lbgi)},
        {QStringLiteral("hbgi"), jsonNumber(s.hbgi)},
        {QStringLiteral("j_index"), jsonNumber(s.jIndex)},
        {QStringLiteral("mage_mgdl"), jsonNumber(s.mageMgdl)},
    };
}

// Local midnight at the start of the day given as YYYY-MM-DD; `dayAfter` moves to the end of that day.
std::optional<std::int64_t> localMidnight(const QString &text, bool dayAfter)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(dayAfter ? date.addDays(1) : date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

int runStats(CliContext &context)
{
    if (!context.hasFlag(QStringLiteral("--json"))) {
        context.err << "isletguide-cli: stats: only --json output is available (stats --json [--from] [--to])\n";
        return 2;
    }
    if (context.dbPath.isEmpty()) {
        context.err << "isletguide-cli: stats: --db FILE is required\n";
        return 2;
    }
    if (!QFileInfo::exists(context.dbPath)) {
        context.err << "isletguide-cli: " << context.dbPath << ": no such diary file\n";
        return 1;
    }
    std::int64_t from = std::numeric_limits<std::int64_t>::min();
    std::int64_t to = std::numeric_limits<std::int64_t>::max();
    for (const auto &[option, dayAfter, bound] : {std::tuple{QStringLiteral("--from"), false, &from},
                                                  std::tuple{QStringLiteral("--to"), true, &to}}) {
        if (!context.args.contains(option))
            continue;
        const QString text = context.option(option);
        const std::optional<std::int64_t> ms = localMidnight(text, dayAfter);
        if (!ms) {
            context.err << "isletguide-cli: stats: " << option << " '" << text << "' is not a date (YYYY-MM-DD)\n";
            return 2;
        }
        *bound = *ms;
    }
    if (from >= to) {
        context.err << "isletguide-cli: stats: --from is after --to\n";
        return 2;
    }

    // Summarized while read: a year of CGM never sits in memory as GlucoseReadings. The store upgrades an older diary
    // or says why it cannot be opened.
    Stats::SummaryBuilder summary;
    DiaryStore store;
    QString error;
    if (!store.open(context.dbPath, &error)) {
        context.err << "isletguide-cli: " << error << '\n';
        return 1;
    }
    const bool read = store.readGlucoseSamples(from, to, summary);
    if (!read) {
        context.err << "isletguide-cli: " << context.dbPath << ": the readings could not be read\n";
        return 1;
    }
    context.out << QJsonDocument(summaryJson(summary.finish())).toJson(QJsonDocument::Indented);
    return 0;
}
