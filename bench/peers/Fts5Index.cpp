#include "Fts5Index.h"

#include <QSqlError>
#include <QVariant>
#include <cstdio>
#include <cstdlib>

namespace {
void check(bool ok, const QSqlQuery &query)
{
    if (!ok) {
        std::fprintf(stderr, "fts5: %s\n", qPrintable(query.lastError().text()));
        std::exit(1);
    }
}
} // namespace

Fts5Index::Fts5Index(const QList<CorpusRow> &rows)
    : m_connection(QStringLiteral("fts5-peer"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        std::fprintf(stderr, "fts5: %s\n", qPrintable(db.lastError().text()));
        std::exit(1);
    }
    QSqlQuery create(db);
    check(create.exec(QStringLiteral("CREATE VIRTUAL TABLE content USING fts5(kind UNINDEXED, id UNINDEXED, title, "
                                     "body, tokenize = 'trigram')")),
          create);
    db.transaction();
    QSqlQuery insert(db);
    check(insert.prepare(QStringLiteral("INSERT INTO content VALUES (?, ?, ?, ?)")), insert);
    for (const CorpusRow &row : rows) {
        insert.bindValue(0, row.kind);
        insert.bindValue(1, row.id);
        insert.bindValue(2, row.title);
        insert.bindValue(3, row.body);
        check(insert.exec(), insert);
    }
    db.commit();
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    // bm25 weights per column: kind, id, title, body; a title match counts ten times a body match.
    check(m_query->prepare(QStringLiteral("SELECT kind, id, title, snippet(content, 3, '', '', '…', 24) FROM content "
                                          "WHERE content MATCH ? ORDER BY bm25(content, 0, 0, 10, 1) LIMIT 50")),
          *m_query);
}

Fts5Index::~Fts5Index()
{
    m_query.reset();
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QStringList Fts5Index::search(const QString &query)
{
    QString phrase = query;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    m_query->bindValue(0, QLatin1Char('"') + phrase + QLatin1Char('"'));
    check(m_query->exec(), *m_query);
    QStringList snippets;
    while (m_query->next())
        snippets.append(m_query->value(3).toString());
    m_query->finish();
    return snippets;
}
