#pragma once

#include <QList>
#include <QString>

namespace Content {

// One block of an article body in reading order: what the page shows (its inline Markdown, without the heading or
// list mark, and the list item's marker: "1." or "•"), what a screen reader names it (plain text: no Markdown marks,
// links as their label, a numbered item with its number) and what is read aloud (plain, without source citations).
struct TextBlock {
    enum class Kind { Heading, Paragraph, ListItem };
    Kind kind = Kind::Paragraph;
    QString markdown;
    QString marker;
    QString plain;
    QString spoken;
};

// Why it exists: screen readers, the read-aloud engine and the paragraph-by-paragraph article page need the body as
// headings, paragraphs and list items in order, not as one Markdown string. Only the Markdown the content uses
// (FORMAT.md) is understood: `#` headings, `-` and `1.` list items, `**bold**` and `[label](target)` links.
QList<TextBlock> textBlocks(const QString &markdown);

// The text handed to a speech engine: each block's spoken text, one per line, in order.
QString spokenText(const QList<TextBlock> &blocks);

} // namespace Content
