#pragma once

#include "ReportStyle.h"

#include <QPainter>
#include <QString>

class QPdfWriter;

// Lays the report out down A4 pages in points: keeps the current height, starts a new page with the running footer
// when the next block would not fit, and draws wrapped text so long Chinese or English lines never run off the page.
class ReportCanvas
{
public:
    ReportCanvas(QPdfWriter &writer, const ReportStyle &style, QString footer);

    QPainter &painter() { return m_painter; }
    const ReportStyle &style() const { return m_style; }
    double left() const { return Margin; }
    double width() const { return m_pageWidth - 2 * Margin; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }

    // Starts a new page unless `height` points still fit above the footer; true when a page was started.
    bool ensureSpace(double height);
    void newPage();
    int pageCount() const { return m_pages; }

    // Height `text` needs when wrapped to `width` points.
    double textHeight(const QString &text, const QFont &font, double width);
    // Draws `text` wrapped across the content width at the current height and moves below it.
    void paragraph(const QString &text, const QFont &font, const QColor &color = ReportStyle::Ink);
    void rule();

    bool finish();  // ends the last page; false when the PDF could not be written

    static constexpr double Margin = 42.0;
    static constexpr double FooterHeight = 24.0;

private:
    void drawFooter();

    QPdfWriter &m_writer;
    QPainter m_painter;
    const ReportStyle &m_style;
    QString m_footer;
    double m_pageWidth = 0.0;
    double m_pageHeight = 0.0;
    double m_y = Margin;
    int m_pages = 1;
};
