#pragma once

#include "content/ContentLibrary.h"

#include <QList>

// The searchable text of every content item in one script, as plain rows, so the FTS5 peer indexes exactly the text
// ContentSearch searches (titles, other names, bodies as plain text).
struct CorpusRow {
    QString kind;
    QString id;
    QString title;
    QString body;
};

QList<CorpusRow> contentCorpus(const Content::ContentLibrary &library, Content::Script script);
