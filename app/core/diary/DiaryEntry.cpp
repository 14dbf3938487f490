#include "DiaryEntry.h"

static_assert(std::variant_size_v<DiaryEntry::Payload> == 6, "one payload per DiaryEntry::Kind, in order");
static_assert(static_cast<int>(DiaryEntry::Kind::Note) == 5);

namespace HbA1cConversion {

double percentToMmolPerMol(double percent)
{
    return (percent - 2.15) * 10.929;
}

double mmolPerMolToPercent(double mmolPerMol)
{
    return mmolPerMol / 10.929 + 2.15;
}

} // namespace HbA1cConversion

double DiaryEntry::HbA1c::percent() const
{
    return unit == HbA1cUnit::Percent ? value : HbA1cConversion::mmolPerMolToPercent(value);
}

double DiaryEntry::HbA1c::mmolPerMol() const
{
    return unit == HbA1cUnit::MmolPerMol ? value : HbA1cConversion::percentToMmolPerMol(value);
}

DiaryEntry DiaryEntry::fromReading(const GlucoseReading &reading)
{
    DiaryEntry entry;
    entry.id = reading.id;
    entry.utcMs = reading.utcMs;
    entry.utcOffsetSec = reading.utcOffsetSec;
    entry.source = reading.source;
    entry.note = reading.note;
    entry.payload = Glucose{reading.value, reading.unit, reading.context, reading.flag};
    return entry;
}

GlucoseReading DiaryEntry::reading() const
{
    const auto &glucose = as<Glucose>();
    GlucoseReading reading;
    reading.id = id;
    reading.utcMs = utcMs;
    reading.utcOffsetSec = utcOffsetSec;
    reading.value = glucose.value;
    reading.unit = glucose.unit;
    reading.context = glucose.context;
    reading.flag = glucose.flag;
    reading.source = source;
    reading.note = note;
    return reading;
}
