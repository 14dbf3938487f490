#include "content/ScriptCharacters.h"

#include <QFile>

namespace Content {

namespace {

// An OpenCC text dictionary: one entry a line, "key<TAB>candidate candidate …"; only single characters matter here.
QHash<char32_t, QList<char32_t>> readDictionary(const QString &path)
{
    QHash<char32_t, QList<char32_t>> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entries;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        const QList<uint> key = QStringView(line).left(tab).toUcs4();
        if (key.size() != 1)
            continue;
        QList<char32_t> candidates;
        for (const QString &candidate : line.mid(tab + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QList<uint> c = candidate.toUcs4();
            if (c.size() == 1)
                candidates.append(c.first());
        }
        entries.insert(key.first(), candidates);
    }
    return entries;
}

} // namespace

const ScriptCharacters &ScriptCharacters::bundled()
{
    static const ScriptCharacters characters = load(QStringLiteral(":/opencc"));
    return characters;
}

ScriptCharacters ScriptCharacters::load(const QString &dictionaryDir)
{
    ScriptCharacters result;
    const auto simplifiedToTraditional = readDictionary(dictionaryDir + QStringLiteral("/STCharacters.txt"));
    const auto traditionalToSimplified = readDictionary(dictionaryDir + QStringLiteral("/TSCharacters.txt"));

    QSet<char32_t> regionalForms;  // Taiwan and Hong Kong standard forms, correct in Traditional text
    for (const QString name : {QStringLiteral("/TWVariants.txt"), QStringLiteral("/HKVariants.txt")}) {
        const auto variants = readDictionary(dictionaryDir + name);
        for (const QList<char32_t> &forms : variants)
            for (const char32_t form : forms)
                regionalForms.insert(form);
    }

    for (auto it = simplifiedToTraditional.cbegin(); it != simplifiedToTraditional.cend(); ++it) {
        if (!it.value().contains(it.key()) && !regionalForms.contains(it.key()))
            result.m_simplifiedOnly.insert(it.key());
    }
    for (auto it = traditionalToSimplified.cbegin(); it != traditionalToSimplified.cend(); ++it) {
        if (it.value().isEmpty() || it.value().contains(it.key()))
            continue;
        result.m_traditionalOnly.insert(it.key());
        const char32_t simplified = it.value().first();
        if (!QChar::requiresSurrogates(it.key()) && !QChar::requiresSurrogates(simplified))
            result.m_fold.insert(char16_t(it.key()), char16_t(simplified));
    }
    return result;
}

QString ScriptCharacters::fold(QStringView text) const
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text) {
        const auto mapped = m_fold.constFind(c.unicode());
        *out++ = mapped != m_fold.cend() ? QChar(*mapped) : c.toLower();
    }
    return folded;
}

} // namespace Content
