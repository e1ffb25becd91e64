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
# Medical profile: kinds and fields as messages name them
m-kind = { $kind }
m-field = { $field }
m-field-not-taken = a { $kind } has no { $field }
m-field-not-taken-hint = a { $kind } takes: { $fields }
m-field-nothing = nothing
m-field-needed = a { $kind } needs its { $field }
m-field-needed-hint = see `carnet medical add { $cmd } --help`
m-flag-error = { $flag }: { $error }
m-until-before-since = --until { $until } is before --since { $since }
m-until-before-since-hint = give an end date on or after the start date
m-not-a-blood-group = { $value } is not a blood group
m-not-a-blood-group-hint = write the ABO group and the Rh factor: { $groups }
m-too-long = --{ $name } is longer than { $max } characters
m-too-long-hint = shorten it; a document (carnet add) can hold the long version
m-unknown-value = --{ $name } { $value } is not one carnet knows
m-use-one-of = use one of: { $values }
m-not-a-phone = { $value } is not a phone number
m-not-a-phone-hint = write digits, optionally with + and spaces: 06 12 34 56 78 or +33 6 12 34 56 78
m-not-an-email = { $value } is not an e-mail address
m-not-an-email-hint = write it as name@example.org
m-or = {" "}or{" "}
m-measure-not-a-number = { $what }: { $value } is not a number
m-measure-not-a-number-hint = write a positive decimal number, e.g. 72.5 (or 72,5)
m-measure-unknown-kind = unknown measure kind { $kind }
m-measure-ucum-hint = units are written in UCUM: write { $unit } (e.g. `carnet medical add measure { $kind } … { $unit }`)
m-measure-units-hint = { $what } is measured in { $units }
m-measure-bad-unit = { $unit } is not a unit carnet takes for { $what }
m-measure-implausible = { $what } { $value } { $unit } is outside the plausible range
m-measure-implausible-hint = a { $what } in { $unit } is between { $min } and { $max }; check the value and the unit{ $others }
m-measure-other-units = {" "}(or give it in { $units })
m-bp-not-pair = blood pressure { $value } is not SYSTOLIC/DIASTOLIC
m-bp-not-pair-hint = write it as 120/80 with the unit mm[Hg]
m-bp-systolic = systolic pressure
m-bp-diastolic = diastolic pressure
m-bp-order = blood pressure { $value }: the diastolic pressure is not below the systolic
m-bp-order-hint = write the systolic (higher) value first: 120/80
m-code-hint = write SYSTEM:CODE with SYSTEM one of { $systems } (e.g. { $example } or { $other })
m-code-none = a { $kind } takes no code
m-code-none-hint = remove --code
m-code-bad-system = { $system } is not a code system for a { $kind }
m-code-invalid = { $code } is not a valid { $system } code
m-code-snomed-hint = a SNOMED CT identifier is 6 to 18 digits ending in a Verhoeff check digit
m-code-cim10-hint = a CIM-10 code is a letter, two characters, then optionally a dot and 1 to 4 more: J45.9
m-code-cis-hint = a CIS code (BDPM) is 8 digits
m-code-atc-hint = an ATC code is like J01CA04 (levels: J, J01, J01C, J01CA, J01CA04)
m-code-unknown-system = cannot tell which code system { $code } is of
m-item-corrupt = medical item { $id }: its { $what } cannot be read
m-item-corrupt-hint = the index is damaged; run `carnet check` and restore index.age from a backup
m-no-item = no medical item with ID { $id }
m-no-item-hint = see `carnet medical show` for item IDs (any unique prefix of 4+ characters works)
m-item-not-visible = medical item { $id } is not visible to you: { $why }
m-item-not-visible-hint = only the minor's own key can open it
m-item-sealed = medical item { $id } is hidden from guardians: it is sealed to the minor's own key
m-item-sealed-hint = unlock with the minor's identity (--identity FILE: the key registered with `carnet profile key`)
m-no-known-contradicts = { $n } current { $listed } recorded: "{ $fact }" would contradict them
m-no-known-contradicts-hint = remove or end them first (carnet medical rm ID, or edit --until / --status resolved); see carnet medical show
m-edit-nothing = nothing to change
m-edit-nothing-hint = pass the fields to change (see carnet medical edit --help)
m-edit-cannot-apply = cannot apply the change: { $error }
m-edit-cannot-apply-hint = check the values
m-edit-fact = { $kind } is set, not edited
m-edit-fact-hint = run carnet medical set { $cmd } …
m-item-already-removed = medical item { $id } was already removed
m-item-already-removed-hint = pass --purge to delete it from the history too
m-item-no-minor-key = medical item { $id } is hidden from guardians, and no key of the minor's is registered to seal it to
m-item-no-minor-key-hint = register the minor's key with `carnet profile key NAME RECIPIENT`
m-detail-since = since { $date }
m-detail-until = until { $date }
m-detail-severity = severity { $value }
m-detail-status = status { $value }
m-detail-dose = dose { $value }
m-detail-lot = lot { $value }
m-detail-role = role { $value }
m-detail-phone = phone { $value }
m-detail-email = email { $value }
m-flag-removed = removed { $at }
m-add-replaced = { $label }: "{ $what }" ({ $id }) no longer applies and was removed
m-add-done = { $label }: added { $kind } { $id } ({ $details })
m-hidden-suffix = { $done }, hidden from guardians, sealed to the minor's key
m-edit-done = { $label }: edited { $kind } { $id } ({ $what })
m-history-unknown-kind = unknown kind { $kind }
m-history-none = { $label }: nothing recorded
m-rm-done = { $label }: removed { $kind } { $id } ({ $what })
m-rm-purged = { $done }, purged from the history
m-set-recorded = { $label }: recorded: { $what }
m-set-done = { $label }: { $kind } set ({ $id })
m-show-empty = { $label }: the medical profile is empty; add to it with `carnet medical add allergy|condition|treatment|vaccination|measure|contact …`
m-show-withheld = { $label }: { $n } item(s) not visible to you
m-file-exists = { $path } already exists
m-file-exists-hint = pass --force to replace it, or choose another -o FILE
m-summary-done = { $label }: wrote the medical summary to { $path } ({ $pages } page(s)); it holds health data in clear: keep it safe
# Emergency kit
m-kit-progress = writing the kit
m-kit-written = { $label }: emergency kit written to { $path } ({ $n } document(s), the medical summary, a wallet card: { $files })
m-kit-bundle = bundle { $id }; signed by { $signer }; recorded in your journal (carnet journal --action emergency)
m-kit-print = print { $card } at 100 % (front and back: 85.6 × 54 mm) and keep it in your wallet; { $summary } and the card hold health data in clear
m-kit-passphrase = passphrase ({ $words } words, { $bits } bits; { $how }it is stored nowhere): { $passphrase }
m-kit-passphrase-on-card = also printed on the card;{" "}
m-kit-passphrase-tell = tell it to your close ones or note it apart from the kit;{" "}
m-kit-bad-dir = { $path } cannot be the kit's directory
m-kit-new-dir-hint = give a new directory's name, e.g. -o urgence
m-kit-not-dir = { $path } exists and is not a directory
m-kit-not-empty = { $path } is not empty
m-kit-not-empty-hint = pass --force to replace a previous kit there, or choose a new directory
m-kit-foreign-file = { $path } holds { $name } , which is not part of a kit: --force replaces only a previous kit
m-kit-foreign-file-hint = choose a new directory, or empty this one first
m-kit-dir-changed = { $path } appeared or changed while the kit was made
m-kit-dir-changed-hint = run it again, or choose a new directory
# Inbox
m-inbox-rejected-note = ; { $n } rejected item(s) in inbox/rejected/
m-inbox-strays-note = ; ignored (not inbox items): { $names }
m-inbox-waiting = { $label }: { $n } { $n ->
    [one] item
   *[other] items
  } waiting in the inbox ({ $bytes } bytes, encrypted: titles show once folded by the next unlock or `carnet inbox import`){ $note }
m-inbox-added = added { $id }  { $title }  ({ $doc_type }, { $date })  from the inbox
m-inbox-empty = { $label }: the inbox is empty
m-inbox-not-an-import = document { $id } did not come through the inbox
m-inbox-not-an-import-hint = give IDs of inbox imports (`carnet list` marks them), or --all
m-inbox-accepted = { $label }: { $n } { $n ->
    [one] inbox import accepted: exports to professionals may now carry it
   *[other] inbox imports accepted: exports to professionals may now carry them
  }
m-inbox-recipient-replaced = the vault's recipient file does not hold { $recipient }: it was replaced; scanners that pinned { $recipient } refuse it (exit 6). Restore it: echo { $recipient } > RECIPIENT_FILE
m-inbox-bad-recipient = invalid --recipient: { $error }
m-inbox-bad-recipient-hint = give the vault's age1… recipient, as `carnet inbox recipient` prints it
m-inbox-pinned-first = { $shown }: first inbox add from this machine: its recipient { $recipient } is now pinned (trusted on first use); pass --recipient R from the holder to be sure
m-inbox-pinned = { $shown }: recipient { $recipient } pinned
m-inbox-no-stdin = `carnet inbox add` reads files, not stdin
m-inbox-no-stdin-hint = save the document to a file first
m-inbox-inputs-refused = { $n } of { $total } inputs cannot be dropped in the inbox; nothing was written:
    { $list }
m-inbox-inputs-refused-hint = fix the inputs listed, or pass --keep-going to drop every valid one (exit 8 then)
m-inbox-too-large = { $path } is larger than the inbox takes ({ $mib } MiB)
m-inbox-too-large-hint = add it on the holder's machine with `carnet add`
m-inbox-dropped = dropped { $item }  { $title }  ({ $doc_type }, { $date })
m-inbox-dropped-summary = { $shown }: { $n } { $n ->
    [one] document
   *[other] documents
  } encrypted into the inbox; { $next }
m-inbox-next-local = the holder's next unlock folds them in
m-inbox-next-remote = a replica's next `carnet sync` pulls them, its next unlock folds them in
m-inbox-partly = { $n } of { $total } inputs refused (each reported above); every other one is in the inbox
m-inbox-partly-hint = fix or remove the refused files and run again
m-pin-mismatch = the vault in { $shown } { $what }: someone who can write there may be redirecting the inbox to their own key; nothing was written
m-pin-mismatch-hint = ask the holder for the vault's recipient (`carnet inbox recipient` on their machine); if it changed on purpose (a rekey, a new vault), pass it once with --recipient R
m-pin-no-state-dir = no state directory to remember the vault's recipient in
m-pin-no-state-dir-hint = set XDG_STATE_HOME or HOME for the user that runs `carnet inbox add`
m-pin-given = has the recipient { $found }, not the { $given } you gave
m-pin-changed = now has the recipient { $found }, not { $pinned } pinned on this machine on { $at }
m-pin-other-vault = is now vault { $id }, not { $pinned } pinned on this machine
m-remote-no-vault = { $remote } holds no carnet vault yet
m-remote-no-vault-hint = run `carnet sync` once on a replica of the vault with this remote (it publishes the vault's recipient there), or check the URL
m-remote-no-recipient = { $remote } does not publish the vault's recipient
m-remote-no-recipient-hint = run `carnet sync` on a replica of the vault (it publishes the recipient there)
m-remote-bad-recipient = the recipient on { $remote } is not an age recipient
m-remote-bad-recipient-hint = the remote was tampered with or damaged; ask the holder for the recipient (`carnet inbox recipient`), then `carnet sync` on a replica
m-inbox-changed-while-read = { $name } changed while it was read ({ $got } bytes, { $expected } expected)
m-inbox-changed-while-read-hint = run again once the file is complete
# Backup and restore
m-backup-no-recipient = { $label } has no recipient unlock method to encrypt the backup to (its only methods are a passphrase or a guardian's vault)
m-backup-no-recipient-hint = pass --passphrase (asked twice, or --backup-passphrase-file FILE) or --recipient age1… (your own identity's)
m-backup-skipped = { $name }: left out of the backup (not a file or folder carnet writes)
m-backup-done = { $label }: backup written to { $output } ({ $files } files, { $bytes } bytes, journal up to entry { $seq }); encrypted to { $to }
m-backup-to-passphrase = a passphrase
m-backup-to-recipients = { $n } recipient(s)
m-backup-prompt = Passphrase for the backup
m-backup-no-prompt = the backup is to be encrypted with a passphrase, and no prompt is possible
m-backup-no-prompt-hint = pass --backup-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input
m-backup-empty-hint = choose a passphrase of several words, and keep it apart from the backup
m-restore-to-recipients = this backup is encrypted to recipients, not to a passphrase
m-restore-to-recipients-hint = restore with --identity FILE: an identity whose recipient the backup was made for
m-restore-done = { $label }: restored the backup of { $at } (vault { $id }, { $docs } document(s), journal up to entry { $seq }, checked); this copy is device { $device }
m-restore-replaced = { $done }; the vault { $id } that was there was replaced
m-restore-no-file = no backup file { $path }
m-restore-give-backup-hint = give the path of a file `carnet backup -o FILE` wrote
m-restore-not-age = { $path } is not an age file: { $error }
m-restore-not-age-hint = give the path of a file `carnet backup -o FILE` wrote; nothing was changed
m-restore-no-prompt = this backup is encrypted with a passphrase, and no prompt is possible
m-restore-no-prompt-hint = pass --backup-passphrase-file FILE (first line is the passphrase)
m-restore-prompt = Passphrase of the backup
m-backup-damaged = the backup is damaged or is not a carnet backup: { $why }
m-backup-damaged-hint = nothing was changed; use another copy of the backup (a truncated download or a damaged disk?)
m-backup-too-new = this backup is format version { $version }, newer than this carnet understands ({ $known })
m-backup-too-new-hint = upgrade carnet
m-restore-bad-target = cannot restore into { $path }
m-restore-bad-target-hint = give a vault folder with --vault DIR, or --profile NAME
m-restore-wrong-passphrase = cannot open the backup: wrong passphrase
m-restore-wrong-passphrase-hint = give the passphrase the backup was made with (--backup-passphrase-file FILE, or the prompt)
m-restore-not-for-you = cannot open the backup: it is not encrypted to your identity (or its age header is damaged)
m-restore-not-for-you-hint = unlock with --identity FILE, an identity of one of the vault's recipients the backup was made for (or the one given to `backup --recipient`)
m-restore-not-a-folder = { $path } exists and is not a vault folder
m-restore-not-a-folder-hint = choose another --vault; carnet replaces only a vault
m-restore-not-empty = { $path } is not empty and holds no vault
m-restore-not-empty-hint = choose an empty or new folder with --vault DIR; carnet replaces only a vault
m-restore-damaged-target = { $path } holds a damaged vault (its vault.json cannot be read)
m-restore-damaged-target-hint = pass --force to replace it with the backup (journaled as vault.restore in the restored vault)
m-restore-holds-this = { $path } holds this vault now
m-restore-holds-other = { $path } holds another vault ({ $id }) than the backup's ({ $backup })
m-restore-knew = this machine knew vault { $id } at { $path }
m-restore-saw = this machine already saw vault { $id } (up to journal entry { $seq })
m-restore-would-replace = { $why }: restoring the backup of { $at } (journal entry { $seq }) would replace it
m-restore-would-replace-hint = pass --force to replace it (journaled as vault.restore; what it holds now is deleted only once the restored vault is in place and checked). carnet then follows the restored copy: another copy of this vault elsewhere on this machine would be refused as a fork (exit 6)
m-restore-vault-not-yours = the backup opened, but the vault in it does not open with your unlock method
m-restore-vault-not-yours-hint = restore with one of the vault's own unlock methods (--identity FILE or its passphrase); the backup was left unused and nothing was changed
m-restore-check-failed = the vault in the backup fails its integrity check: { $problems }
m-restore-check-failed-hint = nothing was changed; use another backup
m-restore-not-vouched = the child's vault in the backup is not vouched for by the guardian vault of { $guardian }
m-restore-not-vouched-hint = nothing was changed; restore a backup of a profile this guardian created
m-backup-changed = { $path } changed while the backup was taken, though carnet held the vault's lock
m-backup-changed-hint = something other than carnet writes in the vault folder (a sync tool?); stop it and run the backup again
# Unlock agent
m-agent-bad-ttl = invalid --ttl { $ttl }: between 1s and 7d
m-agent-bad-ttl-hint = e.g. --ttl 15m, --ttl 2h
m-agent-already = an agent already holds { $label } ({ $left } left, pid { $pid })
m-agent-already-hint = use it, or stop it first: carnet{ $selector } agent stop
m-agent-started = agent started for { $label }: later commands need no passphrase or identity; it forgets in { $left } (pid { $pid }). Stop it with `carnet agent stop`
m-agent-stale = { $n } stale agent socket(s) removed (an agent killed without stopping)
m-agent-odd = { $path }: not an agent that answers ({ $why })
m-agent-no = no
m-agent-col-vault = VAULT
m-agent-col-forgets-in = FORGETS IN
m-agent-col-locked = LOCKED IN MEMORY
m-agent-stopped = agent stopped, key forgotten: { $names }
m-agent-none = no unlock agent is running for you
m-agent-none-hint = start one: carnet{ $selector } agent start [--ttl 15m] (it asks the passphrase once)
m-agent-held = { $vault } ({ $left } left)
m-agent-other = no unlock agent holds { $label }; agents hold another vault: { $held }
m-agent-other-hint = select that vault with --vault DIR or --profile NAME, or start one for this vault: carnet{ $selector } agent start
m-agent-no-place = no place for the agent's socket: neither XDG_RUNTIME_DIR nor a state directory is set
m-agent-no-place-hint = set XDG_RUNTIME_DIR (your login session usually does), or HOME
m-agent-dir-not-dir = it is not a directory
m-agent-dir-owner = it belongs to uid { $owner }, not to you (uid { $uid })
m-agent-dir-mode = its mode is { $mode }: others can reach it
m-agent-dir-unsafe = the agent's socket directory { $path } is not safe: { $why }
m-agent-dir-unsafe-hint = remove it (rm -r { $path }) and start the agent again; carnet recreates it 0700
m-agent-path-too-long = the agent's socket path is too long for a Unix socket: { $path }
m-agent-path-too-long-hint = set XDG_RUNTIME_DIR or CARNET_STATE_DIR to a shorter directory
m-agent-bad-recipient = the unlock agent gave a malformed recipient
m-agent-bad-recipient-hint = stop it (`carnet agent stop`) and start it again
##
##
