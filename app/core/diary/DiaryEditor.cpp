#include "DiaryEditor.h"

#include "diary/DiaryStore.h"

#include <QCoreApplication>

DiaryEditor::DiaryEditor(DiaryStore &store)
    : m_store(store)
{
}

std::optional<std::int64_t> DiaryEditor::add(const DiaryEntry &entry, QString *error)
{
    const auto id = m_store.addEntry(entry, error);
    if (id) {
        DiaryEntry added = entry;
        added.id = *id;
        m_last = Change{std::nullopt, added};
    }
    return id;
}

bool DiaryEditor::update(const DiaryEntry &entry, QString *error)
{
    auto before = m_store.entry(entry.kind(), entry.id);
    if (!before) {
        if (error)
            *error = QCoreApplication::translate("DiaryStore", "This entry no longer exists in the diary.");
        return false;
    }
    if (!m_store.updateEntry(entry, error))
        return false;
    m_last = Change{std::move(before), entry};
    return true;
}

bool DiaryEditor::remove(DiaryEntry::Kind kind, std::int64_t id, QString *error)
{
    auto before = m_store.entry(kind, id);
    if (!before) {
        if (error)
            *error = QCoreApplication::translate("DiaryStore", "This entry no longer exists in the diary.");
        return false;
    }
    if (!m_store.removeEntry(kind, id, error))
        return false;
    m_last = Change{std::move(before), std::nullopt};
    return true;
}

bool DiaryEditor::canUndo() const
{
    return m_last.has_value();
}

bool DiaryEditor::undo(QString *error)
{
    if (!m_last)
        return false;
    const Change change = *m_last;
    bool undone = false;
    if (change.before && change.after)
        undone = m_store.updateEntry(*change.before, error);
    else if (change.before)
        undone = m_store.restoreEntry(*change.before, error);
    else
        undone = m_store.removeEntry(change.after->kind(), change.after->id, error);
    if (undone)
        m_last.reset();
    return undone;
}

void DiaryEditor::forgetUndo()
{
    m_last.reset();
}
