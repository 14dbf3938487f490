#!/bin/sh
# `stats` on a version 2 diary (before the day series existed) reports exactly what it reports on the same readings
# in a current diary, and leaves the diary upgraded with its series. Usage: cli-stats-after-upgrade.sh CLI CSV WORKDIR
set -eu
cli=$1
csv=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
"$cli" --db "$work/current.sqlite" import "$csv" --format clarity --tz UTC >/dev/null
cp "$work/current.sqlite" "$work/old.sqlite"
sqlite3 "$work/old.sqlite" "DROP TABLE glucose_day_series; PRAGMA user_version = 2;"
"$cli" --db "$work/current.sqlite" stats --json >"$work/current.json"
"$cli" --db "$work/old.sqlite" stats --json >"$work/old.json"
grep -q '"count": [1-9]' "$work/old.json"
cmp "$work/current.json" "$work/old.json"
test "$(sqlite3 "$work/old.sqlite" "PRAGMA user_version")" -ge 3
test "$(sqlite3 "$work/old.sqlite" "SELECT count(*) FROM glucose_day_series")" -gt 0
