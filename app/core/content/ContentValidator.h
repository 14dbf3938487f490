#pragma once

#include "content/ContentLibrary.h"
#include "content/ScriptCharacters.h"

namespace Content {

// The rules of content/FORMAT.md that a machine can check: both scripts, sources and dates on every factual item,
// every referenced id existing, each script free of the other script's characters, well-formed links and values.
class ContentValidator
{
public:
    explicit ContentValidator(const ScriptCharacters &characters = ScriptCharacters::bundled());

    QList<ContentProblem> validate(const ContentLibrary &library) const;

private:
    const ScriptCharacters &m_characters;
};

} // namespace Content
