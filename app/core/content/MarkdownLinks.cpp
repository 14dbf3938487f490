#include "content/MarkdownLinks.h"

#include <QRegularExpression>

namespace Content {

namespace {

const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)"));
    return pattern;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

MarkdownLinkScan scanMarkdownLinks(const QString &markdown)
{
    MarkdownLinkScan scan;
    QList<qsizetype> linkJoins;  // where each well-formed link's "](" is
    auto it = linkPattern().globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        scan.links.append({match.captured(1), match.captured(2), lineOf(markdown, match.capturedStart())});
        linkJoins.append(match.capturedEnd(1));
    }
    for (qsizetype at = markdown.indexOf(QLatin1String("](")); at >= 0; at = markdown.indexOf(QLatin1String("]("), at + 2)) {
        if (!linkJoins.contains(at))
            scan.brokenLines.append(lineOf(markdown, at));
    }
    return scan;
}

QString markdownToPlainText(const QString &markdown)
{
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__"));
    static const QRegularExpression heading(QStringLiteral("^#+\\s*"), QRegularExpression::MultilineOption);
    QString text = markdown;
    text.replace(linkPattern(), QStringLiteral("\\1"));
    text.remove(emphasis);
    text.remove(heading);
    return text;
}

} // namespace Content
