#include "ReportCanvas.h"

#include <QCoreApplication>
#include <QPdfWriter>

ReportCanvas::ReportCanvas(QPdfWriter &writer, const ReportStyle &style, QString footer)
    : m_writer(writer)
    , m_painter(&writer)
    , m_style(style)
    , m_footer(std::move(footer))
    , m_pageWidth(writer.width())
    , m_pageHeight(writer.height())
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    drawFooter();
}

bool ReportCanvas::ensureSpace(double height)
{
    if (m_y + height <= m_pageHeight - Margin - FooterHeight)
        return false;
    newPage();
    return true;
}

void ReportCanvas::newPage()
{
    m_writer.newPage();
    ++m_pages;
    m_y = Margin;
    drawFooter();
}

double ReportCanvas::textHeight(const QString &text, const QFont &font, double width)
{
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}

void ReportCanvas::paragraph(const QString &text, const QFont &font, const QColor &color)
{
    const double height = textHeight(text, font, width());
    ensureSpace(height);
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(QRectF(left(), m_y, width(), height), Qt::TextWordWrap, text);
    m_y += height;
}

void ReportCanvas::rule()
{
    m_painter.setPen(QPen(ReportStyle::Rule, 0.6));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
}

bool ReportCanvas::finish()
{
    return m_painter.end();
}

void ReportCanvas::drawFooter()
{
    const double top = m_pageHeight - Margin - FooterHeight + 8;
    m_painter.setPen(QPen(ReportStyle::Rule, 0.6));
    m_painter.drawLine(QPointF(left(), top), QPointF(left() + width(), top));
    m_painter.setFont(m_style.small);
    m_painter.setPen(ReportStyle::Muted);
    const QRectF box(left(), top + 3, width(), FooterHeight - 6);
    m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("DoctorReport", "Page %1").arg(m_pages));
}
