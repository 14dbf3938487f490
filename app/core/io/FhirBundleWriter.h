#pragma once

#include "diary/DiaryEntry.h"

#include <QByteArray>
#include <vector>

// Writes glucose readings and HbA1c results as a FHIR R4 Bundle (type "collection") of Observations, for clinic
// systems: LOINC 2339-0 (mass/volume) or 15074-8 (moles/volume) as recorded, 4548-4 for HbA1c, UCUM units,
// effectiveDateTime with the offset at the time. Other entry kinds have no agreed coding and are left out.
QByteArray fhirBundle(const std::vector<DiaryEntry> &entries);
