#pragma once

#include "settings/LocaleDefaults.h"

#include <QString>

// The app draws its Chinese with its own cut of Noto Sans CJK (tools/subset-cjk-font.py: only the characters its
// texts use, under 1 MB a script instead of the system's 19 MB collection), so a page touches few font pages and
// start-up opens a small file. Characters outside the cut, as in a user's own notes, fall back to the system's fonts.
namespace BundledFonts {
// The family to draw SCRIPT in: the bundled cut (registered on first use), else the system's Noto Sans CJK, else empty.
QString familyFor(LocaleDefaults::Script script);
}
