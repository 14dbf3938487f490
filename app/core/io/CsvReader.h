#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

// Splits delimited text into records the way spreadsheet exports write it: an optional UTF-8 BOM, CRLF or LF line
// ends, fields in double quotes with "" for a quote and line breaks allowed inside quotes.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView text, char delimiter = ',');

    // Reads the next record into `fields`; false at the end of the text. A record is never empty: a blank line gives
    // one empty field.
    bool next(std::vector<QByteArray> &fields);

    int line() const { return m_recordLine; }        // 1-based line where the last record started
    bool truncated() const { return m_truncated; }   // a quoted field was still open at the end of the text
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    QByteArrayView m_text;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_nextLine = 1;
    int m_recordLine = 0;
    bool m_truncated = false;
};
