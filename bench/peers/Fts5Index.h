#pragma once

#include "ContentCorpus.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

// The peer of content search: an in-memory SQLite FTS5 table with the trigram tokenizer over the same rows, queried
// the way an app would (prepared once; ranked matches with a snippet, at most 50).
class Fts5Index
{
public:
    explicit Fts5Index(const QList<CorpusRow> &rows);
    ~Fts5Index();
    Fts5Index(const Fts5Index &) = delete;
    Fts5Index &operator=(const Fts5Index &) = delete;

    // The snippets of the matches, best first; the process exits when SQLite refuses the query.
    QStringList search(const QString &query);

private:
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_query;
};
