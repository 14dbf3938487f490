#include "TrialListModel.h"
#include "ContentLabels.h"
#include "ContentStore.h"

#include <QCoreApplication>

namespace {

QStringList labels(const QStringList &codes, QString (*label)(const QString &))
{
    QStringList result;
    for (const QString &code : codes)
        result.append(label(code));
    return result;
}

} // namespace

TrialListModel::TrialListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    rebuild();
}

void TrialListModel::setScript(const QString &script)
{
    if (script == m_script)
        return;
    m_script = script;
    Q_EMIT scriptChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));  // text and translated labels alike
}

void TrialListModel::setFilter(QString &filter, const QString &value)
{
    if (filter == value)
        return;
    filter = value;
    Q_EMIT filtersChanged();
    rebuild();
}

void TrialListModel::setDiabetesType(const QString &value) { setFilter(m_diabetesType, value); }
void TrialListModel::setCellSource(const QString &value) { setFilter(m_cellSource, value); }
void TrialListModel::setPhase(const QString &value) { setFilter(m_phase, value); }
void TrialListModel::setCountry(const QString &value) { setFilter(m_country, value); }
void TrialListModel::setImmunosuppression(const QString &value) { setFilter(m_immunosuppression, value); }

int TrialListModel::totalCount() const
{
    return int(ContentStore::instance()->library().trials.size());
}

void TrialListModel::rebuild()
{
    const QList<Content::Trial> &trials = ContentStore::instance()->library().trials;
    const int oldCount = count();
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < trials.size(); ++i) {
        const Content::Trial &t = trials.at(i);
        if ((m_diabetesType.isEmpty() || t.diabetesTypes.contains(m_diabetesType))
            && (m_cellSource.isEmpty() || t.cellSource == m_cellSource) && (m_phase.isEmpty() || t.phase == m_phase)
            && (m_country.isEmpty() || t.countries.contains(m_country))
            && (m_immunosuppression.isEmpty() || t.immunosuppression == m_immunosuppression))
            m_rows.append(i);
    }
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

QVariantList TrialListModel::filterOptions(const QString &filter) const
{
    using Values = QStringList (*)(const Content::Trial &);
    using Label = QString (*)(const QString &);
    static const QHash<QString, std::pair<Values, Label>> filters = {
        {QStringLiteral("diabetesType"), {[](const Content::Trial &t) { return t.diabetesTypes; }, ContentLabels::diabetesType}},
        {QStringLiteral("cellSource"), {[](const Content::Trial &t) { return QStringList{t.cellSource}; }, ContentLabels::cellSource}},
        {QStringLiteral("phase"), {[](const Content::Trial &t) { return QStringList{t.phase}; }, ContentLabels::phase}},
        {QStringLiteral("country"), {[](const Content::Trial &t) { return t.countries; }, ContentLabels::country}},
        {QStringLiteral("immunosuppression"),
         {[](const Content::Trial &t) { return QStringList{t.immunosuppression}; }, ContentLabels::immunosuppression}},
    };
    QVariantList options{QVariantMap{{QStringLiteral("value"), QString()},
                                     {QStringLiteral("label"), QCoreApplication::translate("TrialListModel", "Any")}}};
    const auto it = filters.constFind(filter);
    if (it == filters.cend())
        return options;
    QStringList values;
    for (const Content::Trial &t : ContentStore::instance()->library().trials)
        values += it->first(t);
    values.removeDuplicates();
    values.sort();
    for (const QString &value : std::as_const(values))
        options.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), it->second(value)}});
    return options;
}

int TrialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TrialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Content::Trial &t = ContentStore::instance()->library().trials.at(m_rows.at(index.row()));
    const Content::Script script = ContentStore::scriptFromKey(m_script);
    switch (role) {
    case IdRole:
        return t.id;
    case NameRole:
        return t.name.in(script);
    case SponsorRole:
        return t.sponsor.in(script);
    case EvidenceRole:
        return t.evidence;
    case StatusRole:
        return ContentLabels::status(t.status);
    case StatusAsOfRole:
        return t.statusAsOf.toString(Qt::ISODate);
    case PhaseRole:
        return ContentLabels::phase(t.phase);
    case CountriesRole:
        return labels(t.countries, ContentLabels::country).join(QStringLiteral(" · "));
    case CellSourceRole:
        return ContentLabels::cellSource(t.cellSource);
    case ImmunosuppressionRole:
        return ContentLabels::immunosuppression(t.immunosuppression);
    case DiabetesTypesRole:
        return labels(t.diabetesTypes, ContentLabels::diabetesType).join(QStringLiteral(" · "));
    }
    return {};
}

QHash<int, QByteArray> TrialListModel::roleNames() const
{
    return {{IdRole, "trialId"},        {NameRole, "name"},           {SponsorRole, "sponsor"},
            {EvidenceRole, "evidence"}, {StatusRole, "status"},       {StatusAsOfRole, "statusAsOf"},
            {PhaseRole, "phase"},       {CountriesRole, "countries"}, {CellSourceRole, "cellSource"},
            {ImmunosuppressionRole, "immunosuppression"}, {DiabetesTypesRole, "diabetesTypes"}};
}
