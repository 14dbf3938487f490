#include "ContentLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace ContentLabels {

namespace {

QString lookUp(const char *context, const QHash<QString, const char *> &table, const QString &key)
{
    const auto it = table.constFind(key);
    return it == table.cend() ? key : QCoreApplication::translate(context, *it);
}

} // namespace

QString evidence(const QString &level)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Evidence", "Approved treatment")},
        {QStringLiteral("phase-3"), QT_TRANSLATE_NOOP("Evidence", "Phase 3 trial")},
        {QStringLiteral("phase-2"), QT_TRANSLATE_NOOP("Evidence", "Phase 2 trial")},
        {QStringLiteral("phase-1-2"), QT_TRANSLATE_NOOP("Evidence", "Phase 1/2 trial")},
        {QStringLiteral("phase-1"), QT_TRANSLATE_NOOP("Evidence", "Phase 1 trial")},
        {QStringLiteral("pilot"), QT_TRANSLATE_NOOP("Evidence", "Small pilot study")},
        {QStringLiteral("case-report"), QT_TRANSLATE_NOOP("Evidence", "Single patient report")},
        {QStringLiteral("press-release"), QT_TRANSLATE_NOOP("Evidence", "Company statement, not peer reviewed")},
        {QStringLiteral("news"), QT_TRANSLATE_NOOP("Evidence", "News reports only, not confirmed")},
        {QStringLiteral("preclinical"), QT_TRANSLATE_NOOP("Evidence", "Laboratory or animal study")},
        {QStringLiteral("guideline"), QT_TRANSLATE_NOOP("Evidence", "Clinical guideline")},
        {QStringLiteral("regulation"), QT_TRANSLATE_NOOP("Evidence", "Law or regulator notice")},
        {QStringLiteral("background"), QT_TRANSLATE_NOOP("Evidence", "Established knowledge")},
    };
    return lookUp("Evidence", table, level);
}

int evidenceTier(const QString &level)
{
    static const QHash<QString, int> tiers = {
        {QStringLiteral("approved"), 0}, {QStringLiteral("guideline"), 0}, {QStringLiteral("regulation"), 0},
        {QStringLiteral("background"), 0}, {QStringLiteral("phase-3"), 1}, {QStringLiteral("phase-2"), 1},
        {QStringLiteral("phase-1-2"), 1}, {QStringLiteral("phase-1"), 1}, {QStringLiteral("pilot"), 2},
        {QStringLiteral("case-report"), 2}, {QStringLiteral("preclinical"), 2}, {QStringLiteral("press-release"), 3},
        {QStringLiteral("news"), 3},
    };
    return tiers.value(level, 3);
}

QString phase(const QString &phase)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("case-report"), QT_TRANSLATE_NOOP("Phase", "Single patient")},
        {QStringLiteral("pilot"), QT_TRANSLATE_NOOP("Phase", "Pilot study")},
        {QStringLiteral("phase-1"), QT_TRANSLATE_NOOP("Phase", "Phase 1")},
        {QStringLiteral("phase-1-2"), QT_TRANSLATE_NOOP("Phase", "Phase 1/2")},
        {QStringLiteral("phase-1-2-3"), QT_TRANSLATE_NOOP("Phase", "Phase 1/2/3")},
        {QStringLiteral("phase-2"), QT_TRANSLATE_NOOP("Phase", "Phase 2")},
        {QStringLiteral("phase-3"), QT_TRANSLATE_NOOP("Phase", "Phase 3")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Phase", "Approved")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("Phase", "Phase not published")},
    };
    return lookUp("Phase", table, phase);
}

QString cellSource(const QString &source)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("esc"), QT_TRANSLATE_NOOP("CellSource", "Embryonic stem cells")},
        {QStringLiteral("ipsc"), QT_TRANSLATE_NOOP("CellSource", "Induced pluripotent stem cells (iPSC)")},
        {QStringLiteral("cipsc"), QT_TRANSLATE_NOOP("CellSource", "Chemically induced iPSC")},
        {QStringLiteral("endoderm-stem-cell"), QT_TRANSLATE_NOOP("CellSource", "Endoderm stem cells")},
        {QStringLiteral("msc"), QT_TRANSLATE_NOOP("CellSource", "Mesenchymal stem cells (MSC)")},
        {QStringLiteral("perinatal"), QT_TRANSLATE_NOOP("CellSource", "Perinatal tissue cells")},
        {QStringLiteral("donor-islets"), QT_TRANSLATE_NOOP("CellSource", "Donor islets")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("CellSource", "Cell source not confirmed")},
    };
    return lookUp("CellSource", table, source);
}

QString status(const QString &status)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("recruiting"), QT_TRANSLATE_NOOP("TrialStatus", "Recruiting")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("TrialStatus", "Ongoing, not recruiting")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("TrialStatus", "Completed")},
        {QStringLiteral("discontinued"), QT_TRANSLATE_NOOP("TrialStatus", "Stopped")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("TrialStatus", "Approved")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("TrialStatus", "Status not published")},
    };
    return lookUp("TrialStatus", table, status);
}

QString immunosuppression(const QString &value)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("yes"), QT_TRANSLATE_NOOP("Immunosuppression", "Needs immunosuppressive drugs")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Immunosuppression", "No immunosuppressive drugs")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("Immunosuppression", "Immunosuppression not stated")},
    };
    return lookUp("Immunosuppression", table, value);
}

QString country(const QString &code)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("CN"), QT_TRANSLATE_NOOP("Country", "Mainland China")},
        {QStringLiteral("TW"), QT_TRANSLATE_NOOP("Country", "Taiwan")},
        {QStringLiteral("HK"), QT_TRANSLATE_NOOP("Country", "Hong Kong")},
        {QStringLiteral("US"), QT_TRANSLATE_NOOP("Country", "United States")},
        {QStringLiteral("JP"), QT_TRANSLATE_NOOP("Country", "Japan")},
        {QStringLiteral("SE"), QT_TRANSLATE_NOOP("Country", "Sweden")},
        {QStringLiteral("CA"), QT_TRANSLATE_NOOP("Country", "Canada")},
    };
    return lookUp("Country", table, code);
}

QString diabetesType(const QString &type)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("t1"), QT_TRANSLATE_NOOP("DiabetesType", "Type 1")},
        {QStringLiteral("t2"), QT_TRANSLATE_NOOP("DiabetesType", "Type 2")},
    };
    return lookUp("DiabetesType", table, type);
}

QString sourceType(const QString &type)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("peer-reviewed"), QT_TRANSLATE_NOOP("SourceType", "Peer-reviewed paper")},
        {QStringLiteral("registry"), QT_TRANSLATE_NOOP("SourceType", "Trial registry")},
        {QStringLiteral("regulator"), QT_TRANSLATE_NOOP("SourceType", "Regulator")},
        {QStringLiteral("press-release"), QT_TRANSLATE_NOOP("SourceType", "Press release")},
        {QStringLiteral("news"), QT_TRANSLATE_NOOP("SourceType", "News report")},
        {QStringLiteral("guideline"), QT_TRANSLATE_NOOP("SourceType", "Clinical guideline")},
    };
    return lookUp("SourceType", table, type);
}

} // namespace ContentLabels
