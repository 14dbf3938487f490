#include "ProfileRegistry.h"

#include "diary/DiaryStore.h"
#include "diary/SafetyBackups.h"
#include "io/PrivateSaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

constexpr int FormatVersion = 1;
const QString ForbiddenInName = QStringLiteral("/\\:*?\"<>|");

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileRegistry", text);
}

QString unitName(Glucose::Unit unit)
{
    return QString::fromLatin1(Glucose::unitKey(unit).data(), qsizetype(Glucose::unitKey(unit).size()));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

ProfileRegistry::Profile defaultProfile(const QString &id, const QString &name, const QString &file,
                                        Glucose::Unit unit)
{
    const Glucose::Thresholds consensus = Glucose::consensusThresholds(unit);
    return {id, name.trimmed(), file, unit, consensus.low, consensus.high, ProfileRegistry::DiabetesType::Type1};
}

QJsonObject toJson(const ProfileRegistry::Profile &profile)
{
    return {{QStringLiteral("id"), profile.id},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("diary"), profile.diaryFile},
            {QStringLiteral("unit"), unitName(profile.unit)},
            {QStringLiteral("target_low"), profile.targetLow},
            {QStringLiteral("target_high"), profile.targetHigh},
            {QStringLiteral("type"), ProfileRegistry::typeKey(profile.type)}};
}

// One profile of the file, or why it is not one (the caller names the file and the profile's place).
std::optional<ProfileRegistry::Profile> fromJson(const QJsonObject &object, QString *problem)
{
    ProfileRegistry::Profile profile;
    profile.id = object.value(QStringLiteral("id")).toString();
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.diaryFile = object.value(QStringLiteral("diary")).toString();
    const auto unit = Glucose::unitFromKey(object.value(QStringLiteral("unit")).toString().toStdString());
    const auto type = ProfileRegistry::typeFromKey(object.value(QStringLiteral("type")).toString());
    profile.targetLow = object.value(QStringLiteral("target_low")).toDouble(-1);
    profile.targetHigh = object.value(QStringLiteral("target_high")).toDouble(-1);
    if (profile.id.isEmpty() || profile.name.trimmed().isEmpty())
        *problem = tr("it has no id or no name");
    else if (profile.diaryFile.isEmpty() || profile.diaryFile.contains(QLatin1Char('/'))
             || profile.diaryFile.contains(QLatin1Char('\\')) || profile.diaryFile.startsWith(QLatin1Char('.')))
        *problem = tr("its diary file name \"%1\" is not a file in this folder").arg(profile.diaryFile);
    else if (!unit)
        *problem = tr("its glucose unit is missing or unknown");
    else if (!type)
        *problem = tr("its diabetes type is missing or unknown");
    else if (!(profile.targetLow > 0 && profile.targetLow < profile.targetHigh))
        *problem = tr("its target range is missing or the wrong way round");
    else {
        profile.unit = *unit;
        profile.type = *type;
        return profile;
    }
    return std::nullopt;
}

} // namespace

ProfileRegistry::ProfileRegistry(const QString &folder)
    : m_folder(QDir(folder).absolutePath())
{
}

QString ProfileRegistry::registryPath() const
{
    return m_folder + QLatin1Char('/') + fileName();
}

bool ProfileRegistry::load(const QString &firstName, Glucose::Unit defaultUnit, QString *error)
{
    m_profiles.clear();
    m_currentId.clear();
    QFile file(registryPath());
    if (!file.exists()) {
        // The diary from before profiles, and any profile's diary whose list was lost, so nothing is left out.
        std::vector<Profile> found{defaultProfile(QStringLiteral("p1"), firstName, legacyDiaryFile(), defaultUnit)};
        const QStringList others = QDir(m_folder).entryList({QStringLiteral("diary-*.sqlite")}, QDir::Files,
                                                            QDir::Name);
        for (const QString &other : others) {
            const QString number = other.mid(6).chopped(7);
            found.push_back(defaultProfile(unusedId(found), QStringLiteral("%1 %2").arg(firstName.trimmed(), number),
                                           other, defaultUnit));
        }
        return save(found, found.front().id, error);
    }
    const QString damaged = tr("The list of profiles %1 is damaged and was left as it is: %2");
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The list of profiles %1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        setError(error, damaged.arg(file.fileName(), tr("%1 at character %2").arg(parse.errorString())
                                                           .arg(parse.offset)));
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    if (!document.isObject() || root.value(QStringLiteral("version")).toInt() != FormatVersion || list.isEmpty()) {
        setError(error, damaged.arg(file.fileName(), tr("it has no version %1 list of profiles").arg(FormatVersion)));
        return false;
    }
    std::vector<Profile> profiles;
    QSet<QString> ids, names, files;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString problem;
        auto profile = fromJson(list.at(i).toObject(), &problem);
        if (profile && (ids.contains(profile->id) || names.contains(profile->name.trimmed().toCaseFolded())
                        || files.contains(profile->diaryFile)))
            problem = tr("it repeats the id, name or diary file of another profile");
        if (!problem.isEmpty()) {
            setError(error, damaged.arg(file.fileName(), tr("profile %1: %2").arg(i + 1).arg(problem)));
            return false;
        }
        ids.insert(profile->id);
        names.insert(profile->name.trimmed().toCaseFolded());
        files.insert(profile->diaryFile);
        profiles.push_back(*profile);
    }
    const QString currentId = root.value(QStringLiteral("current")).toString();
    m_profiles = std::move(profiles);
    m_currentId = ids.contains(currentId) ? currentId : m_profiles.front().id;
    return true;
}

const ProfileRegistry::Profile *ProfileRegistry::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

const ProfileRegistry::Profile *ProfileRegistry::findByName(const QString &name) const
{
    const QString wanted = name.trimmed().toCaseFolded();
    for (const Profile &profile : m_profiles) {
        if (profile.name.trimmed().toCaseFolded() == wanted)
            return &profile;
    }
    return nullptr;
}

const ProfileRegistry::Profile *ProfileRegistry::current() const
{
    return find(m_currentId);
}

QString ProfileRegistry::diaryPath(const Profile &profile) const
{
    return m_folder + QLatin1Char('/') + profile.diaryFile;
}

QString ProfileRegistry::nameProblem(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A profile needs a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("A profile's name can have at most %1 characters.").arg(MaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || ForbiddenInName.contains(c))
            return tr("A profile's name cannot contain the character \"%1\".")
                .arg(c.category() == QChar::Other_Control ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16,
                                                                                         QLatin1Char('0'))
                                                           : QString(c));
    }
    const Profile *same = findByName(trimmed);
    if (same && same->id != exceptId)
        return tr("There is already a profile named \"%1\".").arg(same->name);
    return {};
}

std::optional<QString> ProfileRegistry::add(const QString &name, Glucose::Unit unit, DiabetesType type,
                                            QString *error)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    std::vector<Profile> profiles = m_profiles;
    Profile added = defaultProfile(unusedId(profiles), name, unusedDiaryFile(profiles), unit);
    added.type = type;
    profiles.push_back(added);
    if (!save(profiles, m_currentId, error))
        return std::nullopt;
    return added.id;
}

bool ProfileRegistry::rename(const QString &id, const QString &name, QString *error)
{
    if (!find(id)) {
        setError(error, tr("There is no such profile."));
        return false;
    }
    if (const QString problem = nameProblem(name, id); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    std::vector<Profile> profiles = m_profiles;
    for (Profile &profile : profiles) {
        if (profile.id == id)
            profile.name = name.trimmed();
    }
    return save(profiles, m_currentId, error);
}

bool ProfileRegistry::setDetails(const QString &id, Glucose::Unit unit, double targetLow, double targetHigh,
                                 DiabetesType type, QString *error)
{
    if (!find(id)) {
        setError(error, tr("There is no such profile."));
        return false;
    }
    const Glucose::Bounds bounds = Glucose::plausibleBounds(unit);
    if (!(targetLow >= bounds.min && targetLow < targetHigh && targetHigh <= bounds.max)) {
        setError(error, tr("The target range must have its lower end below its upper end, both between %1 and %2 %3.")
                            .arg(bounds.min).arg(bounds.max).arg(unitName(unit)));
        return false;
    }
    std::vector<Profile> profiles = m_profiles;
    for (Profile &profile : profiles) {
        if (profile.id == id) {
            profile.unit = unit;
            profile.targetLow = targetLow;
            profile.targetHigh = targetHigh;
            profile.type = type;
        }
    }
    return save(profiles, m_currentId, error);
}

bool ProfileRegistry::setCurrent(const QString &id, QString *error)
{
    if (!find(id)) {
        setError(error, tr("There is no such profile."));
        return false;
    }
    return id == m_currentId || save(m_profiles, id, error);
}

bool ProfileRegistry::remove(const QString &id, QString *error)
{
    const Profile *gone = find(id);
    if (!gone) {
        setError(error, tr("There is no such profile."));
        return false;
    }
    if (m_profiles.size() == 1) {
        setError(error, tr("The last profile cannot be deleted."));
        return false;
    }
    const QString path = diaryPath(*gone);
    if (QFileInfo::exists(path)) {
        DiaryStore store;
        QString why;
        if (!store.open(path, &why) || !SafetyBackups(path).make(store.database(), SafetyBackups::Reason::BeforeDelete,
                                                                 &why)) {
            setError(error, tr("The profile was not deleted: no safety copy of its diary could be made (%1).")
                                .arg(why));
            return false;
        }
    }
    std::vector<Profile> profiles;
    for (const Profile &profile : m_profiles) {
        if (profile.id != id)
            profiles.push_back(profile);
    }
    const QString currentId = id == m_currentId ? profiles.front().id : m_currentId;
    if (!save(profiles, currentId, error))
        return false;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return true;
}

QString ProfileRegistry::typeKey(DiabetesType type)
{
    switch (type) {
    case DiabetesType::Type2:
        return QStringLiteral("type2");
    case DiabetesType::Other:
        return QStringLiteral("other");
    case DiabetesType::Type1:
        break;
    }
    return QStringLiteral("type1");
}

std::optional<ProfileRegistry::DiabetesType> ProfileRegistry::typeFromKey(const QString &key)
{
    for (const auto type : {DiabetesType::Type1, DiabetesType::Type2, DiabetesType::Other}) {
        if (key == typeKey(type))
            return type;
    }
    return std::nullopt;
}

bool ProfileRegistry::save(const std::vector<Profile> &profiles, const QString &currentId, QString *error)
{
    QJsonArray list;
    for (const Profile &profile : profiles)
        list.append(toJson(profile));
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("current"), currentId},
                           {QStringLiteral("profiles"), list}};
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!QDir().mkpath(m_folder)) {
        setError(error, tr("The list of profiles could not be saved: the folder %1 cannot be created.").arg(m_folder));
        return false;
    }
    PrivateSaveFile file(registryPath());
    if (!file.writeWhole(bytes)) {
        setError(error, tr("The list of profiles could not be saved: %1").arg(file.failureReason(bytes.size())));
        return false;
    }
    m_profiles = profiles;
    m_currentId = currentId;
    return true;
}

QString ProfileRegistry::unusedDiaryFile(const std::vector<Profile> &profiles) const
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("diary-%1.sqlite").arg(n);
        const bool taken = std::any_of(profiles.begin(), profiles.end(),
                                       [&](const Profile &p) { return p.diaryFile == candidate; });
        // A file left by a deleted profile or by hand is someone's data: never reuse it for a new person.
        if (!taken && !QFileInfo::exists(m_folder + QLatin1Char('/') + candidate)
            && !QFileInfo::exists(SafetyBackups(m_folder + QLatin1Char('/') + candidate).folder()))
            return candidate;
    }
}

QString ProfileRegistry::unusedId(const std::vector<Profile> &profiles) const
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("p%1").arg(n);
        if (std::none_of(profiles.begin(), profiles.end(), [&](const Profile &p) { return p.id == candidate; }))
            return candidate;
    }
}
