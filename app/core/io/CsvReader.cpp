#include "CsvReader.h"

#include <cstring>

CsvReader::CsvReader(QByteArrayView text, char delimiter)
    : m_text(text)
{
    for (const char c : {delimiter, '\r', '\n'})
        m_endsField[static_cast<unsigned char>(c)] = true;
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(std::vector<QByteArrayView> &fields)
{
    fields.clear();
    const qsizetype end = m_text.size();
    if (m_pos >= end)
        return false;
    m_recordLine = m_nextLine;
    const char *data = m_text.data();
    for (;;) {
        if (m_pos < end && data[m_pos] == '"') {
            fields.push_back(quotedField());
        } else {
            const qsizetype stop = plainEnd(m_pos);
            fields.push_back(m_text.sliced(m_pos, stop - m_pos));
            m_pos = stop;
        }
        if (m_pos >= end)
            return true;
        const char c = data[m_pos++];
        if (c != '\r' && c != '\n')
            continue;
        if (c == '\r' && m_pos < end && data[m_pos] == '\n')
            ++m_pos;
        ++m_nextLine;
        return true;
    }
}

// From the opening quote to the delimiter or line end after the closing one. Text between the closing quote and the
// delimiter is kept as written, as spreadsheets do.
QByteArrayView CsvReader::quotedField()
{
    const char *data = m_text.data();
    const qsizetype end = m_text.size();
    const qsizetype contentStart = ++m_pos;
    bool escaped = false;
    qsizetype contentEnd = end;
    while (m_pos < end) {
        const char *quote = static_cast<const char *>(std::memchr(data + m_pos, '"', size_t(end - m_pos)));
        const qsizetype at = quote ? quote - data : end;
        for (const char *p = data + m_pos; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + at - p))));
             ++p)
            ++m_nextLine;
        if (!quote) {
            m_pos = end;
            break;
        }
        if (at + 1 < end && data[at + 1] == '"') {
            escaped = true;
            m_pos = at + 2;
            continue;
        }
        contentEnd = at;
        m_pos = at + 1;
        break;
    }
    if (contentEnd == end) {
        m_truncated = true;
        m_pos = end;
    }
    const qsizetype trailingStart = m_pos;
    m_pos = plainEnd(m_pos);
    const QByteArrayView content = m_text.sliced(contentStart, contentEnd - contentStart);
    if (!escaped && m_pos == trailingStart)
        return content;
    QByteArray copy;
    copy.reserve(content.size() + (m_pos - trailingStart));
    for (qsizetype i = 0; i < content.size(); ++i) {
        copy.append(content[i]);
        if (content[i] == '"' && i + 1 < content.size() && content[i + 1] == '"')
            ++i;
    }
    copy.append(m_text.sliced(trailingStart, m_pos - trailingStart));
    m_unescaped.push_back(std::move(copy));
    return m_unescaped.back();
}

qsizetype CsvReader::plainEnd(qsizetype from) const
{
    const char *data = m_text.data();
    const qsizetype end = m_text.size();
    while (from < end && !m_endsField[static_cast<unsigned char>(data[from])])
        ++from;
    return from;
}
