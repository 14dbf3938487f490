#pragma once

#include "glucose/Glucose.h"

#include <QString>
#include <optional>
#include <vector>

// The people whose diaries this device keeps (a caregiver often keeps a parent's diary beside their own): each
// profile is a name, a unit, a target range and a diabetes type, with its own diary file in the same folder, so two
// people's readings never share a database. The list is one owner-only JSON file, replaced whole on every change;
// a change that cannot be saved changes nothing.
class ProfileRegistry
{
public:
    enum class DiabetesType { Type1, Type2, Other };
    struct Profile {
        QString id;         // stable and never shown ("p1", "p2" …)
        QString name;
        QString diaryFile;  // a file name inside the registry's folder
        Glucose::Unit unit = Glucose::Unit::MmolL;
        double targetLow = 3.9;    // in `unit`
        double targetHigh = 10.0;  // in `unit`
        DiabetesType type = DiabetesType::Type1;
    };
    static constexpr int MaxNameLength = 40;

    explicit ProfileRegistry(const QString &folder);  // normally the folder of DiaryStore::defaultPath()

    static QString fileName() { return QStringLiteral("profiles.json"); }
    static QString legacyDiaryFile() { return QStringLiteral("diary.sqlite"); }  // the diary from before profiles
    QString folder() const { return m_folder; }
    QString registryPath() const;

    // Reads the list. When there is none yet, the diary already in the folder (diary.sqlite, from before profiles)
    // becomes the first profile, named `firstName`, its file untouched; a folder without a diary gets the same first
    // profile, whose diary is made when it is first opened. False with *error when the list is damaged or unreadable:
    // then the file is left as it is and this registry stays empty.
    bool load(const QString &firstName, Glucose::Unit defaultUnit, QString *error);

    const std::vector<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    const Profile *findByName(const QString &name) const;  // trimmed, case-insensitive
    const Profile *current() const;
    QString diaryPath(const Profile &profile) const;

    // Why a name cannot be used (empty, too long, control or file-name characters, taken by another profile than
    // `exceptId`); empty when it can.
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;

    // Each change is validated, then saved; *error says why it was refused or not saved, and nothing changed then.
    std::optional<QString> add(const QString &name, Glucose::Unit unit, DiabetesType type, QString *error);  // the id
    bool rename(const QString &id, const QString &name, QString *error);
    bool setDetails(const QString &id, Glucose::Unit unit, double targetLow, double targetHigh, DiabetesType type,
                    QString *error);
    bool setCurrent(const QString &id, QString *error);
    // Takes a safety copy of the profile's diary (SafetyBackups, kept after the diary is gone), then removes the
    // profile and its diary file. The last profile cannot be removed. Whoever has the diary open closes it first.
    bool remove(const QString &id, QString *error);

    static QString typeKey(DiabetesType type);  // "type1", "type2", "other"
    static std::optional<DiabetesType> typeFromKey(const QString &key);

private:
    bool save(const std::vector<Profile> &profiles, const QString &currentId, QString *error);
    QString unusedDiaryFile(const std::vector<Profile> &profiles) const;
    QString unusedId(const std::vector<Profile> &profiles) const;

    QString m_folder;
    std::vector<Profile> m_profiles;
    QString m_currentId;
};
