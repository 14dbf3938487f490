#include "LocaleDefaults.h"

namespace LocaleDefaults {

Script scriptFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return Script::English;
    if (locale.script() == QLocale::TraditionalChineseScript)
        return Script::Traditional;
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return Script::Simplified;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return Script::Traditional;
    default:
        return Script::Simplified;
    }
}

Region regionFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::China:
        return Region::MainlandChina;
    case QLocale::Taiwan:
        return Region::Taiwan;
    case QLocale::HongKong:
        return Region::HongKong;
    default:
        return Region::Other;
    }
}

Glucose::Unit unitFor(Region region)
{
    return region == Region::Taiwan ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
}

} // namespace LocaleDefaults
