
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'carnet' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'carnet'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'carnet' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('--exit-codes', '--exit-codes', [CompletionResultType]::ParameterName, 'Print the table of exit codes and exit (with --json: an array of {code, meaning})')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a vault')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add documents (files, directories with -r, or - for stdin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List documents, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document''s metadata and who can see it now')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Decrypt a document to a file or stdout (journaled)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a document''s title, type, date or tags')
            [CompletionResult]::new('mask', 'mask', [CompletionResultType]::ParameterValue, 'Mask documents from professionals (MASQUE_PS), or from some with --from')
            [CompletionResult]::new('unmask', 'unmask', [CompletionResultType]::ParameterValue, 'Undo mask')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete documents (asks first unless --yes)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the index, every blob and the journal chain')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Holder, counts, grants, new journal events, signing-key fingerprint')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Read the access journal, or verify it')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage extra unlock recipients')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Vault settings')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Whether professionals can see documents now, and the rule that decided')
            [CompletionResult]::new('pro', 'pro', [CompletionResultType]::ParameterValue, 'Professionals: add, list, show, edit, remove; primary doctor; block')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a professional time-limited access (everything the rules allow, or some types or documents)')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'List active grants (with --all, expired and revoked ones too)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one grant (ID or unique prefix), or all of a professional''s active grants (RPPS)')
            [CompletionResult]::new('emergency', 'emergency', [CompletionResultType]::ParameterValue, 'The holder''s emergency consents: SAMU, break-glass, masked documents; the emergency kit')
            [CompletionResult]::new('medical', 'medical', [CompletionResultType]::ParameterValue, 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Make an imported INVISIBLE_PATIENT document visible now')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Caregivers: children''s profiles, guardians, the minor''s own key, handover at majority')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Read, verify, unpack or import a bundle')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Which vault each folder and profile holds (pinned on this machine): list, accept a change')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull what other devices wrote, merge, push what this one wrote')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'A new replica of a vault from a remote, on this machine')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'The replicas of this vault and when each last synced; retire a lost one')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring a backup back as a working vault, on this machine or a new one')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'An inbox that needs no secret: a scanner drops documents, the holder''s next unlock folds them in')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An unlock agent: type the passphrase once, later commands need none until it forgets')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Holder''s name')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Holder''s birth date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--ins', '--ins', [CompletionResultType]::ParameterName, 'Holder''s INS (NIR, 15 characters, checked)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--no-passphrase', '--no-passphrase', [CompletionResultType]::ParameterName, 'No passphrase: unlock only with the --recipient identities')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;add' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name (ordonnance, biologie…)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name (ordonnance, biologie…)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (default: the file name without extension)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'RPPS of the professional who wrote it')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Walk directories. Links met on the way are skipped with a warning (dangling ones too); links to directories are never followed')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Walk directories. Links met on the way are skipped with a warning (dangling ones too); links to directories are never followed')
            [CompletionResult]::new('--follow-symlinks', '--follow-symlinks', [CompletionResultType]::ParameterName, 'Under -r, add the files that links point to, even outside the tree')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'Mask from professionals (MASQUE_PS)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hide from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Add every valid input and report each refused one (exit 8 when some were refused)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be added (same JSON), writing nothing')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Apply a changed sidecar (or flags) to a document already in the vault (journaled doc.edit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;list' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only this type (repeatable): short name, code or French name (biologie, ordonnance…)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type (repeatable): short name, code or French name (biologie, ordonnance…)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only documents written by this professional (RPPS)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only documents with this tag (case and accents ignored)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents dated this day or later (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only documents dated this day or earlier (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text to find in titles, file names, tags, authors'' names and specialties (case and accents ignored)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N documents (the newest)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--masked', '--masked', [CompletionResultType]::ParameterName, 'Only masked documents (globally or from some professionals)')
            [CompletionResult]::new('--unmasked', '--unmasked', [CompletionResultType]::ParameterName, 'Only documents masked from nobody')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;show' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file or directory; `-` forces stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file or directory; `-` forces stdout')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'New type: short name, code or French name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'New type: short name, code or French name')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'New document date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove a tag (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;mask' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only from these professionals (RPPS, repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;unmask' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only from these professionals (RPPS, repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also delete documents written by a professional (journaled as forced)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;check' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Remove leftovers of interrupted writes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;status' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;journal' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries from this day or later (YYYY-MM-DD or JJ/MM/AAAA), or an RFC 3339 instant')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Actor type, id (IdNat/RPPS) or name')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Action (doc.view) or group (doc, doc.*)')
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'Only entries about this document (ID or prefix)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table, or json with --json)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain head (seq and hash)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;journal;verify' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;journal;head' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;journal;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain head (seq and hash)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;journal;help;verify' {
            break
        }
        'carnet;journal;help;head' {
            break
        }
        'carnet;journal;help;help' {
            break
        }
        'carnet;passwd' {
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from FILE (first line)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;key' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a recipient unlock the vault')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List unlock methods')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a recipient''s unlock method')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;key;add' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label to recognise it by')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;key;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;key;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;key;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a recipient unlock the vault')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List unlock methods')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a recipient''s unlock method')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;key;help;add' {
            break
        }
        'carnet;key;help;list' {
            break
        }
        'carnet;key;help;rm' {
            break
        }
        'carnet;key;help;help' {
            break
        }
        'carnet;settings' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List settings and values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (journaled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;settings;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;settings;set' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List settings and values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (journaled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;settings;help;list' {
            break
        }
        'carnet;settings;help;set' {
            break
        }
        'carnet;settings;help;help' {
            break
        }
        'carnet;access' {
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'Only this document')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'The guardians'' view of a child''s profile (rules guardian, guardian_hidden)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known professionals, their status and access standing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a professional, their standing and their grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a professional''s name, specialty, place or recipient')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Set the primary doctor (médecin traitant), or --unset it')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a professional: they get nothing; their active grants are revoked')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a professional (revives no grant: grant again if you want)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;pro;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name, e.g. "Dr Claire Dubois"')
            [CompletionResult]::new('--specialty', '--specialty', [CompletionResultType]::ParameterName, 'Specialty, e.g. "cardiologie"')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Where they practise')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'age or ssh recipient exports for them are encrypted to')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Fingerprint of the key they sign bundles with (SHA256:…, as their `carnet status` prints it)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Make them the primary doctor (médecin traitant)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;show' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--specialty', '--specialty', [CompletionResultType]::ParameterName, 'New specialty ("" clears it)')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'New place ("" clears it)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'New age or ssh recipient')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'New bundle-signing key fingerprint (SHA256:…)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--no-recipient', '--no-recipient', [CompletionResultType]::ParameterName, 'Forget the recorded recipient')
            [CompletionResult]::new('--no-signer', '--no-signer', [CompletionResultType]::ParameterName, 'Forget the pinned bundle-signing key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;primary' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'No primary doctor any more')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;block' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;unblock' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;pro;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known professionals, their status and access standing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a professional, their standing and their grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a professional''s name, specialty, place or recipient')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Set the primary doctor (médecin traitant), or --unset it')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a professional: they get nothing; their active grants are revoked')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a professional (revives no grant: grant again if you want)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;pro;help;add' {
            break
        }
        'carnet;pro;help;list' {
            break
        }
        'carnet;pro;help;show' {
            break
        }
        'carnet;pro;help;edit' {
            break
        }
        'carnet;pro;help;rm' {
            break
        }
        'carnet;pro;help;primary' {
            break
        }
        'carnet;pro;help;block' {
            break
        }
        'carnet;pro;help;unblock' {
            break
        }
        'carnet;pro;help;help' {
            break
        }
        'carnet;grant' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long: 90s, 45m, 12h, 30d, 2w, or in French 30j, 2sem, 3mois')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Until when: YYYY-MM-DD or JJ/MM/AAAA (end of that day, local time), or RFC 3339')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only documents of this type (repeatable; short name, code or French name)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only documents of this type (repeatable; short name, code or French name)')
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'Only this document (repeatable; ID or unique prefix)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;grants' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also expired and revoked grants')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;revoke' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;emergency' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the three emergency consents')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed')
            [CompletionResult]::new('kit', 'kit', [CompletionResultType]::ParameterValue, 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;emergency;status' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;emergency;set' {
            [CompletionResult]::new('--samu', '--samu', [CompletionResultType]::ParameterName, 'SAMU regulation centre (Centre 15) access, consent ETREAT')
            [CompletionResult]::new('--break-glass', '--break-glass', [CompletionResultType]::ParameterName, 'Break-glass access by other professionals, consent BTG')
            [CompletionResult]::new('--masked', '--masked', [CompletionResultType]::ParameterName, 'Masked documents readable in an emergency, consent MASKED')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;emergency;kit' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory to write the kit into (created 0700; must be new or empty)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory to write the kit into (created 0700; must be new or empty)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Who the bundle is for: break-glass (any professional who finds the card) or samu')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin) instead of generating one')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--print-passphrase', '--print-passphrase', [CompletionResultType]::ParameterName, 'Print the bundle''s passphrase on the wallet card (else tell it to your close ones)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a previous kit in DIR (only a directory holding nothing but kit files)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;emergency;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the three emergency consents')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed')
            [CompletionResult]::new('kit', 'kit', [CompletionResultType]::ParameterValue, 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;emergency;help;status' {
            break
        }
        'carnet;emergency;help;set' {
            break
        }
        'carnet;emergency;help;kit' {
            break
        }
        'carnet;emergency;help;help' {
            break
        }
        'carnet;medical' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of an item (ID or unique prefix); "" clears an optional field')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an item (kept in `medical history` unless --purge)')
            [CompletionResult]::new('mask', 'mask', [CompletionResultType]::ParameterValue, 'Mask an item from every professional, or from one (--from RPPS)')
            [CompletionResult]::new('unmask', 'unmask', [CompletionResultType]::ParameterValue, 'Undo `medical mask`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every item ever recorded, removed ones too, by date (one kind with KIND)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the blood group, advance directives, organ donation wish, or "no known …"')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'A printable summary in French (PDF, one or two pages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;show' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'An allergy or intolerance')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'A condition or past illness')
            [CompletionResult]::new('treatment', 'treatment', [CompletionResultType]::ParameterValue, 'A treatment (medicine)')
            [CompletionResult]::new('vaccination', 'vaccination', [CompletionResultType]::ParameterValue, 'A vaccination')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A contact: trusted person (personne de confiance), relative, doctor…')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;add;allergy' {
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'How severe a reaction is')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Whether it is current (default active)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Known since this date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'SNOMED CT or CIM-10 code (snomed:91936005, cim10:Z88.0), or CIS/ATC for a medicine')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;condition' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Since this date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Until this date, when it is over (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Whether it is current (default active)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'SNOMED CT or CIM-10 code (snomed:195967001, cim10:J45.9)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;treatment' {
            [CompletionResult]::new('--dose', '--dose', [CompletionResultType]::ParameterName, 'Dose and rhythm, e.g. "1 cp le matin"')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Taken since this date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Taken until this date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'CIS code (BDPM, 8 digits) or ATC code (cis:60234100, atc:H03AA01)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;vaccination' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was given (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--lot', '--lot', [CompletionResultType]::ParameterName, 'The batch number on the vaccination record')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'CIS or ATC code of the vaccine')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;measure' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was measured (YYYY-MM-DD or JJ/MM/AAAA); default today')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;contact' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'trusted-person, parent, spouse, partner, child, sibling, relative, friend, guardian, doctor, other')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;add;help' {
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'An allergy or intolerance')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'A condition or past illness')
            [CompletionResult]::new('treatment', 'treatment', [CompletionResultType]::ParameterValue, 'A treatment (medicine)')
            [CompletionResult]::new('vaccination', 'vaccination', [CompletionResultType]::ParameterValue, 'A vaccination')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A contact: trusted person (personne de confiance), relative, doctor…')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;add;help;allergy' {
            break
        }
        'carnet;medical;add;help;condition' {
            break
        }
        'carnet;medical;add;help;treatment' {
            break
        }
        'carnet;medical;add;help;vaccination' {
            break
        }
        'carnet;medical;add;help;measure' {
            break
        }
        'carnet;medical;add;help;contact' {
            break
        }
        'carnet;medical;add;help;help' {
            break
        }
        'carnet;medical;edit' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label, medicine, vaccine or contact name')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'New code (snomed:…, cim10:…, cis:…, atc:…)')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'New severity of an allergy')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status of an allergy or condition')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'New start date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'New end date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'New date of a vaccination or measure (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--dose', '--dose', [CompletionResultType]::ParameterName, 'New dose of a treatment')
            [CompletionResult]::new('--lot', '--lot', [CompletionResultType]::ParameterName, 'New batch number of a vaccination')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'A measure''s value (its unit with --unit)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'New UCUM unit of a measure')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New role of a contact')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'New phone number of a contact')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address of a contact')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Delete it from the history too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;mask' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only from these professionals (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;unmask' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only from these professionals (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;history' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;set' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('blood-group', 'blood-group', [CompletionResultType]::ParameterValue, 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-')
            [CompletionResult]::new('directives', 'directives', [CompletionResultType]::ParameterValue, 'Advance directives (directives anticipées), as text')
            [CompletionResult]::new('organ-donation', 'organ-donation', [CompletionResultType]::ParameterValue, 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)')
            [CompletionResult]::new('no-known', 'no-known', [CompletionResultType]::ParameterValue, 'State explicitly that there are no known allergies, conditions or current treatments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;set;blood-group' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;set;directives' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;set;organ-donation' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--hidden-from-guardians', '--hidden-from-guardians', [CompletionResultType]::ParameterName, 'In a child''s profile: hidden from the guardians, sealed to the minor''s own key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;set;no-known' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;set;help' {
            [CompletionResult]::new('blood-group', 'blood-group', [CompletionResultType]::ParameterValue, 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-')
            [CompletionResult]::new('directives', 'directives', [CompletionResultType]::ParameterValue, 'Advance directives (directives anticipées), as text')
            [CompletionResult]::new('organ-donation', 'organ-donation', [CompletionResultType]::ParameterValue, 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)')
            [CompletionResult]::new('no-known', 'no-known', [CompletionResultType]::ParameterValue, 'State explicitly that there are no known allergies, conditions or current treatments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;set;help;blood-group' {
            break
        }
        'carnet;medical;set;help;directives' {
            break
        }
        'carnet;medical;set;help;organ-donation' {
            break
        }
        'carnet;medical;set;help;no-known' {
            break
        }
        'carnet;medical;set;help;help' {
            break
        }
        'carnet;medical;summary' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the PDF ("-" for standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the PDF ("-" for standard output)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;medical;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of an item (ID or unique prefix); "" clears an optional field')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an item (kept in `medical history` unless --purge)')
            [CompletionResult]::new('mask', 'mask', [CompletionResultType]::ParameterValue, 'Mask an item from every professional, or from one (--from RPPS)')
            [CompletionResult]::new('unmask', 'unmask', [CompletionResultType]::ParameterValue, 'Undo `medical mask`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every item ever recorded, removed ones too, by date (one kind with KIND)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the blood group, advance directives, organ donation wish, or "no known …"')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'A printable summary in French (PDF, one or two pages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;medical;help;show' {
            break
        }
        'carnet;medical;help;add' {
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'An allergy or intolerance')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'A condition or past illness')
            [CompletionResult]::new('treatment', 'treatment', [CompletionResultType]::ParameterValue, 'A treatment (medicine)')
            [CompletionResult]::new('vaccination', 'vaccination', [CompletionResultType]::ParameterValue, 'A vaccination')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A contact: trusted person (personne de confiance), relative, doctor…')
            break
        }
        'carnet;medical;help;add;allergy' {
            break
        }
        'carnet;medical;help;add;condition' {
            break
        }
        'carnet;medical;help;add;treatment' {
            break
        }
        'carnet;medical;help;add;vaccination' {
            break
        }
        'carnet;medical;help;add;measure' {
            break
        }
        'carnet;medical;help;add;contact' {
            break
        }
        'carnet;medical;help;edit' {
            break
        }
        'carnet;medical;help;rm' {
            break
        }
        'carnet;medical;help;mask' {
            break
        }
        'carnet;medical;help;unmask' {
            break
        }
        'carnet;medical;help;history' {
            break
        }
        'carnet;medical;help;set' {
            [CompletionResult]::new('blood-group', 'blood-group', [CompletionResultType]::ParameterValue, 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-')
            [CompletionResult]::new('directives', 'directives', [CompletionResultType]::ParameterValue, 'Advance directives (directives anticipées), as text')
            [CompletionResult]::new('organ-donation', 'organ-donation', [CompletionResultType]::ParameterValue, 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)')
            [CompletionResult]::new('no-known', 'no-known', [CompletionResultType]::ParameterValue, 'State explicitly that there are no known allergies, conditions or current treatments')
            break
        }
        'carnet;medical;help;set;blood-group' {
            break
        }
        'carnet;medical;help;set;directives' {
            break
        }
        'carnet;medical;help;set;organ-donation' {
            break
        }
        'carnet;medical;help;set;no-known' {
            break
        }
        'carnet;medical;help;summary' {
            break
        }
        'carnet;medical;help;help' {
            break
        }
        'carnet;release' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;keygen' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the identity to FILE (0600) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the identity to FILE (0600) instead of stdout')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--signing', '--signing', [CompletionResultType]::ParameterName, 'A bundle-signing key (Ed25519) for `carnet bundle create` instead of an age identity (needs -o FILE; prints its fingerprint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Profiles under the data dir: holder, birth date, age, guardians, default')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a child''s profile, opened by whatever opens your own vault')
            [CompletionResult]::new('guardian', 'guardian', [CompletionResultType]::ParameterValue, 'Guardians of a child''s profile: add or remove a second guardian''s key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the profile over to the young adult at majority: new key, their own unlock methods only')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;profile;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;create' {
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'The child''s birth date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The child''s name (default: the profile''s name)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;guardian' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;profile;guardian;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The guardian''s name, as the journal shows it')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;guardian;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;guardian;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;profile;guardian;help;add' {
            break
        }
        'carnet;profile;guardian;help;rm' {
            break
        }
        'carnet;profile;guardian;help;help' {
            break
        }
        'carnet;profile;key' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;handover' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The young adult''s own recipient (repeatable)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'The young adult''s own recipient (repeatable)')
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the young adult''s new passphrase from FILE (first line); without it or --recipient, prompts twice')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Hand over before the birthday at majority-age (journaled as forced)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Profiles under the data dir: holder, birth date, age, guardians, default')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a child''s profile, opened by whatever opens your own vault')
            [CompletionResult]::new('guardian', 'guardian', [CompletionResultType]::ParameterValue, 'Guardians of a child''s profile: add or remove a second guardian''s key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the profile over to the young adult at majority: new key, their own unlock methods only')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;profile;help;list' {
            break
        }
        'carnet;profile;help;create' {
            break
        }
        'carnet;profile;help;guardian' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)')
            break
        }
        'carnet;profile;help;guardian;add' {
            break
        }
        'carnet;profile;help;guardian;rm' {
            break
        }
        'carnet;profile;help;key' {
            break
        }
        'carnet;profile;help;handover' {
            break
        }
        'carnet;profile;help;help' {
            break
        }
        'carnet;rekey' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--drop-passphrase', '--drop-passphrase', [CompletionResultType]::ParameterName, 'Remove the passphrase unlock instead of re-wrapping it (the other unlock methods stay)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;export' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For this professional (RPPS): what the policy lets them see now')
            [CompletionResult]::new('--emergency', '--emergency', [CompletionResultType]::ParameterName, 'An emergency bundle under the holder''s consents')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age')
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'Only these documents (repeatable), if the policy allows them')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`age` (an age file) or `html` (a page that decrypts itself in a browser, with a generated passphrase)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every document you can see, with its metadata (portability)')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'ASCII-armored output (PEM)')
            [CompletionResult]::new('--armor', '--armor', [CompletionResultType]::ParameterName, 'ASCII-armored output (PEM)')
            [CompletionResult]::new('--with-summary', '--with-summary', [CompletionResultType]::ParameterName, 'With --for: also carry the medical profile as an International Patient Summary (fhir/patient-summary.json; emergency bundles always do)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;bundle' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a bundle''s manifest (after verifying it)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Verify, then unpack into DIR (nothing is written if verification fails)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Verify, then add the bundle''s documents to this vault, with their author and flags')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A professional''s report bundle for one patient, signed with their own key (no vault needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;bundle;inspect' {
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Also check who signed it (the fingerprint `carnet status` shows)')
            [CompletionResult]::new('--bundle-identity', '--bundle-identity', [CompletionResultType]::ParameterName, 'Identity that decrypts the bundle (default: --identity)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;bundle;verify' {
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Also check who signed it (the fingerprint `carnet status` shows)')
            [CompletionResult]::new('--bundle-identity', '--bundle-identity', [CompletionResultType]::ParameterName, 'Identity that decrypts the bundle (default: --identity)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;bundle;open' {
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Also check who signed it (the fingerprint `carnet status` shows)')
            [CompletionResult]::new('--bundle-identity', '--bundle-identity', [CompletionResultType]::ParameterName, 'Identity that decrypts the bundle (default: --identity)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory to unpack into (created if missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory to unpack into (created if missing)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist in DIR')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;bundle;import' {
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Also check who signed it (the fingerprint `carnet status` shows)')
            [CompletionResult]::new('--bundle-identity', '--bundle-identity', [CompletionResultType]::ParameterName, 'Identity that decrypts the bundle (default: --identity)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--other-patient', '--other-patient', [CompletionResultType]::ParameterName, 'Import a bundle about another patient than this vault''s holder (journaled)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;bundle;create' {
            [CompletionResult]::new('--signing-key', '--signing-key', [CompletionResultType]::ParameterName, 'The professional''s signing key (from `carnet keygen --signing`)')
            [CompletionResult]::new('--patient-name', '--patient-name', [CompletionResultType]::ParameterName, 'The patient''s name, as on their records (family name in capitals splits it in the FHIR file)')
            [CompletionResult]::new('--patient-birth-date', '--patient-birth-date', [CompletionResultType]::ParameterName, 'The patient''s birth date (YYYY-MM-DD or JJ/MM/AAAA)')
            [CompletionResult]::new('--patient-ins', '--patient-ins', [CompletionResultType]::ParameterName, 'The patient''s INS (NIR, 15 characters, checked)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name (compte-rendu-consultation, biologie…)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name (compte-rendu-consultation, biologie…)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (default: the file name without extension)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'RPPS of the professional who wrote the documents (needed unless each sidecar names an author)')
            [CompletionResult]::new('--author-name', '--author-name', [CompletionResultType]::ParameterName, 'The author''s name, shown in the bundle''s index and FHIR file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file (`-` = stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file (`-` = stdout)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Encrypt to this recipient, the patient''s key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Encrypt to this recipient, the patient''s key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable)')
            [CompletionResult]::new('--bundle-passphrase-file', '--bundle-passphrase-file', [CompletionResultType]::ParameterName, 'Read the bundle''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--invisible-patient', '--invisible-patient', [CompletionResultType]::ParameterName, 'Hold the documents from the patient until an announcement consultation (INVISIBLE_PATIENT; visible at the latest one month after import)')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'Encrypt with a passphrase (asked twice, or --bundle-passphrase-file)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'ASCII-armored output (PEM)')
            [CompletionResult]::new('--armor', '--armor', [CompletionResultType]::ParameterName, 'ASCII-armored output (PEM)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;bundle;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a bundle''s manifest (after verifying it)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Verify, then unpack into DIR (nothing is written if verification fails)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Verify, then add the bundle''s documents to this vault, with their author and flags')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A professional''s report bundle for one patient, signed with their own key (no vault needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;bundle;help;inspect' {
            break
        }
        'carnet;bundle;help;verify' {
            break
        }
        'carnet;bundle;help;open' {
            break
        }
        'carnet;bundle;help;import' {
            break
        }
        'carnet;bundle;help;create' {
            break
        }
        'carnet;bundle;help;help' {
            break
        }
        'carnet;trust' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folders and profiles pinned on this machine, and the vault id each holds')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;trust;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;trust;accept' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;trust;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folders and profiles pinned on this machine, and the vault id each holds')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;trust;help;list' {
            break
        }
        'carnet;trust;help;accept' {
            break
        }
        'carnet;trust;help;help' {
            break
        }
        'carnet;remote' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The remotes and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Forget a remote (its objects stay where they are)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;remote;add' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint (self-hosted stores), kept with the remote')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region, kept with the remote')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;remote;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;remote;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;remote;prune' {
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Keep what became unneeded more recently than this (e.g. 30d, 12h; 0d: no grace)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;remote;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The remotes and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Forget a remote (its objects stay where they are)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;remote;help;add' {
            break
        }
        'carnet;remote;help;list' {
            break
        }
        'carnet;remote;help;rm' {
            break
        }
        'carnet;remote;help;prune' {
            break
        }
        'carnet;remote;help;help' {
            break
        }
        'carnet;sync' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;clone' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint (self-hosted stores)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;device' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The replicas of this vault and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Retire a lost device: its later changes are refused everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;device;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;device;rm' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;device;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The replicas of this vault and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Retire a lost device: its later changes are refused everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;device;help;list' {
            break
        }
        'carnet;device;help;rm' {
            break
        }
        'carnet;device;help;help' {
            break
        }
        'carnet;backup' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The backup file to write (`-` = stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The backup file to write (`-` = stdout)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin''s')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin''s')
            [CompletionResult]::new('--backup-passphrase-file', '--backup-passphrase-file', [CompletionResultType]::ParameterName, 'Read the backup''s passphrase from FILE (first line; `-` = stdin)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'Encrypt with a passphrase (asked twice, or --backup-passphrase-file)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;restore' {
            [CompletionResult]::new('--backup-passphrase-file', '--backup-passphrase-file', [CompletionResultType]::ParameterName, 'Read the backup''s passphrase from FILE (first line); default: the vault passphrase given to unlock')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a vault this machine knows (the one at the target, or an older copy of it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'carnet;inbox' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)')
            [CompletionResult]::new('recipient', 'recipient', [CompletionResultType]::ParameterValue, 'Print the vault''s public recipient, checked against its key (to pin on a scanner)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;inbox;add' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Drop into a remote of the vault (a folder or s3://BUCKET/PREFIX) instead of the vault folder: for a scanner that is not a replica')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'The vault''s recipient (age1…), from the holder: checked and pinned on this machine')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Document type: short name, code or French name')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (default: the file name without extension)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Document date (default: a leading YYYY-MM-DD in the file name, else its mtime)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'RPPS of the professional who wrote it')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Walk directories (links are skipped with a warning)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Walk directories (links are skipped with a warning)')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'Mask from professionals (MASQUE_PS)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Drop every valid input and report each refused one (exit 8 when some were refused)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;inbox;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;inbox;import' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;inbox;accept' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every inbox import not yet seen')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;inbox;recipient' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;inbox;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)')
            [CompletionResult]::new('recipient', 'recipient', [CompletionResultType]::ParameterValue, 'Print the vault''s public recipient, checked against its key (to pin on a scanner)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;inbox;help;add' {
            break
        }
        'carnet;inbox;help;list' {
            break
        }
        'carnet;inbox;help;import' {
            break
        }
        'carnet;inbox;help;accept' {
            break
        }
        'carnet;inbox;help;recipient' {
            break
        }
        'carnet;inbox;help;help' {
            break
        }
        'carnet;agent' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Unlock the vault once and keep it unlocked in a background agent for a while')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which vaults agents hold, and for how long still')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Make the agent of the selected vault (or every agent) forget its key and exit')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'The agent process itself (run by `agent start`, which hands it the key on stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;agent;start' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the agent holds the key (90s, 15m, 2h; at most 7d)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;agent;status' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;agent;stop' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Stop every agent of this user, whatever vault it holds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;agent;serve' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;agent;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Unlock the vault once and keep it unlocked in a background agent for a while')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which vaults agents hold, and for how long still')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Make the agent of the selected vault (or every agent) forget its key and exit')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'The agent process itself (run by `agent start`, which hands it the key on stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;agent;help;start' {
            break
        }
        'carnet;agent;help;status' {
            break
        }
        'carnet;agent;help;stop' {
            break
        }
        'carnet;agent;help;serve' {
            break
        }
        'carnet;agent;help;help' {
            break
        }
        'carnet;completions' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault directory (overrides --profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file used to unlock (X25519, OpenSSH key, or plugin identity)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from FILE (`-` = stdin); first line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON value on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where a prompt would be needed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'carnet;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a vault')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add documents (files, directories with -r, or - for stdin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List documents, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document''s metadata and who can see it now')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Decrypt a document to a file or stdout (journaled)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a document''s title, type, date or tags')
            [CompletionResult]::new('mask', 'mask', [CompletionResultType]::ParameterValue, 'Mask documents from professionals (MASQUE_PS), or from some with --from')
            [CompletionResult]::new('unmask', 'unmask', [CompletionResultType]::ParameterValue, 'Undo mask')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete documents (asks first unless --yes)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the index, every blob and the journal chain')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Holder, counts, grants, new journal events, signing-key fingerprint')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Read the access journal, or verify it')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change or set the vault passphrase (rewraps the key; O(1) in vault size)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage extra unlock recipients')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Vault settings')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Whether professionals can see documents now, and the rule that decided')
            [CompletionResult]::new('pro', 'pro', [CompletionResultType]::ParameterValue, 'Professionals: add, list, show, edit, remove; primary doctor; block')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a professional time-limited access (everything the rules allow, or some types or documents)')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'List active grants (with --all, expired and revoked ones too)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one grant (ID or unique prefix), or all of a professional''s active grants (RPPS)')
            [CompletionResult]::new('emergency', 'emergency', [CompletionResultType]::ParameterValue, 'The holder''s emergency consents: SAMU, break-glass, masked documents; the emergency kit')
            [CompletionResult]::new('medical', 'medical', [CompletionResultType]::ParameterValue, 'The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Make an imported INVISIBLE_PATIENT document visible now')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Caregivers: children''s profiles, guardians, the minor''s own key, handover at majority')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'New vault key: every document and the index re-encrypted, unlock methods re-wrapped')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export an encrypted, signed bundle: for a professional, for an emergency, or everything')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Read, verify, unpack or import a bundle')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Which vault each folder and profile holds (pinned on this machine): list, accept a change')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull what other devices wrote, merge, push what this one wrote')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'A new replica of a vault from a remote, on this machine')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'The replicas of this vault and when each last synced; retire a lost one')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring a backup back as a working vault, on this machine or a new one')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'An inbox that needs no secret: a scanner drops documents, the holder''s next unlock folds them in')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An unlock agent: type the passphrase once, later commands need none until it forgets')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'carnet;help;init' {
            break
        }
        'carnet;help;add' {
            break
        }
        'carnet;help;list' {
            break
        }
        'carnet;help;show' {
            break
        }
        'carnet;help;get' {
            break
        }
        'carnet;help;edit' {
            break
        }
        'carnet;help;mask' {
            break
        }
        'carnet;help;unmask' {
            break
        }
        'carnet;help;rm' {
            break
        }
        'carnet;help;check' {
            break
        }
        'carnet;help;status' {
            break
        }
        'carnet;help;journal' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain head (seq and hash)')
            break
        }
        'carnet;help;journal;verify' {
            break
        }
        'carnet;help;journal;head' {
            break
        }
        'carnet;help;passwd' {
            break
        }
        'carnet;help;key' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a recipient unlock the vault')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List unlock methods')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a recipient''s unlock method')
            break
        }
        'carnet;help;key;add' {
            break
        }
        'carnet;help;key;list' {
            break
        }
        'carnet;help;key;rm' {
            break
        }
        'carnet;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List settings and values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (journaled)')
            break
        }
        'carnet;help;settings;list' {
            break
        }
        'carnet;help;settings;set' {
            break
        }
        'carnet;help;access' {
            break
        }
        'carnet;help;pro' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a professional (one per RPPS; adding twice is refused, use `pro edit`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known professionals, their status and access standing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a professional, their standing and their grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a professional''s name, specialty, place or recipient')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a professional (their active grants are revoked, journaled; a blocked one is kept)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Set the primary doctor (médecin traitant), or --unset it')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a professional: they get nothing; their active grants are revoked')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a professional (revives no grant: grant again if you want)')
            break
        }
        'carnet;help;pro;add' {
            break
        }
        'carnet;help;pro;list' {
            break
        }
        'carnet;help;pro;show' {
            break
        }
        'carnet;help;pro;edit' {
            break
        }
        'carnet;help;pro;rm' {
            break
        }
        'carnet;help;pro;primary' {
            break
        }
        'carnet;help;pro;block' {
            break
        }
        'carnet;help;pro;unblock' {
            break
        }
        'carnet;help;grant' {
            break
        }
        'carnet;help;grants' {
            break
        }
        'carnet;help;revoke' {
            break
        }
        'carnet;help;emergency' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the three emergency consents')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change emergency consents (journaled); masked allow needs samu or break-glass allowed')
            [CompletionResult]::new('kit', 'kit', [CompletionResultType]::ParameterValue, 'Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card')
            break
        }
        'carnet;help;emergency;status' {
            break
        }
        'carnet;help;emergency;set' {
            break
        }
        'carnet;help;emergency;kit' {
            break
        }
        'carnet;help;medical' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an allergy, condition, treatment, vaccination, measure or contact (journaled)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of an item (ID or unique prefix); "" clears an optional field')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an item (kept in `medical history` unless --purge)')
            [CompletionResult]::new('mask', 'mask', [CompletionResultType]::ParameterValue, 'Mask an item from every professional, or from one (--from RPPS)')
            [CompletionResult]::new('unmask', 'unmask', [CompletionResultType]::ParameterValue, 'Undo `medical mask`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every item ever recorded, removed ones too, by date (one kind with KIND)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the blood group, advance directives, organ donation wish, or "no known …"')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'A printable summary in French (PDF, one or two pages)')
            break
        }
        'carnet;help;medical;show' {
            break
        }
        'carnet;help;medical;add' {
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'An allergy or intolerance')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'A condition or past illness')
            [CompletionResult]::new('treatment', 'treatment', [CompletionResultType]::ParameterValue, 'A treatment (medicine)')
            [CompletionResult]::new('vaccination', 'vaccination', [CompletionResultType]::ParameterValue, 'A vaccination')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A contact: trusted person (personne de confiance), relative, doctor…')
            break
        }
        'carnet;help;medical;add;allergy' {
            break
        }
        'carnet;help;medical;add;condition' {
            break
        }
        'carnet;help;medical;add;treatment' {
            break
        }
        'carnet;help;medical;add;vaccination' {
            break
        }
        'carnet;help;medical;add;measure' {
            break
        }
        'carnet;help;medical;add;contact' {
            break
        }
        'carnet;help;medical;edit' {
            break
        }
        'carnet;help;medical;rm' {
            break
        }
        'carnet;help;medical;mask' {
            break
        }
        'carnet;help;medical;unmask' {
            break
        }
        'carnet;help;medical;history' {
            break
        }
        'carnet;help;medical;set' {
            [CompletionResult]::new('blood-group', 'blood-group', [CompletionResultType]::ParameterValue, 'ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-')
            [CompletionResult]::new('directives', 'directives', [CompletionResultType]::ParameterValue, 'Advance directives (directives anticipées), as text')
            [CompletionResult]::new('organ-donation', 'organ-donation', [CompletionResultType]::ParameterValue, 'The person''s wish about organ donation, as text (France presumes consent; refusals go to the national register)')
            [CompletionResult]::new('no-known', 'no-known', [CompletionResultType]::ParameterValue, 'State explicitly that there are no known allergies, conditions or current treatments')
            break
        }
        'carnet;help;medical;set;blood-group' {
            break
        }
        'carnet;help;medical;set;directives' {
            break
        }
        'carnet;help;medical;set;organ-donation' {
            break
        }
        'carnet;help;medical;set;no-known' {
            break
        }
        'carnet;help;medical;summary' {
            break
        }
        'carnet;help;release' {
            break
        }
        'carnet;help;keygen' {
            break
        }
        'carnet;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Profiles under the data dir: holder, birth date, age, guardians, default')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a child''s profile, opened by whatever opens your own vault')
            [CompletionResult]::new('guardian', 'guardian', [CompletionResultType]::ParameterValue, 'Guardians of a child''s profile: add or remove a second guardian''s key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Register the minor''s own key: it unlocks the profile as its holder, and hidden documents are sealed to it')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the profile over to the young adult at majority: new key, their own unlock methods only')
            break
        }
        'carnet;help;profile;list' {
            break
        }
        'carnet;help;profile;create' {
            break
        }
        'carnet;help;profile;guardian' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a guardian''s unlock method (then run `carnet --profile NAME rekey`)')
            break
        }
        'carnet;help;profile;guardian;add' {
            break
        }
        'carnet;help;profile;guardian;rm' {
            break
        }
        'carnet;help;profile;key' {
            break
        }
        'carnet;help;profile;handover' {
            break
        }
        'carnet;help;rekey' {
            break
        }
        'carnet;help;export' {
            break
        }
        'carnet;help;bundle' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a bundle''s manifest (after verifying it)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Verify, then unpack into DIR (nothing is written if verification fails)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Verify, then add the bundle''s documents to this vault, with their author and flags')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A professional''s report bundle for one patient, signed with their own key (no vault needed)')
            break
        }
        'carnet;help;bundle;inspect' {
            break
        }
        'carnet;help;bundle;verify' {
            break
        }
        'carnet;help;bundle;open' {
            break
        }
        'carnet;help;bundle;import' {
            break
        }
        'carnet;help;bundle;create' {
            break
        }
        'carnet;help;trust' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folders and profiles pinned on this machine, and the vault id each holds')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled')
            break
        }
        'carnet;help;trust;list' {
            break
        }
        'carnet;help;trust;accept' {
            break
        }
        'carnet;help;remote' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The remotes and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Forget a remote (its objects stay where they are)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove what no replica needs any more: deleted documents'' contents and old snapshots, after a grace period')
            break
        }
        'carnet;help;remote;add' {
            break
        }
        'carnet;help;remote;list' {
            break
        }
        'carnet;help;remote;rm' {
            break
        }
        'carnet;help;remote;prune' {
            break
        }
        'carnet;help;sync' {
            break
        }
        'carnet;help;clone' {
            break
        }
        'carnet;help;device' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The replicas of this vault and when each last synced')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Retire a lost device: its later changes are refused everywhere')
            break
        }
        'carnet;help;device;list' {
            break
        }
        'carnet;help;device;rm' {
            break
        }
        'carnet;help;backup' {
            break
        }
        'carnet;help;restore' {
            break
        }
        'carnet;help;inbox' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Encrypt documents into the vault''s inbox with its public recipient: no unlock, no secret needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Unlock and fold everything waiting into the vault (any unlocking command folds one batch first)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Mark inbox imports as seen, so that exports to professionals may carry them (journaled)')
            [CompletionResult]::new('recipient', 'recipient', [CompletionResultType]::ParameterValue, 'Print the vault''s public recipient, checked against its key (to pin on a scanner)')
            break
        }
        'carnet;help;inbox;add' {
            break
        }
        'carnet;help;inbox;list' {
            break
        }
        'carnet;help;inbox;import' {
            break
        }
        'carnet;help;inbox;accept' {
            break
        }
        'carnet;help;inbox;recipient' {
            break
        }
        'carnet;help;agent' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Unlock the vault once and keep it unlocked in a background agent for a while')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which vaults agents hold, and for how long still')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Make the agent of the selected vault (or every agent) forget its key and exit')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'The agent process itself (run by `agent start`, which hands it the key on stdin)')
            break
        }
        'carnet;help;agent;start' {
            break
        }
        'carnet;help;agent;status' {
            break
        }
        'carnet;help;agent;stop' {
            break
        }
        'carnet;help;agent;serve' {
            break
        }
        'carnet;help;completions' {
            break
        }
        'carnet;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
