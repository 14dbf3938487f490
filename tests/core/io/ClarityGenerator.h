#pragma once

#include <QByteArray>
#include <QDateTime>

// A synthetic Dexcom Clarity export: `count` EGV rows five minutes apart from 2023-01-01, with a smooth daily curve,
// for the crash test and the benchmark.
inline QByteArray syntheticClarityCsv(int count)
{
    QByteArray csv = "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,"
                     "Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),"
                     "Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID\r\n";
    csv.reserve(count * 80 + csv.size());
    QDateTime time(QDate(2023, 1, 1), QTime(0, 0));
    for (int i = 0; i < count; ++i) {
        const int value = 120 + (i * 37 % 97) - 40 + (i / 12 % 24) * 3;
        csv += QByteArray::number(i + 1) + ',' + time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")).toLatin1()
            + ",EGV,,,,synthetic," + QByteArray::number(value) + ",,,,," + QByteArray::number(i * 300) + ",TEST\r\n";
        time = time.addSecs(300);
    }
    return csv;
}
