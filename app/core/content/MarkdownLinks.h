#pragma once

#include <QList>
#include <QString>

namespace Content {

// One inline link `[label](target)` of an article body.
struct MarkdownLink {
    QString label;
    QString target;  // "glossary:id", "article:id", "source:id" or an https:// address
    int line = 0;
};

// The links of a Markdown body and the lines where a link is broken (`[x](` unclosed, empty target…). Only links
// are looked at; rendering is Qt's own Markdown support.
struct MarkdownLinkScan {
    QList<MarkdownLink> links;
    QList<int> brokenLines;
};

MarkdownLinkScan scanMarkdownLinks(const QString &markdown);

// The body as plain text for search and snippets: links become their label, emphasis and heading marks go.
QString markdownToPlainText(const QString &markdown);

} // namespace Content
