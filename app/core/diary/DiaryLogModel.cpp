#include "DiaryLogModel.h"

#include "diary/DiaryStore.h"

#include <QDateTime>
#include <algorithm>

DiaryLogModel::DiaryLogModel(DiaryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int DiaryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

bool DiaryLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void DiaryLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    auto page = m_store.olderEntries(m_entries.empty() ? nullptr : &m_entries.back(), PageSize);
    m_complete = page.size() < static_cast<std::size_t>(PageSize);
    if (page.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_entries));
    endInsertRows();
}

void DiaryLogModel::reload()
{
    const int wanted = std::max(PageSize, rowCount());
    beginResetModel();
    m_entries = m_store.olderEntries(nullptr, wanted);
    m_complete = m_entries.size() < static_cast<std::size_t>(wanted);
    endResetModel();
}

QHash<int, QByteArray> DiaryLogModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {EntryIdRole, "entryId"},
        {UtcMsRole, "utcMs"},
        {UtcOffsetRole, "utcOffsetSec"},
        {LocalDayRole, "localDay"},
        {LocalTimeRole, "localTime"},
        {ValueRole, "value"},
        {GlucoseUnitRole, "glucoseUnit"},
        {RangeRole, "range"},
        {FlagRole, "flag"},
        {MealContextRole, "mealContext"},
        {SubtypeRole, "subtype"},
        {HbA1cPercentRole, "hba1cPercent"},
        {HbA1cMmolPerMolRole, "hba1cMmolPerMol"},
        {NameRole, "name"},
        {DoseRole, "dose"},
        {NoteRole, "note"},
        {SourceRole, "source"},
    };
}

namespace {

QVariant payloadData(const DiaryEntry &entry, int role)
{
    if (const auto *glucose = std::get_if<DiaryEntry::Glucose>(&entry.payload)) {
        switch (role) {
        case DiaryLogModel::ValueRole: return glucose->value;
        case DiaryLogModel::GlucoseUnitRole: return glucose->unit == Glucose::Unit::MgDl ? 0 : 1;
        case DiaryLogModel::RangeRole: return static_cast<int>(Glucose::classify(glucose->value, glucose->unit));
        case DiaryLogModel::FlagRole: return static_cast<int>(glucose->flag);
        case DiaryLogModel::MealContextRole: return static_cast<int>(glucose->context);
        }
    } else if (const auto *insulin = std::get_if<DiaryEntry::Insulin>(&entry.payload)) {
        switch (role) {
        case DiaryLogModel::ValueRole: return insulin->units;
        case DiaryLogModel::SubtypeRole: return static_cast<int>(insulin->kind);
        case DiaryLogModel::NameRole: return insulin->name;
        }
    } else if (const auto *carbs = std::get_if<DiaryEntry::Carbs>(&entry.payload)) {
        if (role == DiaryLogModel::ValueRole)
            return carbs->grams;
    } else if (const auto *medication = std::get_if<DiaryEntry::Medication>(&entry.payload)) {
        switch (role) {
        case DiaryLogModel::NameRole: return medication->name;
        case DiaryLogModel::DoseRole: return medication->dose;
        }
    } else if (const auto *hba1c = std::get_if<DiaryEntry::HbA1c>(&entry.payload)) {
        switch (role) {
        case DiaryLogModel::ValueRole: return hba1c->value;
        case DiaryLogModel::SubtypeRole: return static_cast<int>(hba1c->unit);
        case DiaryLogModel::HbA1cPercentRole: return hba1c->percent();
        case DiaryLogModel::HbA1cMmolPerMolRole: return hba1c->mmolPerMol();
        }
    }
    switch (role) {
    case DiaryLogModel::RangeRole:
        return -1;
    case DiaryLogModel::NameRole:
    case DiaryLogModel::DoseRole:
        return QString();
    default:
        return 0;
    }
}

} // namespace

QVariant DiaryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiaryEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    const auto wallClock = [&entry] {
        return QDateTime::fromMSecsSinceEpoch(entry.utcMs, Qt::OffsetFromUTC, entry.utcOffsetSec);
    };
    switch (role) {
    case Qt::DisplayRole:
    case NoteRole:
        return entry.note;
    case KindRole:
        return static_cast<int>(entry.kind());
    case EntryIdRole:
        return QVariant::fromValue<qint64>(entry.id);
    case UtcMsRole:
        return QVariant::fromValue<qint64>(entry.utcMs);
    case UtcOffsetRole:
        return entry.utcOffsetSec;
    case LocalDayRole:
        return wallClock().date().toString(Qt::ISODate);
    case LocalTimeRole:
        return wallClock().time().toString(QStringLiteral("HH:mm"));
    case SourceRole:
        return entry.source;
    case ValueRole:
    case GlucoseUnitRole:
    case RangeRole:
    case FlagRole:
    case MealContextRole:
    case SubtypeRole:
    case HbA1cPercentRole:
    case HbA1cMmolPerMolRole:
    case NameRole:
    case DoseRole:
        return payloadData(entry, role);
    }
    return {};
}
