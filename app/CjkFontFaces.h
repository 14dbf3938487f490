#pragma once

// The app's CJK text comes from one font file, opened once. On systems where fontconfig offers the Noto Sans CJK
// SC/TC collection in a Bold file next to the Regular one (each about 20 MB), bold text is emboldened from the Regular
// face instead of opening the second collection, which would cost start-up time and about 7 MB of memory for headings
// that look the same. And where the fonts the Material style looks for (Roboto, Noto) are not installed, its look-up
// resolves to a small Latin face instead of the CJK collection a Chinese locale prefers: the style looks them up on the
// QML loader thread, whose font faces are its own, so that look-up would open and parse the 20 MB collection a second
// time only to learn that Roboto is missing. Call before the first font is looked up (Qt reads the font list then):
// nothing in the QApplication's or the QML engine's construction does, so it may run on another thread meanwhile.
namespace CjkFontFaces {
void configure();
}
