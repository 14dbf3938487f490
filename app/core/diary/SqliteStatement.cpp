#include "SqliteStatement.h"

#include "diary/StorageError.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : SqliteStatement(handle(db), sql)
{
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!m_db) {
        m_prepareError = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = StorageError::describe(m_db);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorText() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    return m_db ? StorageError::describe(m_db) : QString();
}

void SqliteStatement::bind(int parameter, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, parameter, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int parameter, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

std::int64_t SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return bytes > 0 ? QString::fromUtf8(utf8, bytes) : QString();
}

const unsigned char *SqliteStatement::blob(int column, std::size_t *size) const
{
    const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(m_statement, column));
    *size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column));
    return bytes;
}
