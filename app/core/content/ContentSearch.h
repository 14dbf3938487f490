#pragma once

#include "content/ContentLibrary.h"
#include "content/ScriptCharacters.h"

namespace Content {

// One search result: what was found, and a snippet of its text around the match (the match at matchStart).
struct SearchHit {
    QString kind;  // "article", "trial", "glossary", "red_flag", "regulator" or "source"
    QString id;
    QString title;
    QString snippet;
    int matchStart = -1;  // in snippet; -1 when only the title matched
    int matchLength = 0;
    int score = 0;
};

// Full-text search over every item in one script. Both the text and the query are folded to one script with
// OpenCC's character map, so a term typed in either script is found (干细胞 finds 幹細胞). Title matches rank above
// body matches; a query of several words needs all of them.
class ContentSearch
{
public:
    ContentSearch(const ContentLibrary &library, Script script,
                  const ScriptCharacters &characters = ScriptCharacters::bundled());

    QList<SearchHit> search(const QString &query, int limit = 50) const;

private:
    // One searchable item: its texts as shown, and folded to one script for matching.
    struct Entry {
        QString kind;
        QString id;
        QString title;
        QString titleFolded;
        QString keysFolded;  // other names and aliases, matched like the title
        QString body;        // plain text
        QString bodyFolded;
    };
    void add(const QString &kind, const QString &id, const QString &title, const QStringList &keys, const QString &body);
    SearchHit snippetHit(const Entry &entry, qsizetype bodyMatch, qsizetype length) const;

    const ScriptCharacters &m_characters;
    QList<Entry> m_entries;
};

} // namespace Content
