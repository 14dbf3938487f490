#include "CjkFontFaces.h"

#include <QtGlobal>

#if defined(ISLETGUIDE_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>
#include <string>

namespace {
// Rejected faces stay installed for other programs; this process lists only the Regular weight of the families
// UiSettings::fontFamily chooses, so Qt synthesises bold from it.
constexpr char RegularOnlyRules[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <selectfont>
    <rejectfont>
      <pattern><patelt name="family"><string>Noto Sans CJK SC</string></patelt><patelt name="weight"><const>bold</const></patelt></pattern>
      <pattern><patelt name="family"><string>Noto Sans CJK TC</string></patelt><patelt name="weight"><const>bold</const></patelt></pattern>
    </rejectfont>
  </selectfont>
</fontconfig>
)";

// The families QQuickMaterialTheme checks with QFontInfo, and the Latin faces their look-up may resolve to instead.
constexpr const char *MaterialProbeFamilies[] = {"Roboto", "Noto"};
constexpr char LatinFaces[] = "<string>DejaVu Sans</string><string>Noto Sans</string><string>Liberation Sans</string>";

bool isInstalled(FcConfig *config, const char *family)
{
    FcPattern *pattern = FcPatternBuild(nullptr, FC_FAMILY, FcTypeString, family, nullptr);
    FcObjectSet *properties = FcObjectSetBuild(FC_FAMILY, nullptr);
    FcFontSet *fonts = FcFontList(config, pattern, properties);
    const bool installed = fonts && fonts->nfont > 0;
    if (fonts)
        FcFontSetDestroy(fonts);
    FcObjectSetDestroy(properties);
    FcPatternDestroy(pattern);
    return installed;
}

// Rules for the Material style's probe families that are missing here; empty when all are installed.
std::string missingProbeFamilyRules(FcConfig *config)
{
    std::string matches;
    for (const char *family : MaterialProbeFamilies) {
        if (!isInstalled(config, family))
            matches += std::string("<match target=\"pattern\"><test name=\"family\"><string>") + family
                + "</string></test><edit name=\"family\" mode=\"assign_replace\" binding=\"strong\">" + LatinFaces
                + "</edit></match>";
    }
    if (matches.empty())
        return {};
    return "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\"><fontconfig>" + matches
        + "</fontconfig>";
}
} // namespace

void CjkFontFaces::configure()
{
    FcConfig *config = FcInitLoadConfig();  // the system's configuration, before its fonts are listed
    if (!config)
        return;
    if (FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(RegularOnlyRules), FcTrue)
        && FcConfigBuildFonts(config)) {
        const std::string probeRules = missingProbeFamilyRules(config);
        if (!probeRules.empty())
            FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(probeRules.c_str()), FcTrue);
        FcConfigSetCurrent(config);
    }
    FcConfigDestroy(config);  // FcConfigSetCurrent holds its own reference
}
#else
void CjkFontFaces::configure()
{
}
#endif
