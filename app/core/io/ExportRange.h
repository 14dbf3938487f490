#pragma once

#include <QDate>
#include <QTimeZone>
#include <cstdint>
#include <optional>

// The stretch of the diary an export covers: from the start of the first day to the end of the last, in local time.
struct ExportRange {
    std::int64_t fromUtcMs = 0;
    std::int64_t toUtcMs = 0;  // exclusive

    // Either date may be invalid: open at that end.
    static ExportRange fromDates(QDate first, QDate last, const QTimeZone &zone = QTimeZone::systemTimeZone());
};
