#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Content {

// Which characters belong to only one script, and a character map that folds Traditional to Simplified, derived
// from OpenCC's own dictionaries (converted to text at build time and bundled as :/opencc). Characters, not whole
// texts: OpenCC's s2t turns correct Taiwan forms into old variants (床→牀, 群→羣, 才→纔), so those forms count as
// Traditional too.
class ScriptCharacters
{
public:
    static const ScriptCharacters &bundled();
    static ScriptCharacters load(const QString &dictionaryDir);

    bool isEmpty() const { return m_fold.isEmpty(); }
    bool isSimplifiedOnly(char32_t c) const { return m_simplifiedOnly.contains(c); }
    bool isTraditionalOnly(char32_t c) const { return m_traditionalOnly.contains(c); }

    // Same length as the input (one UTF-16 unit for one): Traditional characters become Simplified, letters lower
    // case, so "干细胞" and "幹細胞" fold to the same text and match positions map back to the original.
    QString fold(QStringView text) const;

private:
    QSet<char32_t> m_simplifiedOnly;
    QSet<char32_t> m_traditionalOnly;
    QHash<char16_t, char16_t> m_fold;
};

} // namespace Content
