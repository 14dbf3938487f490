#pragma once

#include "settings/LocaleDefaults.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

// Exports reach us as the device wrote them or as a spreadsheet re-saved them: UTF-8 (with or without a BOM), UTF-16
// with a BOM, or in China's and Taiwan's legacy encodings. Every parser reads UTF-8, so the text is converted first.
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030, Big5 };

// The encoding's usual name ("UTF-8", "UTF-16 LE", "GB18030", "Big5", …), the same in every language.
QString textEncodingName(TextEncoding encoding);

struct DecodedText {
    QByteArray utf8;  // the bytes themselves when they were UTF-8 already (BOM kept), so a mapped file is not copied
    TextEncoding encoding = TextEncoding::Utf8;
};

// Decides the encoding from a BOM, else UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5: the one that
// decodes without error, and when both do, the one the region writes (Big5 in Taiwan and Hong Kong, GB18030
// elsewhere). Nullopt with a translated reason when no encoding decodes the bytes cleanly.
// `readUpTo`, when set, is told how far the UTF-8 check has read, so a caller holding a mapped file can release the
// pages behind it. Text in a legacy encoding or UTF-16 is converted whole.
std::optional<DecodedText> decodeImportText(const QByteArray &bytes, LocaleDefaults::Region region, QString *reason,
                                           const std::function<void(qint64)> &readUpTo = {});
