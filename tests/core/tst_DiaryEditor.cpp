#include "DiaryTestData.h"
#include "diary/DiaryEditor.h"
#include "diary/DiaryStore.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace DiaryTestData;

TEST_CASE("Undo puts back a deleted entry with its id")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryEditor editor(store);
    DiaryEntry entry = glucose(utc(2024, 5, 1, 0), 3.4);
    entry.note = QStringLiteral("before lunch");
    const auto id = editor.add(entry);
    REQUIRE(id);

    REQUIRE(editor.remove(DiaryEntry::Kind::Glucose, *id));
    CHECK_FALSE(store.entry(DiaryEntry::Kind::Glucose, *id));
    REQUIRE(editor.canUndo());
    REQUIRE(editor.undo());
    const auto restored = store.entry(DiaryEntry::Kind::Glucose, *id);
    REQUIRE(restored);
    CHECK(restored->as<DiaryEntry::Glucose>().value == Approx(3.4));
    CHECK(restored->note == QLatin1String("before lunch"));
    CHECK_FALSE(editor.canUndo());
}

TEST_CASE("Undo puts back the previous version of an edited entry")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryEditor editor(store);
    const auto id = editor.add(withPayload(utc(2024, 5, 1, 0), DiaryEntry::Insulin{8.0, DiaryEntry::InsulinKind::Long}));
    REQUIRE(id);
    DiaryEntry edited = *store.entry(DiaryEntry::Kind::Insulin, *id);
    edited.as<DiaryEntry::Insulin>().units = 10.0;
    REQUIRE(editor.update(edited));
    CHECK(store.entry(DiaryEntry::Kind::Insulin, *id)->as<DiaryEntry::Insulin>().units == Approx(10.0));
    REQUIRE(editor.undo());
    CHECK(store.entry(DiaryEntry::Kind::Insulin, *id)->as<DiaryEntry::Insulin>().units == Approx(8.0));
}

TEST_CASE("Undo of an add removes the entry")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryEditor editor(store);
    const auto id = editor.add(withPayload(utc(2024, 5, 1, 0), DiaryEntry::Carbs{20.0}));
    REQUIRE(id);
    REQUIRE(editor.undo());
    CHECK_FALSE(store.entry(DiaryEntry::Kind::Carbs, *id));
}

TEST_CASE("A refused change keeps the previous undo step and says why")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryEditor editor(store);
    const auto id = editor.add(glucose(utc(2024, 5, 1, 0), 120.0, Glucose::Unit::MgDl));
    REQUIRE(id);
    DiaryEntry edited = *store.entry(DiaryEntry::Kind::Glucose, *id);
    edited.as<DiaryEntry::Glucose>().value = 1200.0;
    QString error;
    CHECK_FALSE(editor.update(edited, &error));
    CHECK(error.contains(QLatin1String("600")));
    CHECK(store.entry(DiaryEntry::Kind::Glucose, *id)->as<DiaryEntry::Glucose>().value == Approx(120.0));
    REQUIRE(editor.undo());
    CHECK_FALSE(store.entry(DiaryEntry::Kind::Glucose, *id));
    CHECK_FALSE(editor.remove(DiaryEntry::Kind::Glucose, *id, &error));
    CHECK(error.contains(QLatin1String("no longer exists")));
}

TEST_CASE("Forgetting the undo step leaves nothing to undo")
{
    QTemporaryDir dir;
    DiaryStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("diary.sqlite"))));
    DiaryEditor editor(store);
    REQUIRE(editor.add(glucose(utc(2024, 5, 1, 0), 6.0)));
    editor.forgetUndo();
    CHECK_FALSE(editor.canUndo());
    CHECK_FALSE(editor.undo());
    CHECK(store.entries(0, utc(2025, 1, 1, 0)).size() == 1);
}
