#pragma once

#include "io/ImportTypes.h"

#include <QFile>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

// Reads a synthetic export from tests/data/io and the options the importer tests share (Shanghai, UTC+8, no DST).
inline QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ISLETGUIDE_TEST_DATA "/io/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline ImportOptions shanghaiOptions()
{
    ImportOptions options;
    options.zone = QTimeZone("Asia/Shanghai");
    options.source = QStringLiteral("cgm:test");
    return options;
}

// Milliseconds since the epoch of a UTC wall-clock time.
inline qint64 utcMs(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toMSecsSinceEpoch();
}
