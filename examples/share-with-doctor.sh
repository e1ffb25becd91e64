#!/usr/bin/env bash
# share-with-doctor.sh: give your doctor 7 days of access, export exactly
# what they may see as an encrypted bundle, then play the doctor: verify
# the bundle's signature and open it (with carnet, and with stock age + tar
# when age is installed, no carnet needed).
#
#   examples/share-with-doctor.sh
#   CARNET=target/release/carnet examples/share-with-doctor.sh
#
# Uses `pro`, `grant`, `export` and `bundle` (docs: carnet COMMAND --help);
# with a carnet that lacks them it says so and exits 0. Parses --json with
# jq, else python3. Throwaway vault in a temp dir, removed on exit.
set -euo pipefail

CARNET=${CARNET:-carnet}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for sub in pro grant export bundle; do
    if ! "$CARNET" "$sub" --help >/dev/null 2>&1; then
        echo "skipping: this carnet has no '$sub' command yet"
        exit 0
    fi
done
# jget PATH: one value of the JSON on stdin; PATH is dot-separated keys and
# array indices (0.visible). Strings print raw, anything else as JSON.
if command -v jq >/dev/null 2>&1; then
    jget() { jq -r --arg p "$1" 'getpath($p | split(".") | map(tonumber? // .))'; }
elif command -v python3 >/dev/null 2>&1; then
    jget() {
        python3 -c '
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v if isinstance(v, str) else json.dumps(v))
' "$1"
    }
else
    echo "skipping: needs jq or python3 to read carnet's --json output"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-share.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset CARNET_VAULT CARNET_PROFILE CARNET_IDENTITY CARNET_PASSPHRASE_FILE
export CARNET_DATA_DIR="$work/data" XDG_DATA_HOME="$work/data"
export CARNET_STATE_DIR="$work/state" XDG_STATE_HOME="$work/state"
export CARNET_NO_INPUT=1

step() { printf '\n== %s\n' "$*"; }
doctor=10003456786 # Dr Alice Exemple (fictional RPPS, valid check digit)
lab=10100000008    # a laboratory with no grant

step "the holder's vault, with the sample documents"
"$CARNET" keygen -o "$work/holder.txt"
"$CARNET" init --name "Camille Martin" --no-passphrase \
    --recipient "$(sed -n 's/^# public key: //p' "$work/holder.txt")"
export CARNET_IDENTITY="$work/holder.txt"
"$CARNET" add -r "$here/documents"
cardio=$("$CARNET" --json list --type consultation-report | jget 0.id)

step "the doctor has an age key; the holder records her with its public part"
"$CARNET" keygen -o "$work/doctor.txt"
"$CARNET" pro add "$doctor" --name "Dr Alice Exemple" --specialty "Médecine générale" \
    --place "Lyon" --recipient "$(sed -n 's/^# public key: //p' "$work/doctor.txt")"
"$CARNET" pro add "$lab" --name "Laboratoire des Exemples"
"$CARNET" pro list

step "mask the cardiology report: it stays out of what professionals see"
"$CARNET" mask "$cardio"

step "grant the doctor 7 days"
"$CARNET" grant "$doctor" --for 7d
"$CARNET" grants

step "what the doctor can see now, and the rule that decided"
"$CARNET" access "$doctor"
visible=$("$CARNET" --json access "$doctor" --doc "$cardio" | jget 0.visible)
if [ "$visible" != "false" ]; then
    echo "error: the masked report should not be visible to the doctor" >&2
    exit 1
fi

step "export a bundle for her, encrypted to her recorded key and signed by the vault"
bundle="$work/pour-dr-exemple.age"
"$CARNET" export --for "$doctor" -o "$bundle"
fingerprint=$("$CARNET" --json status | jget signing_key_fingerprint)
echo "vault signing key: $fingerprint (tell the doctor, e.g. by phone)"

step "no grant, no export: the laboratory is refused with exit 5"
code=0
"$CARNET" export --for "$lab" -o "$work/refused.age" || code=$?
if [ "$code" -ne 5 ]; then
    echo "error: expected exit 5 (refused by policy), got $code" >&2
    exit 1
fi
echo "refused as expected (exit $code)"

step "on the doctor's side: verify the signature and hashes, then open"
(
    unset CARNET_IDENTITY
    export CARNET_DATA_DIR="$work/doctor-data" XDG_DATA_HOME="$work/doctor-data"
    "$CARNET" --identity "$work/doctor.txt" bundle verify "$bundle" --signer "$fingerprint"
    "$CARNET" --identity "$work/doctor.txt" bundle open "$bundle" -o "$work/opened"
)
find "$work/opened" -type f | sort
if [ -z "$(find "$work/opened" -name manifest.yaml)" ]; then
    echo "error: the opened bundle has no manifest.yaml" >&2
    exit 1
fi

step "the same bundle with stock age and tar, no carnet"
if command -v age >/dev/null 2>&1; then
    mkdir "$work/with-age"
    age -d -i "$work/doctor.txt" "$bundle" | tar -x -C "$work/with-age"
    find "$work/with-age" -type f | sort
else
    echo "(age is not installed here; the command would be:"
    echo "  age -d -i doctor.txt pour-dr-exemple.age | tar -x)"
fi

step "the journal keeps the grant, the export and the refusal"
"$CARNET" journal --action grant
"$CARNET" journal --action export
