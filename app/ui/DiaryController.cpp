#include "DiaryController.h"

#include "diary/MealContextGuess.h"
#include "diary/SafetyBackups.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

DiaryEntry::Payload payloadFromFields(DiaryEntry::Kind kind, const QVariantMap &fields)
{
    const double value = fields.value(QStringLiteral("value")).toDouble();
    const int subtype = fields.value(QStringLiteral("subtype")).toInt();
    const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
    switch (kind) {
    case DiaryEntry::Kind::Glucose: {
        DiaryEntry::Glucose glucose;
        glucose.unit = fields.value(QStringLiteral("glucoseUnit")).toInt() == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL;
        glucose.context = static_cast<GlucoseReading::MealContext>(std::clamp(
            fields.value(QStringLiteral("mealContext")).toInt(), 0, static_cast<int>(GlucoseReading::MealContext::Other)));
        glucose.flag = static_cast<GlucoseReading::Flag>(std::clamp(fields.value(QStringLiteral("flag")).toInt(), 0, 2));
        // A LO or HI reading is kept at the edge of the measurable range, as meters report it.
        const Glucose::Bounds bounds = Glucose::plausibleBounds(glucose.unit);
        glucose.value = glucose.flag == GlucoseReading::Flag::Lo   ? bounds.min
                        : glucose.flag == GlucoseReading::Flag::Hi ? bounds.max
                                                                   : value;
        return glucose;
    }
    case DiaryEntry::Kind::Insulin:
        return DiaryEntry::Insulin{value, static_cast<DiaryEntry::InsulinKind>(std::clamp(subtype, 0, 3)), name};
    case DiaryEntry::Kind::Carbs:
        return DiaryEntry::Carbs{value};
    case DiaryEntry::Kind::Medication:
        return DiaryEntry::Medication{name, fields.value(QStringLiteral("dose")).toString().trimmed()};
    case DiaryEntry::Kind::HbA1c:
        return DiaryEntry::HbA1c{value, subtype == 1 ? DiaryEntry::HbA1cUnit::MmolPerMol : DiaryEntry::HbA1cUnit::Percent};
    case DiaryEntry::Kind::Note:
        return DiaryEntry::Note{};
    }
    return DiaryEntry::Note{};
}

DiaryEntry entryFromFields(const QVariantMap &fields)
{
    DiaryEntry entry;
    const auto kind = static_cast<DiaryEntry::Kind>(
        std::clamp(fields.value(QStringLiteral("kind")).toInt(), 0, static_cast<int>(DiaryEntry::Kind::Note)));
    entry.id = fields.value(QStringLiteral("entryId")).toLongLong();
    entry.utcMs = fields.contains(QStringLiteral("utcMs")) ? fields.value(QStringLiteral("utcMs")).toLongLong()
                                                            : QDateTime::currentMSecsSinceEpoch();
    entry.utcOffsetSec = fields.contains(QStringLiteral("utcOffsetSec"))
                             ? fields.value(QStringLiteral("utcOffsetSec")).toInt()
                             : QDateTime::fromMSecsSinceEpoch(entry.utcMs).offsetFromUtc();
    entry.note = fields.value(QStringLiteral("note")).toString().trimmed();
    if (fields.contains(QStringLiteral("source")))
        entry.source = fields.value(QStringLiteral("source")).toString();
    entry.payload = payloadFromFields(kind, fields);
    return entry;
}

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ISLETGUIDE_DIARY_DB");
    return fromEnvironment.isEmpty() ? DiaryStore::defaultPath() : fromEnvironment;
}

} // namespace

DiaryController::DiaryController(QObject *parent)
    : QObject(parent)
    , m_editor(m_store)
    , m_log(m_store)
{
    // Late enough not to compete with the first frames of the app.
    constexpr int DailyCopyDelayMs = 20'000;
    m_dailyCopyTimer.setSingleShot(true);
    m_dailyCopyTimer.setInterval(DailyCopyDelayMs);
    connect(&m_dailyCopyTimer, &QTimer::timeout, this, &DiaryController::makeDailySafetyCopy);
    connect(&m_dailyCopy, &QFutureWatcher<QString>::finished, this, [this] {
        m_safetyCopyProblem = m_dailyCopy.result();
        Q_EMIT safetyCopyProblemChanged();
    });
    open(defaultDatabasePath());
}

DiaryController::~DiaryController()
{
    m_dailyCopy.waitForFinished();
}

void DiaryController::makeDailySafetyCopy()
{
    if (m_dailyCopy.isRunning() || !m_store.isOpen())
        return;
    // With its own connection, as the copy reads the whole diary. A failure (shown on the Import and export page)
    // leaves the older copies as they are; the next start tries again.
    m_dailyCopy.setFuture(QtConcurrent::run([path = m_store.path()] {
        DiaryStore store;
        QString error;
        if (store.open(path, &error))
            SafetyBackups(path).makeDailyIfDue(store.database(), &error);
        return error;
    }));
}

void DiaryController::open(const QString &path)
{
    m_path = path;
    m_openError.clear();
    if (m_store.open(path, &m_openError))
        m_dailyCopyTimer.start();
    m_editor.forgetUndo();
    m_log.reload();
}

DiaryStore &DiaryController::store()
{
    return m_store;
}

QString DiaryController::databasePath() const
{
    return m_path;
}

void DiaryController::setDatabasePath(const QString &path)
{
    if (path == m_path && m_store.isOpen())
        return;
    open(path);
    Q_EMIT databasePathChanged();
    Q_EMIT entriesChanged();
}

void DiaryController::reopen()
{
    open(m_path);
    Q_EMIT databasePathChanged();
    Q_EMIT entriesChanged();
}

QString DiaryController::safetyCopyProblem() const
{
    return m_safetyCopyProblem;
}

QString DiaryController::openError() const
{
    return m_openError;
}

QAbstractListModel *DiaryController::log()
{
    return &m_log;
}

bool DiaryController::isEmpty() const
{
    return m_log.rowCount() == 0;
}

bool DiaryController::canUndo() const
{
    return m_editor.canUndo();
}

bool DiaryController::hasRecentLow() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 hour = 60 * 60 * 1000;
    const auto recent = m_store.glucoseReadings(now - hour, now + hour + 1);
    return !recent.empty() && Glucose::isLow(recent.back().range());
}

QString DiaryController::save(const QVariantMap &fields)
{
    if (!m_store.isOpen())
        return m_openError;
    const DiaryEntry entry = entryFromFields(fields);
    QString error;
    const bool saved = entry.id == 0 ? m_editor.add(entry, &error).has_value() : m_editor.update(entry, &error);
    if (saved)
        notifyEntriesChanged();
    return saved ? QString() : error;
}

QString DiaryController::remove(int kind, qint64 entryId)
{
    QString error;
    if (!m_editor.remove(static_cast<DiaryEntry::Kind>(kind), entryId, &error))
        return error;
    notifyEntriesChanged();
    return {};
}

QString DiaryController::undo()
{
    QString error;
    if (!m_editor.undo(&error))
        return error;
    notifyEntriesChanged();
    return {};
}

void DiaryController::notifyEntriesChanged()
{
    m_log.reload();
    Q_EMIT entriesChanged();
}

int DiaryController::suggestedMealContext(double utcMs) const
{
    return static_cast<int>(guessMealContext(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(utcMs)).time()));
}

bool DiaryController::isLow(double value, int glucoseUnit) const
{
    return std::isfinite(value) && value > 0
           && Glucose::isLow(Glucose::classify(value, glucoseUnit == 0 ? Glucose::Unit::MgDl : Glucose::Unit::MmolL));
}

double DiaryController::parseNumber(const QString &text) const
{
    QString normalized = text.trimmed();
    normalized.replace(QChar(u'，'), QChar(u'.')).replace(QChar(u','), QChar(u'.')).replace(QChar(u'。'), QChar(u'.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(normalized, &ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

double DiaryController::convertHbA1c(double value, int fromUnit) const
{
    return fromUnit == 0 ? HbA1cConversion::percentToMmolPerMol(value) : HbA1cConversion::mmolPerMolToPercent(value);
}
