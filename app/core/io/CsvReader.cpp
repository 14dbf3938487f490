#include "CsvReader.h"

CsvReader::CsvReader(QByteArrayView text, char delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(std::vector<QByteArray> &fields)
{
    fields.clear();
    if (m_pos >= m_text.size())
        return false;
    m_recordLine = m_nextLine;
    const char *data = m_text.data();
    const qsizetype end = m_text.size();
    QByteArray field;
    bool quoted = false;
    while (m_pos < end) {
        const char c = data[m_pos];
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < end && data[m_pos + 1] == '"') {
                    field.append('"');
                    m_pos += 2;
                    continue;
                }
                quoted = false;
            } else {
                if (c == '\n')
                    ++m_nextLine;
                field.append(c);
            }
            ++m_pos;
            continue;
        }
        if (c == '"' && field.isEmpty()) {
            quoted = true;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            fields.push_back(std::move(field));
            field = QByteArray();
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos + 1 < end && data[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_nextLine;
            fields.push_back(std::move(field));
            return true;
        }
        // Plain stretch up to the next special character, appended at once.
        qsizetype stop = m_pos + 1;
        while (stop < end && data[stop] != m_delimiter && data[stop] != '\r' && data[stop] != '\n' && data[stop] != '"')
            ++stop;
        field.append(data + m_pos, stop - m_pos);
        m_pos = stop;
    }
    m_truncated = quoted;
    fields.push_back(std::move(field));
    return true;
}
