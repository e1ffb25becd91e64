#!/usr/bin/env bash
# child-vault.sh: a parent keeps a vault for their child (a caregiver
# profile), opened with the parent's own key (no second passphrase), shares
# it with a second guardian, and learns that the handover to the child
# waits for the majority age.
#
#   examples/child-vault.sh
#   CARNET=target/release/carnet examples/child-vault.sh
#
# Uses `carnet profile` (carnet profile --help); with a carnet that lacks
# it, says so and exits 0. Throwaway data dir in a temp dir, removed on exit.
set -euo pipefail

CARNET=${CARNET:-carnet}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if ! "$CARNET" profile --help >/dev/null 2>&1; then
    echo "skipping: this carnet has no 'profile' command yet"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-child.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset CARNET_VAULT CARNET_PROFILE CARNET_IDENTITY CARNET_PASSPHRASE_FILE
export CARNET_DATA_DIR="$work/data" XDG_DATA_HOME="$work/data"
export CARNET_STATE_DIR="$work/state" XDG_STATE_HOME="$work/state"
export CARNET_NO_INPUT=1

step() { printf '\n== %s\n' "$*"; }
key() { "$CARNET" keygen -o "$work/$1.txt" 2>/dev/null; sed -n 's/^# public key: //p' "$work/$1.txt"; }

step "the parent's own vault (default profile), unlocked by the parent's key"
parent=$(key parent)
"$CARNET" init --name "Camille Martin" --no-passphrase --recipient "$parent"
export CARNET_IDENTITY="$work/parent.txt"

step "a profile for the child: a vault of its own, opened by whatever opens the parent's"
birth=$(( $(date +%Y) - 10 ))-06-01
"$CARNET" profile create lea --birth-date "$birth" --name "Léa Martin"
"$CARNET" profile list

step "the child's documents go to her profile (--profile, or CARNET_PROFILE)"
"$CARNET" --profile lea add "$here/documents/2024-10-15_vaccination-grippe.txt" \
    --title "Vaccination grippe (Léa)"
"$CARNET" --profile lea list
"$CARNET" list # the parent's own vault is separate: still empty

step "a second guardian, with their own key, can open the child's vault too"
other=$(key other-parent)
"$CARNET" profile guardian add lea "$other" --name "Sam Martin"
CARNET_IDENTITY="$work/other-parent.txt" "$CARNET" --profile lea list

step "the child's own key, for later (and for documents hidden from guardians)"
"$CARNET" profile key lea "$(key lea)"

step "a document hidden from the guardians is sealed to the child's key"
"$CARNET" --profile lea add "$here/documents/2025-02-03_bilan-sanguin.txt" \
    --title "Consultation confidentielle" --hidden-from-guardians
"$CARNET" --profile lea list # the guardians see that it exists, not what it is
CARNET_IDENTITY="$work/lea.txt" "$CARNET" --profile lea list

step "handover before the majority age is refused (exit 5) unless --force"
code=0
"$CARNET" profile handover lea --recipient "$(sed -n 's/^# public key: //p' "$work/lea.txt")" || code=$?
if [ "$code" -ne 5 ]; then
    echo "error: expected exit 5 (handover before majority), got $code" >&2
    exit 1
fi
echo "refused as expected (exit $code)"

step "the child's journal records the guardians' actions"
"$CARNET" --profile lea journal
