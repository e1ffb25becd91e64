
use builtin;
use str;

set edit:completion:arg-completer[carnet] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'carnet'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'carnet'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand --exit-codes 'Print the table of exit codes and exit (with --json: an array of {code, meaning})'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a vault'
            cand add 'Add documents (files, directories with -r, or - for stdin)'
            cand list 'List documents, newest first'
            cand show 'Show a document''s metadata and who can see it now'
            cand get 'Decrypt a document to a file or stdout (journaled)'
            cand edit 'Change a document''s title, type, date or tags'
            cand mask 'Mask documents from professionals (MASQUE_PS), or from some with --from'
            cand unmask 'Undo mask'
            cand rm 'Delete documents (asks first unless --yes)'
            cand check 'Verify the index, every blob and the journal chain'
            cand status 'Holder, counts, grants, new journal events, signing-key fingerprint'
            cand journal 'Read the access journal, or verify it'
            cand passwd 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)'
            cand key 'Manage extra unlock recipients'
            cand settings 'Vault settings'
            cand access 'Whether professionals can see documents now, and the rule that decided'
            cand pro 'Professionals: add, list, show, edit, remove; primary doctor; block'
            cand grant 'Give a professional time-limited access (everything the rules allow, or some types or documents)'
            cand grants 'List active grants (with --all, expired and revoked ones too)'
            cand revoke 'Revoke one grant (ID or unique prefix), or all of a professional''s active grants (RPPS)'
            cand emergency 'The holder''s emergency consents: SAMU, break-glass, masked documents; the emergency kit'
            cand medical 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts'
            cand release 'Make an imported INVISIBLE_PATIENT document visible now'
            cand keygen 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key'
            cand profile 'Caregivers: children''s profiles, guardians, the minor''s own key, handover at majority'
            cand rekey 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped'
            cand export 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything'
            cand bundle 'Read, verify, unpack or import a bundle'
            cand trust 'Which vault each folder and profile holds (pinned on this machine): list, accept a change'
            cand remote 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX'
            cand sync 'Pull what other devices wrote, merge, push what this one wrote'
            cand clone 'A new replica of a vault from a remote, on this machine'
            cand device 'The replicas of this vault and when each last synced; retire a lost one'
            cand backup 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)'
            cand restore 'Bring a backup back as a working vault, on this machine or a new one'
            cand inbox 'An inbox that needs no secret: a scanner drops documents, the holder''s next unlock folds them in'
            cand agent 'An unlock agent: type the passphrase once, later commands need none until it forgets'
            cand completions 'Print a shell completion script on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;init'= {
            cand --name 'Holder''s name'
            cand --birth-date 'Holder''s birth date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --ins 'Holder''s INS (NIR, 15 characters, checked)'
            cand -r 'A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin)'
            cand --recipient 'A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --no-passphrase 'No passphrase: unlock only with the --recipient identities'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;add'= {
            cand -t 'Document type: short name, code or French name (ordonnance, biologie…)'
            cand --type 'Document type: short name, code or French name (ordonnance, biologie…)'
            cand --title 'Title (default: the file name without extension)'
            cand --date 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)'
            cand --author 'RPPS of the professional who wrote it'
            cand --tag 'A tag (repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand -r 'Walk directories. Links met on the way are skipped with a warning (dangling ones too); links to directories are never followed'
            cand --recursive 'Walk directories. Links met on the way are skipped with a warning (dangling ones too); links to directories are never followed'
            cand --follow-symlinks 'Under -r, add the files that links point to, even outside the tree'
            cand --mask 'Mask from professionals (MASQUE_PS)'
            cand --hidden-from-guardians 'In a child''s profile: hide from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key'
            cand --keep-going 'Add every valid input and report each refused one (exit 8 when some were refused)'
            cand --dry-run 'Report what would be added (same JSON), writing nothing'
            cand --update 'Apply a changed sidecar (or flags) to a document already in the vault (journaled doc.edit)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;list'= {
            cand -t 'Only this type (repeatable): short name, code or French name (biologie, ordonnance…)'
            cand --type 'Only this type (repeatable): short name, code or French name (biologie, ordonnance…)'
            cand --author 'Only documents written by this professional (RPPS)'
            cand --tag 'Only documents with this tag (case and accents ignored)'
            cand --since 'Only documents dated this day or later (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --until 'Only documents dated this day or earlier (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --search 'Text to find in titles, file names, tags, authors'' names and specialties (case and accents ignored)'
            cand --limit 'At most N documents (the newest)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --masked 'Only masked documents (globally or from some professionals)'
            cand --unmasked 'Only documents masked from nobody'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;show'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;get'= {
            cand -o 'Output file or directory; `-` forces stdout'
            cand --output 'Output file or directory; `-` forces stdout'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;edit'= {
            cand --title 'New title'
            cand -t 'New type: short name, code or French name'
            cand --type 'New type: short name, code or French name'
            cand --date 'New document date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --tag 'Add a tag (repeatable)'
            cand --untag 'Remove a tag (repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;mask'= {
            cand --from 'Only from these professionals (RPPS, repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --guardians 'In a child''s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;unmask'= {
            cand --from 'Only from these professionals (RPPS, repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --guardians 'In a child''s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --force 'Also delete documents written by a professional (journaled as forced)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;check'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --repair 'Remove leftovers of interrupted writes'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;status'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;journal'= {
            cand --since 'Only entries from this day or later (YYYY-MM-DD or JJ/MM/AAAA), or an RFC 3339 instant'
            cand --actor 'Actor type, id (IdNat/RPPS) or name'
            cand --action 'Action (doc.view) or group (doc, doc.*)'
            cand --doc 'Only entries about this document (ID or prefix)'
            cand --limit 'At most N entries'
            cand --format 'Output format (default: table, or json with --json)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Recompute the hash chain; exit 6 naming the first bad entry'
            cand head 'Print the chain head (seq and hash)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;journal;verify'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;journal;head'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;journal;help'= {
            cand verify 'Recompute the hash chain; exit 6 naming the first bad entry'
            cand head 'Print the chain head (seq and hash)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;journal;help;verify'= {
        }
        &'carnet;journal;help;head'= {
        }
        &'carnet;journal;help;help'= {
        }
        &'carnet;passwd'= {
            cand --new-passphrase-file 'Read the new passphrase from FILE (first line)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;key'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Let a recipient unlock the vault'
            cand list 'List unlock methods'
            cand rm 'Remove a recipient''s unlock method'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;key;add'= {
            cand --label 'A label to recognise it by'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;key;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;key;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;key;help'= {
            cand add 'Let a recipient unlock the vault'
            cand list 'List unlock methods'
            cand rm 'Remove a recipient''s unlock method'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;key;help;add'= {
        }
        &'carnet;key;help;list'= {
        }
        &'carnet;key;help;rm'= {
        }
        &'carnet;key;help;help'= {
        }
        &'carnet;settings'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List settings and values'
            cand set 'Set a setting (journaled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;settings;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;settings;set'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;settings;help'= {
            cand list 'List settings and values'
            cand set 'Set a setting (journaled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;settings;help;list'= {
        }
        &'carnet;settings;help;set'= {
        }
        &'carnet;settings;help;help'= {
        }
        &'carnet;access'= {
            cand --doc 'Only this document'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --guardians 'The guardians'' view of a child''s profile (rules guardian, guardian_hidden)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
            cand list 'List known professionals, their status and access standing'
            cand show 'Show a professional, their standing and their grants'
            cand edit 'Change a professional''s name, specialty, place or recipient'
            cand rm 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
            cand primary 'Set the primary doctor (médecin traitant), or --unset it'
            cand block 'Block a professional: they get nothing; their active grants are revoked'
            cand unblock 'Unblock a professional (revives no grant: grant again if you want)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;pro;add'= {
            cand --name 'Display name, e.g. "Dr Claire Dubois"'
            cand --specialty 'Specialty, e.g. "cardiologie"'
            cand --place 'Where they practise'
            cand --recipient 'age or ssh recipient exports for them are encrypted to'
            cand --signer 'Fingerprint of the key they sign bundles with (SHA256:…, as their `carnet status` prints it)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --primary 'Make them the primary doctor (médecin traitant)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;show'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;edit'= {
            cand --name 'New name'
            cand --specialty 'New specialty ("" clears it)'
            cand --place 'New place ("" clears it)'
            cand --recipient 'New age or ssh recipient'
            cand --signer 'New bundle-signing key fingerprint (SHA256:…)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --no-recipient 'Forget the recorded recipient'
            cand --no-signer 'Forget the pinned bundle-signing key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;primary'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --unset 'No primary doctor any more'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;block'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;unblock'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;pro;help'= {
            cand add 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
            cand list 'List known professionals, their status and access standing'
            cand show 'Show a professional, their standing and their grants'
            cand edit 'Change a professional''s name, specialty, place or recipient'
            cand rm 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
            cand primary 'Set the primary doctor (médecin traitant), or --unset it'
            cand block 'Block a professional: they get nothing; their active grants are revoked'
            cand unblock 'Unblock a professional (revives no grant: grant again if you want)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;pro;help;add'= {
        }
        &'carnet;pro;help;list'= {
        }
        &'carnet;pro;help;show'= {
        }
        &'carnet;pro;help;edit'= {
        }
        &'carnet;pro;help;rm'= {
        }
        &'carnet;pro;help;primary'= {
        }
        &'carnet;pro;help;block'= {
        }
        &'carnet;pro;help;unblock'= {
        }
        &'carnet;pro;help;help'= {
        }
        &'carnet;grant'= {
            cand --for 'How long: 90s, 45m, 12h, 30d, 2w, or in French 30j, 2sem, 3mois'
            cand --until 'Until when: YYYY-MM-DD or JJ/MM/AAAA (end of that day, local time), or RFC 3339'
            cand -t 'Only documents of this type (repeatable; short name, code or French name)'
            cand --type 'Only documents of this type (repeatable; short name, code or French name)'
            cand --doc 'Only this document (repeatable; ID or unique prefix)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;grants'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --all 'Also expired and revoked grants'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;revoke'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;emergency'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Show the three emergency consents'
            cand set 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
            cand kit 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;emergency;status'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;emergency;set'= {
            cand --samu 'SAMU regulation centre (Centre 15) access, consent ETREAT'
            cand --break-glass 'Break-glass access by other professionals, consent BTG'
            cand --masked 'Masked documents readable in an emergency, consent MASKED'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;emergency;kit'= {
            cand -o 'Directory to write the kit into (created 0700; must be new or empty)'
            cand --output 'Directory to write the kit into (created 0700; must be new or empty)'
            cand --mode 'Who the bundle is for: break-glass (any professional who finds the card) or samu'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin) instead of generating one'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --print-passphrase 'Print the bundle''s passphrase on the wallet card (else tell it to your close ones)'
            cand --force 'Replace a previous kit in DIR (only a directory holding nothing but kit files)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;emergency;help'= {
            cand status 'Show the three emergency consents'
            cand set 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
            cand kit 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;emergency;help;status'= {
        }
        &'carnet;emergency;help;set'= {
        }
        &'carnet;emergency;help;kit'= {
        }
        &'carnet;emergency;help;help'= {
        }
        &'carnet;medical'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
            cand add 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
            cand edit 'Change fields of an item (ID or unique prefix); "" clears an optional field'
            cand rm 'Remove an item (kept in `medical history` unless --purge)'
            cand mask 'Mask an item from every professional, or from one (--from RPPS)'
            cand unmask 'Undo `medical mask`'
            cand history 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
            cand set 'Set the blood group, advance directives, organ donation wish, or "no known …"'
            cand summary 'A printable summary in French (PDF, one or two pages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;show'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand allergy 'An allergy or intolerance'
            cand condition 'A condition or past illness'
            cand treatment 'A treatment (medicine)'
            cand vaccination 'A vaccination'
            cand measure 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c'
            cand contact 'A contact: trusted person (personne de confiance), relative, doctor…'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;add;allergy'= {
            cand --severity 'How severe a reaction is'
            cand --status 'Whether it is current (default active)'
            cand --since 'Known since this date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --code 'SNOMED CT or CIM-10 code (snomed:91936005, cim10:Z88.0), or CIS/ATC for a medicine'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;condition'= {
            cand --since 'Since this date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --until 'Until this date, when it is over (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --status 'Whether it is current (default active)'
            cand --code 'SNOMED CT or CIM-10 code (snomed:195967001, cim10:J45.9)'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;treatment'= {
            cand --dose 'Dose and rhythm, e.g. "1 cp le matin"'
            cand --since 'Taken since this date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --until 'Taken until this date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --code 'CIS code (BDPM, 8 digits) or ATC code (cis:60234100, atc:H03AA01)'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;vaccination'= {
            cand --date 'When it was given (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --lot 'The batch number on the vaccination record'
            cand --code 'CIS or ATC code of the vaccine'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;measure'= {
            cand --date 'When it was measured (YYYY-MM-DD or JJ/MM/AAAA); default today'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;contact'= {
            cand --role 'trusted-person, parent, spouse, partner, child, sibling, relative, friend, guardian, doctor, other'
            cand --phone 'Phone number'
            cand --email 'Email address'
            cand --note 'A note (free text)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;add;help'= {
            cand allergy 'An allergy or intolerance'
            cand condition 'A condition or past illness'
            cand treatment 'A treatment (medicine)'
            cand vaccination 'A vaccination'
            cand measure 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c'
            cand contact 'A contact: trusted person (personne de confiance), relative, doctor…'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;add;help;allergy'= {
        }
        &'carnet;medical;add;help;condition'= {
        }
        &'carnet;medical;add;help;treatment'= {
        }
        &'carnet;medical;add;help;vaccination'= {
        }
        &'carnet;medical;add;help;measure'= {
        }
        &'carnet;medical;add;help;contact'= {
        }
        &'carnet;medical;add;help;help'= {
        }
        &'carnet;medical;edit'= {
            cand --label 'Label, medicine, vaccine or contact name'
            cand --code 'New code (snomed:…, cim10:…, cis:…, atc:…)'
            cand --severity 'New severity of an allergy'
            cand --status 'New status of an allergy or condition'
            cand --since 'New start date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --until 'New end date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --date 'New date of a vaccination or measure (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --dose 'New dose of a treatment'
            cand --lot 'New batch number of a vaccination'
            cand --value 'A measure''s value (its unit with --unit)'
            cand --unit 'New UCUM unit of a measure'
            cand --role 'New role of a contact'
            cand --phone 'New phone number of a contact'
            cand --email 'New email address of a contact'
            cand --note 'New note'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --purge 'Delete it from the history too'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;mask'= {
            cand --from 'Only from these professionals (repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;unmask'= {
            cand --from 'Only from these professionals (repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;history'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;set'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand blood-group 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-'
            cand directives 'Advance directives (directives anticipées), as text'
            cand organ-donation 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)'
            cand no-known 'State explicitly that there are no known allergies, conditions or current treatments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;set;blood-group'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;set;directives'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;set;organ-donation'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --hidden-from-guardians 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;set;no-known'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;set;help'= {
            cand blood-group 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-'
            cand directives 'Advance directives (directives anticipées), as text'
            cand organ-donation 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)'
            cand no-known 'State explicitly that there are no known allergies, conditions or current treatments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;set;help;blood-group'= {
        }
        &'carnet;medical;set;help;directives'= {
        }
        &'carnet;medical;set;help;organ-donation'= {
        }
        &'carnet;medical;set;help;no-known'= {
        }
        &'carnet;medical;set;help;help'= {
        }
        &'carnet;medical;summary'= {
            cand -o 'Where to write the PDF ("-" for standard output)'
            cand --output 'Where to write the PDF ("-" for standard output)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --force 'Replace FILE if it exists'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;medical;help'= {
            cand show 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
            cand add 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
            cand edit 'Change fields of an item (ID or unique prefix); "" clears an optional field'
            cand rm 'Remove an item (kept in `medical history` unless --purge)'
            cand mask 'Mask an item from every professional, or from one (--from RPPS)'
            cand unmask 'Undo `medical mask`'
            cand history 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
            cand set 'Set the blood group, advance directives, organ donation wish, or "no known …"'
            cand summary 'A printable summary in French (PDF, one or two pages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;medical;help;show'= {
        }
        &'carnet;medical;help;add'= {
            cand allergy 'An allergy or intolerance'
            cand condition 'A condition or past illness'
            cand treatment 'A treatment (medicine)'
            cand vaccination 'A vaccination'
            cand measure 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c'
            cand contact 'A contact: trusted person (personne de confiance), relative, doctor…'
        }
        &'carnet;medical;help;add;allergy'= {
        }
        &'carnet;medical;help;add;condition'= {
        }
        &'carnet;medical;help;add;treatment'= {
        }
        &'carnet;medical;help;add;vaccination'= {
        }
        &'carnet;medical;help;add;measure'= {
        }
        &'carnet;medical;help;add;contact'= {
        }
        &'carnet;medical;help;edit'= {
        }
        &'carnet;medical;help;rm'= {
        }
        &'carnet;medical;help;mask'= {
        }
        &'carnet;medical;help;unmask'= {
        }
        &'carnet;medical;help;history'= {
        }
        &'carnet;medical;help;set'= {
            cand blood-group 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-'
            cand directives 'Advance directives (directives anticipées), as text'
            cand organ-donation 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)'
            cand no-known 'State explicitly that there are no known allergies, conditions or current treatments'
        }
        &'carnet;medical;help;set;blood-group'= {
        }
        &'carnet;medical;help;set;directives'= {
        }
        &'carnet;medical;help;set;organ-donation'= {
        }
        &'carnet;medical;help;set;no-known'= {
        }
        &'carnet;medical;help;summary'= {
        }
        &'carnet;medical;help;help'= {
        }
        &'carnet;release'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;keygen'= {
            cand -o 'Write the identity to FILE (0600) instead of stdout'
            cand --output 'Write the identity to FILE (0600) instead of stdout'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --signing 'A bundle-signing key (Ed25519) for `carnet bundle create` instead of an age identity (needs -o FILE; prints its fingerprint)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Profiles under the data dir: holder, birth date, age, guardians, default'
            cand create 'Create a child''s profile, opened by whatever opens your own vault'
            cand guardian 'Guardians of a child''s profile: add or remove a second guardian''s key'
            cand key 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
            cand handover 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;profile;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;create'= {
            cand --birth-date 'The child''s birth date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --name 'The child''s name (default: the profile''s name)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;guardian'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key'
            cand rm 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;profile;guardian;add'= {
            cand --name 'The guardian''s name, as the journal shows it'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;guardian;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;guardian;help'= {
            cand add 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key'
            cand rm 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;profile;guardian;help;add'= {
        }
        &'carnet;profile;guardian;help;rm'= {
        }
        &'carnet;profile;guardian;help;help'= {
        }
        &'carnet;profile;key'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;handover'= {
            cand -r 'The young adult''s own recipient (repeatable)'
            cand --recipient 'The young adult''s own recipient (repeatable)'
            cand --new-passphrase-file 'Read the young adult''s new passphrase from FILE (first line); without it or --recipient, prompts twice'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --force 'Hand over before the birthday at majority-age (journaled as forced)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;profile;help'= {
            cand list 'Profiles under the data dir: holder, birth date, age, guardians, default'
            cand create 'Create a child''s profile, opened by whatever opens your own vault'
            cand guardian 'Guardians of a child''s profile: add or remove a second guardian''s key'
            cand key 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
            cand handover 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;profile;help;list'= {
        }
        &'carnet;profile;help;create'= {
        }
        &'carnet;profile;help;guardian'= {
            cand add 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key'
            cand rm 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)'
        }
        &'carnet;profile;help;guardian;add'= {
        }
        &'carnet;profile;help;guardian;rm'= {
        }
        &'carnet;profile;help;key'= {
        }
        &'carnet;profile;help;handover'= {
        }
        &'carnet;profile;help;help'= {
        }
        &'carnet;rekey'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --drop-passphrase 'Remove the passphrase unlock instead of re-wrapping it (the other unlock methods stay)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;export'= {
            cand --for 'For this professional (RPPS): what the policy lets them see now'
            cand --emergency 'An emergency bundle under the holder''s consents'
            cand -o 'Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age'
            cand --output 'Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age'
            cand --doc 'Only these documents (repeatable), if the policy allows them'
            cand -r 'Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)'
            cand --recipient 'Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand --format '`age` (an age file) or `html` (a page that decrypts itself in a browser, with a generated passphrase)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --all 'Every document you can see, with its metadata (portability)'
            cand --passphrase 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)'
            cand -a 'ASCII-armored output (PEM)'
            cand --armor 'ASCII-armored output (PEM)'
            cand --with-summary 'With --for: also carry the medical profile as an International Patient Summary (fhir/patient-summary.json; emergency bundles always do)'
            cand --force 'Replace an existing output file'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;bundle'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand inspect 'Show a bundle''s manifest (after verifying it)'
            cand verify 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
            cand open 'Verify, then unpack into DIR (nothing is written if verification fails)'
            cand import 'Verify, then add the bundle''s documents to this vault, with their author and flags'
            cand create 'A professional''s report bundle for one patient, signed with their own key (no vault needed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;bundle;inspect'= {
            cand --signer 'Also check who signed it (the fingerprint `carnet status` shows)'
            cand --bundle-identity 'Identity that decrypts the bundle (default: --identity)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;bundle;verify'= {
            cand --signer 'Also check who signed it (the fingerprint `carnet status` shows)'
            cand --bundle-identity 'Identity that decrypts the bundle (default: --identity)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;bundle;open'= {
            cand --signer 'Also check who signed it (the fingerprint `carnet status` shows)'
            cand --bundle-identity 'Identity that decrypts the bundle (default: --identity)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand -o 'Directory to unpack into (created if missing)'
            cand --output 'Directory to unpack into (created if missing)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --force 'Replace files that already exist in DIR'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;bundle;import'= {
            cand --signer 'Also check who signed it (the fingerprint `carnet status` shows)'
            cand --bundle-identity 'Identity that decrypts the bundle (default: --identity)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --other-patient 'Import a bundle about another patient than this vault''s holder (journaled)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;bundle;create'= {
            cand --signing-key 'The professional''s signing key (from `carnet keygen --signing`)'
            cand --patient-name 'The patient''s name, as on their records (family name in capitals splits it in the FHIR file)'
            cand --patient-birth-date 'The patient''s birth date (YYYY-MM-DD or JJ/MM/AAAA)'
            cand --patient-ins 'The patient''s INS (NIR, 15 characters, checked)'
            cand -t 'Document type: short name, code or French name (compte-rendu-consultation, biologie…)'
            cand --type 'Document type: short name, code or French name (compte-rendu-consultation, biologie…)'
            cand --title 'Title (default: the file name without extension)'
            cand --date 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)'
            cand --author 'RPPS of the professional who wrote the documents (needed unless each sidecar names an author)'
            cand --author-name 'The author''s name, shown in the bundle''s index and FHIR file'
            cand -o 'Output file (`-` = stdout)'
            cand --output 'Output file (`-` = stdout)'
            cand -r 'Encrypt to this recipient, the patient''s key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)'
            cand --recipient 'Encrypt to this recipient, the patient''s key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)'
            cand --bundle-passphrase-file 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --invisible-patient 'Hold the documents from the patient until an announcement consultation (INVISIBLE_PATIENT; visible at the latest one month after import)'
            cand --passphrase 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)'
            cand -a 'ASCII-armored output (PEM)'
            cand --armor 'ASCII-armored output (PEM)'
            cand --force 'Replace an existing output file'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;bundle;help'= {
            cand inspect 'Show a bundle''s manifest (after verifying it)'
            cand verify 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
            cand open 'Verify, then unpack into DIR (nothing is written if verification fails)'
            cand import 'Verify, then add the bundle''s documents to this vault, with their author and flags'
            cand create 'A professional''s report bundle for one patient, signed with their own key (no vault needed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;bundle;help;inspect'= {
        }
        &'carnet;bundle;help;verify'= {
        }
        &'carnet;bundle;help;open'= {
        }
        &'carnet;bundle;help;import'= {
        }
        &'carnet;bundle;help;create'= {
        }
        &'carnet;bundle;help;help'= {
        }
        &'carnet;trust'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'The folders and profiles pinned on this machine, and the vault id each holds'
            cand accept 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;trust;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;trust;accept'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;trust;help'= {
            cand list 'The folders and profiles pinned on this machine, and the vault id each holds'
            cand accept 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;trust;help;list'= {
        }
        &'carnet;trust;help;accept'= {
        }
        &'carnet;trust;help;help'= {
        }
        &'carnet;remote'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
            cand list 'The remotes and when each last synced'
            cand rm 'Forget a remote (its objects stay where they are)'
            cand prune 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;remote;add'= {
            cand --endpoint 'S3 endpoint (self-hosted stores), kept with the remote'
            cand --region 'S3 region, kept with the remote'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;remote;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;remote;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;remote;prune'= {
            cand --grace 'Keep what became unneeded more recently than this (e.g. 30d, 12h; 0d: no grace)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;remote;help'= {
            cand add 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
            cand list 'The remotes and when each last synced'
            cand rm 'Forget a remote (its objects stay where they are)'
            cand prune 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;remote;help;add'= {
        }
        &'carnet;remote;help;list'= {
        }
        &'carnet;remote;help;rm'= {
        }
        &'carnet;remote;help;prune'= {
        }
        &'carnet;remote;help;help'= {
        }
        &'carnet;sync'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;clone'= {
            cand --endpoint 'S3 endpoint (self-hosted stores)'
            cand --region 'S3 region'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;device'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'The replicas of this vault and when each last synced'
            cand rm 'Retire a lost device: its later changes are refused everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;device;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;device;rm'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;device;help'= {
            cand list 'The replicas of this vault and when each last synced'
            cand rm 'Retire a lost device: its later changes are refused everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;device;help;list'= {
        }
        &'carnet;device;help;rm'= {
        }
        &'carnet;device;help;help'= {
        }
        &'carnet;backup'= {
            cand -o 'The backup file to write (`-` = stdout)'
            cand --output 'The backup file to write (`-` = stdout)'
            cand -r 'Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin''s'
            cand --recipient 'Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin''s'
            cand --backup-passphrase-file 'Read the backup''s passphrase from FILE (first line; `-` = stdin)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --passphrase 'Encrypt with a passphrase (asked twice, or --backup-passphrase-file)'
            cand --force 'Replace an existing output file'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;restore'= {
            cand --backup-passphrase-file 'Read the backup''s passphrase from FILE (first line); default: the vault passphrase given to unlock'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --force 'Replace a vault this machine knows (the one at the target, or an older copy of it)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'carnet;inbox'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed'
            cand list 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
            cand import 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
            cand accept 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
            cand recipient 'Print the vault''s public recipient, checked against its key (to pin on a scanner)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;inbox;add'= {
            cand --to 'Drop into a remote of the vault (a folder or s3://BUCKET/PREFIX) instead of the vault folder: for a scanner that is not a replica'
            cand --recipient 'The vault''s recipient (age1…), from the holder: checked and pinned on this machine'
            cand -t 'Document type: short name, code or French name'
            cand --type 'Document type: short name, code or French name'
            cand --title 'Title (default: the file name without extension)'
            cand --date 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)'
            cand --author 'RPPS of the professional who wrote it'
            cand --tag 'A tag (repeatable)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand -r 'Walk directories (links are skipped with a warning)'
            cand --recursive 'Walk directories (links are skipped with a warning)'
            cand --mask 'Mask from professionals (MASQUE_PS)'
            cand --keep-going 'Drop every valid input and report each refused one (exit 8 when some were refused)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;inbox;list'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;inbox;import'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;inbox;accept'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --all 'Every inbox import not yet seen'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;inbox;recipient'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;inbox;help'= {
            cand add 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed'
            cand list 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
            cand import 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
            cand accept 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
            cand recipient 'Print the vault''s public recipient, checked against its key (to pin on a scanner)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;inbox;help;add'= {
        }
        &'carnet;inbox;help;list'= {
        }
        &'carnet;inbox;help;import'= {
        }
        &'carnet;inbox;help;accept'= {
        }
        &'carnet;inbox;help;recipient'= {
        }
        &'carnet;inbox;help;help'= {
        }
        &'carnet;agent'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand start 'Unlock the vault once and keep it unlocked in a background agent for a while'
            cand status 'Which vaults agents hold, and for how long still'
            cand stop 'Make the agent of the selected vault (or every agent) forget its key and exit'
            cand serve 'The agent process itself (run by `agent start`, which hands it the key on stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;agent;start'= {
            cand --ttl 'How long the agent holds the key (90s, 15m, 2h; at most 7d)'
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;agent;status'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;agent;stop'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --all 'Stop every agent of this user, whatever vault it holds'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;agent;serve'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;agent;help'= {
            cand start 'Unlock the vault once and keep it unlocked in a background agent for a while'
            cand status 'Which vaults agents hold, and for how long still'
            cand stop 'Make the agent of the selected vault (or every agent) forget its key and exit'
            cand serve 'The agent process itself (run by `agent start`, which hands it the key on stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;agent;help;start'= {
        }
        &'carnet;agent;help;status'= {
        }
        &'carnet;agent;help;stop'= {
        }
        &'carnet;agent;help;serve'= {
        }
        &'carnet;agent;help;help'= {
        }
        &'carnet;completions'= {
            cand --vault 'Vault directory (overrides --profile)'
            cand --profile 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)'
            cand -i 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --identity 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)'
            cand --passphrase-file 'Read the vault passphrase from FILE (`-` = stdin); first line'
            cand --color 'Colour: auto, always or never (NO_COLOR is honoured)'
            cand --json 'Machine output: exactly one JSON value on stdout'
            cand --no-input 'Never prompt; fail with exit 2 where a prompt would be needed'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'More output on stderr'
            cand --verbose 'More output on stderr'
            cand --no-pager 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'carnet;help'= {
            cand init 'Create a vault'
            cand add 'Add documents (files, directories with -r, or - for stdin)'
            cand list 'List documents, newest first'
            cand show 'Show a document''s metadata and who can see it now'
            cand get 'Decrypt a document to a file or stdout (journaled)'
            cand edit 'Change a document''s title, type, date or tags'
            cand mask 'Mask documents from professionals (MASQUE_PS), or from some with --from'
            cand unmask 'Undo mask'
            cand rm 'Delete documents (asks first unless --yes)'
            cand check 'Verify the index, every blob and the journal chain'
            cand status 'Holder, counts, grants, new journal events, signing-key fingerprint'
            cand journal 'Read the access journal, or verify it'
            cand passwd 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)'
            cand key 'Manage extra unlock recipients'
            cand settings 'Vault settings'
            cand access 'Whether professionals can see documents now, and the rule that decided'
            cand pro 'Professionals: add, list, show, edit, remove; primary doctor; block'
            cand grant 'Give a professional time-limited access (everything the rules allow, or some types or documents)'
            cand grants 'List active grants (with --all, expired and revoked ones too)'
            cand revoke 'Revoke one grant (ID or unique prefix), or all of a professional''s active grants (RPPS)'
            cand emergency 'The holder''s emergency consents: SAMU, break-glass, masked documents; the emergency kit'
            cand medical 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts'
            cand release 'Make an imported INVISIBLE_PATIENT document visible now'
            cand keygen 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key'
            cand profile 'Caregivers: children''s profiles, guardians, the minor''s own key, handover at majority'
            cand rekey 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped'
            cand export 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything'
            cand bundle 'Read, verify, unpack or import a bundle'
            cand trust 'Which vault each folder and profile holds (pinned on this machine): list, accept a change'
            cand remote 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX'
            cand sync 'Pull what other devices wrote, merge, push what this one wrote'
            cand clone 'A new replica of a vault from a remote, on this machine'
            cand device 'The replicas of this vault and when each last synced; retire a lost one'
            cand backup 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)'
            cand restore 'Bring a backup back as a working vault, on this machine or a new one'
            cand inbox 'An inbox that needs no secret: a scanner drops documents, the holder''s next unlock folds them in'
            cand agent 'An unlock agent: type the passphrase once, later commands need none until it forgets'
            cand completions 'Print a shell completion script on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'carnet;help;init'= {
        }
        &'carnet;help;add'= {
        }
        &'carnet;help;list'= {
        }
        &'carnet;help;show'= {
        }
        &'carnet;help;get'= {
        }
        &'carnet;help;edit'= {
        }
        &'carnet;help;mask'= {
        }
        &'carnet;help;unmask'= {
        }
        &'carnet;help;rm'= {
        }
        &'carnet;help;check'= {
        }
        &'carnet;help;status'= {
        }
        &'carnet;help;journal'= {
            cand verify 'Recompute the hash chain; exit 6 naming the first bad entry'
            cand head 'Print the chain head (seq and hash)'
        }
        &'carnet;help;journal;verify'= {
        }
        &'carnet;help;journal;head'= {
        }
        &'carnet;help;passwd'= {
        }
        &'carnet;help;key'= {
            cand add 'Let a recipient unlock the vault'
            cand list 'List unlock methods'
            cand rm 'Remove a recipient''s unlock method'
        }
        &'carnet;help;key;add'= {
        }
        &'carnet;help;key;list'= {
        }
        &'carnet;help;key;rm'= {
        }
        &'carnet;help;settings'= {
            cand list 'List settings and values'
            cand set 'Set a setting (journaled)'
        }
        &'carnet;help;settings;list'= {
        }
        &'carnet;help;settings;set'= {
        }
        &'carnet;help;access'= {
        }
        &'carnet;help;pro'= {
            cand add 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)'
            cand list 'List known professionals, their status and access standing'
            cand show 'Show a professional, their standing and their grants'
            cand edit 'Change a professional''s name, specialty, place or recipient'
            cand rm 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)'
            cand primary 'Set the primary doctor (médecin traitant), or --unset it'
            cand block 'Block a professional: they get nothing; their active grants are revoked'
            cand unblock 'Unblock a professional (revives no grant: grant again if you want)'
        }
        &'carnet;help;pro;add'= {
        }
        &'carnet;help;pro;list'= {
        }
        &'carnet;help;pro;show'= {
        }
        &'carnet;help;pro;edit'= {
        }
        &'carnet;help;pro;rm'= {
        }
        &'carnet;help;pro;primary'= {
        }
        &'carnet;help;pro;block'= {
        }
        &'carnet;help;pro;unblock'= {
        }
        &'carnet;help;grant'= {
        }
        &'carnet;help;grants'= {
        }
        &'carnet;help;revoke'= {
        }
        &'carnet;help;emergency'= {
            cand status 'Show the three emergency consents'
            cand set 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed'
            cand kit 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card'
        }
        &'carnet;help;emergency;status'= {
        }
        &'carnet;help;emergency;set'= {
        }
        &'carnet;help;emergency;kit'= {
        }
        &'carnet;help;medical'= {
            cand show 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…'
            cand add 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)'
            cand edit 'Change fields of an item (ID or unique prefix); "" clears an optional field'
            cand rm 'Remove an item (kept in `medical history` unless --purge)'
            cand mask 'Mask an item from every professional, or from one (--from RPPS)'
            cand unmask 'Undo `medical mask`'
            cand history 'Every item ever recorded, removed ones too, by date (one kind with KIND)'
            cand set 'Set the blood group, advance directives, organ donation wish, or "no known …"'
            cand summary 'A printable summary in French (PDF, one or two pages)'
        }
        &'carnet;help;medical;show'= {
        }
        &'carnet;help;medical;add'= {
            cand allergy 'An allergy or intolerance'
            cand condition 'A condition or past illness'
            cand treatment 'A treatment (medicine)'
            cand vaccination 'A vaccination'
            cand measure 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c'
            cand contact 'A contact: trusted person (personne de confiance), relative, doctor…'
        }
        &'carnet;help;medical;add;allergy'= {
        }
        &'carnet;help;medical;add;condition'= {
        }
        &'carnet;help;medical;add;treatment'= {
        }
        &'carnet;help;medical;add;vaccination'= {
        }
        &'carnet;help;medical;add;measure'= {
        }
        &'carnet;help;medical;add;contact'= {
        }
        &'carnet;help;medical;edit'= {
        }
        &'carnet;help;medical;rm'= {
        }
        &'carnet;help;medical;mask'= {
        }
        &'carnet;help;medical;unmask'= {
        }
        &'carnet;help;medical;history'= {
        }
        &'carnet;help;medical;set'= {
            cand blood-group 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-'
            cand directives 'Advance directives (directives anticipées), as text'
            cand organ-donation 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)'
            cand no-known 'State explicitly that there are no known allergies, conditions or current treatments'
        }
        &'carnet;help;medical;set;blood-group'= {
        }
        &'carnet;help;medical;set;directives'= {
        }
        &'carnet;help;medical;set;organ-donation'= {
        }
        &'carnet;help;medical;set;no-known'= {
        }
        &'carnet;help;medical;summary'= {
        }
        &'carnet;help;release'= {
        }
        &'carnet;help;keygen'= {
        }
        &'carnet;help;profile'= {
            cand list 'Profiles under the data dir: holder, birth date, age, guardians, default'
            cand create 'Create a child''s profile, opened by whatever opens your own vault'
            cand guardian 'Guardians of a child''s profile: add or remove a second guardian''s key'
            cand key 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it'
            cand handover 'Hand the profile over to the young adult at majority: new key, their own unlock methods only'
        }
        &'carnet;help;profile;list'= {
        }
        &'carnet;help;profile;create'= {
        }
        &'carnet;help;profile;guardian'= {
            cand add 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key'
            cand rm 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)'
        }
        &'carnet;help;profile;guardian;add'= {
        }
        &'carnet;help;profile;guardian;rm'= {
        }
        &'carnet;help;profile;key'= {
        }
        &'carnet;help;profile;handover'= {
        }
        &'carnet;help;rekey'= {
        }
        &'carnet;help;export'= {
        }
        &'carnet;help;bundle'= {
            cand inspect 'Show a bundle''s manifest (after verifying it)'
            cand verify 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)'
            cand open 'Verify, then unpack into DIR (nothing is written if verification fails)'
            cand import 'Verify, then add the bundle''s documents to this vault, with their author and flags'
            cand create 'A professional''s report bundle for one patient, signed with their own key (no vault needed)'
        }
        &'carnet;help;bundle;inspect'= {
        }
        &'carnet;help;bundle;verify'= {
        }
        &'carnet;help;bundle;open'= {
        }
        &'carnet;help;bundle;import'= {
        }
        &'carnet;help;bundle;create'= {
        }
        &'carnet;help;trust'= {
            cand list 'The folders and profiles pinned on this machine, and the vault id each holds'
            cand accept 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled'
        }
        &'carnet;help;trust;list'= {
        }
        &'carnet;help;trust;accept'= {
        }
        &'carnet;help;remote'= {
            cand add 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]'
            cand list 'The remotes and when each last synced'
            cand rm 'Forget a remote (its objects stay where they are)'
            cand prune 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period'
        }
        &'carnet;help;remote;add'= {
        }
        &'carnet;help;remote;list'= {
        }
        &'carnet;help;remote;rm'= {
        }
        &'carnet;help;remote;prune'= {
        }
        &'carnet;help;sync'= {
        }
        &'carnet;help;clone'= {
        }
        &'carnet;help;device'= {
            cand list 'The replicas of this vault and when each last synced'
            cand rm 'Retire a lost device: its later changes are refused everywhere'
        }
        &'carnet;help;device;list'= {
        }
        &'carnet;help;device;rm'= {
        }
        &'carnet;help;backup'= {
        }
        &'carnet;help;restore'= {
        }
        &'carnet;help;inbox'= {
            cand add 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed'
            cand list 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)'
            cand import 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)'
            cand accept 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)'
            cand recipient 'Print the vault''s public recipient, checked against its key (to pin on a scanner)'
        }
        &'carnet;help;inbox;add'= {
        }
        &'carnet;help;inbox;list'= {
        }
        &'carnet;help;inbox;import'= {
        }
        &'carnet;help;inbox;accept'= {
        }
        &'carnet;help;inbox;recipient'= {
        }
        &'carnet;help;agent'= {
            cand start 'Unlock the vault once and keep it unlocked in a background agent for a while'
            cand status 'Which vaults agents hold, and for how long still'
            cand stop 'Make the agent of the selected vault (or every agent) forget its key and exit'
            cand serve 'The agent process itself (run by `agent start`, which hands it the key on stdin)'
        }
        &'carnet;help;agent;start'= {
        }
        &'carnet;help;agent;status'= {
        }
        &'carnet;help;agent;stop'= {
        }
        &'carnet;help;agent;serve'= {
        }
        &'carnet;help;completions'= {
        }
        &'carnet;help;help'= {
        }
    ]
    $completions[$command]
}
