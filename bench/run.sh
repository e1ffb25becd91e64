#!/usr/bin/env bash
# carnet against age, restic and sqlite3 on the same files, in the same run
# (issue 6). Writes docs/benchmarks.md. Nothing here runs under `cargo test`.
#
# usage: bench/run.sh [--quick] [--no-build] [--no-report]
#   --quick      small corpus and vaults: checks that the script works (minutes)
#   --no-build   use the existing target/release binaries
#   --no-report  keep the results in $BENCH_DIR/results, do not touch docs/
# env: BENCH_DIR (work dir, default /tmp/carnet-bench; never inside the repo),
#      CARNET_BASELINE (optional: an older carnet binary whose start-up test 9
#      compares with this one; issue 17 allows at most +2 ms),
#      CARNET_SHARED (the shared/ dir holding bench/make-corpus.py, default ../shared),
#      CARGO_TARGET_DIR (default target/).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${CARNET_SHARED:-$REPO/../shared}
W=${BENCH_DIR:-/tmp/carnet-bench}
TARGET=${CARGO_TARGET_DIR:-$REPO/target}
QUICK=0 BUILD=1 REPORT=1
for a in "$@"; do
  case "$a" in
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --no-report) REPORT=0 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument $a" >&2; exit 2 ;;
  esac
done
mkdir -p "$W"
W=$(cd "$W" && pwd)
case "$W/" in "$REPO"/*) echo "error: BENCH_DIR ($W) must be outside the repository" >&2; exit 2 ;; esac

avail_kib() { df --output=avail -k "$W" | tail -n1 | tr -d ' '; }
gib() { awk -v k="$1" 'BEGIN{printf "%.1f", k/1048576}'; }
# Free space is sampled at every section and before each large file is
# deleted; the lowest sample gives the run's peak disk use.
LOW_KIB=$(avail_kib)
low() { local a; a=$(avail_kib); if [ "$a" -lt "$LOW_KIB" ]; then LOW_KIB=$a; fi; }
say() { low; printf '\n== %s (%ss)\n' "$*" "$SECONDS" >&2; }
T0=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# Disk, checked before anything is written: earlier runs' vaults pile up
# in $TRASH until the timed sections end, and the 2 GiB file is held in
# four copies at once in test 4, so a full run needs room for all of
# that (measured: 21.9 GiB), plus the corpus and the 2 GiB file on a first run.
if [ "$QUICK" = 1 ]; then NEED_GIB=2; else NEED_GIB=24; fi
[ -f "$W/corpus-2000/.complete" ] || [ "$QUICK" = 1 ] || NEED_GIB=$((NEED_GIB + 4))
AVAIL0=$LOW_KIB
if [ "$AVAIL0" -lt $((NEED_GIB * 1048576)) ]; then
  echo "error: $(gib "$AVAIL0") GiB free under $W; a run needs about $NEED_GIB GiB" >&2
  echo "hint: free some space, or set BENCH_DIR to a larger file system" >&2
  exit 1
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- tools
say "tools"
need=()
for t in hyperfine age restic sqlite3 jq strace python3; do
  command -v "$t" >/dev/null 2>&1 || need+=("$t")
done
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || { echo "error: missing ${need[*]} and no apt-get" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  say "cargo build --release --locked"
  (cd "$REPO" && cargo build --release --locked --bin carnet --example bench-fill)
fi
C="$TARGET/release/carnet"
FILL="$TARGET/release/examples/bench-fill"
[ -x "$C" ] && [ -x "$FILL" ] || { echo "error: $C or $FILL missing (run without --no-build)" >&2; exit 1; }

# ---------------------------------------------------------------- corpus
if [ "$QUICK" = 1 ]; then
  COUNT=100 BIG_MIB=64 SIZES="1000 3000" SMALL=20 RUNS_BULK=2 RUNS_LIST=5 RUNS_START=20
else
  COUNT=2000 BIG_MIB=2048 SIZES="1000 10000 100000" SMALL=200 RUNS_BULK=3 RUNS_LIST=10 RUNS_START=100
fi
CORPUS="$W/corpus-$COUNT"
BIGDIR="$W/big-$BIG_MIB"
SMALLDIR="$W/small-$COUNT-$SMALL"
if [ ! -f "$CORPUS/.complete" ]; then
  say "corpus: $COUNT documents"
  rm -rf "$CORPUS"
  python3 "$SHARED/bench/make-corpus.py" "$CORPUS" --count "$COUNT"
  touch "$CORPUS/.complete"
fi
if [ ! -f "$BIGDIR/.complete" ]; then
  say "big file: $BIG_MIB MiB"
  rm -rf "$BIGDIR"
  python3 "$SHARED/bench/make-corpus.py" "$BIGDIR" --count 0 --big-mib "$BIG_MIB"
  touch "$BIGDIR/.complete"
fi
BIG="$BIGDIR/big_imaging.bin"
if [ ! -f "$SMALLDIR/.complete" ]; then
  # The SMALL smallest documents of the corpus: a scanner script's workload.
  rm -rf "$SMALLDIR"; mkdir -p "$SMALLDIR"
  (cd "$CORPUS" && ls -S -r | sed -n "1,${SMALL}p" | xargs -I{} cp {} "$SMALLDIR/")
  touch "$SMALLDIR/.complete"
fi
CORPUS_MIB=$(du -sm --apparent-size "$CORPUS" | cut -f1)
SMALL_KIB=$(du -sk --apparent-size "$SMALLDIR" | cut -f1)

# ---------------------------------------------------------------- environment
OUT="$W/out"; RES="$W/results"; BIN="$W/bin"; TRASH="$W/trash"
# Earlier runs' files are moved aside, not deleted, until every timed
# section is done: see `aside` below.
mkdir -p "$TRASH"
if [ -e "$OUT" ]; then mv "$OUT" "$TRASH/out-$(date +%s%N)"; fi
rm -rf "$RES" "$W/state" "$W/xdg"
mkdir -p "$OUT" "$RES" "$BIN" "$W/state" "$W/xdg"
export CARNET_STATE_DIR="$W/state" XDG_DATA_HOME="$W/xdg" XDG_CACHE_HOME="$W/xdg/cache"
export CARNET_NO_INPUT=1 CARNET_IDENTITY="$W/key.txt" NO_COLOR=1
export RESTIC_PASSWORD=bench-only-password
unset CARNET_VAULT CARNET_PROFILE CARNET_PASSPHRASE_FILE
rm -f "$W/key.txt"
"$C" keygen -o "$W/key.txt" 2>/dev/null
KEY="$W/key.txt"
R=$(grep -o 'age1[0-9a-z]*' "$KEY" | head -n1)
RPPS=10003456786

# Helper scripts, so every command in the report is short and exact.
cat > "$BIN/aside" <<EOF
#!/usr/bin/env bash
# aside PATH...: move earlier runs' output out of the way instead of deleting
# it. On an ext4 without a journal (this machine's), allocating an inode skips,
# one by one, every inode of the group freed in the last 60-300 s, so deleting
# the last run's 2000 blobs right before the next run bills the deletion to the
# command that creates files (carnet: 2000 blobs; tar | age: one file). The
# trash is deleted once every timed section is done.
set -e; mkdir -p "$TRASH"
for d in "\$@"; do if [ -e "\$d" ]; then mv "\$d" "$TRASH/\$(date +%s%N)-\$(basename "\$d")"; fi; done
EOF
cat > "$BIN/mkvault" <<EOF
#!/usr/bin/env bash
# mkvault DIR: a fresh vault unlocked by the bench identity (no passphrase).
set -e; aside "\$1"; "$C" init --vault "\$1" --name Bench --recipient $R --no-passphrase -q
EOF
cat > "$BIN/age-sqlite-loop" <<EOF
#!/usr/bin/env bash
# age-sqlite-loop SRC OUTDIR: what a script does by hand: age -r per file, one sqlite3 insert per file.
set -e
for f in "\$1"/*; do
  n=\$(basename "\$f")
  age -r $R -o "\$2/\$n.age" "\$f"
  sqlite3 "\$2/index.db" "INSERT INTO docs (name, added_at) VALUES ('\$n', datetime('now'))"
done
EOF
cat > "$BIN/age-sqlite-prepare" <<'EOF'
#!/usr/bin/env bash
set -e; aside "$1"; mkdir -p "$1"
sqlite3 "$1/index.db" "CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, added_at TEXT NOT NULL)"
EOF
cat > "$BIN/carnet-add-each" <<EOF
#!/usr/bin/env bash
# carnet-add-each SRC VAULT: one carnet process per document.
set -e
for f in "\$1"/*; do "$C" --vault "\$2" add "\$f" -q; done
EOF
cat > "$BIN/age-each" <<EOF
#!/usr/bin/env bash
# age-each SRC OUTDIR: one age process per document.
set -e
for f in "\$1"/*; do age -r $R -o "\$2/\$(basename "\$f").age" "\$f"; done
EOF
cat > "$BIN/tar-age" <<EOF
#!/usr/bin/env bash
# tar-age SRC OUT: the floor: read, encrypt, write.
set -e; tar -C "\$(dirname "\$1")" -cf - "\$(basename "\$1")" | age -r $R > "\$2"
EOF
chmod +x "$BIN"/*
export PATH="$BIN:$PATH"

# ext4_nojournal DIR: " (no journal)" when DIR is on an ext4 without one.
ext4_nojournal() {
  # The kernel's name of the block device (vda, dm-0, ...), from the device
  # number: df prints /dev/root or /dev/mapper/... names that /sys/fs/ext4 lacks.
  local dev; dev=$(basename "$(readlink "/sys/dev/block/$(stat -c '%Hd:%Ld' "$1")" 2>/dev/null)" 2>/dev/null)
  if [ -n "$dev" ] && [ "$(cat "/sys/fs/ext4/$dev/journal_task" 2>/dev/null)" = "<none>" ]; then echo " (no journal)"; fi
}

# Every timed command is also written, exactly, to $RES/commands.txt.
q() { # shell-quote one argument, readably
  if [[ "$1" =~ ^[A-Za-z0-9_./=:,+@%-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}
logcmd() { # logcmd TITLE ARGS...: one command, arguments quoted, options on their own lines
  local title=$1 line="" a; shift
  for a in "$@"; do
    case "$a" in
      -n|--prepare) line+=$' \\\n    '"$a" ;;
      *) line+=" $(q "$a")" ;;
    esac
  done
  printf '%s\n%s\n\n' "$title" "${line# }" | sed "s#$W#\$BENCH_DIR#g; s#$C#carnet#g; s#$FILL#bench-fill#g; s#$R#\$R#g" >> "$RES/commands.txt"
}
HF() { # HF NAME.json ARGS...: hyperfine, logged
  local json=$1; shift
  logcmd "# $json" hyperfine --export-json "$json" "$@"
  hyperfine --style basic --export-json "$RES/$json" "$@"
}
TIMED() { # TIMED NAME.txt CMD...: wall, user, sys (s) and peak RSS (KiB) of one run, logged
  local out=$1; shift
  logcmd "# $out (/usr/bin/time -f '%e %U %S %M')" "$@"
  /usr/bin/time -f '%e %U %S %M' -o "$RES/$out" "$@"
}

# ---------------------------------------------------------------- 1. bulk import
say "1. bulk import ($COUNT documents, $CORPUS_MIB MiB)"
HF 1-bulk.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet add -r" --prepare "mkvault $OUT/v-bulk" "$C --vault $OUT/v-bulk add -r $CORPUS -q" \
  -n "tar | age -r" --prepare "rm -f $OUT/corpus.tar.age" "tar-age $CORPUS $OUT/corpus.tar.age" \
  -n "tar | age -r, then sync -f" --prepare "rm -f $OUT/corpus.tar.age" "tar-age $CORPUS $OUT/corpus.tar.age && sync -f $OUT/corpus.tar.age" \
  -n "restic backup" --prepare "aside $OUT/restic && restic init -q --repo $OUT/restic" \
  "restic backup -q --repo $OUT/restic $CORPUS" \
  -n "age -r + sqlite3 per file" --prepare "age-sqlite-prepare $OUT/loop" "age-sqlite-loop $CORPUS $OUT/loop"

# ---------------------------------------------------------------- 2. one process per document
say "2. one process per document ($SMALL files, $SMALL_KIB KiB)"
HF 2-each.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet add FILE, per file" --prepare "mkvault $OUT/v-each" "carnet-add-each $SMALLDIR $OUT/v-each" \
  -n "age -r FILE, per file" --prepare "aside $OUT/each && mkdir -p $OUT/each" "age-each $SMALLDIR $OUT/each"
# Where the time of `carnet add FILE` goes: wall time inside each syscall,
# summed over the same one-process-per-document loop (traced, so slower).
mkvault "$OUT/v-each"
logcmd "# 2-strace.txt (after mkvault \$BENCH_DIR/out/v-each)" strace -f -w -c -e trace='!wait4' -o 2-strace.txt carnet-add-each "$SMALLDIR" "$OUT/v-each"
SECONDS_BEFORE=$(date +%s.%N)
strace -f -w -c -e trace='!wait4' -o "$RES/2-strace.txt" carnet-add-each "$SMALLDIR" "$OUT/v-each"
echo "$(date +%s.%N) $SECONDS_BEFORE" | awk '{ printf "%.3f\n", $1 - $2 }' > "$RES/2-strace-wall.txt"

# ---------------------------------------------------------------- 3. listing
LISTQ="SELECT id, title, type, date, author, masked, hidden_from_guardians, invisible_patient_until, size, sha256, blob, media_type, filename, added_at FROM docs WHERE 1=1 AND type IN ('lab-report') ORDER BY date DESC, added_at DESC, id LIMIT 50"
for n in $SIZES; do
  say "3. listing at $n documents"
  mkvault "$OUT/v-list-$n"
  logcmd "# 3-fill-$n.txt (the vault of $n documents)" "$FILL" "$OUT/v-list-$n" "$KEY" "$n" --plain-db "$OUT/plain-$n.db"
  "$FILL" "$OUT/v-list-$n" "$KEY" "$n" --plain-db "$OUT/plain-$n.db" 2> "$RES/3-fill-$n.txt"
  stat -c %s "$OUT/v-list-$n/index.age" > "$RES/3-index-size-$n.txt"
  HF "3-list-$n.json" -N --warmup 2 --runs "$RUNS_LIST" \
    -n "carnet list ($n)" "$C --vault $OUT/v-list-$n list --json --limit 50 --type lab-report" \
    -n "sqlite3 ($n)" "sqlite3 -json $OUT/plain-$n.db \"$LISTQ\""
  TIMED "3-list-rss-$n.txt" "$C" --vault "$OUT/v-list-$n" list --json --limit 50 --type lab-report > /dev/null
  [ "$n" = "${SIZES##* }" ] || aside "$OUT/v-list-$n"
done

# ---------------------------------------------------------------- 4 + 7. the big file
say "4. the $BIG_MIB MiB file: add, get, age"
mkvault "$OUT/v-big"
TIMED 7-add-rss.txt "$C" --vault "$OUT/v-big" add "$BIG" --type imaging-report -q
BIGID=$("$C" --vault "$OUT/v-big" list --json | jq -r '.[0].id')
age -r "$R" -o "$OUT/big.age" "$BIG"
TIMED 7-age-enc-rss.txt age -r "$R" -o "$OUT/big2.age" "$BIG"
rm -f "$OUT/big2.age"
HF 4-get.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet get ID -o FILE" --prepare "rm -f $OUT/big.get" "$C --vault $OUT/v-big get $BIGID -o $OUT/big.get -q" \
  -n "age -d -o FILE" --prepare "rm -f $OUT/big.dec" "age -d -i $KEY -o $OUT/big.dec $OUT/big.age" \
  -n "age -d -o FILE, then sync FILE" --prepare "rm -f $OUT/big.dec" "age -d -i $KEY -o $OUT/big.dec $OUT/big.age && sync $OUT/big.dec"
cmp "$OUT/big.get" "$BIG" && cmp "$OUT/big.dec" "$BIG"
low; rm -f "$OUT/big.get" "$OUT/big.dec"
TIMED 7-get-rss.txt "$C" --vault "$OUT/v-big" get "$BIGID" -o "$OUT/big.get" -q
TIMED 7-age-dec-rss.txt age -d -i "$KEY" -o "$OUT/big.dec" "$OUT/big.age"
low; rm -f "$OUT/big.get" "$OUT/big.dec" "$OUT/big.age"

# ---------------------------------------------------------------- 5. export
HAVE_EXPORT=0
if "$C" export --help >/dev/null 2>&1; then HAVE_EXPORT=1; fi
echo "$HAVE_EXPORT" > "$RES/5-have-export.txt"
if [ "$HAVE_EXPORT" = 1 ]; then
  say "5. export of the whole corpus"
  for v in "$OUT/v-bulk" "$OUT/v-big"; do
    "$C" --vault "$v" pro add "$RPPS" --name "Dr Bench" -q
    "$C" --vault "$v" pro primary "$RPPS" -q
  done
  HF 5-export.json --runs "$RUNS_BULK" --warmup 1 \
    -n "carnet export --for RPPS" "$C --vault $OUT/v-bulk export --for $RPPS -o $OUT/export.age --recipient $R --force -q" \
    -n "tar | age -r" "tar-age $CORPUS $OUT/corpus.tar.age" \
    -n "tar | age -r, then sync -f" "tar-age $CORPUS $OUT/corpus.tar.age && sync -f $OUT/corpus.tar.age"
  low; rm -f "$OUT/export.age"
  TIMED 7-export-rss.txt "$C" --vault "$OUT/v-big" export --for "$RPPS" -o "$OUT/export-big.age" --recipient "$R" --force -q
  low; rm -f "$OUT/export-big.age"
else
  say "5. export: skipped (this carnet has no export command)"
fi

# ---------------------------------------------------------------- 6. integrity
say "6. integrity: carnet check vs restic check --read-data"
HF 6-check.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet check" "$C --vault $OUT/v-bulk check -q" \
  -n "restic check --read-data" "restic check -q --read-data --repo $OUT/restic"
# The big file through a folder remote: push and clone stream it (peak
# memory, section 7; the issue's bound is 64 MiB).
"$C" --vault "$OUT/v-big" remote add big "$OUT/remote-big" -q
mkdir -p "$OUT/remote-big"
TIMED 7-sync-rss.txt "$C" --vault "$OUT/v-big" sync -q
TIMED 7-clone-rss.txt env CARNET_STATE_DIR="$W/state-big-clone" "$C" --vault "$OUT/big-clone" clone "$OUT/remote-big" -q
cmp <("$C" --vault "$OUT/v-big" get "$BIGID" -o - -q | sha256sum) <(CARNET_STATE_DIR="$W/state-big-clone" "$C" --vault "$OUT/big-clone" get "$BIGID" -o - -q | sha256sum)
# v-big stays for section 14 (the same file through S3).
low; aside "$OUT/remote-big" "$OUT/big-clone" "$W/state-big-clone"

# The trash of earlier sections is emptied here: a full run no longer fits
# 40 GiB if every moved-aside vault waits for the end (sections 8 and 12
# make ~12 GiB each). The inodes freed now may slow the first file
# creations after it (see `aside`); the warm-up run takes most of that.
purge() { low; rm -rf "$TRASH"; mkdir -p "$TRASH"; }
purge
# ---------------------------------------------------------------- 8. several machines
say "8. sync through a folder remote: first push, clone, one new document at scale"
# First push of the corpus vault (v-bulk) to an empty folder remote, beside
# restic backing the same corpus up to a fresh folder repository.
"$C" --vault "$OUT/v-bulk" remote add bench "$OUT/remote" -q
HF 8-push.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet sync (first push)" --prepare "aside $OUT/remote && mkdir -p $OUT/remote" "$C --vault $OUT/v-bulk sync -q" \
  -n "restic backup" --prepare "aside $OUT/restic8 && restic init -q --repo $OUT/restic8" "restic backup -q --repo $OUT/restic8 $CORPUS"
# A clone of it on another "machine" (its own state dir), beside restic restore.
HF 8-clone.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet clone" --prepare "aside $OUT/clone $W/state-clone" "env CARNET_STATE_DIR=$W/state-clone $C --vault $OUT/clone clone $OUT/remote -q" \
  -n "restic restore" --prepare "aside $OUT/restored" "restic restore -q latest --repo $OUT/restic8 --target $OUT/restored"
# One new document into the largest vault, already synced: an incremental
# sync's cost should not depend on the vault's size.
LARGE="$OUT/v-list-${SIZES##* }"
"$C" --vault "$LARGE" remote add bench "$OUT/remote-large" -q
mkdir -p "$OUT/remote-large" "$OUT/one"
TIMED 8-first-push-large.txt "$C" --vault "$LARGE" sync -q
HF 8-incremental.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet add + sync (${SIZES##* } documents)" --prepare "date +%s%N > $OUT/one/new.txt" "$C --vault $LARGE add $OUT/one/new.txt -q && $C --vault $LARGE sync -q" \
  -n "carnet add alone (${SIZES##* } documents)" --prepare "date +%s%N > $OUT/one/new.txt" "$C --vault $LARGE add $OUT/one/new.txt -q"
# The other side: a replica of the largest vault pulls that one new
# document (its merge must cost the change, not the vault either).
TIMED 8-clone-large.txt env CARNET_STATE_DIR="$W/state-large-b" "$C" --vault "$OUT/large-b" clone "$OUT/remote-large" -q
HF 8-pull.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet sync pulling one new document (${SIZES##* } documents)" \
  --prepare "date +%s%N > $OUT/one/new.txt && $C --vault $LARGE add $OUT/one/new.txt -q && $C --vault $LARGE sync -q" \
  "env CARNET_STATE_DIR=$W/state-large-b $C --vault $OUT/large-b sync -q"
aside "$OUT/clone"; aside "$OUT/restored"; aside "$OUT/large-b" "$W/state-large-b"

# ---------------------------------------------------------------- 14. several machines, S3
say "14. sync through a local S3 server (Garage): first push and clone vs restic"
C="$C" CORPUS="$CORPUS" OUT="$OUT" RES="$RES" RUNS="$RUNS_BULK" V="$OUT/v-bulk" W="$W" \
  BIGV="$OUT/v-big" BIGID="$BIGID" bash "$REPO/bench/s3.sh"
aside "$OUT/v-big"

# ---------------------------------------------------------------- 9. every command at scale
# The commands a user runs every day, at 100 documents and at the largest
# size: a commit should cost what it changes (≤ 2x the small vault), a
# read should stay interactive (≤ 50 ms). Writes alternate with their
# inverse in --prepare, so every timed run changes something.
say "9. everyday commands at 100 and ${SIZES##* } documents"
mkvault "$OUT/v-scale-100"
"$FILL" "$OUT/v-scale-100" "$KEY" 100 2> /dev/null
for v in "$OUT/v-scale-100" "$LARGE"; do
  case "$v" in *-100) n=100 ;; *) n=${SIZES##* } ;; esac
  "$C" --vault "$v" pro add "$RPPS" --name "Dr Bench" -q 2> /dev/null || true
  id=$("$C" --vault "$v" list --json --limit 1 | jq -r '.[0].id')
  HF "9-write-$n.json" --runs "$RUNS_LIST" --warmup 1 \
    -n "add ($n)" --prepare "date +%s%N > $OUT/one/new.txt" "$C --vault $v add $OUT/one/new.txt -q" \
    -n "mask ($n)" --prepare "$C --vault $v unmask $id -q" "$C --vault $v mask $id -q" \
    -n "grant ($n)" --prepare "true" "$C --vault $v grant $RPPS --for 7d -q" \
    -n "pro add ($n)" --prepare "$C --vault $v pro rm 10100000008 -q || true" "$C --vault $v pro add 10100000008 --name Dr.Two -q"
  HF "9-read-$n.json" -N --runs "$RUNS_LIST" --warmup 2 \
    -n "list ($n)" "$C --vault $v list --limit 20" \
    -n "status ($n)" "$C --vault $v status" \
    -n "show ($n)" "$C --vault $v show $id" \
    -n "journal --limit 20 ($n)" "$C --vault $v journal --limit 20"
done
aside "$OUT/v-scale-100"

# ---------------------------------------------------------------- 10. start-up
# What every command pays before doing anything: process start, argument
# parsing, and for `status` an unlock and a read of a small vault. `age
# --version` is a floor for a process start; CARNET_BASELINE, an older
# build, gives the growth (issue 17: at most 2 ms).
say "10. start-up: carnet --version, carnet status"
mkvault "$OUT/v-start"
START=(-n "carnet --version" "$C --version" -n "carnet status" "$C --vault $OUT/v-start status -q"
       -n "age --version" "age --version")
if [ -n "${CARNET_BASELINE:-}" ]; then
  START+=(-n "baseline --version" "$CARNET_BASELINE --version"
          -n "baseline status" "$CARNET_BASELINE --vault $OUT/v-start status -q")
fi
HF 10-startup.json -N --warmup 10 --runs "$RUNS_START" "${START[@]}"
aside "$OUT/v-start"

# ---------------------------------------------------------------- 11. the unlock agent
# `carnet list` on a passphrase-protected vault, opened through the unlock
# agent (no scrypt per command), against the same vault opened with an
# identity file; the passphrase itself (scrypt) for reference.
say "11. carnet list on a passphrase vault: agent vs identity file (${SIZES%% *} documents)"
AGV="$OUT/v-agent"
mkvault "$AGV"
"$FILL" "$AGV" "$KEY" "${SIZES%% *}" 2> "$RES/11-fill.txt"
printf 'bench agent passphrase\n' > "$W/agent-pass.txt"
"$C" --vault "$AGV" passwd --new-passphrase-file "$W/agent-pass.txt" -q
logcmd "# 11-agent-start" env -u CARNET_IDENTITY "$C" --vault "$AGV" --passphrase-file "$W/agent-pass.txt" agent start --ttl 10m -q
env -u CARNET_IDENTITY "$C" --vault "$AGV" --passphrase-file "$W/agent-pass.txt" agent start --ttl 10m -q
HF 11-agent.json -N --warmup 3 --runs "$RUNS_LIST" \
  -n "carnet list, agent (passphrase vault)" "env -u CARNET_IDENTITY $C --vault $AGV list --json --limit 50" \
  -n "carnet list, identity file" "$C --vault $AGV list --json --limit 50" \
  -n "carnet list, passphrase (scrypt)" "env -u CARNET_IDENTITY $C --vault $AGV --passphrase-file $W/agent-pass.txt list --json --limit 50"
"$C" --vault "$AGV" agent stop -q
aside "$AGV"

purge
# ---------------------------------------------------------------- 12. the inbox
say "12. inbox: inbox add -r vs add -r ($COUNT documents); the fold of $COUNT items vs add -r"
# A scanner (no identity in its environment, the vault's recipient given
# with --recipient, as a cron job would) encrypts the corpus into a fresh
# vault's inbox, beside the holder's own `add -r` of it; then the holder's
# `inbox import` folds the $COUNT items (in batches of 500), beside the
# same `add -r`.
cat > "$BIN/mkinbox" <<EOF
#!/usr/bin/env bash
# mkinbox DIR: mkvault DIR, and its recipient in DIR.recipient for the scanner.
set -e; mkvault "\$1"; "$C" --vault "\$1" inbox recipient > "\$1.recipient"
EOF
cat > "$BIN/inbox-scan" <<EOF
#!/usr/bin/env bash
# inbox-scan VAULT SRC: inbox add -r SRC as a scanner: no identity, no passphrase.
set -e; exec env -u CARNET_IDENTITY -u CARNET_PASSPHRASE_FILE "$C" --vault "\$1" inbox add -r "\$2" --recipient "\$(cat "\$1.recipient")" -q
EOF
chmod +x "$BIN/mkinbox" "$BIN/inbox-scan"
HF 12-inbox-add.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet inbox add -r" --prepare "mkinbox $OUT/v-inbox" "inbox-scan $OUT/v-inbox $CORPUS" \
  -n "carnet add -r" --prepare "mkvault $OUT/v-inbox-add" "$C --vault $OUT/v-inbox-add add -r $CORPUS -q"
HF 12-inbox-fold.json --runs "$RUNS_BULK" --warmup 1 \
  -n "carnet inbox import (fold)" --prepare "mkinbox $OUT/v-fold && inbox-scan $OUT/v-fold $CORPUS" "$C --vault $OUT/v-fold inbox import -q" \
  -n "carnet add -r" --prepare "mkvault $OUT/v-inbox-add" "$C --vault $OUT/v-inbox-add add -r $CORPUS -q"
[ "$("$C" --vault "$OUT/v-fold" list --json | jq length)" = "$COUNT" ] \
  || { echo "error: the fold did not give $COUNT documents" >&2; exit 1; }
aside "$OUT/v-inbox" "$OUT/v-fold" "$OUT/v-inbox-add"

# ---------------------------------------------------------------- 13. html bundle in a browser
# A page of `export --format html` holding HTML_DOCS documents, HTML_MIB MiB
# in all, opened from disk in headless Chromium by the browser test's
# WebDriver script: from Enter in the passphrase field to the index shown
# (decrypting, checking every hash and the signature; target < 10 s).
html_bench() {
  say "13. html bundle opened in headless Chromium ($HTML_DOCS documents, $HTML_MIB MiB)"
  local py="" h="$OUT/html" per i
  for p in /usr/bin/python3 python3; do
    if "$p" -c 'import selenium' 2>/dev/null; then py=$p; break; fi
  done
  if [ -z "$py" ] || ! command -v chromedriver >/dev/null 2>&1 \
      || ! { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }; then
    echo "SKIPPED: chromium, chromedriver or python3-selenium is missing (.ci/run installs them)" | tee "$RES/13-html-skipped.txt" >&2
    return 0
  fi
  mkvault "$h/vault"
  mkdir -p "$h/docs" "$h/dl"
  per=$((HTML_MIB * 1048576 / HTML_DOCS))
  for i in $(seq -w 1 "$HTML_DOCS"); do head -c "$per" /dev/urandom > "$h/docs/2025-01-01_examen-$i.bin"; done
  "$C" --vault "$h/vault" add -r "$h/docs" -q >/dev/null
  printf 'banc essai page ouverte chromium sans reseau\n' > "$h/pass.txt"
  TIMED 13-html-export.txt "$C" --vault "$h/vault" export --all --format html \
    --bundle-passphrase-file "$h/pass.txt" -o "$h/page.html" -q
  jq -n --arg page "$h/page.html" --arg p "$(cat "$h/pass.txt")" --arg dl "$h/dl" \
    '{page: $page, passphrase: $p, download_dir: $dl, open_only: true, timeout: 300}' > "$h/spec.json"
  logcmd "# 13-html-open.json (spec: page, passphrase, open_only)" "$py" tests/browser/check_page.py "$h/spec.json"
  "$py" "$REPO/tests/browser/check_page.py" "$h/spec.json" > "$RES/13-html-open.json"
  echo "docs=$HTML_DOCS mib=$HTML_MIB page_bytes=$(stat -c %s "$h/page.html")" > "$RES/13-html.txt"
  cat "$RES/13-html-open.json"
  aside "$h"
}
if [ "$QUICK" = 1 ]; then HTML_DOCS=${HTML_DOCS:-20} HTML_MIB=${HTML_MIB:-5}; else HTML_DOCS=${HTML_DOCS:-200} HTML_MIB=${HTML_MIB:-100}; fi
html_bench

# ---------------------------------------------------------------- micro-benchmarks
say "cargo bench (hot paths)"
if [ "$QUICK" = 1 ]; then MB_ARGS=(--quick); else MB_ARGS=(); fi
(cd "$REPO" && cargo bench --locked --bench hot_paths -- "${MB_ARGS[@]}") > "$RES/micro.txt" 2> "$RES/micro.err" \
  || { cat "$RES/micro.err" >&2; echo "error: cargo bench failed" >&2; exit 1; }
cat "$RES/micro.txt"

# Every timed section is done: now the moved-aside files can go.
low
PEAK_KIB=$((AVAIL0 - LOW_KIB))
rm -rf "$TRASH"
KEPT_KIB=$(du -sk "$W" | cut -f1)

# ---------------------------------------------------------------- versions, machine
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "date=$T0"
  echo "elapsed_s=$SECONDS"
  echo "load_before=$LOAD_BEFORE"
  echo "load_after=$LOAD_AFTER"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "ram=$(free -g | awk '/^Mem:/{print $2" GiB"}')"
  echo "kernel=$(uname -r)"
  echo "disk_peak_gib=$(gib "$PEAK_KIB")"
  echo "disk_kept_gib=$(gib "$KEPT_KIB")"
  echo "fs=$(df -T "$W" | awk 'NR==2{print $2}')$(ext4_nojournal "$W")"
  echo "carnet=$("$C" --version) ($(cd "$REPO" && git rev-parse --short HEAD)$(cd "$REPO" && git diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ', with uncommitted changes'))"
  echo "age=$(age --version)"
  echo "restic=$(restic version | cut -d' ' -f1-2)"
  echo "sqlite3=$(sqlite3 --version | cut -d' ' -f1)"
  echo "hyperfine=$(hyperfine --version)"
  echo "rustc=$(rustc --version)"
  echo "quick=$QUICK corpus_docs=$COUNT corpus_mib=$CORPUS_MIB big_mib=$BIG_MIB small=$SMALL small_kib=$SMALL_KIB"
} > "$RES/env.txt"
cat "$RES/env.txt"

if [ "$REPORT" = 1 ]; then
  say "report"
  BENCH_DIR="$W" bash "$REPO/bench/report.sh" > "$REPO/docs/benchmarks.md"
  echo "wrote docs/benchmarks.md"
fi
say "done"
