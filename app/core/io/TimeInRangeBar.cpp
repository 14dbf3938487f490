#include "TimeInRangeBar.h"

#include "ReportCanvas.h"

#include <QCoreApplication>
#include <array>

namespace {

// Gives the strings of this file their translation context, in a form lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DoctorReport)
};

struct RangeRow {
    Glucose::Range range;
    QString name;
    QString bounds;
    double share = 0.0;
    QString goal;
};

std::array<RangeRow, 5> rangeRows(const ReportStyle &style, const Stats::GlucoseSummary &s)
{
    // The bounds as the consensus writes them in each unit: low 54–69 mg/dL or 3.0–3.8 mmol/L, and so on.
    const Glucose::Thresholds t = Glucose::consensusThresholds(style.unit);
    const int decimals = Glucose::decimals(style.unit);
    const double step = decimals == 0 ? 1.0 : 0.1;
    const QString unit = style.unitLabel();
    const auto value = [&](double v) { return style.number(v, decimals); };
    const double tar = s.tarPercent.value_or(0), tar2 = s.tar2Percent.value_or(0);
    const double tbr = s.tbrPercent.value_or(0), tbr2 = s.tbr2Percent.value_or(0);
    return {{
        {Glucose::Range::VeryHigh, Text::tr("Very high"), QStringLiteral("> %1 %2").arg(value(t.veryHigh), unit), tar2,
         Text::tr("goal < 5 %")},
        {Glucose::Range::High, Text::tr("High"), QStringLiteral("%1–%2 %3").arg(value(t.high + step), value(t.veryHigh), unit),
         tar - tar2, Text::tr("with very high %1, goal < 25 %").arg(style.percent(tar))},
        {Glucose::Range::InRange, Text::tr("In range"), QStringLiteral("%1–%2 %3").arg(value(t.low), value(t.high), unit),
         s.tirPercent.value_or(0), Text::tr("goal > 70 %")},
        {Glucose::Range::Low, Text::tr("Low"), QStringLiteral("%1–%2 %3").arg(value(t.veryLow), value(t.low - step), unit),
         tbr - tbr2, Text::tr("with very low %1, goal < 4 %").arg(style.percent(tbr))},
        {Glucose::Range::VeryLow, Text::tr("Very low"), QStringLiteral("< %1 %2").arg(value(t.veryLow), unit), tbr2,
         Text::tr("goal < 1 %")},
    }};
}

} // namespace

void drawTimeInRangeBar(ReportCanvas &canvas, const Stats::GlucoseSummary &summary)
{
    constexpr double BarWidth = 34.0;
    constexpr double RowHeight = 27.0;
    constexpr double SwatchSize = 9.0;
    const ReportStyle &style = canvas.style();
    const auto rows = rangeRows(style, summary);
    const double height = RowHeight * double(rows.size());
    canvas.ensureSpace(height);
    QPainter &painter = canvas.painter();
    const double top = canvas.y();
    const double x = canvas.left();

    double segmentTop = top;
    for (const RangeRow &row : rows) {
        const double segment = height * row.share / 100.0;
        painter.fillRect(QRectF(x, segmentTop, BarWidth, segment), ReportStyle::rangeColor(row.range));
        segmentTop += segment;
    }
    painter.setPen(QPen(ReportStyle::Rule, 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x, top, BarWidth, height));

    const double textLeft = x + BarWidth + 14;
    const double nameWidth = 70, boundsWidth = 108, shareWidth = 52;
    for (size_t i = 0; i < rows.size(); ++i) {
        const RangeRow &row = rows[i];
        const double rowTop = top + RowHeight * double(i);
        painter.fillRect(QRectF(textLeft, rowTop + (RowHeight - SwatchSize) / 2, SwatchSize, SwatchSize),
                         ReportStyle::rangeColor(row.range));
        double cx = textLeft + SwatchSize + 6;
        const auto cell = [&](double width, const QString &text, const QFont &font, Qt::Alignment align) {
            painter.setFont(font);
            painter.setPen(ReportStyle::Ink);
            painter.drawText(QRectF(cx, rowTop, width, RowHeight), int(align | Qt::AlignVCenter) | Qt::TextWordWrap,
                             text);
            cx += width + 6;
        };
        cell(nameWidth, row.name, style.bold, Qt::AlignLeft);
        cell(boundsWidth, row.bounds, style.body, Qt::AlignLeft);
        cell(shareWidth, style.percent(row.share), style.bold, Qt::AlignRight);
        painter.setFont(style.small);
        painter.setPen(ReportStyle::Muted);
        painter.drawText(QRectF(cx, rowTop, canvas.left() + canvas.width() - cx, RowHeight),
                         int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap, row.goal);
    }
    canvas.advance(height);
}
