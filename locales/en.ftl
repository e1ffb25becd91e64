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
err-no-unlock-method-hint = pass --identity FILE (or CARNET_IDENTITY), or --passphrase-file FILE (or CARNET_PASSPHRASE_FILE)
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
