#pragma once

#include "diary/DiaryEntry.h"

#include <QAbstractListModel>
#include <vector>

class DiaryStore;

// The diary log as a list, newest first, loaded a page at a time as the view scrolls (fetchMore), so a diary of many
// years opens as fast as an empty one. Rows carry raw values; the view formats and translates them.
class DiaryLogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,  // DiaryEntry::Kind
        EntryIdRole,
        UtcMsRole,
        UtcOffsetRole,
        LocalDayRole,   // "yyyy-MM-dd" on the wall clock at the time: the log's sections
        LocalTimeRole,  // "HH:mm" on the wall clock at the time
        ValueRole,      // glucose value, insulin units, carbohydrate grams or HbA1c as entered
        GlucoseUnitRole,   // 0 mg/dL, 1 mmol/L
        RangeRole,         // Glucose::Range (0 very low … 4 very high); -1 for other kinds
        FlagRole,          // GlucoseReading::Flag
        MealContextRole,   // GlucoseReading::MealContext
        SubtypeRole,       // DiaryEntry::InsulinKind or DiaryEntry::HbA1cUnit
        HbA1cPercentRole,
        HbA1cMmolPerMolRole,
        NameRole,  // insulin or medicine name
        DoseRole,  // medicine dose as written
        NoteRole,
        SourceRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit DiaryLogModel(DiaryStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Re-reads the log after a change, keeping as many rows loaded as before so the view does not jump.
    void reload();

private:
    DiaryStore &m_store;
    std::vector<DiaryEntry> m_entries;
    bool m_complete = false;
};
