#pragma once

#include <QString>
#include <QStringList>

namespace Content {

// The trial registries a registry id can come from, so the validator can reject an id no registry would find and
// the trial page can say where to look an id up (the app itself opens no connection).
namespace RegistryIds {

struct Registry {
    QString name;         // e.g. "ClinicalTrials.gov"
    QString format;       // the id's shape, for messages, e.g. "NCT + 8 digits"
    QString homeAddress;  // the registry's search page
    QString recordPrefix; // a record's address is this plus the id; empty where records have no stable address
};

// The registry whose id format matches, or nullptr.
const Registry *registryOf(const QString &id);
// Where a reader can check the id: the record's own address where the registry has one, else the search page.
QString lookUpAddress(const QString &id);
QStringList formats();

} // namespace RegistryIds

} // namespace Content
