#include "Formulas.h"

#include <algorithm>
#include <cmath>

namespace Stats {

double gmiPercent(double meanMgdl)
{
    return 3.31 + 0.02392 * meanMgdl;
}

double gmiMmolPerMol(double meanMmolL)
{
    return 12.71 + 4.70587 * meanMmolL;
}

double estimatedA1cPercent(double meanMgdl)
{
    return (meanMgdl + 46.7) / 28.7;
}

double jIndex(double meanMgdl, double sdMgdl)
{
    const double sum = meanMgdl + sdMgdl;
    return 0.001 * sum * sum;
}

ReadingRisk kovatchevRisk(double mgdl)
{
    const double f = 1.509 * (std::pow(std::log(std::max(mgdl, 1.0)), 1.084) - 5.381);
    const double risk = 10.0 * f * f;
    return f < 0.0 ? ReadingRisk{risk, 0.0} : ReadingRisk{0.0, risk};
}

} // namespace Stats
