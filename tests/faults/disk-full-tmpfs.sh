#!/bin/sh
# Disk full on a real filesystem: a 512 KB tmpfs in a private mount namespace (unshare -r -m, no root needed where
# user namespaces are allowed) holds the diary and the export target, and a second one only the export target. An import, an export and a backup that do not
# fit fail saying there is not enough space, leave no partial file and change nothing; once space is back the same
# diary takes them. Usage: disk-full-tmpfs.sh CLI TEST_DATA_DIR. Exit 77 (skipped) where namespaces are not allowed.
set -eu
cli=$1
data=$2
if ! unshare -r -m true 2>/dev/null; then
    echo "disk-full-tmpfs: SKIPPED: this system does not allow a private mount namespace (unshare -r -m)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN { print "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID";
             t = 1704067200; for (i = 1; i <= 60000; i++) { printf "%d,%s,EGV,,,,synthetic,%d,,,,,%d,TEST\n", i, strftime("%Y-%m-%dT%H:%M:%S", t + i * 300, 1), 70 + i % 150, i } }' \
    > "$work/months.csv"
mkdir "$work/disk"
exec unshare -r -m sh -eu -c '
cli=$1; data=$2; work=$3; disk=$work/disk
mount -t tmpfs -o size=512k tmpfs "$disk"
db=$disk/diary.sqlite
fail() { echo "disk-full-tmpfs: $*"; exit 1; }
state() { sqlite3 "$db" "PRAGMA integrity_check; SELECT count(*) FROM glucose_reading;" | tr "\n" " "; }
expect_full() {  # NAME OUTPUT_FILE COMMAND…: must fail saying there is not enough space
    name=$1; shift
    if "$@" >"$work/out" 2>&1; then fail "$name fitted on a full disk: $(cat "$work/out")"; fi
    grep -qi "not enough space\|no space left" "$work/out" || fail "$name: unclear message: $(cat "$work/out")"
    echo "disk-full-tmpfs: $name refused: $(grep -v QStandardPaths "$work/out" | head -c 300)"
}
"$cli" --db "$db" import "$data/io/xdrip_sidiary.csv" >/dev/null
before=$(state)
expect_full import "$cli" --db "$db" import "$work/months.csv" --tz UTC
[ "$(state)" = "$before" ] || fail "import on a full disk changed the diary: $before -> $(state)"
dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true
expect_full export "$cli" --db "$db" export --format csv -o "$disk/export.csv"
[ ! -e "$disk/export.csv" ] || fail "a partial export was left"
expect_full backup "$cli" --db "$db" backup "$disk/backup.sqlite"
[ ! -e "$disk/backup.sqlite" ] && [ ! -e "$disk/backup.sqlite.part" ] || fail "a partial backup was left"
leftovers=$(ls -A "$disk" | grep -v -x -e diary.sqlite -e diary.sqlite-wal -e diary.sqlite-shm -e filler || true)
[ -z "$leftovers" ] || fail "files left behind: $leftovers"
rm "$disk/filler"
[ "$(state)" = "$before" ] || fail "a full disk changed the diary: $before -> $(state)"
"$cli" --db "$db" export --format csv -o "$disk/export.csv" >/dev/null || fail "export failed with space back"
"$cli" --db "$db" backup "$disk/backup.sqlite" >/dev/null || fail "backup failed with space back"
rm "$disk/backup.sqlite" "$disk/export.csv"
"$cli" --db "$db" import "$data/io/clarity_mmol_unquoted.csv" >/dev/null || fail "import failed with space back"
# Only the export destination is full (a memory card, say): the diary opens, and the export is refused all the same.
home=$work/home.sqlite
"$cli" --db "$home" import "$work/months.csv" --tz UTC >/dev/null || fail "import into the home diary failed"
mkdir "$work/card"
mount -t tmpfs -o size=64k tmpfs "$work/card"
dd if=/dev/zero of="$work/card/photos" bs=4k 2>/dev/null || true
for format in csv fhir; do
    expect_full "export $format to a full card" "$cli" --db "$home" export --format $format -o "$work/card/export.$format"
done
expect_full "PDF report to a full card" "$cli" --db "$home" export --format pdf --script en -o "$work/card/report.pdf"
expect_full "backup to a full card" "$cli" --db "$home" backup "$work/card/backup.sqlite"
[ "$(ls -A "$work/card")" = photos ] || fail "files left on the full card: $(ls -A "$work/card")"
echo "disk-full-tmpfs: import, export and backup on a full 512 KB disk refused, nothing changed or left; all work again with space back ($(state))"
' sh "$cli" "$data" "$work"
