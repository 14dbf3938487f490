#pragma once

// The published formulas behind the summary numbers, kept apart so each can be checked against its source table.
namespace Stats {

// Glucose management indicator, Bergenstal et al. 2018: 3.31 + 0.02392 × mean (mg/dL), in % (NGSP).
double gmiPercent(double meanMgdl);
// The same in IFCC units: 12.71 + 4.70587 × mean (mmol/L), in mmol/mol.
double gmiMmolPerMol(double meanMmolL);
// ADAG estimated A1c, Nathan et al. 2008: eAG = 28.7 × A1c − 46.7, solved for A1c, in %.
double estimatedA1cPercent(double meanMgdl);
// J-index, Wojcicki 1995: 0.001 × (mean + SD)², both in mg/dL.
double jIndex(double meanMgdl, double sdMgdl);

// Kovatchev's risk of one reading: 10 × f², f = 1.509 × (ln(BG)^1.084 − 5.381), BG in mg/dL; the risk counts as low
// when f < 0 and as high when f > 0 (the other side is 0). Values below 1 mg/dL (a device LO without a value) count as 1.
struct ReadingRisk {
    double low = 0.0;
    double high = 0.0;
};
ReadingRisk kovatchevRisk(double mgdl);

} // namespace Stats
