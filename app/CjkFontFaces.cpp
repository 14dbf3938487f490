#include "CjkFontFaces.h"

#include <QtGlobal>

#if defined(ISLETGUIDE_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>

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
} // namespace

void CjkFontFaces::configure()
{
    FcConfig *config = FcInitLoadConfig();  // the system's configuration, before its fonts are listed
    if (!config)
        return;
    if (FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(RegularOnlyRules), FcTrue)
        && FcConfigBuildFonts(config))
        FcConfigSetCurrent(config);
    FcConfigDestroy(config);  // FcConfigSetCurrent holds its own reference
}
#else
void CjkFontFaces::configure()
{
}
#endif
