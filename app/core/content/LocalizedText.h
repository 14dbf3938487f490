#pragma once

#include <QString>

namespace Content {

// The two scripts every text is written in; Traditional is written for Taiwan and Hong Kong, not character-mapped.
enum class Script { Hans, Hant };

QString scriptKey(Script script);  // "zh-Hans" or "zh-Hant"

// A text readers see, in both scripts, so a script switch at runtime never needs a reload.
struct LocalizedText {
    QString hans;
    QString hant;

    const QString &in(Script script) const { return script == Script::Hans ? hans : hant; }
};

} // namespace Content
