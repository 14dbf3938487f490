#pragma once

#include "diary/DiaryEntry.h"

#include <QString>
#include <cstdint>
#include <optional>

class DiaryStore;

// Single-entry changes as the user makes them (add, edit, delete), remembering the last one so the "Undo" of the
// snackbar can put the diary back exactly as it was.
class DiaryEditor
{
public:
    explicit DiaryEditor(DiaryStore &store);

    std::optional<std::int64_t> add(const DiaryEntry &entry, QString *error = nullptr);
    bool update(const DiaryEntry &entry, QString *error = nullptr);
    bool remove(DiaryEntry::Kind kind, std::int64_t id, QString *error = nullptr);

    bool canUndo() const;
    bool undo(QString *error = nullptr);  // reverts the last change; one level, as a snackbar offers
    void forgetUndo();                    // after changes made elsewhere (an import) the old step may not apply

private:
    // The entry before and after the change: only after for an add, only before for a delete.
    struct Change {
        std::optional<DiaryEntry> before;
        std::optional<DiaryEntry> after;
    };

    DiaryStore &m_store;
    std::optional<Change> m_last;
};
