#pragma once

// The app's CJK text comes from one font file, opened once. On systems where fontconfig offers the Noto Sans CJK
// SC/TC collection in a Bold file next to the Regular one (each about 20 MB), bold text is emboldened from the Regular
// face instead of opening the second collection, which would cost start-up time and about 7 MB of memory for headings
// that look the same. Call before the first font is looked up (Qt reads the font list then): nothing in the
// QApplication's or the QML engine's construction does, so it may run on another thread meanwhile.
namespace CjkFontFaces {
void configure();
}
