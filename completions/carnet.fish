# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_carnet_global_optspecs
    string join \n vault= profile= i/identity= passphrase-file= json no-input q/quiet v/verbose color= no-pager exit-codes h/help V/version
end

function __fish_carnet_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_carnet_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_carnet_using_subcommand
    set -l cmd (__fish_carnet_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c carnet -n "__fish_carnet_needs_command" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_needs_command" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_needs_command" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_needs_command" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_needs_command" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_needs_command" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_needs_command" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_needs_command" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_needs_command" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_needs_command" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_needs_command" -l exit-codes -d 'Print the table of exit codes and exit (with --json: an array of {code, meaning})'
complete -c carnet -n "__fish_carnet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_needs_command" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "init" -d 'Create a vault'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "add" -d 'Add documents (files, directories with -r, or - for stdin)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "list" -d 'List documents, newest first'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "show" -d 'Show a document\'s metadata and who can see it now'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "get" -d 'Decrypt a document to a file or stdout (journaled)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "edit" -d 'Change a document\'s title, type, date or tags'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "mask" -d 'Mask documents from professionals (MASQUE_PS), or from some with --from'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "unmask" -d 'Undo mask'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "rm" -d 'Delete documents (asks first unless --yes)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "check" -d 'Verify the index, every blob and the journal chain'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "status" -d 'Holder, counts, grants, new journal events, signing-key fingerprint'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "journal" -d 'Read the access journal, or verify it'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "passwd" -d 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "key" -d 'Manage extra unlock recipients'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "settings" -d 'Vault settings'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "access" -d 'Whether professionals can see documents now, and the rule that decided'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "pro" -d 'Professionals: add, list, show, edit, remove; primary doctor; block'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "grant" -d 'Give a professional time-limited access (everything the rules allow, or some types or documents)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "grants" -d 'List active grants (with --all, expired and revoked ones too)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "revoke" -d 'Revoke one grant (ID or unique prefix), or all of a professional\'s active grants (RPPS)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "emergency" -d 'The holder\'s emergency consents: SAMU, break-glass, masked documents; the emergency kit'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "medical" -d 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "release" -d 'Make an imported INVISIBLE_PATIENT document visible now'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "keygen" -d 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "profile" -d 'Caregivers: children\'s profiles, guardians, the minor\'s own key, handover at majority'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "rekey" -d 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "export" -d 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "bundle" -d 'Read, verify, unpack or import a bundle'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "trust" -d 'Which vault each folder and profile holds (pinned on this machine): list, accept a change'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "remote" -d 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "sync" -d 'Pull what other devices wrote, merge, push what this one wrote'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "clone" -d 'A new replica of a vault from a remote, on this machine'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "device" -d 'The replicas of this vault and when each last synced; retire a lost one'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "backup" -d 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "restore" -d 'Bring a backup back as a working vault, on this machine or a new one'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "inbox" -d 'An inbox that needs no secret: a scanner drops documents, the holder\'s next unlock folds them in'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "agent" -d 'An unlock agent: type the passphrase once, later commands need none until it forgets'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "completions" -d 'Print a shell completion script on stdout'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand init" -l name -d 'Holder\'s name' -r
complete -c carnet -n "__fish_carnet_using_subcommand init" -l birth-date -d 'Holder\'s birth date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand init" -l ins -d 'Holder\'s INS (NIR, 15 characters, checked)' -r
complete -c carnet -n "__fish_carnet_using_subcommand init" -s r -l recipient -d 'A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin)' -r
complete -c carnet -n "__fish_carnet_using_subcommand init" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand init" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand init" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand init" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand init" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand init" -l no-passphrase -d 'No passphrase: unlock only with the --recipient identities'
complete -c carnet -n "__fish_carnet_using_subcommand init" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand init" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand init" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand init" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand init" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand init" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s t -l type -d 'Document type: short name, code or French name (ordonnance, biologie…)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l title -d 'Title (default: the file name without extension)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l date -d 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l author -d 'RPPS of the professional who wrote it' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l tag -d 'A tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand add" -s r -l recursive -d 'Walk directories. Links met on the way are skipped with a warning (dangling ones too); links to directories are never followed'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l follow-symlinks -d 'Under -r, add the files that links point to, even outside the tree'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l mask -d 'Mask from professionals (MASQUE_PS)'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l hidden-from-guardians -d 'In a child\'s profile: hide from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor\'s own key'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l keep-going -d 'Add every valid input and report each refused one (exit 8 when some were refused)'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l dry-run -d 'Report what would be added (same JSON), writing nothing'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l update -d 'Apply a changed sidecar (or flags) to a document already in the vault (journaled doc.edit)'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s t -l type -d 'Only this type (repeatable): short name, code or French name (biologie, ordonnance…)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l author -d 'Only documents written by this professional (RPPS)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l tag -d 'Only documents with this tag (case and accents ignored)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l since -d 'Only documents dated this day or later (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l until -d 'Only documents dated this day or earlier (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l search -d 'Text to find in titles, file names, tags, authors\' names and specialties (case and accents ignored)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l limit -d 'At most N documents (the newest)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand list" -l masked -d 'Only masked documents (globally or from some professionals)'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l unmasked -d 'Only documents masked from nobody'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand show" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand show" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand show" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand show" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand show" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand show" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand show" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand show" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand show" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand get" -s o -l output -d 'Output file or directory; `-` forces stdout' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand get" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand get" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand get" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand get" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand get" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand get" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand get" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand get" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand get" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand get" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand get" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l title -d 'New title' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s t -l type -d 'New type: short name, code or French name' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l date -d 'New document date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand edit" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l from -d 'Only from these professionals (RPPS, repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand mask" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l guardians -d 'In a child\'s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor\'s own key'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand mask" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l from -d 'Only from these professionals (RPPS, repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l guardians -d 'In a child\'s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor\'s own key'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand unmask" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s y -l yes -d 'Do not ask for confirmation'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l force -d 'Also delete documents written by a professional (journaled as forced)'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand check" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand check" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand check" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand check" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand check" -l repair -d 'Remove leftovers of interrupted writes'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand check" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand check" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand check" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand check" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand status" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand status" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand status" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand status" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand status" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand status" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand status" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand status" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand status" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand status" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand status" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l since -d 'Only entries from this day or later (YYYY-MM-DD or JJ/MM/AAAA), or an RFC 3339 instant' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l actor -d 'Actor type, id (IdNat/RPPS) or name' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l action -d 'Action (doc.view) or group (doc, doc.*)' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l doc -d 'Only entries about this document (ID or prefix)' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l limit -d 'At most N entries' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l format -d 'Output format (default: table, or json with --json)' -r -f -a "table\t''
json\t''
csv\t''"
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -f -a "verify" -d 'Recompute the hash chain; exit 6 naming the first bad entry'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -f -a "head" -d 'Print the chain head (seq and hash)'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and not __fish_seen_subcommand_from verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain; exit 6 naming the first bad entry'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the chain head (seq and hash)'
complete -c carnet -n "__fish_carnet_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l new-passphrase-file -d 'Read the new passphrase from FILE (first line)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand passwd" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -f -a "add" -d 'Let a recipient unlock the vault'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -f -a "list" -d 'List unlock methods'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -f -a "rm" -d 'Remove a recipient\'s unlock method'
complete -c carnet -n "__fish_carnet_using_subcommand key; and not __fish_seen_subcommand_from add list rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l label -d 'A label to recognise it by' -r
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "add" -d 'Let a recipient unlock the vault'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List unlock methods'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a recipient\'s unlock method'
complete -c carnet -n "__fish_carnet_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'List settings and values'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Set a setting (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'List settings and values'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand access" -l doc -d 'Only this document' -r
complete -c carnet -n "__fish_carnet_using_subcommand access" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand access" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand access" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand access" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand access" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand access" -l guardians -d 'The guardians\' view of a child\'s profile (rules guardian, guardian_hidden)'
complete -c carnet -n "__fish_carnet_using_subcommand access" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand access" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand access" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand access" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand access" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand access" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "add" -d 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "list" -d 'List known professionals, their status and access standing'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "show" -d 'Show a professional, their standing and their grants'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "edit" -d 'Change a professional\'s name, specialty, place or recipient'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "rm" -d 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "primary" -d 'Set the primary doctor (médecin traitant), or --unset it'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "block" -d 'Block a professional: they get nothing; their active grants are revoked'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "unblock" -d 'Unblock a professional (revives no grant: grant again if you want)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and not __fish_seen_subcommand_from add list show edit rm primary block unblock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l name -d 'Display name, e.g. "Dr Claire Dubois"' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l specialty -d 'Specialty, e.g. "cardiologie"' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l place -d 'Where they practise' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l recipient -d 'age or ssh recipient exports for them are encrypted to' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l signer -d 'Fingerprint of the key they sign bundles with (SHA256:…, as their `carnet status` prints it)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l primary -d 'Make them the primary doctor (médecin traitant)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l specialty -d 'New specialty ("" clears it)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l place -d 'New place ("" clears it)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l recipient -d 'New age or ssh recipient' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l signer -d 'New bundle-signing key fingerprint (SHA256:…)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l no-recipient -d 'Forget the recorded recipient'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l no-signer -d 'Forget the pinned bundle-signing key'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l unset -d 'No primary doctor any more'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from primary" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "list" -d 'List known professionals, their status and access standing'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a professional, their standing and their grants'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a professional\'s name, specialty, place or recipient'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "primary" -d 'Set the primary doctor (médecin traitant), or --unset it'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "block" -d 'Block a professional: they get nothing; their active grants are revoked'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Unblock a professional (revives no grant: grant again if you want)'
complete -c carnet -n "__fish_carnet_using_subcommand pro; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l for -d 'How long: 90s, 45m, 12h, 30d, 2w, or in French 30j, 2sem, 3mois' -r
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l until -d 'Until when: YYYY-MM-DD or JJ/MM/AAAA (end of that day, local time), or RFC 3339' -r
complete -c carnet -n "__fish_carnet_using_subcommand grant" -s t -l type -d 'Only documents of this type (repeatable; short name, code or French name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l doc -d 'Only this document (repeatable; ID or unique prefix)' -r
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand grant" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand grant" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand grants" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l all -d 'Also expired and revoked grants'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand grants" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand revoke" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -f -a "status" -d 'Show the three emergency consents'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -f -a "set" -d 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -f -a "kit" -d 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and not __fish_seen_subcommand_from status set kit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l samu -d 'SAMU regulation centre (Centre 15) access, consent ETREAT' -r -f -a "allow\t''
deny\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l break-glass -d 'Break-glass access by other professionals, consent BTG' -r -f -a "allow\t''
deny\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l masked -d 'Masked documents readable in an emergency, consent MASKED' -r -f -a "allow\t''
deny\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -s o -l output -d 'Directory to write the kit into (created 0700; must be new or empty)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l mode -d 'Who the bundle is for: break-glass (any professional who finds the card) or samu' -r -f -a "samu\t'The SAMU regulation centre (Centre 15)'
break-glass\t'Break-the-glass access by other professionals'"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin) instead of generating one' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l print-passphrase -d 'Print the bundle\'s passphrase on the wallet card (else tell it to your close ones)'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l force -d 'Replace a previous kit in DIR (only a directory holding nothing but kit files)'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from kit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the three emergency consents'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from help" -f -a "kit" -d 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
complete -c carnet -n "__fish_carnet_using_subcommand emergency; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "show" -d 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "add" -d 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "edit" -d 'Change fields of an item (ID or unique prefix); "" clears an optional field'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "rm" -d 'Remove an item (kept in `medical history` unless --purge)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "mask" -d 'Mask an item from every professional, or from one (--from RPPS)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "unmask" -d 'Undo `medical mask`'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "history" -d 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "set" -d 'Set the blood group, advance directives, organ donation wish, or "no known …"'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "summary" -d 'A printable summary in French (PDF, one or two pages)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and not __fish_seen_subcommand_from show add edit rm mask unmask history set summary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "allergy" -d 'An allergy or intolerance'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "condition" -d 'A condition or past illness'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "treatment" -d 'A treatment (medicine)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "vaccination" -d 'A vaccination'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "measure" -d 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "contact" -d 'A contact: trusted person (personne de confiance), relative, doctor…'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l label -d 'Label, medicine, vaccine or contact name' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l code -d 'New code (snomed:…, cim10:…, cis:…, atc:…)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l severity -d 'New severity of an allergy' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l status -d 'New status of an allergy or condition' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l since -d 'New start date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l until -d 'New end date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l date -d 'New date of a vaccination or measure (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l dose -d 'New dose of a treatment' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l lot -d 'New batch number of a vaccination' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l value -d 'A measure\'s value (its unit with --unit)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l unit -d 'New UCUM unit of a measure' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l role -d 'New role of a contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l phone -d 'New phone number of a contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l email -d 'New email address of a contact' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l note -d 'New note' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l purge -d 'Delete it from the history too'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l from -d 'Only from these professionals (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from mask" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l from -d 'Only from these professionals (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from unmask" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -f -a "blood-group" -d 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -f -a "directives" -d 'Advance directives (directives anticipées), as text'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -f -a "organ-donation" -d 'The person\'s wish about organ donation, as text (France presumes consent; refusals go to the national register)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -f -a "no-known" -d 'State explicitly that there are no known allergies, conditions or current treatments'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from set" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -s o -l output -d 'Where to write the PDF ("-" for standard output)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l force -d 'Replace FILE if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "show" -d 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of an item (ID or unique prefix); "" clears an optional field'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove an item (kept in `medical history` unless --purge)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "mask" -d 'Mask an item from every professional, or from one (--from RPPS)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "unmask" -d 'Undo `medical mask`'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the blood group, advance directives, organ donation wish, or "no known …"'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "summary" -d 'A printable summary in French (PDF, one or two pages)'
complete -c carnet -n "__fish_carnet_using_subcommand medical; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand release" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand release" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand release" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand release" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand release" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand release" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand release" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand release" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand release" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand release" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand release" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -s o -l output -d 'Write the identity to FILE (0600) instead of stdout' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l signing -d 'A bundle-signing key (Ed25519) for `carnet bundle create` instead of an age identity (needs -o FILE; prints its fingerprint)'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand keygen" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "list" -d 'Profiles under the data dir: holder, birth date, age, guardians, default'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "create" -d 'Create a child\'s profile, opened by whatever opens your own vault'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "guardian" -d 'Guardians of a child\'s profile: add or remove a second guardian\'s key'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "key" -d 'Register the minor\'s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "handover" -d 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and not __fish_seen_subcommand_from list create guardian key handover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l birth-date -d 'The child\'s birth date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l name -d 'The child\'s name (default: the profile\'s name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -f -a "add" -d 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -f -a "rm" -d 'Remove a guardian\'s unlock method (then run `carnet --profile NAME rekey`)'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from guardian" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -s r -l recipient -d 'The young adult\'s own recipient (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l new-passphrase-file -d 'Read the young adult\'s new passphrase from FILE (first line); without it or --recipient, prompts twice' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l force -d 'Hand over before the birthday at majority-age (journaled as forced)'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from handover" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'Profiles under the data dir: holder, birth date, age, guardians, default'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a child\'s profile, opened by whatever opens your own vault'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "guardian" -d 'Guardians of a child\'s profile: add or remove a second guardian\'s key'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "key" -d 'Register the minor\'s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "handover" -d 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
complete -c carnet -n "__fish_carnet_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l drop-passphrase -d 'Remove the passphrase unlock instead of re-wrapping it (the other unlock methods stay)'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand rekey" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l for -d 'For this professional (RPPS): what the policy lets them see now' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -l emergency -d 'An emergency bundle under the holder\'s consents' -r -f -a "samu\t'The SAMU regulation centre (Centre 15)'
break-glass\t'Break-the-glass access by other professionals'"
complete -c carnet -n "__fish_carnet_using_subcommand export" -s o -l output -d 'Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l doc -d 'Only these documents (repeatable), if the policy allows them' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -s r -l recipient -d 'Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l format -d '`age` (an age file) or `html` (a page that decrypts itself in a browser, with a generated passphrase)' -r -f -a "age\t'An age file (binary, or PEM with --armor)'
html\t'One web page that decrypts itself offline (the age bundle inside, passphrase only)'"
complete -c carnet -n "__fish_carnet_using_subcommand export" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand export" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand export" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand export" -l all -d 'Every document you can see, with its metadata (portability)'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l passphrase -d 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)'
complete -c carnet -n "__fish_carnet_using_subcommand export" -s a -l armor -d 'ASCII-armored output (PEM)'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l with-summary -d 'With --for: also carry the medical profile as an International Patient Summary (fhir/patient-summary.json; emergency bundles always do)'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l force -d 'Replace an existing output file'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand export" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand export" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand export" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "inspect" -d 'Show a bundle\'s manifest (after verifying it)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "verify" -d 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "open" -d 'Verify, then unpack into DIR (nothing is written if verification fails)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "import" -d 'Verify, then add the bundle\'s documents to this vault, with their author and flags'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "create" -d 'A professional\'s report bundle for one patient, signed with their own key (no vault needed)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and not __fish_seen_subcommand_from inspect verify open import create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l signer -d 'Also check who signed it (the fingerprint `carnet status` shows)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l bundle-identity -d 'Identity that decrypts the bundle (default: --identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l signer -d 'Also check who signed it (the fingerprint `carnet status` shows)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l bundle-identity -d 'Identity that decrypts the bundle (default: --identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l signer -d 'Also check who signed it (the fingerprint `carnet status` shows)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l bundle-identity -d 'Identity that decrypts the bundle (default: --identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -s o -l output -d 'Directory to unpack into (created if missing)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l force -d 'Replace files that already exist in DIR'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l signer -d 'Also check who signed it (the fingerprint `carnet status` shows)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l bundle-identity -d 'Identity that decrypts the bundle (default: --identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l other-patient -d 'Import a bundle about another patient than this vault\'s holder (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l signing-key -d 'The professional\'s signing key (from `carnet keygen --signing`)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l patient-name -d 'The patient\'s name, as on their records (family name in capitals splits it in the FHIR file)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l patient-birth-date -d 'The patient\'s birth date (YYYY-MM-DD or JJ/MM/AAAA)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l patient-ins -d 'The patient\'s INS (NIR, 15 characters, checked)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s t -l type -d 'Document type: short name, code or French name (compte-rendu-consultation, biologie…)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l title -d 'Title (default: the file name without extension)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l date -d 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l author -d 'RPPS of the professional who wrote the documents (needed unless each sidecar names an author)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l author-name -d 'The author\'s name, shown in the bundle\'s index and FHIR file' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s o -l output -d 'Output file (`-` = stdout)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s r -l recipient -d 'Encrypt to this recipient, the patient\'s key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l invisible-patient -d 'Hold the documents from the patient until an announcement consultation (INVISIBLE_PATIENT; visible at the latest one month after import)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l passphrase -d 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s a -l armor -d 'ASCII-armored output (PEM)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l force -d 'Replace an existing output file'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a bundle\'s manifest (after verifying it)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "open" -d 'Verify, then unpack into DIR (nothing is written if verification fails)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "import" -d 'Verify, then add the bundle\'s documents to this vault, with their author and flags'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "create" -d 'A professional\'s report bundle for one patient, signed with their own key (no vault needed)'
complete -c carnet -n "__fish_carnet_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -f -a "list" -d 'The folders and profiles pinned on this machine, and the vault id each holds'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -f -a "accept" -d 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and not __fish_seen_subcommand_from list accept help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "list" -d 'The folders and profiles pinned on this machine, and the vault id each holds'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
complete -c carnet -n "__fish_carnet_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -f -a "add" -d 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -f -a "list" -d 'The remotes and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -f -a "rm" -d 'Forget a remote (its objects stay where they are)'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -f -a "prune" -d 'Remove what no replica needs any more: deleted documents\' contents and old snapshots, after a grace period'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and not __fish_seen_subcommand_from add list rm prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l endpoint -d 'S3 endpoint (self-hosted stores), kept with the remote' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l region -d 'S3 region, kept with the remote' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l grace -d 'Keep what became unneeded more recently than this (e.g. 30d, 12h; 0d: no grace)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "list" -d 'The remotes and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Forget a remote (its objects stay where they are)'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove what no replica needs any more: deleted documents\' contents and old snapshots, after a grace period'
complete -c carnet -n "__fish_carnet_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l endpoint -d 'S3 endpoint (self-hosted stores)' -r
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l region -d 'S3 region' -r
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand clone" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand clone" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -f -a "list" -d 'The replicas of this vault and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -f -a "rm" -d 'Retire a lost device: its later changes are refused everywhere'
complete -c carnet -n "__fish_carnet_using_subcommand device; and not __fish_seen_subcommand_from list rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'The replicas of this vault and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Retire a lost device: its later changes are refused everywhere'
complete -c carnet -n "__fish_carnet_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s o -l output -d 'The backup file to write (`-` = stdout)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s r -l recipient -d 'Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin\'s' -r
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l backup-passphrase-file -d 'Read the backup\'s passphrase from FILE (first line; `-` = stdin)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l passphrase -d 'Encrypt with a passphrase (asked twice, or --backup-passphrase-file)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l force -d 'Replace an existing output file'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l backup-passphrase-file -d 'Read the backup\'s passphrase from FILE (first line); default: the vault passphrase given to unlock' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand restore" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l force -d 'Replace a vault this machine knows (the one at the target, or an older copy of it)'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "add" -d 'Encrypt documents into the vault\'s inbox with its public recipient: no unlock, no secret needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "list" -d 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "import" -d 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "accept" -d 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "recipient" -d 'Print the vault\'s public recipient, checked against its key (to pin on a scanner)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and not __fish_seen_subcommand_from add list import accept recipient help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l to -d 'Drop into a remote of the vault (a folder or s3://BUCKET/PREFIX) instead of the vault folder: for a scanner that is not a replica' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l recipient -d 'The vault\'s recipient (age1…), from the holder: checked and pinned on this machine' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s t -l type -d 'Document type: short name, code or French name' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l title -d 'Title (default: the file name without extension)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l date -d 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l author -d 'RPPS of the professional who wrote it' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeatable)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s r -l recursive -d 'Walk directories (links are skipped with a warning)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l mask -d 'Mask from professionals (MASQUE_PS)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l keep-going -d 'Drop every valid input and report each refused one (exit 8 when some were refused)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l all -d 'Every inbox import not yet seen'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from recipient" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "add" -d 'Encrypt documents into the vault\'s inbox with its public recipient: no unlock, no secret needed'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "import" -d 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "recipient" -d 'Print the vault\'s public recipient, checked against its key (to pin on a scanner)'
complete -c carnet -n "__fish_carnet_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -f -a "start" -d 'Unlock the vault once and keep it unlocked in a background agent for a while'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -f -a "status" -d 'Which vaults agents hold, and for how long still'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -f -a "stop" -d 'Make the agent of the selected vault (or every agent) forget its key and exit'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -f -a "serve" -d 'The agent process itself (run by `agent start`, which hands it the key on stdin)'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and not __fish_seen_subcommand_from start status stop serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l ttl -d 'How long the agent holds the key (90s, 15m, 2h; at most 7d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l all -d 'Stop every agent of this user, whatever vault it holds'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "start" -d 'Unlock the vault once and keep it unlocked in a background agent for a while'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which vaults agents hold, and for how long still'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Make the agent of the selected vault (or every agent) forget its key and exit'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "serve" -d 'The agent process itself (run by `agent start`, which hands it the key on stdin)'
complete -c carnet -n "__fish_carnet_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l vault -d 'Vault directory (overrides --profile)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l profile -d 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)' -r
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s i -l identity -d 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l passphrase-file -d 'Read the vault passphrase from FILE (`-` = stdin); first line' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l color -d 'Colour: auto, always or never (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l json -d 'Machine output: exactly one JSON value on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit 2 where a prompt would be needed'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s q -l quiet -d 'Less output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s v -l verbose -d 'More output on stderr'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-pager -d 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s h -l help -d 'Print help'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "init" -d 'Create a vault'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "add" -d 'Add documents (files, directories with -r, or - for stdin)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "list" -d 'List documents, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "show" -d 'Show a document\'s metadata and who can see it now'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "get" -d 'Decrypt a document to a file or stdout (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "edit" -d 'Change a document\'s title, type, date or tags'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "mask" -d 'Mask documents from professionals (MASQUE_PS), or from some with --from'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "unmask" -d 'Undo mask'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "rm" -d 'Delete documents (asks first unless --yes)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "check" -d 'Verify the index, every blob and the journal chain'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "status" -d 'Holder, counts, grants, new journal events, signing-key fingerprint'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "journal" -d 'Read the access journal, or verify it'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "passwd" -d 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "key" -d 'Manage extra unlock recipients'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "settings" -d 'Vault settings'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "access" -d 'Whether professionals can see documents now, and the rule that decided'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "pro" -d 'Professionals: add, list, show, edit, remove; primary doctor; block'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "grant" -d 'Give a professional time-limited access (everything the rules allow, or some types or documents)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "grants" -d 'List active grants (with --all, expired and revoked ones too)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "revoke" -d 'Revoke one grant (ID or unique prefix), or all of a professional\'s active grants (RPPS)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "emergency" -d 'The holder\'s emergency consents: SAMU, break-glass, masked documents; the emergency kit'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "medical" -d 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "release" -d 'Make an imported INVISIBLE_PATIENT document visible now'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "keygen" -d 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "profile" -d 'Caregivers: children\'s profiles, guardians, the minor\'s own key, handover at majority'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "rekey" -d 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "export" -d 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "bundle" -d 'Read, verify, unpack or import a bundle'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "trust" -d 'Which vault each folder and profile holds (pinned on this machine): list, accept a change'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "remote" -d 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "sync" -d 'Pull what other devices wrote, merge, push what this one wrote'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "clone" -d 'A new replica of a vault from a remote, on this machine'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "device" -d 'The replicas of this vault and when each last synced; retire a lost one'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "backup" -d 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "restore" -d 'Bring a backup back as a working vault, on this machine or a new one'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "inbox" -d 'An inbox that needs no secret: a scanner drops documents, the holder\'s next unlock folds them in'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "agent" -d 'An unlock agent: type the passphrase once, later commands need none until it forgets'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "completions" -d 'Print a shell completion script on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from init add list show get edit mask unmask rm check status journal passwd key settings access pro grant grants revoke emergency medical release keygen profile rekey export bundle trust remote sync clone device backup restore inbox agent completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "verify" -d 'Recompute the hash chain; exit 6 naming the first bad entry'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "head" -d 'Print the chain head (seq and hash)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "add" -d 'Let a recipient unlock the vault'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List unlock methods'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rm" -d 'Remove a recipient\'s unlock method'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'List settings and values'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set a setting (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "add" -d 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "list" -d 'List known professionals, their status and access standing'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "show" -d 'Show a professional, their standing and their grants'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "edit" -d 'Change a professional\'s name, specialty, place or recipient'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "rm" -d 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "primary" -d 'Set the primary doctor (médecin traitant), or --unset it'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "block" -d 'Block a professional: they get nothing; their active grants are revoked'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from pro" -f -a "unblock" -d 'Unblock a professional (revives no grant: grant again if you want)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from emergency" -f -a "status" -d 'Show the three emergency consents'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from emergency" -f -a "set" -d 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from emergency" -f -a "kit" -d 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "show" -d 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "add" -d 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "edit" -d 'Change fields of an item (ID or unique prefix); "" clears an optional field'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "rm" -d 'Remove an item (kept in `medical history` unless --purge)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "mask" -d 'Mask an item from every professional, or from one (--from RPPS)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "unmask" -d 'Undo `medical mask`'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "history" -d 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "set" -d 'Set the blood group, advance directives, organ donation wish, or "no known …"'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from medical" -f -a "summary" -d 'A printable summary in French (PDF, one or two pages)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'Profiles under the data dir: holder, birth date, age, guardians, default'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "create" -d 'Create a child\'s profile, opened by whatever opens your own vault'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "guardian" -d 'Guardians of a child\'s profile: add or remove a second guardian\'s key'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "key" -d 'Register the minor\'s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "handover" -d 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "inspect" -d 'Show a bundle\'s manifest (after verifying it)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "verify" -d 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "open" -d 'Verify, then unpack into DIR (nothing is written if verification fails)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "import" -d 'Verify, then add the bundle\'s documents to this vault, with their author and flags'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "create" -d 'A professional\'s report bundle for one patient, signed with their own key (no vault needed)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from trust" -f -a "list" -d 'The folders and profiles pinned on this machine, and the vault id each holds'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from trust" -f -a "accept" -d 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "add" -d 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "list" -d 'The remotes and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "rm" -d 'Forget a remote (its objects stay where they are)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "prune" -d 'Remove what no replica needs any more: deleted documents\' contents and old snapshots, after a grace period'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'The replicas of this vault and when each last synced'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "rm" -d 'Retire a lost device: its later changes are refused everywhere'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "add" -d 'Encrypt documents into the vault\'s inbox with its public recipient: no unlock, no secret needed'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "list" -d 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "import" -d 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "accept" -d 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "recipient" -d 'Print the vault\'s public recipient, checked against its key (to pin on a scanner)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "start" -d 'Unlock the vault once and keep it unlocked in a background agent for a while'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "status" -d 'Which vaults agents hold, and for how long still'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "stop" -d 'Make the agent of the selected vault (or every agent) forget its key and exit'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "serve" -d 'The agent process itself (run by `agent start`, which hands it the key on stdin)'

# Values of positional arguments (added by carnet: clap-rs/clap#6295).
complete -c carnet -n "__fish_carnet_using_subcommand completions" -f -a "bash\t''
elvish\t''
fish\t''
powershell\t''
zsh\t''"
