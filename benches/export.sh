#!/usr/bin/env bash
# Export benchmark (issue 4): `carnet export --all` of the shared synthetic
# corpus against `tar c | age -r` of the same files, and peak memory of a
# single large document through export, verify and open. Not a test: run it
# on a quiet machine and read the numbers.
#
#   cargo build --release && bash benches/export.sh
#   CORPUS_SCRIPT=/path/to/make-corpus.py COUNT=2000 BIG_MIB=2048 bash benches/export.sh
#
# Needs: age, age-keygen, python3, GNU time (/usr/bin/time). Uses a temp
# dir (several GiB with BIG_MIB=2048), removed on exit.
set -euo pipefail

CARNET=${CARNET:-$PWD/target/release/carnet}
CORPUS_SCRIPT=${CORPUS_SCRIPT:-/work/shared/bench/make-corpus.py}
COUNT=${COUNT:-2000}
BIG_MIB=${BIG_MIB:-2048}
for tool in age age-keygen python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool"; exit 1; }
done
[ -x "$CARNET" ] || { echo "build first: cargo build --release (or set CARNET)"; exit 1; }
[ -f "$CORPUS_SCRIPT" ] || { echo "set CORPUS_SCRIPT to make-corpus.py"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CARNET_VAULT="$work/vault" CARNET_STATE_DIR="$work/state" CARNET_NO_INPUT=1
age-keygen -o "$work/id.txt" 2>/dev/null
R=$(sed -n 's/^# public key: //p' "$work/id.txt")
export CARNET_IDENTITY="$work/id.txt"

python3 "$CORPUS_SCRIPT" "$work/corpus" --count "$COUNT"
"$CARNET" -q init --name Bench --no-passphrase --recipient "$R"
"$CARNET" -q add -r "$work/corpus" >/dev/null
cat "$work"/corpus/* >/dev/null # warm the page cache for the reference too

secs() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
best() { # best of three runs of a shell command
    local b=""
    for _ in 1 2 3; do
        rm -f "$work/out.age"
        t=$(secs sh -c "$1")
        if [ -z "$b" ] || python3 -c "import sys; sys.exit(0 if $t < $b else 1)"; then b=$t; fi
    done
    echo "$b"
}
ref=$(best "tar c -C '$work/corpus' . | age -r '$R' > '$work/out.age'")
ours=$(best "'$CARNET' -q export --all -o '$work/out.age' -r '$R'")
ref_null=$(best "tar c -C '$work/corpus' . | age -r '$R' > /dev/null")
ours_null=$(best "'$CARNET' -q export --all -o - -r '$R' > /dev/null")
python3 - "$ref" "$ours" "$ref_null" "$ours_null" <<'PY'
import sys
ref, ours, refn, oursn = map(float, sys.argv[1:])
print(f"to a file:   tar c | age -r {ref:.2f} s, carnet export --all {ours:.2f} s: {ref/ours:.2f}x its throughput")
print(f"to /dev/null: tar c | age -r {refn:.2f} s, carnet export --all {oursn:.2f} s: {refn/oursn:.2f}x")
PY

if [ "$BIG_MIB" -gt 0 ]; then
    export CARNET_VAULT="$work/big-vault"
    "$CARNET" -q init --name Bench --no-passphrase --recipient "$R"
    head -c $((BIG_MIB * 1024 * 1024)) /dev/urandom > "$work/big.bin"
    "$CARNET" -q add "$work/big.bin" >/dev/null
    rm -f "$work/big.bin" "$work/out.age"
    /usr/bin/time -f "export of one ${BIG_MIB} MiB document: %e s, peak RSS %M KiB" \
        "$CARNET" -q export --all -o "$work/big.age" -r "$R"
    /usr/bin/time -f "bundle verify: %e s, peak RSS %M KiB" "$CARNET" -q bundle verify "$work/big.age" >/dev/null
    /usr/bin/time -f "bundle open: %e s, peak RSS %M KiB" "$CARNET" -q bundle open "$work/big.age" -o "$work/opened" >/dev/null
fi
