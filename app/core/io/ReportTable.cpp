#include "ReportTable.h"

#include "ReportCanvas.h"

#include <numeric>

namespace {

constexpr double CellPadding = 3.0;

} // namespace

void ReportTable::draw(ReportCanvas &canvas) const
{
    QPainter &painter = canvas.painter();
    const ReportStyle &style = canvas.style();
    const double totalShare = std::accumulate(columns.begin(), columns.end(), 0.0,
                                              [](double sum, const Column &c) { return sum + c.share; });
    std::vector<double> widths;
    for (const Column &column : columns)
        widths.push_back(canvas.width() * column.share / totalShare);

    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double height = 0.0;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c)
            height = std::max(height, canvas.textHeight(cells.at(c), font, widths[size_t(c)] - 2 * CellPadding));
        return height + 2 * CellPadding;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &font, double height) {
        double x = canvas.left();
        painter.setFont(font);
        painter.setPen(ReportStyle::Ink);
        for (size_t c = 0; c < widths.size(); ++c) {
            const QRectF cell(x + CellPadding, canvas.y() + CellPadding, widths[c] - 2 * CellPadding,
                              height - 2 * CellPadding);
            const Qt::Alignment align = columns[c].alignRight ? Qt::AlignRight : Qt::AlignLeft;
            if (qsizetype(c) < cells.size())
                painter.drawText(cell, int(align | Qt::AlignVCenter) | Qt::TextWordWrap, cells.at(qsizetype(c)));
            x += widths[c];
        }
        canvas.advance(height);
    };

    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    const double headerHeight = rowHeight(titles, style.bold);
    const auto drawHeader = [&] {
        drawRow(titles, style.bold, headerHeight);
        canvas.rule();
    };

    canvas.ensureSpace(headerHeight + rowHeight(rows.empty() ? titles : rows.front(), style.body));
    drawHeader();
    for (size_t r = 0; r < rows.size(); ++r) {
        const double height = rowHeight(rows[r], style.body);
        if (canvas.ensureSpace(height))
            drawHeader();
        if (r % 2 == 1)
            painter.fillRect(QRectF(canvas.left(), canvas.y(), canvas.width(), height), ReportStyle::Shade);
        drawRow(rows[r], style.body, height);
    }
    canvas.rule();
}
