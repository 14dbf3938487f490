#include "io/WallClock.h"

#include <QDateTime>
#include <catch2/catch.hpp>

namespace {

// Every 5 minutes of 2024 through one WallClock, each against QDateTime asked afresh.
void checkYear(const QByteArray &zoneId)
{
    const QTimeZone zone(zoneId);
    REQUIRE(zone.isValid());
    WallClock clock(zone);
    int mismatches = 0;
    int checked = 0;
    for (QDate date(2024, 1, 1); date.year() == 2024; date = date.addDays(1)) {
        for (int minute = 0; minute < 24 * 60; minute += 5) {
            const QTime time(minute / 60, minute % 60);
            const QDateTime expected(date, time, zone);
            const auto instant = clock.toInstant(date, time);
            REQUIRE(instant);
            ++checked;
            if (instant->utcMs != expected.toMSecsSinceEpoch() || instant->offsetSec != expected.offsetFromUtc()) {
                if (++mismatches <= 3)
                    WARN(zoneId.toStdString() << " " << date.toString(Qt::ISODate).toStdString() << " "
                                              << time.toString().toStdString());
            }
        }
    }
    CHECK(checked == 366 * 288);
    CHECK(mismatches == 0);
}

} // namespace

TEST_CASE("offsets match the zone database across a year, transitions included")
{
    for (const char *zone : {"UTC", "Asia/Shanghai", "Asia/Taipei", "Europe/Berlin", "America/New_York",
                             "Australia/Lord_Howe", "America/Santiago"})
        checkYear(zone);
}

TEST_CASE("a reading far back in time after recent ones still gets the offset of its own time")
{
    WallClock clock(QTimeZone("Europe/Berlin"));
    const auto summer = clock.toInstant(QDate(2024, 7, 1), QTime(12, 0));
    const auto winter = clock.toInstant(QDate(2024, 1, 15), QTime(12, 0));
    const auto summerAgain = clock.toInstant(QDate(2024, 7, 2), QTime(12, 0));
    REQUIRE((summer && winter && summerAgain));
    CHECK(summer->offsetSec == 7200);
    CHECK(winter->offsetSec == 3600);
    CHECK(summerAgain->offsetSec == 7200);
    CHECK(winter->utcMs == QDateTime(QDate(2024, 1, 15), QTime(11, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

TEST_CASE("an invalid date or time is refused")
{
    WallClock clock(QTimeZone::utc());
    CHECK_FALSE(clock.toInstant(QDate(), QTime(1, 0)));
    CHECK_FALSE(clock.toInstant(QDate(2024, 1, 1), QTime()));
}
