#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <cstddef>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the SQLite handle under a Qt SQL connection, for the diary's bulk paths (import, reading a
// year of CGM): binding integers directly is several times cheaper than QSqlQuery's QVariant per value and per row,
// and it runs inside the connection's transaction like any QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    SqliteStatement(sqlite3 *db, const char *sql);  // on a connection opened with the C API
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorText() const;  // SQLite's message for the last failure

    // Parameters count from 1, as in SQL.
    void bind(int parameter, std::int64_t value);
    void bind(int parameter, const QString &text);  // an empty or null QString binds ''
    void bindBlob(int parameter, const QByteArray &bytes);  // copied by SQLite
    // A row is ready (true), or the statement is done or failed (false; failed() tells which, errorText() why).
    bool step();
    bool failed() const { return m_failed; }
    void reset();  // ready to bind and run again; bindings are kept until bound anew

    std::int64_t int64(int column) const;  // columns count from 0
    QString text(int column) const;
    // A blob column's bytes, valid until the next step() or reset(); size 0 (and maybe nullptr) when empty.
    const unsigned char *blob(int column, std::size_t *size) const;

    static sqlite3 *handle(const QSqlDatabase &db);  // nullptr when db is not an open QSQLITE connection

private:

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    QString m_prepareError;
};
