#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "BundledFonts.h"

#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QPainterPath>
#include <QRawFont>
#include <QResource>
#include <QSet>

namespace {
const QString SimplifiedCut = QStringLiteral(":/fonts/IsletGuideSans-SC.otf");
const QString TraditionalCut = QStringLiteral(":/fonts/IsletGuideSans-TC.otf");

// Every character of the texts the app ships: the education content and both translations.
QSet<char32_t> shippedCharacters()
{
    QSet<char32_t> characters;
    for (const QString &folder : {QStringLiteral(ISLETGUIDE_SOURCE_DIR "/content"),
                                  QStringLiteral(ISLETGUIDE_SOURCE_DIR "/translations")}) {
        QDirIterator files(folder, {QStringLiteral("*.json"), QStringLiteral("*.md"), QStringLiteral("*.ts")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            for (const char32_t c : QString::fromUtf8(file.readAll()).toUcs4()) {
                if (QChar::isPrint(c) && !QChar::isSpace(c))
                    characters.insert(c);
            }
        }
    }
    return characters;
}

QByteArray resourceData(const QString &path)
{
    const QResource resource(path);
    return QByteArray(reinterpret_cast<const char *>(resource.data()), static_cast<qsizetype>(resource.size()));
}
} // namespace

TEST_CASE("Each script is drawn with its bundled cut of Noto Sans CJK, stored uncompressed to be read in place")
{
    CHECK(BundledFonts::familyFor(LocaleDefaults::Script::Simplified) == QStringLiteral("IsletGuide Sans SC"));
    CHECK(BundledFonts::familyFor(LocaleDefaults::Script::Traditional) == QStringLiteral("IsletGuide Sans TC"));
    CHECK(BundledFonts::familyFor(LocaleDefaults::Script::English) == QStringLiteral("IsletGuide Sans SC"));
    for (const QString &cut : {SimplifiedCut, TraditionalCut}) {
        const QResource resource(cut);
        REQUIRE(resource.isValid());
        CHECK(resource.compressionAlgorithm() == QResource::NoCompression);
        CHECK(resource.size() < 2 * 1024 * 1024);  // a cut, not the 19 MB collection
    }
}

TEST_CASE("Every character of the content and the translations that Noto Sans CJK has is in both cuts")
{
    const QSet<char32_t> characters = shippedCharacters();
    REQUIRE(characters.size() > 1000);  // the Chinese content and translations were found
    const QRawFont source(QStringLiteral(ISLETGUIDE_CJK_SOURCE_FONT), 17);  // e.g. ⁹ is not in it: another font draws it
    REQUIRE(source.isValid());
    for (const QString &cut : {SimplifiedCut, TraditionalCut}) {
        const QRawFont font(resourceData(cut), 17);
        REQUIRE(font.isValid());
        QString missing;
        for (const char32_t c : characters) {
            if (source.supportsCharacter(c) && !font.supportsCharacter(c))
                missing += QString::fromUcs4(&c, 1);
        }
        INFO(cut.toStdString() << " lacks: " << missing.toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("The cuts keep the glyph shapes of their script: 骨 differs between the SC and TC cuts")
{
    const QRawFont simplified(resourceData(SimplifiedCut), 100);
    const QRawFont traditional(resourceData(TraditionalCut), 100);
    const QList<quint32> sc = simplified.glyphIndexesForString(QStringLiteral("骨"));
    const QList<quint32> tc = traditional.glyphIndexesForString(QStringLiteral("骨"));
    REQUIRE(sc.size() == 1);
    REQUIRE(tc.size() == 1);
    CHECK(simplified.pathForGlyph(sc.first()) != traditional.pathForGlyph(tc.first()));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
