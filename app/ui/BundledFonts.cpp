#include "BundledFonts.h"

#include <QByteArray>
#include <QFontDatabase>
#include <QResource>

namespace {
// Registers the font stored uncompressed at PATH straight from the executable's resource data (FreeType reads the
// pages it needs; nothing is copied) and returns its family, or an empty string when it is missing.
QString registerInPlace(const QString &path)
{
    const QResource resource(path);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                    static_cast<qsizetype>(resource.size()));
    return QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFontFromData(data)).value(0);
}

QString familyOrSystem(const QString &bundled, const QString &system)
{
    if (!bundled.isEmpty())
        return bundled;
    return QFontDatabase::hasFamily(system) ? system : QString();
}
} // namespace

QString BundledFonts::familyFor(LocaleDefaults::Script script)
{
    if (script == LocaleDefaults::Script::Traditional) {
        static const QString traditional = registerInPlace(QStringLiteral(":/fonts/IsletGuideSans-TC.otf"));
        return familyOrSystem(traditional, QStringLiteral("Noto Sans CJK TC"));
    }
    static const QString simplified = registerInPlace(QStringLiteral(":/fonts/IsletGuideSans-SC.otf"));
    return familyOrSystem(simplified, QStringLiteral("Noto Sans CJK SC"));
}
