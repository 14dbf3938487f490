#include "ImportTextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace {

// The text in the legacy `encoding` as UTF-8, or nullopt when some bytes are not valid in it. ICU's Big5 converter
// drops some invalid sequences without reporting them, so the text must also encode back to the same bytes.
std::optional<QByteArray> convertedToUtf8(QByteArrayView bytes, const char *encoding)
{
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    if (!decoder.isValid() || decoder.hasError())
        return std::nullopt;
    QStringEncoder encoder(encoding);
    if (QByteArray(encoder.encode(text)) != bytes)
        return std::nullopt;
    return text.toUtf8();
}

QByteArray utf16ToUtf8(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return QString(decoder.decode(bytes)).toUtf8();
}

// Whether the bytes are UTF-8, checked a megabyte at a time so that `readUpTo` can hand back the pages already
// looked at: a mapped file of hundreds of megabytes is then never resident whole.
bool isValidUtf8InParts(QByteArrayView bytes, const std::function<void(qint64)> &readUpTo)
{
    constexpr qsizetype Part = 1 << 20;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = std::min(bytes.size(), start + Part);
        while (end < bytes.size() && end > start && (uchar(bytes[end]) & 0xC0) == 0x80)
            --end;  // never split a character: continuation bytes belong to the part before
        if (!bytes.sliced(start, end - start).isValidUtf8())
            return false;
        start = end;
        if (readUpTo)
            readUpTo(start);
    }
    return true;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 BOM");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Big5:
        return QStringLiteral("Big5");
    }
    return {};
}

std::optional<DecodedText> decodeImportText(const QByteArray &bytes, LocaleDefaults::Region region, QString *reason,
                                           const std::function<void(qint64)> &readUpTo)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE"))
        return DecodedText{utf16ToUtf8(view.sliced(2), QStringConverter::Utf16LE), TextEncoding::Utf16Le};
    if (view.startsWith("\xFE\xFF"))
        return DecodedText{utf16ToUtf8(view.sliced(2), QStringConverter::Utf16BE), TextEncoding::Utf16Be};
    if (isValidUtf8InParts(view, readUpTo))
        return DecodedText{bytes, view.startsWith("\xEF\xBB\xBF") ? TextEncoding::Utf8Bom : TextEncoding::Utf8};
    auto gb18030 = convertedToUtf8(view, "GB18030");
    auto big5 = convertedToUtf8(view, "Big5");
    const bool preferBig5 = region == LocaleDefaults::Region::Taiwan || region == LocaleDefaults::Region::HongKong;
    if (big5 && (preferBig5 || !gb18030))
        return DecodedText{std::move(*big5), TextEncoding::Big5};
    if (gb18030)
        return DecodedText{std::move(*gb18030), TextEncoding::Gb18030};
    *reason = QCoreApplication::translate("Import", "the text is not in UTF-8, UTF-16, GB18030 or Big5");
    return std::nullopt;
}
