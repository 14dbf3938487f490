#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <deque>
#include <vector>

// Splits delimited text into records the way spreadsheet exports write it: an optional UTF-8 BOM, CRLF or LF line
// ends, fields in double quotes with "" for a quote and line breaks allowed inside quotes. Fields are handed out as
// views, so a year of CGM rows is split without copying a byte.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView text, char delimiter = ',');

    // Reads the next record into `fields`; false at the end of the text. A record is never empty: a blank line gives
    // one empty field. The views point into the text, or for a quoted field with "" in it into the reader's own
    // unescaped copy; they stay valid as long as the reader and the text do.
    bool next(std::vector<QByteArrayView> &fields);

    int line() const { return m_recordLine; }        // 1-based line where the last record started
    bool truncated() const { return m_truncated; }   // a quoted field was still open at the end of the text
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    QByteArrayView quotedField();
    qsizetype plainEnd(qsizetype from) const;  // the first delimiter or line end at or after `from`

    QByteArrayView m_text;
    std::array<bool, 256> m_endsField{};  // the delimiter, CR and LF
    qsizetype m_pos = 0;
    int m_nextLine = 1;
    int m_recordLine = 0;
    bool m_truncated = false;
    std::deque<QByteArray> m_unescaped;  // a deque, so the views into earlier copies survive adding one
};
