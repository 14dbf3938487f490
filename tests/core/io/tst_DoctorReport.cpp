#include "SyntheticDiary.h"
#include "io/DoctorReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct PdfFile {
    QByteArray bytes;

    bool looksValid() const
    {
        return bytes.startsWith("%PDF-1.") && bytes.trimmed().endsWith("%%EOF") && bytes.contains("/Type /Catalog");
    }
    // The page count the PDF's page tree declares, and the page objects it holds.
    int declaredPages() const
    {
        const auto match = QRegularExpression(QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*/Count (\\d+)"))
                               .match(QString::fromLatin1(bytes));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    int pageObjects() const { return int(bytes.count("/Type /Page\n")); }
};

PdfFile writeReport(const QTemporaryDir &dir, const DoctorReportRequest &request, int *pages)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    const auto written = writeDoctorReport(path, request, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    *pages = *written;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return PdfFile{file.readAll()};
}

} // namespace

TEST_CASE("a two-week diary gives a valid A4 report: summary and bar, profile and daily table, meter log")
{
    QTemporaryDir dir;
    DoctorReportRequest request;
    request.readings = syntheticDiary(QDate(2026, 11, 9), 14, 3);
    request.firstDay = QDate(2026, 11, 9);
    request.lastDay = QDate(2026, 11, 22);
    request.printedOn = QDate(2026, 11, 23);
    int pages = 0;
    const PdfFile pdf = writeReport(dir, request, &pages);
    CHECK(pdf.looksValid());
    // Page 1: header, summary, time in ranges. Page 2: the profile and the 14-day sensor table. Pages 3 and 4: the
    // 42 meter readings (about 35 rows fit on a page).
    CHECK(pages == 4);
    CHECK(pdf.declaredPages() == pages);
    CHECK(pdf.pageObjects() == pages);
    CHECK(pdf.bytes.contains("/MediaBox [0 0 595"));
}

TEST_CASE("a long meter log runs over more pages, the header repeated")
{
    QTemporaryDir dir;
    DoctorReportRequest request;
    request.readings = syntheticDiary(QDate(2026, 11, 9), 14, 8);
    request.script = ReportStyle::Script::Traditional;
    request.unit = Glucose::Unit::MgDl;
    int pages = 0;
    const PdfFile pdf = writeReport(dir, request, &pages);
    CHECK(pdf.looksValid());
    CHECK(pdf.declaredPages() == pages);
    // 112 meter readings: four pages of log after the same two.
    CHECK(pages == 6);
}

TEST_CASE("an empty period gives one page that says there are no readings")
{
    QTemporaryDir dir;
    DoctorReportRequest request;
    request.script = ReportStyle::Script::English;
    int pages = 0;
    const PdfFile pdf = writeReport(dir, request, &pages);
    CHECK(pdf.looksValid());
    CHECK(pages == 1);
    CHECK(pdf.declaredPages() == 1);
}

TEST_CASE("a report that cannot be written says so and leaves no file")
{
    QString error;
    const QString path = QStringLiteral("/nonexistent-folder/report.pdf");
    CHECK_FALSE(writeDoctorReport(path, DoctorReportRequest{}, &error));
    CHECK(error.contains(QLatin1String("report.pdf")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the report's unit defaults to the unit most readings were recorded in")
{
    const auto readings = syntheticDiary(QDate(2026, 11, 9), 1, 3);
    CHECK(majorityUnit(readings, Glucose::Unit::MmolL) == Glucose::Unit::MgDl);
    CHECK(majorityUnit({}, Glucose::Unit::MmolL) == Glucose::Unit::MmolL);
    CHECK(majorityUnit({}, Glucose::Unit::MgDl) == Glucose::Unit::MgDl);
}
