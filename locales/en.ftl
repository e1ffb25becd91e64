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
c-add-stdin-title = adding from stdin needs --title
c-add-stdin-title-hint = e.g. carnet add - --title "Compte rendu" --type consultation-report
c-add-stdin-twice = stdin cannot carry both the passphrase (--passphrase-file -) and the document (-)
c-add-stdin-twice-hint = give the passphrase in a file, or unlock with --identity
c-add-title-every = --title applies to every document of this add
c-add-partly = { $n } of { $total } inputs refused (each reported above); every other one was { $dry ->
    [yes] checked
   *[no] added
  }
c-add-partly-hint = fix or remove the refused files and run again: what was added is reported as duplicate next time
c-add-invalid = { $n } of { $total } inputs cannot be added; nothing was added:
c-add-invalid-hint-none-valid = fix the inputs listed; no input was valid
c-add-invalid-hint = fix the inputs listed, or pass --keep-going to add every valid one (exit 8 then says some were refused)
c-progress-checking = checking blobs
c-check-problems = { $n } problem(s) found in { $label }
c-check-problems-hint = restore the damaged files from a backup; the list above names each one
c-journal-head = { $label }: journal head
c-journal-broken = journal entry { $seq } is damaged: the hash chain breaks there
c-journal-broken-device = entry { $seq } of device { $device }'s journal is damaged: its hash chain breaks there
c-journal-broken-hint = the journal was edited outside carnet; restore index.age from a backup you trust
c-journal-sealed-detail = sealed=(for the minor's key)
c-journal-sealed-row = (sealed for the minor)
c-shell-writing = writing the completion script
c-init-exists = a vault already exists in { $path }
c-init-exists-hint = choose another --vault or --profile; carnet never overwrites a vault
c-init-no-passphrase = --no-passphrase needs at least one --recipient to unlock with
c-init-no-passphrase-hint = add --recipient age1… (see `carnet keygen`), or drop --no-passphrase
c-keygen-exists-hint = choose another file; carnet never overwrites an identity
c-io-syncing = syncing { $path }
c-keygen-to-terminal = writing a secret key to the terminal; prefer -o FILE
c-keygen-stdout-failed = writing the new key to stdout (nothing was kept)
c-settings-done = { $label }: settings
c-setting-masked-visible-to-primary = the primary doctor also sees masked documents (false = strict Mon espace santé rule: only the author)
c-setting-majority-age = age at which a child's profile is handed over
c-setting-majority-warning-days = days before majority from which status and profile list warn
c-settings-set = { $label }: { $key } = { $value } (was { $previous })
c-release-done = { $label }: { $id } is now visible ({ $title })
c-io-writing-to = writing to { $path }
c-io-writing = writing { $path }
c-io-creating = creating { $path }
c-io-opening = opening { $path }
c-io-reading = reading { $path }
c-io-writing-stdout = writing to stdout
c-progress-writing = writing
c-progress-verifying = verifying
c-progress-importing = importing
c-progress-exporting = exporting
c-unlock-failed-attempts = { $n } failed unlock attempt(s): { $at }
c-unlock-malformed = { $n } malformed record(s), ignored
c-unlock-unread = { $n } more record(s) counted but not read (at most { $max } are read per unlock)
c-unlock-failed-warning = since the last unlock of this vault: { $parts }. These reports are unauthenticated: anyone who has the vault's public recipient and can write to its folder can plant one (journaled as unlock.failed)
c-no-command-hint = run `carnet --help` for the commands (e.g. `carnet list`, `carnet add FILE`)
c-pro-already-blocked = { $label }: { $who } is already blocked (since { $since }); nothing changed
c-pro-not-blocked = { $label }: { $who } is not blocked; nothing changed
c-pro-blocked = { $label }: blocked { $who }: they get nothing, whatever grants or primary status say
c-pro-had-no-grant = they had no active grant
c-pro-revoked-grants = revoked their { $n } active grant(s): { $ids }
c-pro-blocked-primary = { $name } stays designated as primary doctor, which the block overrides; change it with carnet pro primary --unset or carnet pro primary RPPS
c-pro-unblocked = { $label }: unblocked { $who }; no grant was revived (give one with carnet grant { $rpps } --for …)
c-pro-unblocked-primary = as your primary doctor, { $name } sees your unmasked documents again
c-pro-removed = { $label }: removed { $who }
c-pro-no-primary-now = you have no primary doctor now (carnet pro primary RPPS)
c-pro-primary-both = give either an RPPS or --unset, not both
c-pro-primary-whom = whom? give the primary doctor's RPPS, or --unset
c-pro-primary-hint = carnet pro primary RPPS, or carnet pro primary --unset
c-pro-primary-unset = { $label }: { $who } is no longer the primary doctor; there is none now
c-pro-primary-none = { $label }: there is no primary doctor; nothing to unset
c-pro-primary-now = { $label }: { $who } is now the primary doctor
c-pro-primary-no-longer = { $who } is no longer the primary doctor
c-pro-primary-already = { $label }: { $who } is already the primary doctor; nothing changed
c-pro-updated = { $label }: updated { $who }
c-pro-unchanged = { $label }: { $who } already had these details; nothing changed
c-flags-contradict = { $a } and { $b } contradict each other
c-pass-one-of-them = pass one of them
c-nothing-to-change = nothing to change
c-pro-edit-nothing-hint = pass --name, --specialty, --place, --recipient, --no-recipient, --signer or --no-signer
c-pro-added = { $label }: added { $name } (RPPS { $rpps }, IdNat { $idnat }){ $primary ->
    [yes] {" "}as primary doctor
   *[no] {""}
  }
c-pro-show-grants = Grants:
c-pro-show-revoked = , revoked { $at }
c-pro-show-grant = {"  "}{ $id } { $state } { $from } to { $to }{ $revoked }: { $scope }{ $private ->
    [yes] {" "}(private)
   *[no] {""}
  }
c-pro-show-done = { $label }: professional { $who }
c-no = no
c-pro-field-name = Name
c-pro-field-specialty = Specialty
c-pro-field-place = Place
c-pro-field-recipient = Recipient
c-pro-signer-pinned = { $fingerprint } (bundles naming them as author must be signed by it)
c-pro-signer-not-pinned = not pinned (their bundles are unverified)
c-pro-field-primary = Primary doctor
c-pro-field-blocked = Blocked
c-pro-blocked-since = yes, since { $at }
c-pro-field-private = Private
c-pro-private-yes = yes: sealed from your guardians
c-pro-field-access = Access now
c-pro-list-none = { $label }: no professionals yet (carnet pro add RPPS --name "Dr …")
c-col-place = PLACE
c-col-status = STATUS
c-col-access = ACCESS
c-col-active-grants = ACTIVE GRANTS
c-pro-list-count = { $label }: { $n } professional(s)
c-pro-status-private = private (sealed from guardians)
c-pro-status-primary = primary doctor
c-pro-status-blocked-since = blocked since { $date }
c-pro-status-blocked = blocked
c-flag-empty = { $flag } is empty
c-flag-empty-hint = give a value, e.g. { $flag } "Dr Claire Dubois"
c-pro-bad-signer = invalid --signer { $value }: not a key fingerprint
c-pro-bad-signer-hint = give the fingerprint of the professional's bundle-signing key as they read it to you, in the form `carnet status` prints (SHA256: then 43 base64 characters)
c-pro-no-recipient = no recipient
c-pro-no-recipient-mine = none: a passphrase is asked
c-pro-other-records = { $who } is also recorded by your guardians (or in a record you did not write) with a different recipient ({ $theirs }); carnet uses your own record, and your exports for them are encrypted to its recipient ({ $mine }). Check with the professional that this recipient is theirs.
c-scope-everything = everything the rules allow
c-scope-types = type { $types }
c-scope-docs = document { $docs }
c-grant-state-active = active ({ $left } left)
c-grant-state-not-started = not started
c-grant-state-expired = expired { $at }
c-grant-state-revoked = revoked { $at }
c-sealed-records = { $n } record(s) sealed for the minor (professionals or grants they keep private): only the minor's key opens them
c-grant-done = { $label }: granted { $name } ({ $rpps }) access to { $scope } until { $until } ({ $length }); grant { $id }
c-grant-end-hint = e.g. carnet grant RPPS --for 30d, or carnet grant RPPS --until 2026-06-30
c-grant-end-both = give either --for or --until, not both
c-grant-end-none = a grant needs an end: --for DURATION or --until DATE
c-grant-already-primary = { $name } is your primary doctor and already sees every document (masked ones too, unless the setting masked-visible-to-primary is off)
c-grant-stays-hidden = document { $id } { $title } stays hidden from them: { $why } ({ $rule })
c-grants-none = { $label }: no grants yet (carnet grant RPPS --for 30d)
c-grants-none-active = { $label }: no active grants ({ $all } in all; carnet grants --all lists them)
c-grants-removed-pro = (removed)
c-grants-private = { $state } (private: sealed from guardians)
c-col-scope = SCOPE
c-col-from = FROM
c-col-until = UNTIL
c-grants-count = { $label }: { $n } active grant(s)
c-grants-count-all = { $label }: { $n } active grant(s), { $all } in all
c-revoke-done = { $label }: revoked { $n } grant(s) of { $name } ({ $rpps }): { $ids }
c-revoke-none-active = { $label }: { $name } ({ $rpps }) has no active grant; nothing to revoke
c-revoke-already-revoked = { $label }: grant { $id } ({ $name }) was already revoked on { $at }; nothing to do
c-revoke-already-ended = { $label }: grant { $id } ({ $name }) already ended on { $at }; nothing to revoke
c-access-no-documents = { $label }: no documents
c-access-nothing = { $label }: nothing to show ({ $pros } professional(s), { $docs } document(s), { $items } medical item(s))
c-access-count = { $label }: { $pros } professional(s), { $docs } document(s), { $items } medical item(s)
c-access-sealed-item = (medical item hidden from guardians)
c-access-guardians = guardians
c-export-rpps-hint = give the professional's 11-digit RPPS
c-export-html-recipient = a --format html bundle opens with a passphrase, not a --recipient
c-export-html-recipient-hint = drop --recipient (carnet then generates a passphrase), or use --format age
c-export-needs-key = this export needs --recipient R or --passphrase
c-export-needs-key-hint = e.g. --recipient age1… (the key of whoever will open it), or --passphrase to choose one
c-export-needs-output = this export needs -o FILE
c-export-needs-output-hint = e.g. -o urgence.age (or -o - for stdout)
c-bundle-passphrase-prompt = Passphrase for the bundle
c-export-no-prompt = { $why }, and no prompt is possible
c-bundle-passphrase-file-hint = pass --bundle-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input
c-export-passphrase-empty-hint = choose a passphrase of several words, and give it to the recipient another way (phone, in person)
c-export-for = {" "}for { $name } ({ $rpps })
c-export-for-samu = {" "}(emergency, SAMU)
c-export-for-glass = {" "}(emergency, break-glass)
c-export-done = { $label }: exported { $n } document(s){ $who } to { $path }{ $size }, encrypted to a { $encryption }
c-export-bundle = bundle { $id }; signed by { $signer }{ $until }
c-export-use-until = ; use until { $until } (advisory: nothing enforces it once opened)
c-export-passphrase = passphrase ({ $words } words, { $bits } bits; give it to the recipient by phone or in person, it is stored nowhere): { $passphrase }
c-export-emergency-recorded = this emergency export is recorded in your journal (carnet journal --action export)
c-export-left-out = { $n } document(s) left out by the policy: { $rules }
c-export-held = { $n } held document(s) not exported until released (INVISIBLE_PATIENT: carnet release ID once the announcement consultation took place, or automatically one month after import)
c-export-sealed-left-out = { $n } document(s) hidden from guardians left out: only the minor's own key opens them
c-open-exists = { $path } already exists
c-open-exists-hint = pass --force to replace files, or open into an empty directory
c-open-not-dir-link = { $path } exists and is not a directory (a link?)
c-open-not-dir-link-hint = carnet never writes through links; open into an empty directory
c-open-not-dir = { $path } is not a directory
c-open-not-dir-hint = give a directory to unpack into (it is created if missing)
c-open-done = opened bundle { $id } into { $path }: { $n } document(s), { $others }
c-create-patient-name-hint = give the patient's name as on their records, e.g. --patient-name "MARTIN Camille"
c-create-needs-key = bundle create needs --recipient R or --passphrase
c-create-needs-key-hint = e.g. --recipient age1… (the patient's key), or --passphrase and give it to the patient another way
c-create-no-prompt = the bundle is to be encrypted with a passphrase, and no prompt is possible
c-create-passphrase-empty-hint = choose a passphrase of several words, and give it to the patient another way (phone, in person)
c-create-title-hint = give a title, or leave it out to use the file name
c-create-no-stdin = bundle create reads files, not stdin
c-create-no-stdin-hint = save the document to a file and name it
c-create-no-author = { $path }: no author
c-create-no-author-hint = a report names the professional who wrote it: pass --author RPPS (or `author:` in its sidecar)
c-create-done = report bundle { $id } for { $patient }: { $n } document(s), signed by { $signer }, encrypted to a { $encryption }{ $written }
c-create-written = , written to { $path }
c-create-held = held from the patient (INVISIBLE_PATIENT) until the announcement consultation, at most one month after import
c-verify-intact = bundle { $id } is intact: signature valid; { $n } document(s) and { $members } member(s) match the sizes and SHA-256 of the manifest
c-inspect-bundle = Bundle
c-inspect-created = Created
c-inspect-expires = Expires
c-inspect-advisory = { $at } (advisory)
c-inspect-purpose = Purpose
c-inspect-for = For
c-inspect-entry = entry { $seq } ({ $hash })
c-inspect-signer = Signer
c-inspect-no-documents = Documents none
c-col-confidentiality = CONFIDENTIALITY
c-inspect-grant = {" "}(grant { $grant })
c-signed-checked = signed by { $fingerprint } (checked)
c-signed-unchecked-known = signed by { $fingerprint } (unchecked by --signer)
c-signed-unchecked = signed by { $fingerprint } (unchecked: pass --signer FINGERPRINT, from the holder's `carnet status`, to prove who made it)
c-signer-unknown = signer status unknown: { $why }
c-bundle-no-prompt = the bundle is encrypted with a passphrase and no prompt is possible
c-bundle-no-prompt-hint = pass --bundle-passphrase-file FILE (first line is the passphrase), or run on a terminal without --no-input
c-bundle-passphrase-of = Passphrase of { $path }
c-bundle-no-identity = the bundle is encrypted to a key, and no identity was given
c-bundle-no-identity-hint = pass --identity FILE (or --bundle-identity FILE) with the private key the bundle was made for
c-bundle-no-vault-to-compare = no vault opened to compare with its pinned keys (pass the vault's --identity or --passphrase-file)
c-bundle-vault-unreadable = the vault could not be read to compare with its pinned keys ({ $detail })
c-import-by = , by { $author }
c-import-done = { $label }: imported bundle { $id }: { $added } added, { $dups } duplicate(s)
c-import-held = { $n } document(s) are held for an announcement consultation (INVISIBLE_PATIENT) until { $until }: { $ids } (carnet release ID once it took place)
c-emergency-set-hint = pass --samu, --break-glass and/or --masked, each allow or deny (see carnet emergency status)
c-emergency-unchanged = { $label }: emergency consents already so; nothing changed
c-emergency-changed = { $label }: emergency consents changed: { $changes }
c-consent-allow = allow
c-consent-deny = deny
c-emergency-status = { $label }: emergency consents (change with carnet emergency set)
c-emergency-samu-meaning = the SAMU regulation centre (Centre 15) may receive an emergency export
c-emergency-glass-meaning = other professionals may break the glass when you cannot consent
c-emergency-masked-meaning = masked documents are included in emergency exports
c-profile-minor-key = profile { $child }: { $key } is { $holder }'s own key: it unlocks the profile as its holder, and documents hidden from guardians are sealed to it
c-profile-minor-key-before = profile { $child } already had { $n } key(s) of the minor; documents hidden before stay readable with those only
c-profile-created = created profile { $child } for { $holder } (born { $born }), opened by whatever opens { $parent }
c-profile-created-next = next: carnet --profile { $child } add FILE…   (carnet profile --help for guardians, the minor's key, handover)
c-progress-reencrypting = re-encrypting
c-handover-problem = { $problem }; `carnet --profile { $child } check --repair` finishes the clean-up
c-handover-done = profile { $child }: handed over to { $holder }{ $forced ->
    [yes] {" "}(before the majority age, forced)
   *[no] {""}
  }; new vault key, { $n } document(s) re-encrypted
c-handover-a-passphrase = a passphrase
c-handover-opens-with = it now opens with: { $methods }
c-handover-guardians-removed = guardians removed: { $names } (they can no longer unlock it)
c-handover-sealed = { $n } document(s) stay sealed to the minor's key(s), which still open the vault
c-guardian-added = profile { $child }: { $name } ({ $key }) is now a guardian and can unlock it with their identity
c-guardian-removed = profile { $child }: { $name } can no longer unlock it
c-guardian-rekey-advice = removing a wrapper does not cut off someone who kept a copy of the vault key; run `carnet --profile { $child } rekey` to change the key itself
c-profiles-none = no profiles under { $path }
c-profile-handed-over = (handed over)
c-profile-not-yours = (not yours to open)
c-key-removed = { $label }: { $key } can no longer unlock the vault
c-key-rekey-advice = removing a wrapper does not cut off someone who kept a copy of the vault key; run `carnet rekey` to change the key itself
c-key-added = { $label }: { $key } can now unlock the vault
c-key-list-count = { $label }: { $n } unlock method(s)
c-key-passphrase = (passphrase)
c-trust-already = { $label }: vault { $id } is already the one this machine knows there; nothing to accept
c-trust-accepted-instead = { $label }: accepted vault { $id } in place of vault { $previous } (journaled as vault.accept)
c-trust-accepted-mac = { $label }: accepted vault { $id }, and its guardian's MAC is written (journaled as vault.accept)
c-trust-none = no vault pinned on this machine yet (a vault is pinned when it is created or first unlocked)
c-rekey-problem = { $problem }; `carnet check --repair` finishes the clean-up
c-rekey-new-signing-key = bundles are now signed with a new key: give professionals who check your bundles (`bundle verify --signer`) the new fingerprint from `carnet status`
c-rekey-done = { $label }: new vault key; { $n } document(s) re-encrypted{ $sealed }, { $methods } unlock method(s) re-wrapped, now in { $generation }
c-rekey-sealed = {" "}({ $n } sealed for the minor, moved unchanged)
c-rekey-passphrase-dropped = the passphrase no longer unlocks the vault (--drop-passphrase); set one again with `carnet passwd`
c-rekey-current-passphrase = Current passphrase of { $label } (kept after the rekey)
c-rekey-needs-passphrase = the vault has a passphrase, and rekey needs it to re-wrap it under the new key
c-rekey-needs-passphrase-hint = pass --passphrase-file FILE (the current passphrase), run on a terminal, or pass --drop-passphrase to remove the passphrase (the other unlock methods stay)
c-rekey-wrong-passphrase = this is not the vault's passphrase
c-rekey-wrong-passphrase-hint = give the current passphrase (--passphrase-file FILE), or --drop-passphrase
c-passwd-changed = { $label }: passphrase changed
c-passwd-set = { $label }: passphrase set
c-edit-title-hint = give a non-empty title
c-edit-nothing-hint = pass --title, --type, --date, --tag or --untag
c-edit-done = { $label }: updated { $id } ({ $title })
c-get-binary = refusing to write a binary document ({ $media }) to the terminal
c-get-binary-hint = pass -o FILE or -o DIR, or -o - to force stdout
c-mask-own-author = { $author } is the author of { $id }: a mask from its own author has no effect (rule masked_author)
c-restore-needs-identity = this backup is encrypted to recipients, not to a passphrase
c-restore-needs-identity-hint = restore with --identity FILE: an identity whose recipient the backup was made for
c-restore-done = { $label }: restored the backup of { $at } (vault { $vault }, { $n } document(s), journal up to entry { $seq }, checked); this copy is device { $device }{ $replaced }
c-restore-replaced = ; the vault { $id } that was there was replaced
c-restore-no-file = no backup file { $path }
c-restore-file-hint = give the path of a file `carnet backup -o FILE` wrote
c-restore-not-age = { $path } is not an age file: { $detail }
c-restore-not-age-hint = give the path of a file `carnet backup -o FILE` wrote; nothing was changed
c-restore-no-prompt = this backup is encrypted with a passphrase, and no prompt is possible
c-restore-no-prompt-hint = pass --backup-passphrase-file FILE (first line is the passphrase)
c-restore-passphrase-prompt = Passphrase of the backup
c-backup-no-recipient = { $label } has no recipient unlock method to encrypt the backup to (its only methods are a passphrase or a guardian's vault)
c-backup-no-recipient-hint = pass --passphrase (asked twice, or --backup-passphrase-file FILE) or --recipient age1… (your own identity's)
c-backup-skipped = { $path }: left out of the backup (not a file or folder carnet writes)
c-backup-done = { $label }: backup written to { $path } ({ $files } files, { $bytes } bytes, journal up to entry { $seq }); encrypted to { $to }
c-backup-recipients = { $n } recipient(s)
c-backup-passphrase-prompt = Passphrase for the backup
c-backup-no-prompt = the backup is to be encrypted with a passphrase, and no prompt is possible
c-backup-no-prompt-hint = pass --backup-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input
c-backup-passphrase-empty-hint = choose a passphrase of several words, and keep it apart from the backup
c-remote-pruned = pruned { $name }: removed { $blobs } document content(s) and { $snapshots } old snapshot(s); { $kept } kept for the grace period
c-remote-removed = removed remote { $name } (its objects stay where they are)
c-device-removed = removed device { $id }: its later changes are refused; now run `carnet rekey` (it still holds the old key)
c-rm-by-pro = { $id } was written by a professional ({ $author }); deleting it needs --force
c-rm-by-pro-hint = mask it instead (carnet mask ID), or pass --force to delete it anyway (journaled as forced)
c-rm-confirm = Delete { $names }?
c-rm-nothing-deleted = nothing deleted
c-rm-deleted = { $label }: deleted { $id } ({ $title })
c-passphrase-repeat = Repeat the passphrase
c-passphrase-mismatch = the passphrases do not match
c-unlock-prompt = Passphrase for { $label }
c-new-passphrase-prompt = New passphrase
c-new-passphrase-no-prompt = a new passphrase is needed and no prompt is possible
c-new-passphrase-no-prompt-hint = pass { $flag } FILE (first line is the passphrase), or run on a terminal without --no-input
c-new-passphrase-empty-hint = choose a passphrase of several words

## ---------------------------------------------------------------- medical-inbox-backup-agent
## Messages of this area; keep new entries of this area below this line.
##
##
