#pragma once

#include "glucose/Glucose.h"

#include <QLocale>

// Region and script are separate choices; this derives their first-launch defaults from the system locale, and the
// glucose unit that follows from the region (Taiwan mg/dL, elsewhere mmol/L).
namespace LocaleDefaults {

enum class Script { Simplified, Traditional, English };
enum class Region { MainlandChina, Taiwan, HongKong, Other };

Script scriptFor(const QLocale &locale);
Region regionFor(const QLocale &locale);
Glucose::Unit unitFor(Region region);

} // namespace LocaleDefaults
