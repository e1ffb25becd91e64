#!/usr/bin/env bash
# import-folder.sh: import a scanner's output folder, where each scan may
# have a sidecar FILE.yaml (title, type, date, author, tags, masked), and
# show that importing again is harmless: carnet stores the same content
# once and reports it as a duplicate, so a cron job can rerun this safely.
#
#   examples/import-folder.sh
#   CARNET=target/release/carnet examples/import-folder.sh
#
# Parses `carnet --json` with jq when installed, else python3. Runs on a
# throwaway vault in a temp dir; exits non-zero if the second run added
# anything (it must find only duplicates).
set -euo pipefail

CARNET=${CARNET:-carnet}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-import.XXXXXX")
trap 'rm -rf "$work"' EXIT

unset CARNET_VAULT CARNET_PROFILE CARNET_IDENTITY CARNET_PASSPHRASE_FILE
export CARNET_DATA_DIR="$work/data" XDG_DATA_HOME="$work/data"
export CARNET_STATE_DIR="$work/state" XDG_STATE_HOME="$work/state"
export CARNET_NO_INPUT=1

# count_added FILE / count_duplicates FILE / titles FILE: read the JSON
# array printed by `carnet --json add` ({"id","title","type","date","size",
# "sha256","duplicate"} per file).
if command -v jq >/dev/null 2>&1; then
    count_added() { jq '[.[] | select(.duplicate | not)] | length' "$1"; }
    count_duplicates() { jq '[.[] | select(.duplicate)] | length' "$1"; }
    titles() { jq -r '.[] | "  \(.id)  \(.date)  \(.type)  \(.title)\(if .duplicate then "  (duplicate)" else "" end)"' "$1"; }
elif command -v python3 >/dev/null 2>&1; then
    count_added() { python3 -c 'import json,sys; print(sum(not d["duplicate"] for d in json.load(open(sys.argv[1]))))' "$1"; }
    count_duplicates() { python3 -c 'import json,sys; print(sum(bool(d["duplicate"]) for d in json.load(open(sys.argv[1]))))' "$1"; }
    titles() {
        python3 -c '
import json, sys
for d in json.load(open(sys.argv[1])):
    print("  %s  %s  %s  %s%s" % (d["id"], d["date"], d["type"], d["title"], "  (duplicate)" if d["duplicate"] else ""))
' "$1"
    }
else
    echo "error: this example needs jq or python3 to read carnet's --json output" >&2
    exit 1
fi

echo "== a throwaway vault unlocked by a new age key"
"$CARNET" keygen -o "$work/identity.txt"
"$CARNET" --quiet init --name "Camille Martin" --no-passphrase \
    --recipient "$(sed -n 's/^# public key: //p' "$work/identity.txt")"
export CARNET_IDENTITY="$work/identity.txt"

echo "== a scanner's output folder (a copy of examples/documents)"
scans="$work/scans"
cp -R "$here/documents" "$scans"
ls "$scans"

import() {
    # -r walks the folder; sidecars are read as metadata, never added.
    "$CARNET" --json add -r "$scans" >"$work/run$1.json"
    added=$(count_added "$work/run$1.json")
    dups=$(count_duplicates "$work/run$1.json")
    echo "run $1: $added added, $dups duplicate(s)"
    titles "$work/run$1.json"
}

echo "== first import"
import 1
if [ "$added" -eq 0 ]; then
    echo "error: the first import added nothing" >&2
    exit 1
fi
first=$added

echo "== second import of the same folder: nothing new"
import 2
if [ "$added" -ne 0 ]; then
    echo "error: the second import added $added document(s); expected only duplicates" >&2
    exit 1
fi
if [ "$dups" -ne "$first" ]; then
    echo "error: expected $first duplicates, got $dups" >&2
    exit 1
fi

echo "== a new scan arrives; only it is added"
printf 'EXEMPLE FICTIF\nCompte rendu de radiographie du poignet gauche : pas de fracture.\n' \
    >"$scans/2025-05-06_radio-poignet.txt"
printf 'title: Radiographie du poignet\ntype: imaging-report\ntags: [radio]\n' \
    >"$scans/2025-05-06_radio-poignet.txt.yaml"
import 3
if [ "$added" -ne 1 ]; then
    echo "error: expected exactly the new scan to be added, got $added" >&2
    exit 1
fi

echo "== the vault now"
"$CARNET" list
