#include "SpokenText.h"

#include <QRegularExpression>
#include <QStringList>

namespace Content {
namespace {

const QRegularExpression &headingMark()
{
    static const QRegularExpression pattern(QStringLiteral("^#+\\s+"));
    return pattern;
}

const QRegularExpression &bulletMark()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[-*+]\\s+"));
    return pattern;
}

const QRegularExpression &numberMark()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d+\\.\\s+"));
    return pattern;
}

QString plainInline(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]\\n]+)\\]\\([^)\\s]+\\)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|`"));
    QString text = markdown;
    text.replace(link, QStringLiteral("\\1"));
    text.remove(emphasis);
    return text.simplified();
}

// Citations such as "[1](source:id)" are numbers on the page; read aloud they would be stray digits.
QString spokenInline(const QString &markdown)
{
    static const QRegularExpression citation(QStringLiteral("\\s*\\[[^\\]\\n]*\\]\\(source:[^)\\s]*\\)"));
    QString text = markdown;
    return plainInline(text.remove(citation));
}

TextBlock makeBlock(TextBlock::Kind kind, const QString &markdown, const QString &marker = {})
{
    TextBlock block;
    block.kind = kind;
    block.marker = marker;
    block.markdown = markdown;
    block.markdown.remove(kind == TextBlock::Kind::Heading ? headingMark() : bulletMark());
    block.markdown.remove(numberMark());
    const QString spokenMarker = marker.isEmpty() || marker == QStringLiteral("•") ? QString() : marker + u' ';
    block.plain = spokenMarker + plainInline(block.markdown);
    block.spoken = spokenMarker + spokenInline(block.markdown);
    return block;
}

} // namespace

QList<TextBlock> textBlocks(const QString &markdown)
{
    QList<TextBlock> blocks;
    QStringList paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            blocks.append(makeBlock(TextBlock::Kind::Paragraph, paragraph.join(QLatin1Char('\n'))));
        paragraph.clear();
    };
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            endParagraph();
        } else if (headingMark().match(line).hasMatch()) {
            endParagraph();
            blocks.append(makeBlock(TextBlock::Kind::Heading, line.trimmed()));
        } else if (bulletMark().match(line).hasMatch()) {
            endParagraph();
            blocks.append(makeBlock(TextBlock::Kind::ListItem, line.trimmed(), QStringLiteral("•")));
        } else if (const QRegularExpressionMatch number = numberMark().match(line); number.hasMatch()) {
            endParagraph();
            blocks.append(makeBlock(TextBlock::Kind::ListItem, line.trimmed(), number.captured().trimmed()));
        } else {
            paragraph.append(line.trimmed());
        }
    }
    endParagraph();
    return blocks;
}

QString spokenText(const QList<TextBlock> &blocks)
{
    QStringList lines;
    for (const TextBlock &block : blocks)
        lines.append(block.spoken);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Content
