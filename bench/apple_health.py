#!/usr/bin/env python3
"""bench/apple_health.py [--build DIR] [--runs N] [--keep FILE]: a 1 GB Apple Health export.xml through the importer.

Writes a synthetic export.xml of about 1 GB to /tmp (500,000 blood-glucose records, five-minute CGM with meal-time
metadata on some, among heart-rate, step, energy, insulin and carbohydrate records, as a phone that logs everything
writes them), then imports it with `isletguide-cli import --format applehealth` into a new diary and reads it with
`xmllint --stream --noout`, alternately, N times each. Prints the medians, the ratio and the importer's peak RSS.
Not a test and not part of bench/run (it needs about a minute per run and 1 GB of /tmp); figures in
docs/PERFORMANCE.md.
"""

import argparse
import datetime
import os
import pathlib
import random
import shutil
import statistics
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import processes  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
GLUCOSE_RECORDS = 500_000
TARGET_BYTES = 1_000_000_000
DEVICE = ("&lt;&lt;HKDevice: 0x28344d2c0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, "
          "hardware:Watch6,2, software:10.4&gt;")
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
<HealthData locale="zh_CN">
 <ExportDate value="2025-05-31 18:21:36 +0800"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
"""


def stamp(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S +0800")


def record(kind, source, unit, value, at, children=""):
    start = stamp(at)
    head = (f' <Record type="{kind}" sourceName="{source}" sourceVersion="10.4" device="{DEVICE}" unit="{unit}" '
            f'creationDate="{start}" startDate="{start}" endDate="{start}" value="{value}"')
    return head + (f">\n{children} </Record>\n" if children else "/>\n")


def write_export(path):
    """Interleaves the glucose records with others until the file reaches about TARGET_BYTES."""
    rng = random.Random(14)
    start = datetime.datetime(2020, 6, 1)
    five_minutes = datetime.timedelta(minutes=5)
    glucose_bytes = 0
    others = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEAD)
        written = len(HEAD)
        for i in range(GLUCOSE_RECORDS):
            at = start + i * five_minutes
            meal = rng.random() < 0.02
            children = (f'  <MetadataEntry key="HKBloodGlucoseMealTime" value="{rng.choice((1, 2))}"/>\n'
                        if meal else "")
            chunk = [record("HKQuantityTypeIdentifierBloodGlucose", "SIBIONICS", "mmol&lt;180.1558800000541&gt;/L",
                            f"{rng.uniform(3.5, 14.0):.1f}", at, children)]
            glucose_bytes += len(chunk[0])
            if i % 288 == 100:
                chunk.append(record("HKQuantityTypeIdentifierInsulinDelivery", "健康", "IU", "6", at,
                                    '  <MetadataEntry key="HKInsulinDeliveryReason" value="2"/>\n'))
                chunk.append(record("HKQuantityTypeIdentifierDietaryCarbohydrates", "薄荷健康", "g", "45", at))
            # the rest of the file's share for this glucose record: heart rate, steps, energy
            budget_left = TARGET_BYTES - written
            records_left = GLUCOSE_RECORDS - i
            while sum(map(len, chunk)) < budget_left / records_left:
                kind = rng.choice(("HKQuantityTypeIdentifierHeartRate", "HKQuantityTypeIdentifierStepCount",
                                   "HKQuantityTypeIdentifierActiveEnergyBurned"))
                chunk.append(record(kind, "Apple Watch", "count/min", str(rng.randint(55, 140)),
                                    at + datetime.timedelta(seconds=rng.randint(0, 299))))
                others += 1
            text = "".join(chunk)
            out.write(text)
            written += len(text.encode()) if not text.isascii() else len(text)
        out.write("</HealthData>\n")
    return others


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build"), help="build directory with app/cli/isletguide-cli")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="FILE", help="reuse (or write once) the export at FILE instead of a new one")
    args = parser.parse_args()
    cli = pathlib.Path(args.build).resolve() / "app" / "cli" / "isletguide-cli"
    xmllint = shutil.which("xmllint")
    if not xmllint:
        sys.exit("bench/apple_health.py: xmllint is needed (apt-get install libxml2-utils)")
    with tempfile.TemporaryDirectory(prefix="isletguide-applehealth-", dir="/tmp") as work:
        export = pathlib.Path(args.keep) if args.keep else pathlib.Path(work) / "export.xml"
        if not export.exists():
            others = write_export(export)
            print(f"wrote {export}: {export.stat().st_size / 1e9:.2f} GB, {GLUCOSE_RECORDS} glucose records, "
                  f"{others} heart-rate/step/energy records", flush=True)
        app, peer, rss, peer_rss = [], [], [], []
        for i in range(args.runs):
            db = pathlib.Path(work) / f"diary-{i}.sqlite"
            result = processes.run([str(cli), "--db", str(db), "import", str(export), "--format", "applehealth"],
                                   timeout=1200)
            app.append(result.wall_ns / 1e9)
            rss.append(result.peak_rss_kb / 1024)
            print(f"  import: {app[-1]:.2f} s, peak RSS {rss[-1]:.1f} MiB: {result.stdout.strip()}", flush=True)
            for leftover in pathlib.Path(work).glob(f"diary-{i}.sqlite*"):
                leftover.unlink()
            lint = processes.run([xmllint, "--stream", "--noout", str(export)], timeout=1200)
            peer.append(lint.wall_ns / 1e9)
            peer_rss.append(lint.peak_rss_kb / 1024)
            print(f"  xmllint --stream --noout: {peer[-1]:.2f} s, peak RSS {peer_rss[-1]:.1f} MiB", flush=True)
    print(f"\nmedian import {statistics.median(app):.2f} s, xmllint {statistics.median(peer):.2f} s, "
          f"ratio {statistics.median(app) / statistics.median(peer):.2f} (goal ≤ 1.5); "
          f"import peak RSS {max(rss):.1f} MiB (goal < 100), xmllint {max(peer_rss):.1f} MiB; "
          f"{os.cpu_count()} cores")


if __name__ == "__main__":
    main()
