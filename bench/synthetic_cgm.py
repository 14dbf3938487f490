"""One year of synthetic 5-minute CGM, written as a Dexcom Clarity CSV export and as plain rows for sqlite3.

The trace is deterministic (fixed seed): a daily rhythm, three meal rises and sensor noise, in whole mg/dL between
40 and 400 as Dexcom reports them. It ends at the last 5-minute mark before now (UTC), so the app's 90-day chart,
which counts back from today, is full.
"""

import datetime
import math
import random

READINGS_PER_YEAR = 365 * 24 * 12  # 105,120
INTERVAL = datetime.timedelta(minutes=5)

CLARITY_HEADER = ("Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,"
                  "Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),"
                  "Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID")
CLARITY_PREAMBLE = [
    "1,,FirstName,,Bench,,,,,,,,,",
    "2,,LastName,,Patient,,,,,,,,,",
    "3,,Device,,,Dexcom G7 Mobile App,iOS G7,,,,,,,",
    "4,,Alert,High,,,iOS G7,200,,,,,,",
    "5,,Alert,Low,,,iOS G7,70,,,,,,",
]
MEALS_MINUTES = (7 * 60 + 30, 12 * 60 + 30, 18 * 60 + 30)


def readings(count=READINGS_PER_YEAR, seed=20240501):
    """(local timestamp text, mg/dL) pairs, oldest first."""
    rng = random.Random(seed)
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    end = now - datetime.timedelta(minutes=now.minute % 5)
    start = end - INTERVAL * (count - 1)
    noise = 0.0
    rows = []
    for i in range(count):
        t = start + INTERVAL * i
        minute_of_day = t.hour * 60 + t.minute
        value = 125 + 25 * math.sin(2 * math.pi * (minute_of_day - 240) / 1440)
        for meal in MEALS_MINUTES:
            since = (minute_of_day - meal) % 1440
            if since < 240:
                value += 70 * math.exp(-((since - 60) / 45) ** 2)
        noise = 0.97 * noise + rng.gauss(0, 4)
        rows.append((t.strftime("%Y-%m-%dT%H:%M:%S"), max(40, min(400, round(value + noise)))))
    return rows


def write_clarity_csv(path, rows):
    with open(path, "w", newline="") as out:
        out.write(CLARITY_HEADER + "\n")
        for line in CLARITY_PREAMBLE:
            out.write(line + "\n")
        index = len(CLARITY_PREAMBLE)
        for i, (timestamp, mgdl) in enumerate(rows):
            index += 1
            out.write(f"{index},{timestamp},EGV,,,,iOS G7,{mgdl},,,,,{1000000 + 300 * i},BENCHTX\n")


def write_plain_rows(path, rows):
    with open(path, "w", newline="") as out:
        for timestamp, mgdl in rows:
            out.write(f"{timestamp},{mgdl}\n")
