#!/usr/bin/env bash
# Section 14 of bench/run.sh: the corpus vault pushed to and cloned from a
# local S3 server (Garage, single node on the loopback, as the tests run
# it), beside restic backing the same corpus up to and restoring it from
# the same server. Called by run.sh with C, CORPUS, OUT, RES, RUNS, V (the
# corpus vault) and W in the environment; runnable alone with the same.
set -euo pipefail
: "${C:?}" "${CORPUS:?}" "${OUT:?}" "${RES:?}" "${RUNS:?}" "${V:?}" "${W:?}"

GARAGE=$(command -v garage || true)
[ -n "$GARAGE" ] || { [ -x "$HOME/.cargo/bin/garage" ] && GARAGE="$HOME/.cargo/bin/garage"; } || true
if [ -z "$GARAGE" ]; then
  echo "garage is not installed (.ci/run installs it)" | tee "$RES/14-s3-skipped.txt" >&2
  exit 0
fi

G="$OUT/garage"; rm -rf "$G"; mkdir -p "$G"
S3PORT=39100; RPC=39101; ADMIN=39102
cat > "$G/garage.toml" <<CONF
metadata_dir = "$G/meta"
data_dir = "$G/data"
db_engine = "sqlite"
replication_factor = 1
rpc_bind_addr = "127.0.0.1:$RPC"
rpc_public_addr = "127.0.0.1:$RPC"
rpc_secret = "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
[s3_api]
s3_region = "garage"
api_bind_addr = "127.0.0.1:$S3PORT"
[admin]
api_bind_addr = "127.0.0.1:$ADMIN"
CONF
g() { RUST_LOG=warn "$GARAGE" -c "$G/garage.toml" "$@"; }
RUST_LOG=warn "$GARAGE" -c "$G/garage.toml" server > "$G/server.log" 2>&1 &
GPID=$!
trap 'kill $GPID 2>/dev/null || true' EXIT
node=""
for _ in $(seq 1 300); do
  node=$(g node id -q 2>/dev/null | cut -d@ -f1) && [ -n "$node" ] && break
  sleep 0.2
done
[ -n "$node" ] || { echo "error: garage did not start: $(cat "$G/server.log")" >&2; exit 1; }
retry() { for _ in $(seq 1 50); do if out=$("$@" 2>&1); then printf '%s\n' "$out"; return 0; fi; sleep 0.2; done; echo "error: $*: $out" >&2; return 1; }
retry g layout assign -z dc1 -c 10G "$node" > /dev/null
retry g layout apply --version 1 > /dev/null
retry g bucket create bench > /dev/null
key=$(retry g key create carnet-bench)
export AWS_ACCESS_KEY_ID=$(printf '%s\n' "$key" | sed -n 's/^Key ID: *//p')
export AWS_SECRET_ACCESS_KEY=$(printf '%s\n' "$key" | sed -n 's/^Secret key: *//p')
retry g bucket allow --read --write bench --key "$AWS_ACCESS_KEY_ID" > /dev/null
EP="http://127.0.0.1:$S3PORT"
export AWS_REGION=garage AWS_DEFAULT_REGION=garage AWS_ENDPOINT="$EP" AWS_ALLOW_HTTP=true

# A fresh prefix per run for both tools (each run is a first push).
hyperfine --style basic --export-json "$RES/14-push.json" --runs "$RUNS" --warmup 1 \
  -n "carnet sync (first push), S3" \
  --prepare "$C --vault $V remote rm s3b -q 2>/dev/null; $C --vault $V remote add s3b s3://bench/c-\$(date +%s%N) -q" \
  "$C --vault $V sync s3b -q" \
  -n "restic backup, S3" \
  --prepare "echo r-\$(date +%s%N) > $OUT/s3prefix && restic init -q -r s3:$EP/bench/\$(cat $OUT/s3prefix)" \
  "restic backup -q -r s3:$EP/bench/\$(cat $OUT/s3prefix) $CORPUS"
URL=$("$C" --vault "$V" remote list --json | jq -r '.[] | select(.name == "s3b") | .url')
hyperfine --style basic --export-json "$RES/14-clone.json" --runs "$RUNS" --warmup 1 \
  -n "carnet clone, S3" --prepare "rm -rf $OUT/s3clone $W/state-s3clone" \
  "env CARNET_STATE_DIR=$W/state-s3clone $C --vault $OUT/s3clone clone $URL -q" \
  -n "restic restore, S3" --prepare "rm -rf $OUT/s3restored" \
  "restic restore -q latest -r s3:$EP/bench/\$(cat $OUT/s3prefix) --target $OUT/s3restored"
[ "$("$C" --vault "$OUT/s3clone" list --json | jq length)" = "$("$C" --vault "$V" list --json | jq length)" ] \
  || { echo "error: the S3 clone does not hold every document" >&2; exit 1; }
"$C" --vault "$V" remote rm s3b -q
# The 2 GiB file through S3 (peak memory, section 7; issue 15's bound is
# 64 MiB): multipart upload and ranged reads must stream as the folder does.
if [ -n "${BIGV:-}" ] && [ -d "$BIGV" ]; then
  "$C" --vault "$BIGV" remote add s3big "s3://bench/big-$(date +%s%N)" -q
  /usr/bin/time -f '%e %U %S %M' -o "$RES/7-s3-sync-rss.txt" "$C" --vault "$BIGV" sync s3big -q
  BURL=$("$C" --vault "$BIGV" remote list --json | jq -r '.[] | select(.name == "s3big") | .url')
  rm -rf "$OUT/s3big-clone" "$W/state-s3big"
  /usr/bin/time -f '%e %U %S %M' -o "$RES/7-s3-clone-rss.txt" \
    env CARNET_STATE_DIR="$W/state-s3big" "$C" --vault "$OUT/s3big-clone" clone "$BURL" -q
  cmp <("$C" --vault "$BIGV" get "$BIGID" -o - -q | sha256sum) \
    <(CARNET_STATE_DIR="$W/state-s3big" "$C" --vault "$OUT/s3big-clone" get "$BIGID" -o - -q | sha256sum) \
    || { echo "error: the S3 clone of the big file differs" >&2; exit 1; }
  "$C" --vault "$BIGV" remote rm s3big -q
  rm -rf "$OUT/s3big-clone" "$W/state-s3big"
fi
{
  echo "# 14-push.json, 14-clone.json (bench/s3.sh: Garage $("$GARAGE" --version 2>/dev/null | head -n1) on 127.0.0.1)"
  echo "carnet sync s3b  (remote s3://bench/c-<fresh>, AWS_ENDPOINT=$EP) vs restic -r s3:$EP/bench/r-<fresh> backup CORPUS"
  echo "carnet clone s3://bench/c-<last> vs restic restore latest"
  echo "# 7-s3-sync-rss.txt, 7-s3-clone-rss.txt (/usr/bin/time -f '%e %U %S %M'): carnet sync s3big / clone of the vault holding the big file"
  echo
} >> "$RES/commands.txt"
rm -rf "$OUT/s3clone" "$W/state-s3clone" "$OUT/s3restored"
kill $GPID; wait $GPID 2>/dev/null || true
rm -rf "$G"
