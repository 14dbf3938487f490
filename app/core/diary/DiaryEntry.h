#pragma once

#include "diary/GlucoseReading.h"

#include <QString>
#include <cstdint>
#include <variant>

// One entry of the diary, of any kind (glucose, insulin, carbohydrates, oral medication, HbA1c, free note), so the
// log, the editor, undo and export handle every kind through one type. The fields every kind shares live here; what
// is particular to a kind lives in the payload.
struct DiaryEntry {
    // Stored as these numbers: never reorder.
    enum class Kind { Glucose, Insulin, Carbs, Medication, HbA1c, Note };
    enum class InsulinKind { Rapid, Long, Mixed, Other };
    enum class HbA1cUnit { Percent, MmolPerMol };

    // A glucose value with what the GlucoseReading carries beyond the shared fields.
    struct Glucose {
        double value = 0.0;
        ::Glucose::Unit unit = ::Glucose::Unit::MmolL;
        GlucoseReading::MealContext context = GlucoseReading::MealContext::Other;
        GlucoseReading::Flag flag = GlucoseReading::Flag::None;
    };
    struct Insulin {
        double units = 0.0;
        InsulinKind kind = InsulinKind::Rapid;
        QString name;  // optional, e.g. the brand
    };
    struct Carbs {
        double grams = 0.0;
    };
    struct Medication {
        QString name;
        QString dose;  // as written on the box, e.g. "500 mg"
    };
    // A lab result kept as entered; percent() and mmolPerMol() give both for display.
    struct HbA1c {
        double value = 0.0;
        HbA1cUnit unit = HbA1cUnit::Percent;
        double percent() const;
        double mmolPerMol() const;
    };
    struct Note {};  // the text is the entry's note

    using Payload = std::variant<Glucose, Insulin, Carbs, Medication, HbA1c, Note>;

    std::int64_t id = 0;  // 0 until stored; unique within the kind's table (glucose or other entries)
    std::int64_t utcMs = 0;
    int utcOffsetSec = 0;
    QString source = QStringLiteral("manual");
    QString note;
    Payload payload = Glucose{};

    Kind kind() const { return static_cast<Kind>(payload.index()); }

    static DiaryEntry fromReading(const GlucoseReading &reading);
    GlucoseReading reading() const;  // only for kind() == Kind::Glucose

    template<typename T> const T &as() const { return std::get<T>(payload); }
    template<typename T> T &as() { return std::get<T>(payload); }
};

// IFCC HbA1c (mmol/mol) = (NGSP % − 2.15) × 10.929, the master equation used by labs in China, Taiwan and Hong Kong.
namespace HbA1cConversion {
double percentToMmolPerMol(double percent);
double mmolPerMolToPercent(double mmolPerMol);
} // namespace HbA1cConversion
