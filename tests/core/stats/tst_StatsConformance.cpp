#include "stats/Formulas.h"
#include "stats/GlucoseSummary.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <map>

// Reproduces the published reference values kept outside the repository (../shared/reference): the GMI and ADAG
// tables and iglu's values for its example data. Skips, saying so, when that folder is absent.
namespace {

const QString ReferenceDir = QStringLiteral(ISLETGUIDE_SHARED_REFERENCE);

// The rows of a reference CSV as header → value maps; empty when the file is absent.
std::vector<std::map<QString, QString>> readCsv(const QString &relativePath)
{
    QFile file(ReferenceDir + QLatin1Char('/') + relativePath);
    std::vector<std::map<QString, QString>> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char(','));
        std::map<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i)
            row[header.at(i)] = cells.at(i);
        rows.push_back(row);
    }
    return rows;
}

bool referenceAvailable(const QString &relativePath)
{
    if (QFile::exists(ReferenceDir + QLatin1Char('/') + relativePath))
        return true;
    WARN("SKIPPED: reference file " << (ReferenceDir + QLatin1Char('/') + relativePath).toStdString() << " not found");
    return false;
}

// iglu's example data: epoch seconds, mg/dL, wall clock in EST (UTC−5), one trace per subject.
std::map<QString, std::vector<GlucoseReading>> igluSubjects(const QString &relativePath)
{
    std::map<QString, std::vector<GlucoseReading>> subjects;
    for (const auto &row : readCsv(relativePath)) {
        GlucoseReading r;
        r.utcMs = static_cast<std::int64_t>(row.at(QStringLiteral("epoch_s")).toDouble() * 1000.0);
        r.utcOffsetSec = -5 * 3600;
        r.value = row.at(QStringLiteral("gl")).toDouble();
        r.unit = Glucose::Unit::MgDl;
        r.source = QStringLiteral("cgm:iglu");
        subjects[row.at(QStringLiteral("id"))].push_back(r);
    }
    return subjects;
}

double expectedValue(const std::vector<std::map<QString, QString>> &rows, const QString &dataset, const QString &subject,
                     const QString &metric)
{
    for (const auto &row : rows) {
        if (row.at(QStringLiteral("dataset")) == dataset && row.at(QStringLiteral("subject")) == subject
            && row.at(QStringLiteral("metric")) == metric)
            return row.at(QStringLiteral("expected")).toDouble();
    }
    FAIL("no expected value for " << metric.toStdString() << " of " << subject.toStdString());
    return 0.0;
}

} // namespace

TEST_CASE("GMI reproduces the published table of Bergenstal 2018", "[conformance]")
{
    const QString path = QStringLiteral("formulas/gmi_table.csv");
    if (!referenceAvailable(path))
        return;
    const auto rows = readCsv(path);
    REQUIRE(rows.size() == 20);
    for (const auto &row : rows) {
        const double mean = row.at(QStringLiteral("mean_glucose")).toDouble();
        const double published = row.at(QStringLiteral("gmi")).toDouble();
        INFO(row.at(QStringLiteral("unit")).toStdString() << " " << mean);
        // The table is printed to one decimal.
        if (row.at(QStringLiteral("unit")) == QLatin1String("mg/dL"))
            CHECK(Stats::gmiPercent(mean) == Approx(published).margin(0.05));
        else
            CHECK(Stats::gmiMmolPerMol(mean) == Approx(published).margin(0.05));
    }
}

TEST_CASE("estimated A1c reproduces the ADAG table of Nathan 2008", "[conformance]")
{
    const QString path = QStringLiteral("formulas/adag_a1c_to_eag.csv");
    if (!referenceAvailable(path))
        return;
    const auto rows = readCsv(path);
    REQUIRE(rows.size() == 8);
    for (const auto &row : rows) {
        const double a1c = row.at(QStringLiteral("a1c_percent")).toDouble();
        const double eagMgdl = row.at(QStringLiteral("eag_mg_dl")).toDouble();
        const double eagMmol = row.at(QStringLiteral("eag_mmol_l")).toDouble();
        INFO("A1c " << a1c);
        // eAG is printed as whole mg/dL (±0.5 mg/dL); the mmol/L column was converted from those rounded values and
        // rounded again to one decimal (±0.5 mg/dL + ±0.05 mmol/L). Each mg/dL of eAG is 1/28.7 % of A1c.
        CHECK(Stats::estimatedA1cPercent(eagMgdl) == Approx(a1c).margin(0.5 / 28.7));
        CHECK(Stats::estimatedA1cPercent(Glucose::toMgDl(eagMmol, Glucose::Unit::MmolL))
              == Approx(a1c).margin((0.5 + 0.05 * Glucose::MgDlPerMmolL) / 28.7));
    }
}

TEST_CASE("summary reproduces iglu's published values for example_data_1_subject", "[conformance]")
{
    const QString data = QStringLiteral("iglu/example_data_1_subject.csv");
    const QString expectedPath = QStringLiteral("iglu/expected_published_values.csv");
    if (!referenceAvailable(data) || !referenceAvailable(expectedPath))
        return;
    const auto expected = readCsv(expectedPath);
    const auto subjects = igluSubjects(data);
    REQUIRE(subjects.size() == 1);
    const Stats::GlucoseSummary s = Stats::summarize(subjects.begin()->second);
    const QString set = QStringLiteral("example_data_1_subject");
    const QString subject = QStringLiteral("Subject 1");
    auto value = [&](const char *metric) { return expectedValue(expected, set, subject, QString::fromLatin1(metric)); };

    CHECK(s.count == int(value("n_readings")));
    CHECK(*s.meanMgdl == Approx(value("mean_full")).margin(1e-6));
    CHECK(*s.minMgdl == value("min"));
    CHECK(*s.maxMgdl == value("max"));
    CHECK(*s.gmiPercent == Approx(value("GMI")).margin(1e-6));
    CHECK(*s.cvPercent == Approx(value("CV_percent")).margin(1e-6));
    CHECK(*s.jIndex == Approx(value("J_index_full")).margin(1e-6));
    CHECK(*s.tirPercent == Approx(91.663808).margin(1e-6));
    CHECK(*s.tirPercent == Approx(value("in_range_70_180")).margin(0.2));
    CHECK(*s.tarPercent == Approx(value("above_180")).margin(1e-6));
    CHECK(*s.tar2Percent == Approx(value("above_250")).margin(0.0005));
    CHECK(*s.tbrPercent == Approx(value("below_70")).margin(1e-6));
    CHECK(*s.tbr2Percent == Approx(value("below_54")).margin(1e-6));
}

TEST_CASE("MAGE reproduces iglu's published values for all five subjects within 2 %", "[conformance]")
{
    const QString data = QStringLiteral("iglu/example_data_5_subject.csv");
    const QString expectedPath = QStringLiteral("iglu/expected_published_values.csv");
    if (!referenceAvailable(data) || !referenceAvailable(expectedPath))
        return;
    const auto expected = readCsv(expectedPath);
    const auto subjects = igluSubjects(data);
    REQUIRE(subjects.size() == 5);
    for (const auto &[subject, readings] : subjects) {
        const double published = expectedValue(expected, QStringLiteral("example_data_5_subject"), subject,
                                                QStringLiteral("MAGE_ma_default"));
        const Stats::GlucoseSummary s = Stats::summarize(readings);
        INFO(subject.toStdString() << ": published " << published << ", computed " << s.mageMgdl.value_or(-1.0));
        REQUIRE(s.mageMgdl.has_value());
        CHECK(*s.mageMgdl == Approx(published).epsilon(0.02));
        CHECK(*s.tirPercent + *s.tbrPercent + *s.tarPercent == Approx(100.0));
    }
}
