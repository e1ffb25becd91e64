# carnet's messages in English. Every id here is also in fr.ftl (the
# test `catalogues_have_the_same_ids` fails otherwise) and is used in src/.

## The shape of an error (stderr)
error-label = error:
hint-label = hint:
cause-label = cause:

## Errors of src/error.rs
err-busy = vault is busy: another carnet process holds the write lock ({ $path })
err-busy-hint = wait for the other carnet command to finish, or raise CARNET_LOCK_TIMEOUT (seconds)
err-io-permission-hint = check the file's permissions and that you own the vault
err-io-not-found-hint = check the path
err-io-refused-hint = check that the server runs and the remote's endpoint (AWS_ENDPOINT or --endpoint), then sync again
err-io-hint = check the disk (space, permissions) and run `carnet check`
err-db-corrupt = the vault index is damaged or was altered ({ $detail })
err-db-corrupt-hint = restore index.age from a backup you trust; run `carnet check` for details
err-db = index database error: { $detail }
err-unexpected-hint = this is unexpected; run again with -v for its causes, and report it if it persists
err-other-hint = this is unexpected; report it, with the command that failed, if it persists

## Errors of the argument parser
err-no-command = no command given
err-usage-hint = usage: { $usage } (add --help for details)
err-add-help-hint = add --help to the command for its usage

## Opening and unlocking
err-no-vault = no vault in { $path }
err-no-vault-hint = create one with `carnet init`, or point to it with --vault DIR or --profile NAME
err-wrong-passphrase = cannot unlock the vault: wrong passphrase
err-wrong-passphrase-hint = try again; if you forgot it, unlock with an identity registered with `carnet key add`
err-not-an-unlock-method = cannot unlock the vault: { $source } is not one of its unlock methods
err-not-an-unlock-method-hint = use the identity whose recipient was given to `carnet init --recipient` or `carnet key add`, or the passphrase
err-no-unlock-method = no way to unlock the vault: no identity, no passphrase file, and no terminal to ask on
err-no-unlock-method-hint = pass --identity FILE (or CARNET_IDENTITY), or --passphrase-file FILE (or CARNET_PASSPHRASE_FILE); or unlock once for a while with `carnet agent start` (no agent holds this vault now)
err-read-passphrase = cannot read the passphrase: { $detail }
err-try-again = try again
err-empty-passphrase = the passphrase is empty
err-confirm-needed = confirmation needed: { $question }
err-confirm-needed-hint = pass { $flag } to confirm without a prompt
err-read-answer = cannot read the answer: { $detail }
err-pass-flag = pass { $flag }

## Documents and professionals
err-no-document = no document with ID { $id }
err-no-document-hint = see `carnet list` for document IDs (any unique prefix of 4+ characters works)
err-ambiguous-id = ID prefix { $id } is ambiguous; it matches: { $matches }
err-ambiguous-id-hint = type more characters of the ID
err-no-pro = no professional with RPPS { $rpps } in this vault
err-no-pro-hint = add them first: carnet pro add { $rpps } --name "Dr …"
# Errors of the argument parser, when not English clap's own words
err-arg-unknown = unexpected argument { $arg } found
err-arg-invalid-value = invalid value { $value } for { $arg }
err-arg-invalid-value-why = invalid value { $value } for { $arg }: { $why }
err-arg-missing = the following required arguments were not provided: { $args }
err-arg-conflict = the argument { $arg } cannot be used with { $other }
err-subcommand-unknown = unrecognized subcommand { $name }
err-arg-no-value = a value is required for { $arg } but none was supplied
err-arg-too-many = unexpected value { $value } for { $arg }
err-arg-repeated = the argument { $arg } cannot be used multiple times
hint-similar = a similar { $what } exists: { $names }
hint-possible-values = possible values: { $values }

## Table column headers (human output only; JSON keys never change)
col-action = ACTION
col-actor = ACTOR
col-added = ADDED
col-age = AGE
col-at = AT
col-author = AUTHOR
col-born = BORN
col-code = CODE
col-consent = CONSENT
col-date = DATE
col-default = DEFAULT
col-details = DETAILS
col-device = DEVICE
col-document = DOCUMENT
col-flags = FLAGS
col-grant = GRANT
col-guardians = GUARDIANS
col-holder = HOLDER
col-id = ID
col-kind = KIND
col-label = LABEL
col-last-change-seen = LAST CHANGE SEEN
col-last-sync = LAST SYNC
col-meaning = MEANING
col-mode = MODE
col-name = NAME
col-path = PATH
col-pinned = PINNED
col-professional = PROFESSIONAL
col-profile = PROFILE
col-recipient = RECIPIENT
col-role = ROLE
col-rpps = RPPS
col-rule = RULE
col-seq = SEQ
col-setting = SETTING
col-size = SIZE
col-specialty = SPECIALTY
col-state = STATE
col-tags = TAGS
col-target = TARGET
col-title = TITLE
col-type = TYPE
col-url = URL
col-value = VALUE
col-vault-id = VAULT ID
col-visible = VISIBLE
col-who = WHO

## Labels of `carnet show`
field-id = ID
field-title = Title
field-type = Type
field-date = Date
field-author = Author
field-tags = Tags
field-confidentiality = Confidentiality
field-masked-from = Masked from
field-file = File
field-sha-256 = SHA-256
field-added = Added
field-origin = Origin

## Messages of the commands
warning-label = warning:
label-vault = vault { $path }
label-profile = profile { $name }
label-the-vault = vault
keygen-public-key = Public key: { $key }
init-created = created { $label } in { $path }
init-next = next: carnet add FILE…   (carnet --help for more)
list-more-sealed = ; { $n } more hidden from guardians (sealed to the minor's own key)
list-more-hidden = ; { $n } more not visible to you now
list-none = { $label }: no documents match{ $note }
list-count = { $label }: { $n } document(s){ $note }
list-still-sealed = { $n } document(s) are sealed to the minor's own key: unlock with it (--identity) to read them
flag-masked = masked
flag-masked-from = masked from { $n }
flag-hidden-from-guardians = hidden from guardians
flag-sealed-minor = sealed to the minor's key
flag-inbox = inbox
flag-inbox-unseen = inbox, not seen yet
show-origin-inbox = inbox (dropped by a process without the vault's secret)
show-origin-inbox-seen = inbox (dropped by a process without the vault's secret); seen now: exports may carry it
show-guardians-see = Guardians: they see it ({ $rule })
show-guardians-hidden = Guardians: hidden from them, sealed to the minor's own key ({ $rule })
show-who-no-pro = Who can see it: you; no professional is known to this vault (carnet pro add).
show-who = Who can see it now:
show-yes = yes
show-no = no{" "}
show-done = { $label }: document { $id }
mask-masked = masked from professionals
mask-unmasked = unmasked
mask-masked-from = masked from { $who }
mask-unmasked-from = no longer masked from { $who }
get-wrote-stdout = { $label }: wrote { $id } to stdout
get-wrote = { $label }: wrote { $id } to { $path }
field-holder = Holder
field-acting-as = Acting as
field-guardians = Guardians
field-handed-over = Handed over
field-documents = Documents
field-professionals = Professionals
field-active-grants = Active grants
field-remote = Remote
field-devices = Devices
field-journal = Journal
field-sealed = Sealed
field-failed-unlocks = Failed unlocks
field-emergency = Emergency
field-unlock-methods = Unlock methods
field-signing-key = Signing key

## add, journal, check, remote, sync, clone, device, status
add-refused = refused: { $error }
add-would-add = would add
add-duplicate = duplicate
add-duplicate-changed = duplicate, metadata changed (--update applies it)
add-added = added{"    "}
add-updated = updated{"  "}
add-hidden-from-guardians = hidden from guardians, sealed to the minor's key
add-summary = { $label }: { $added } added, { $dups } { $dups ->
    [one] duplicate
   *[other] duplicates
  }
add-summary-dry = { $label }: { $added } would be added, { $dups } { $dups ->
    [one] duplicate
   *[other] duplicates
  }
add-summary-refused = { $summary }, { $n } refused
journal-none = { $label }: no journal entries match
journal-count = { $label }: { $n } { $n ->
    [one] journal entry
   *[other] journal entries
  }{ $note }
journal-sealed-note = ; { $n ->
    [one] 1 entry sealed for the minor (only the minor's key opens it)
   *[other] { $n } entries sealed for the minor (only the minor's key opens them)
  }
journal-verify-ok = { $label }: journal ok, { $n } entries, head { $seq } { $hash }
journal-verify-device = device { $device }: chain ok, head { $seq } { $hash }
check-ok = { $label }: ok — index authenticated, { $docs } document(s) decrypted and hashed, journal chain of { $entries } entries intact
check-ok-repaired = { $ok }, { $n } leftover(s) removed
remote-added = added remote { $name } ({ $url }); run `carnet sync` to send this vault there
remote-none = no remote yet: carnet remote add NAME DIR (or s3://BUCKET/PREFIX)
sync-done = synced with { $remote }: pulled { $pulled } change(s) and { $pulled_docs } document(s), pushed { $pushed } change(s) and { $pushed_docs } document(s)
sync-conflicts = { $done }; { $n } conflict(s) settled (see `carnet journal --action sync.conflict`)
clone-done = cloned { $url } into { $label } (device { $device }); `carnet sync` keeps it in step
device-none = this vault is not a replica yet: `carnet remote add NAME DIR` then `carnet sync`
device-this-one = { $id } (this one)
device-removed-at = removed { $at }
device-active = active
status-unnamed = (unnamed)
status-born = , born { $date }
status-guardian = guardian { $name }
status-through = {" "}(through { $via })
status-documents = { $n } ({ $masked } masked{ $extra })
status-hidden-from-guardians = , { $n } hidden from guardians
status-pros-known = { $n } known
status-primary = , primary doctor { $name } ({ $rpps })
status-none = none
status-grant-left = { $left } left (until { $until })
status-last-sync = (last sync { $at })
status-never = never
status-devices = { $n } replica(s) (carnet device list)
status-journal = { $n } entries, { $new } since you last read it (carnet journal)
status-sealed = { $records } record(s) and { $entries } journal { $entries ->
    [one] entry
   *[other] entries
  } for the minor's key only
status-failed-unlocks = { $n } reported since you last read the journal (unauthenticated: anyone with the public recipient can write one)
status-emergency = SAMU { $samu }, break-glass { $glass }, masked documents { $masked }
status-allowed = allowed
status-denied = denied
status-guardian-changes = guardians changed your hidden documents or keys { $n } time(s)
status-guardian-change = #{ $seq } { $at } { $action } by { $who }
mask-done = { $label }: { $id } { $title } ({ $what })
mask-guardians-hidden = hidden from guardians, sealed to the minor's key
mask-guardians-already = already hidden from guardians
mask-guardians-visible = visible to guardians again
mask-guardians-was-not = was not hidden from guardians

## Identifiers (RPPS, FINESS, ADELI, INS, IdNat_PS)
id-err-length = invalid { $kind } { $value }: expected { $expected }, got { $got }
id-err-format = invalid { $kind } { $value }: expected { $expected }
id-err-check-digit = invalid { $kind } { $value }: check digit should be { $digit }
id-err-all-zeros = invalid { $kind } { $value }: all zeros is not a real number
id-err-nir-key = invalid INS { $value }: key should be { $key }
id-expected-rpps = 11 digits
id-expected-finess = 9 digits (or 2A/2B followed by 7 digits)
id-expected-adeli = 9 characters: department (2 digits, 2A/2B or 9A/9B/9C/9D/9F), profession (2 digits), serial (4 digits), check digit
id-expected-ins = 15 characters: 13 digits (department 2A/2B allowed) and a 2-digit key
id-expected-idnatps = 8 followed by an RPPS (12 characters) or 0 followed by an ADELI number (10 characters)
id-hint-rpps = check the number on the professional's card (carte CPS) or in the Annuaire Santé; the last digit is a Luhn check digit
id-hint-finess = check the establishment's number in the FINESS directory (finess.esante.gouv.fr); the last digit is a Luhn check digit
id-hint-adeli = check the number on the professional's card (carte CPS) or in the Annuaire Santé; ADELI numbers have 9 characters and the last one is a check digit (RPPS is preferred)
id-hint-ins = check the 15-character number on the carte Vitale or the attestation de droits (spaces are ignored); the last two digits are the key
id-hint-idnatps = an IdNat_PS is 8 followed by the 11-digit RPPS, or 0 followed by the 9-character ADELI number
field-emergency-kit = Emergency kit
status-kit-never = never made (carnet emergency kit -o DIR)
status-kit-made-ago = made { $at } ({ $ago } ago)
status-kit-made = made { $at }
status-kit-up-to-date = { $when }, up to date
status-kit-stale = { $when }, stale ({ $changed } changed since): make it again with carnet emergency kit -o DIR --force
status-kit-part-profile = profile
status-kit-part-documents = documents
status-kit-part-consents = consents
sync-inbox = ; inbox: { $pulled } item(s) pulled (the next unlock folds them), { $removed } folded item(s) removed from the remote

## ---------------------------------------------------------------- vault
## Messages of this area; keep new entries of this area below this line.
##
##

## ---------------------------------------------------------------- commands
## Messages of this area; keep new entries of this area below this line.
##
##

## ---------------------------------------------------------------- medical-inbox-backup-agent
## Messages of this area; keep new entries of this area below this line.
##
##
