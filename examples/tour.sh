#!/usr/bin/env bash
# tour.sh: the main job of carnet, start to finish, on a throwaway vault.
#
#   examples/tour.sh                              # with carnet on PATH
#   CARNET=target/release/carnet examples/tour.sh # with a given build
#
# Creates a key and a vault in a temp dir, adds the sample documents of
# examples/documents/ (their .yaml sidecars give title, type, author, tags),
# then lists, shows, masks, decrypts, reads the journal and checks the vault.
# Nothing outside the temp dir is touched; it is removed on exit.
set -euo pipefail

CARNET=${CARNET:-carnet}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-tour.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Keep carnet's data and state dirs inside the temp dir, and ignore any
# vault or key of the user's environment. Never prompt.
unset CARNET_VAULT CARNET_PROFILE CARNET_IDENTITY CARNET_PASSPHRASE_FILE
export CARNET_DATA_DIR="$work/data" XDG_DATA_HOME="$work/data"
export CARNET_STATE_DIR="$work/state" XDG_STATE_HOME="$work/state"
export CARNET_NO_INPUT=1

step() { printf '\n== %s\n' "$*"; }
# The first "id" of carnet's --json output (pretty-printed, one key a line).
# With jq: jq -r '.[0].id'
first_id() { sed -n 's/^ *"id": "\([a-z0-9]*\)".*/\1/p' | head -n 1; }

step "create an age key (an identity file) that unlocks the vault"
"$CARNET" keygen -o "$work/identity.txt"
recipient=$(sed -n 's/^# public key: //p' "$work/identity.txt")
echo "recipient: $recipient"

step "create the vault (default profile), unlocked by that key only"
"$CARNET" init --name "Camille Martin" --birth-date 1988-03-14 \
    --no-passphrase --recipient "$recipient"
export CARNET_IDENTITY="$work/identity.txt"

step "add the sample documents (-r walks the folder; sidecars are read, not added)"
"$CARNET" add -r "$here/documents"

step "list every document, newest first"
"$CARNET" list

step "list lab reports only"
"$CARNET" list --type lab-report

bilan=$("$CARNET" list --search "bilan sanguin" --json | first_id)
cardio=$("$CARNET" list --type consultation-report --json | first_id)
echo "lab report: $bilan, consultation report: $cardio"

step "show one document by a short prefix of its ID: metadata and who can see it"
"$CARNET" show "${bilan:0:6}"

step "mask the consultation report from professionals (MASQUE_PS)"
"$CARNET" mask "$cardio"
"$CARNET" list --masked

step "get: decrypt a document to a file (journaled as doc.view), and compare"
"$CARNET" get "$bilan" -o "$work/bilan.txt"
cmp "$here/documents/2025-02-03_bilan-sanguin.txt" "$work/bilan.txt"
echo "decrypted copy is identical to the original"
"$CARNET" get "$bilan" -o - | grep -i "cholest"

step "add the same file again: stored once, reported as duplicate"
"$CARNET" add "$here/documents/2025-01-10_ordonnance-amoxicilline.txt"

step "the access journal: every action above left a line"
"$CARNET" journal
"$CARNET" journal verify

step "check: the index, every blob (decrypted and hashed) and the journal chain"
"$CARNET" check

step "a second machine: sync through a folder (a USB disk, a NAS, a synced folder)"
mkdir -p "$work/usb"
"$CARNET" remote add usb "$work/usb"
"$CARNET" sync
# The other laptop: its own state dir, the same key (a second parent would
# use their own, added first with `carnet key add`).
CARNET_STATE_DIR="$work/laptop-state" "$CARNET" --vault "$work/laptop" clone "$work/usb"
CARNET_STATE_DIR="$work/laptop-state" "$CARNET" --vault "$work/laptop" \
    add "$here/documents/2025-01-10_ordonnance-amoxicilline.txt" --title "Ordonnance (copie du portable)" --date 2025-01-11 >/dev/null || true
CARNET_STATE_DIR="$work/laptop-state" "$CARNET" --vault "$work/laptop" sync
"$CARNET" sync
"$CARNET" device list

step "status"
"$CARNET" status

step "done; the throwaway vault is removed on exit"
