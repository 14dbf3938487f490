#pragma once

#include <QString>
#include <QStringList>

namespace Content {

// Why it exists: read aloud must speak the reader's Chinese. Given the locales a speech engine offers (BCP 47 or
// POSIX names: "yue", "zh-HK", "cmn", "zh_CN"…), picks Cantonese for Hong Kong readers when there is one and Mandarin
// otherwise (Taiwan's Mandarin first for Taiwan); an empty result means the engine has no Chinese voice at all.
QString chooseChineseVoice(const QStringList &available, const QString &region);

} // namespace Content
