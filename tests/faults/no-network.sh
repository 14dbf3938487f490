#!/bin/sh
# Privacy proof: every CLI command and the app's smoke run (every page, both scripts) under
# strace -f -e trace=socket,connect; fails on any AF_INET or AF_INET6 socket (local AF_UNIX ones, for D-Bus or X, are
# allowed). Usage: no-network.sh CLI APP TEST_DATA_DIR
set -eu
cli=$1
app=$2
data=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/trace"
run() {  # NAME COMMAND…: runs it traced, requires exit 0
    name=$1
    shift
    if ! strace -f -qq -e trace=socket,connect -o "$log.$name" "$@" >"$work/out.$name" 2>&1; then
        echo "no-network: '$name' failed:"
        cat "$work/out.$name"
        exit 1
    fi
}
db="$work/diary.sqlite"
run import "$cli" --db "$db" import "$data/io/xdrip_sidiary.csv"
run import-libreview "$cli" --db "$db" import "$data/io/libreview_mgdl_monthfirst_12h.csv"
run stats "$cli" --db "$db" stats --json
run export-csv "$cli" --db "$db" export --format csv -o "$work/out.csv"
run export-fhir "$cli" --db "$db" export --format fhir -o "$work/out.json"
run export-pdf env QT_QPA_PLATFORM=offscreen "$cli" --db "$db" export --format pdf -o "$work/out.pdf" --script hant
run backup "$cli" --db "$db" backup "$work/backup.sqlite"
run restore "$cli" --db "$db" restore "$work/backup.sqlite"
run content-validate "$cli" content validate
run content-dump "$cli" content dump --script hans --json
run content-search "$cli" content search 幹細胞 --script hant --json
run app-smoke env QT_QPA_PLATFORM=offscreen ISLETGUIDE_DIARY_DB="$db" "$app" --smoke-test "$work/smoke"

calls=$(cat "$log".* | grep -c -E '^[0-9]+ +(socket|connect)\(' || true)
if grep -E 'AF_INET6?|sin6?_' "$log".*; then
    echo "no-network: an Internet socket was opened (above)"
    exit 1
fi
echo "no-network: $(ls "$log".* | wc -l) commands traced, $calls socket/connect calls, none AF_INET or AF_INET6"
