#!/usr/bin/env bash
# two-devices.sh: two parents, two laptops, one child's vault, kept in step
# through a plain folder (a USB disk, a NAS share, a Syncthing or Nextcloud
# folder: no server). Each parent has their own key; both change things
# before syncing, and carnet merges (domain.md §10: the protective side wins).
#
#   examples/two-devices.sh
#   CARNET=target/release/carnet examples/two-devices.sh
#
# Throwaway vaults in a temp dir, removed on exit. Docs: docs/sync.md.
set -euo pipefail

CARNET=${CARNET:-carnet}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/carnet-two.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset CARNET_VAULT CARNET_PROFILE CARNET_IDENTITY CARNET_PASSPHRASE_FILE
export CARNET_NO_INPUT=1
step() { printf '\n== %s\n' "$*"; }
first_id() { sed -n 's/^ *"id": "\([a-z0-9]*\)".*/\1/p' | head -n 1; }

# Each laptop: its own state dir, vault folder and key.
alice() { CARNET_STATE_DIR="$work/alice-state" CARNET_IDENTITY="$work/alice.txt" "$CARNET" --vault "$work/alice-vault" "$@"; }
bruno() { CARNET_STATE_DIR="$work/bruno-state" CARNET_IDENTITY="$work/bruno.txt" "$CARNET" --vault "$work/bruno-vault" "$@"; }

step "two keys, one per parent"
"$CARNET" keygen -o "$work/alice.txt" 2>/dev/null
"$CARNET" keygen -o "$work/bruno.txt" 2>/dev/null
a_rec=$(sed -n 's/^# public key: //p' "$work/alice.txt")
b_rec=$(sed -n 's/^# public key: //p' "$work/bruno.txt")

step "Alice creates Léa's vault, lets Bruno's key open it, and syncs to the shared folder"
CARNET_STATE_DIR="$work/alice-state" "$CARNET" --vault "$work/alice-vault" \
    init --name "Léa Martin" --birth-date 2015-06-01 --no-passphrase --recipient "$a_rec"
alice key add "$b_rec"
alice add -r "$here/documents" >/dev/null
mkdir -p "$work/shared-folder"
alice remote add shared "$work/shared-folder"
alice sync

step "Bruno clones it on his laptop, with his own key"
bruno clone "$work/shared-folder"
bruno list

step "both change things before syncing"
doc=$(alice list --json | first_id)
alice mask "$doc"                       # Alice masks a document...
bruno unmask "$doc"                     # ...Bruno unmasks it at the same time
alice pro add 10003456786 --name "Dr Dubois"
echo "carnet de vaccination" > "$work/vaccins.txt"
bruno add "$work/vaccins.txt" --title "Carnet de vaccination" --type vaccination-history >/dev/null

step "sync in any order: both end the same, and the mask wins (the protective side)"
bruno sync
alice sync
bruno sync
alice list
bruno list
alice show "$doc" --json | grep "\"masked\""
alice device list
alice journal --action sync
alice journal verify
bruno journal verify
