#include "VoiceChoice.h"

namespace Content {
namespace {

QString normalized(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

bool isCantonese(const QString &name)
{
    return name.startsWith(QLatin1String("yue")) || name.startsWith(QLatin1String("zh-yue"))
        || name == QLatin1String("zh-hk") || name.startsWith(QLatin1String("zh-hant-hk"));
}

bool isMandarin(const QString &name)
{
    return name.startsWith(QLatin1String("cmn")) || name.startsWith(QLatin1String("zh-cmn"))
        || (name.startsWith(QLatin1String("zh")) && !isCantonese(name));
}

bool isTaiwan(const QString &name)
{
    return name.endsWith(QLatin1String("-tw"));
}

} // namespace

QString chooseChineseVoice(const QStringList &available, const QString &region)
{
    const QString wanted = region.toUpper();
    QString mandarin;
    for (const QString &locale : available) {
        const QString name = normalized(locale);
        if (wanted == QLatin1String("HK") && isCantonese(name))
            return locale;
        if (isMandarin(name) && (mandarin.isEmpty() || (wanted == QLatin1String("TW") && isTaiwan(name))))
            mandarin = locale;
    }
    return mandarin;
}

} // namespace Content
