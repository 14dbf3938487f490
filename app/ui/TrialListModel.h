#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

// The trials tracker list, filtered by diabetes type, cell source, phase, country and immunosuppression (an empty
// filter matches everything), in the script QML sets.
class TrialListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString script READ script WRITE setScript NOTIFY scriptChanged)
    Q_PROPERTY(QString diabetesType MEMBER m_diabetesType WRITE setDiabetesType NOTIFY filtersChanged)
    Q_PROPERTY(QString cellSource MEMBER m_cellSource WRITE setCellSource NOTIFY filtersChanged)
    Q_PROPERTY(QString phase MEMBER m_phase WRITE setPhase NOTIFY filtersChanged)
    Q_PROPERTY(QString country MEMBER m_country WRITE setCountry NOTIFY filtersChanged)
    Q_PROPERTY(QString immunosuppression MEMBER m_immunosuppression WRITE setImmunosuppression NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SponsorRole,
        EvidenceRole,
        StatusRole,
        StatusAsOfRole,
        PhaseRole,
        CountriesRole,
        CellSourceRole,
        ImmunosuppressionRole,
        DiabetesTypesRole,
    };

    explicit TrialListModel(QObject *parent = nullptr);

    QString script() const { return m_script; }
    void setScript(const QString &script);
    void setDiabetesType(const QString &value);
    void setCellSource(const QString &value);
    void setPhase(const QString &value);
    void setCountry(const QString &value);
    void setImmunosuppression(const QString &value);
    int count() const { return int(m_rows.size()); }
    int totalCount() const;

    // The choices for one filter ("diabetesType", "cellSource", "phase", "country", "immunosuppression") that occur
    // in the data, as [{value, label}], starting with "any" (value "").
    Q_INVOKABLE QVariantList filterOptions(const QString &filter) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();
    void filtersChanged();
    void countChanged();

private:
    void setFilter(QString &filter, const QString &value);
    void rebuild();

    QString m_script = QStringLiteral("zh-Hans");
    QString m_diabetesType;
    QString m_cellSource;
    QString m_phase;
    QString m_country;
    QString m_immunosuppression;
    QList<qsizetype> m_rows;  // indexes into the library's trials
};
