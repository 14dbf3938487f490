#pragma once

#include <QString>

// The words the app shows for the content's coded values (evidence levels, phases, cell sources, statuses,
// countries), translated in one place so every page says the same thing.
namespace ContentLabels {

QString evidence(const QString &level);
// How much weight a level carries, for the badge: 0 approved or settled, 1 trial results, 2 early or single-patient
// results, 3 not peer reviewed (a company statement or news reports only).
int evidenceTier(const QString &level);
QString phase(const QString &phase);
QString cellSource(const QString &source);
QString status(const QString &status);
QString immunosuppression(const QString &value);
QString country(const QString &code);
QString diabetesType(const QString &type);
QString sourceType(const QString &type);

} // namespace ContentLabels
