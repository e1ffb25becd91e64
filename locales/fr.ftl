# Les messages de carnet en français, pour un patient : le vocabulaire de
# Mon espace santé (document, professionnel de santé, masquer, historique
# des accès…). Chaque identifiant existe aussi dans en.ftl.

## La forme d'une erreur (sortie d'erreur)
error-label = erreur :
hint-label = conseil :
cause-label = cause :

## Erreurs de src/error.rs
err-busy = le carnet est occupé : une autre commande carnet est en train de le modifier ({ $path })
err-busy-hint = attendez que l'autre commande carnet se termine, ou augmentez CARNET_LOCK_TIMEOUT (en secondes)
err-io-permission-hint = vérifiez les droits du fichier et que le carnet vous appartient
err-io-not-found-hint = vérifiez le chemin
err-io-refused-hint = vérifiez que le serveur fonctionne et l'adresse du dépôt distant (AWS_ENDPOINT ou --endpoint), puis synchronisez à nouveau
err-io-hint = vérifiez le disque (place libre, droits) et lancez `carnet check`
err-db-corrupt = l'index du carnet est abîmé ou a été modifié ({ $detail })
err-db-corrupt-hint = restaurez index.age depuis une sauvegarde de confiance ; `carnet check` donne le détail
err-db = erreur de la base d'index : { $detail }
err-unexpected-hint = ceci est inattendu ; relancez avec -v pour en voir les causes, et signalez-le si cela se reproduit
err-other-hint = ceci est inattendu ; signalez-le, avec la commande qui a échoué, si cela se reproduit

## Erreurs de la ligne de commande
err-no-command = aucune commande indiquée
err-usage-hint = utilisation : { $usage } (ajoutez --help pour le détail)
err-add-help-hint = ajoutez --help à la commande pour savoir comment l'utiliser

## Ouverture et déverrouillage
err-no-vault = aucun carnet dans { $path }
err-no-vault-hint = créez-en un avec `carnet init`, ou indiquez où il se trouve avec --vault DOSSIER ou --profile NOM
err-wrong-passphrase = impossible d'ouvrir le carnet : phrase secrète incorrecte
err-wrong-passphrase-hint = réessayez ; si vous l'avez oubliée, ouvrez-le avec une clé enregistrée par `carnet key add`
err-not-an-unlock-method = impossible d'ouvrir le carnet : { $source } ne fait pas partie des moyens de l'ouvrir
err-not-an-unlock-method-hint = utilisez la clé donnée à `carnet init --recipient` ou à `carnet key add`, ou la phrase secrète
err-no-unlock-method = aucun moyen d'ouvrir le carnet : ni clé, ni fichier de phrase secrète, ni terminal pour la demander
err-no-unlock-method-hint = indiquez --identity FICHIER (ou CARNET_IDENTITY), ou --passphrase-file FICHIER (ou CARNET_PASSPHRASE_FILE) ; ou ouvrez-le une fois pour un moment avec `carnet agent start` (aucun agent ne le garde ouvert en ce moment)
err-read-passphrase = impossible de lire la phrase secrète : { $detail }
err-try-again = réessayez
err-empty-passphrase = la phrase secrète est vide
err-confirm-needed = confirmation nécessaire : { $question }
err-confirm-needed-hint = ajoutez { $flag } pour confirmer sans question
err-read-answer = impossible de lire la réponse : { $detail }
err-pass-flag = ajoutez { $flag }

## Documents et professionnels de santé
err-no-document = aucun document avec l'identifiant { $id }
err-no-document-hint = `carnet list` affiche les identifiants des documents (les 4 premiers caractères suffisent s'ils sont uniques)
err-ambiguous-id = le début d'identifiant { $id } désigne plusieurs documents : { $matches }
err-ambiguous-id-hint = tapez davantage de caractères de l'identifiant
err-no-pro = aucun professionnel de santé avec le RPPS { $rpps } dans ce carnet
err-no-pro-hint = ajoutez-le d'abord : carnet pro add { $rpps } --name "Dr …"
# Erreurs de la ligne de commande (clap ne parle qu'anglais)
err-arg-unknown = option inattendue : { $arg }
err-arg-invalid-value = valeur { $value } incorrecte pour { $arg }
err-arg-invalid-value-why = valeur { $value } incorrecte pour { $arg } : { $why }
err-arg-missing = il manque des arguments obligatoires : { $args }
err-arg-conflict = { $arg } ne peut pas être utilisé avec { $other }
err-subcommand-unknown = commande inconnue : { $name }
err-arg-no-value = { $arg } attend une valeur
err-arg-too-many = valeur inattendue { $value } pour { $arg }
err-arg-repeated = { $arg } ne peut être donné qu'une fois
hint-similar = { $what ->
    [command] une commande proche existe
   *[other] une option proche existe
  } : { $names }
hint-possible-values = valeurs possibles : { $values }

## En-têtes des tableaux (sortie pour les personnes ; les clés JSON ne changent jamais)
col-action = ACTION
col-actor = ACTEUR
col-added = AJOUTÉ LE
col-age = ÂGE
col-at = QUAND
col-author = AUTEUR
col-born = NÉ(E) LE
col-code = CODE
col-consent = CONSENTEMENT
col-date = DATE
col-default = PAR DÉFAUT
col-details = DÉTAILS
col-device = APPAREIL
col-document = DOCUMENT
col-flags = REMARQUES
col-grant = ACCÈS
col-guardians = REPRÉSENTANTS LÉGAUX
col-holder = TITULAIRE
col-id = ID
col-kind = CATÉGORIE
col-label = LIBELLÉ
col-last-change-seen = DERNIER CHANGEMENT VU
col-last-sync = DERNIÈRE SYNCHRO
col-meaning = SIGNIFICATION
col-mode = MODE
col-name = NOM
col-path = CHEMIN
col-pinned = RETENU LE
col-professional = PROFESSIONNEL
col-profile = PROFIL
col-recipient = CLÉ PUBLIQUE
col-role = RÔLE
col-rpps = RPPS
col-rule = RÈGLE
col-seq = N°
col-setting = RÉGLAGE
col-size = TAILLE
col-specialty = SPÉCIALITÉ
col-state = ÉTAT
col-tags = MOTS-CLÉS
col-target = CIBLE
col-title = TITRE
col-type = TYPE
col-url = URL
col-value = VALEUR
col-vault-id = ID DU CARNET
col-visible = VISIBLE
col-who = QUI

## Libellés de `carnet show`
field-id = ID
field-title = Titre
field-type = Type
field-date = Date
field-author = Auteur
field-tags = Mots-clés
field-confidentiality = Confidentialité
field-masked-from = Masqué à
field-file = Fichier
field-sha-256 = SHA-256
field-added = Ajouté le
field-origin = Origine

## Messages des commandes
warning-label = attention :
label-vault = carnet { $path }
label-profile = profil { $name }
label-the-vault = carnet
keygen-public-key = Clé publique : { $key }
init-created = { $label } créé dans { $path }
init-next = ensuite : carnet add FICHIER…   (carnet --help pour en savoir plus)
list-more-sealed = ; { $n ->
    [one] un autre est masqué
   *[other] { $n } autres sont masqués
  } aux représentants légaux (chiffrés pour la clé propre du mineur)
list-more-hidden = ; { $n ->
    [one] un autre n'est
   *[other] { $n } autres ne sont
  } pas visibles par vous en ce moment
list-none = { $label } : aucun document ne correspond{ $note }
list-count = { $label } : { $n ->
    [0] aucun document
    [one] { $n } document
   *[other] { $n } documents
  }{ $note }
list-still-sealed = { $n ->
    [one] { $n } document est chiffré
   *[other] { $n } documents sont chiffrés
  } pour la clé propre du mineur : ouvrez le carnet avec elle (--identity) pour les lire
flag-masked = masqué
flag-masked-from = masqué à { $n }
flag-hidden-from-guardians = masqué aux représentants légaux
flag-sealed-minor = chiffré pour la clé du mineur
flag-inbox = boîte de dépôt
flag-inbox-unseen = boîte de dépôt, pas encore vu
show-origin-inbox = boîte de dépôt (déposé sans le secret du carnet)
show-origin-inbox-seen = boîte de dépôt (déposé sans le secret du carnet) ; vu maintenant : les exports peuvent l'inclure
show-guardians-see = Représentants légaux : ils le voient ({ $rule })
show-guardians-hidden = Représentants légaux : masqué pour eux, chiffré pour la clé propre du mineur ({ $rule })
show-who-no-pro = Qui peut le voir : vous ; ce carnet ne connaît aucun professionnel de santé (carnet pro add).
show-who = Qui peut le voir en ce moment :
show-yes = oui
show-no = non
show-done = { $label } : document { $id }
mask-masked = masqué aux professionnels de santé
mask-unmasked = visible à nouveau
mask-masked-from = masqué à { $who }
mask-unmasked-from = n'est plus masqué à { $who }
get-wrote-stdout = { $label } : { $id } écrit sur la sortie standard
get-wrote = { $label } : { $id } écrit dans { $path }
field-holder = Titulaire
field-acting-as = Agit comme
field-guardians = Représentants légaux
field-handed-over = Transmis le
field-documents = Documents
field-professionals = Professionnels
field-active-grants = Accès en cours
field-remote = Dépôt distant
field-devices = Appareils
field-journal = Historique
field-sealed = Chiffrés
field-failed-unlocks = Échecs d'ouverture
field-emergency = Urgence
field-unlock-methods = Moyens d'ouverture
field-signing-key = Clé de signature

## add, journal, check, remote, sync, clone, device, status
add-refused = refusé : { $error }
add-would-add = serait ajouté
add-duplicate = déjà présent
add-duplicate-changed = déjà présent, informations modifiées (--update les applique)
add-added = ajouté{"    "}
add-updated = modifié{"   "}
add-hidden-from-guardians = masqué aux représentants légaux, chiffré pour la clé du mineur
add-summary = { $label } : { $added ->
    [0] aucun document ajouté
    [one] 1 document ajouté
   *[other] { $added } documents ajoutés
  }, { $dups ->
    [0] aucun déjà présent
   *[other] { $dups } déjà présent(s)
  }
add-summary-dry = { $label } : { $added ->
    [0] aucun document ne serait ajouté
    [one] 1 document serait ajouté
   *[other] { $added } documents seraient ajoutés
  }, { $dups ->
    [0] aucun déjà présent
   *[other] { $dups } déjà présent(s)
  }
add-summary-refused = { $summary }, { $n ->
    [one] 1 refusé
   *[other] { $n } refusés
  }
journal-none = { $label } : aucune entrée de l'historique ne correspond
journal-count = { $label } : { $n ->
    [one] 1 entrée
   *[other] { $n } entrées
  } de l'historique des accès{ $note }
journal-sealed-note = ; { $n ->
    [one] 1 entrée chiffrée pour le mineur (seule sa clé l'ouvre)
   *[other] { $n } entrées chiffrées pour le mineur (seule sa clé les ouvre)
  }
journal-verify-ok = { $label } : historique intact, { $n } entrées, dernière { $seq } { $hash }
journal-verify-device = appareil { $device } : chaîne intacte, dernière { $seq } { $hash }
check-ok = { $label } : tout va bien — index authentifié, { $docs ->
    [one] 1 document déchiffré et vérifié
   *[other] { $docs } documents déchiffrés et vérifiés
  }, chaîne de l'historique ({ $entries } entrées) intacte
check-ok-repaired = { $ok }, { $n } reste(s) supprimé(s)
remote-added = dépôt distant { $name } ajouté ({ $url }) ; lancez `carnet sync` pour y envoyer ce carnet
remote-none = pas encore de dépôt distant : carnet remote add NOM DOSSIER (ou s3://BUCKET/PREFIXE)
sync-done = synchronisé avec { $remote } : reçu { $pulled } modification(s) et { $pulled_docs } document(s), envoyé { $pushed } modification(s) et { $pushed_docs } document(s)
sync-conflicts = { $done } ; { $n } conflit(s) réglé(s) (voir `carnet journal --action sync.conflict`)
clone-done = { $url } copié dans { $label } (appareil { $device }) ; `carnet sync` le tient à jour
device-none = ce carnet n'a pas encore de copie : `carnet remote add NOM DOSSIER` puis `carnet sync`
device-this-one = { $id } (celui-ci)
device-removed-at = retiré le { $at }
device-active = actif
status-unnamed = (sans nom)
status-born = , né(e) le { $date }
status-guardian = représentant légal { $name }
status-through = {" "}(par { $via })
status-documents = { $n } ({ $masked ->
    [0] aucun masqué
    [one] 1 masqué
   *[other] { $masked } masqués
  }{ $extra })
status-hidden-from-guardians = , { $n } masqué(s) aux représentants légaux
status-pros-known = { $n ->
    [0] aucun connu
    [one] 1 connu
   *[other] { $n } connus
  }
status-primary = , médecin traitant { $name } ({ $rpps })
status-none = aucun
status-grant-left = reste { $left } (jusqu'au { $until })
status-last-sync = (dernière synchronisation { $at })
status-never = jamais
status-devices = { $n } copie(s) (carnet device list)
status-journal = { $n } entrées, { $new } depuis votre dernière lecture (carnet journal)
status-sealed = { $records } élément(s) et { $entries } entrée(s) de l'historique réservés à la clé du mineur
status-failed-unlocks = { $n } signalé(s) depuis votre dernière lecture de l'historique (non authentifiés : toute personne ayant la clé publique peut en écrire)
status-emergency = SAMU { $samu }, bris de glace { $glass }, documents masqués { $masked }
status-allowed = autorisé
status-denied = refusé
status-guardian-changes = les représentants légaux ont modifié vos documents masqués ou vos clés { $n } fois
status-guardian-change = n°{ $seq } { $at } { $action } par { $who }
mask-done = { $label } : { $id } { $title } ({ $what })
mask-guardians-hidden = masqué aux représentants légaux, chiffré pour la clé du mineur
mask-guardians-already = déjà masqué aux représentants légaux
mask-guardians-visible = de nouveau visible par les représentants légaux
mask-guardians-was-not = n'était pas masqué aux représentants légaux

## Identifiants (RPPS, FINESS, ADELI, INS, IdNat_PS)
id-err-length = { $kind } { $value } incorrect : il faut { $expected }, et il y en a { $got }
id-err-format = { $kind } { $value } incorrect : il faut { $expected }
id-err-check-digit = { $kind } { $value } incorrect : le chiffre de contrôle devrait être { $digit }
id-err-all-zeros = { $kind } { $value } incorrect : un numéro fait de zéros n'est pas un vrai numéro
id-err-nir-key = INS { $value } incorrect : la clé devrait être { $key }
id-expected-rpps = 11 chiffres
id-expected-finess = 9 chiffres (ou 2A/2B suivi de 7 chiffres)
id-expected-adeli = 9 caractères : département (2 chiffres, 2A/2B ou 9A/9B/9C/9D/9F), profession (2 chiffres), numéro d'ordre (4 chiffres), chiffre de contrôle
id-expected-ins = 15 caractères : 13 chiffres (département 2A/2B accepté) et une clé de 2 chiffres
id-expected-idnatps = 8 suivi d'un RPPS (12 caractères) ou 0 suivi d'un numéro ADELI (10 caractères)
id-hint-rpps = vérifiez le numéro sur la carte du professionnel de santé (carte CPS) ou dans l'Annuaire Santé ; le dernier chiffre est un chiffre de contrôle (Luhn)
id-hint-finess = vérifiez le numéro de l'établissement dans le répertoire FINESS (finess.esante.gouv.fr) ; le dernier chiffre est un chiffre de contrôle (Luhn)
id-hint-adeli = vérifiez le numéro sur la carte du professionnel de santé (carte CPS) ou dans l'Annuaire Santé ; un numéro ADELI a 9 caractères, le dernier est un chiffre de contrôle (le RPPS est préférable)
id-hint-ins = vérifiez le numéro à 15 caractères sur la carte Vitale ou l'attestation de droits (les espaces sont ignorés) ; les deux derniers chiffres sont la clé
id-hint-idnatps = un IdNat_PS est 8 suivi du RPPS à 11 chiffres, ou 0 suivi du numéro ADELI à 9 caractères
field-emergency-kit = Kit d'urgence
status-kit-never = jamais créé (carnet emergency kit -o DOSSIER)
status-kit-made-ago = créé le { $at } (il y a { $ago })
status-kit-made = créé le { $at }
status-kit-up-to-date = { $when }, à jour
status-kit-stale = { $when }, périmé ({ $changed } modifiés depuis) : recréez-le avec carnet emergency kit -o DOSSIER --force
status-kit-part-profile = profil médical
status-kit-part-documents = documents de santé
status-kit-part-consents = consentements d'urgence
sync-inbox = ; boîte de dépôt : { $pulled } élément(s) récupéré(s) (la prochaine ouverture les range dans le carnet), { $removed } élément(s) rangé(s) retiré(s) du stockage distant

## ---------------------------------------------------------------- vault
## Messages of this area; keep new entries of this area below this line.
##
##

## ---------------------------------------------------------------- commands
## Messages of this area; keep new entries of this area below this line.
##
##
c-add-stdin-title = ajouter depuis l'entrée standard demande --title
c-add-stdin-title-hint = par exemple carnet add - --title "Compte rendu" --type compte-rendu-consultation
c-add-stdin-twice = l'entrée standard ne peut pas porter à la fois la phrase secrète (--passphrase-file -) et le document (-)
c-add-stdin-twice-hint = mettez la phrase secrète dans un fichier, ou ouvrez le carnet avec --identity
c-add-title-every = --title s'applique à tous les documents de cet ajout
c-add-partly = { $total ->
    [one] { $n } entrée sur { $total } refusée
   *[other] { $n } entrées sur { $total } refusées
  } (chacune signalée ci-dessus) ; toutes les autres ont été { $dry ->
    [yes] vérifiées
   *[no] ajoutées
  }
c-add-partly-hint = corrigez ou retirez les fichiers refusés et relancez : ce qui a été ajouté sera signalé comme déjà présent la prochaine fois
c-add-invalid = { $n } entrée(s) sur { $total } ne peuvent pas être ajoutées ; rien n'a été ajouté :
c-add-invalid-hint-none-valid = corrigez les entrées listées ; aucune n'était valable
c-add-invalid-hint = corrigez les entrées listées, ou indiquez --keep-going pour ajouter toutes celles qui sont valables (le code de sortie 8 dira alors que certaines ont été refusées)
c-progress-checking = vérification des contenus
c-check-problems = { $n ->
    [one] { $n } problème trouvé
   *[other] { $n } problèmes trouvés
  } dans { $label }
c-check-problems-hint = restaurez les fichiers endommagés depuis une sauvegarde ; la liste ci-dessus les nomme un par un
c-journal-head = { $label } : dernière entrée de l'historique des accès
c-journal-broken = l'entrée { $seq } de l'historique des accès est endommagée : la chaîne d'empreintes s'y rompt
c-journal-broken-device = l'entrée { $seq } de l'historique de l'appareil { $device } est endommagée : sa chaîne d'empreintes s'y rompt
c-journal-broken-hint = l'historique a été modifié hors de carnet ; restaurez index.age depuis une sauvegarde de confiance
c-journal-sealed-detail = sealed=(pour la clé du mineur)
c-journal-sealed-row = (chiffré pour le mineur)
c-shell-writing = écriture du script de complétion
c-init-exists = un carnet existe déjà dans { $path }
c-init-exists-hint = choisissez un autre --vault ou --profile ; carnet n'écrase jamais un carnet
c-init-no-passphrase = --no-passphrase demande au moins un --recipient pour ouvrir le carnet
c-init-no-passphrase-hint = ajoutez --recipient age1… (voir `carnet keygen`), ou retirez --no-passphrase
c-keygen-exists-hint = choisissez un autre fichier ; carnet n'écrase jamais une clé
c-io-syncing = enregistrement sur disque de { $path }
c-keygen-to-terminal = une clé secrète est écrite dans le terminal ; préférez -o FICHIER
c-keygen-stdout-failed = écriture de la nouvelle clé sur la sortie standard (rien n'a été conservé)
c-settings-done = { $label } : réglages
c-setting-masked-visible-to-primary = le médecin traitant voit aussi les documents masqués (false = règle stricte de Mon espace santé : seul l'auteur)
c-setting-majority-age = âge auquel le profil d'un enfant lui est remis
c-setting-majority-warning-days = nombre de jours avant la majorité à partir duquel status et profile list préviennent
c-settings-set = { $label } : { $key } = { $value } (auparavant { $previous })
c-release-done = { $label } : { $id } est désormais visible ({ $title })
c-io-writing-to = écriture dans { $path }
c-io-writing = écriture de { $path }
c-io-creating = création de { $path }
c-io-opening = ouverture de { $path }
c-io-reading = lecture de { $path }
c-io-writing-stdout = écriture sur la sortie standard
c-progress-writing = écriture
c-progress-verifying = vérification
c-progress-importing = import
c-progress-exporting = export
c-unlock-failed-attempts = { $n ->
    [one] { $n } tentative d'ouverture échouée : { $at }
   *[other] { $n } tentatives d'ouverture échouées : { $at }
  }
c-unlock-malformed = { $n } fiche(s) mal formée(s), ignorée(s)
c-unlock-unread = { $n } autre(s) fiche(s) comptée(s) mais non lue(s) (au plus { $max } sont lues à chaque ouverture)
c-unlock-failed-warning = depuis la dernière ouverture de ce carnet : { $parts }. Ces signalements ne sont pas authentifiés : quiconque connaît la clé publique du carnet et peut écrire dans son dossier peut en déposer un (noté comme unlock.failed dans l'historique)
c-no-command-hint = lancez `carnet --help` pour voir les commandes (par exemple `carnet list`, `carnet add FICHIER`)
c-pro-already-blocked = { $label } : { $who } est déjà bloqué (depuis le { $since }) ; rien n'a changé
c-pro-not-blocked = { $label } : { $who } n'est pas bloqué ; rien n'a changé
c-pro-blocked = { $label } : { $who } est bloqué : il n'a plus accès à rien, quels que soient ses accès autorisés ou son statut de médecin traitant
c-pro-had-no-grant = il n'avait aucun accès en cours
c-pro-revoked-grants = { $n ->
    [one] son accès en cours est retiré : { $ids }
   *[other] ses { $n } accès en cours sont retirés : { $ids }
  }
c-pro-blocked-primary = { $name } reste désigné comme médecin traitant, mais le blocage l'emporte ; changez-le avec carnet pro primary --unset ou carnet pro primary RPPS
c-pro-unblocked = { $label } : { $who } est débloqué ; aucun accès n'est rétabli (donnez-en un avec carnet grant { $rpps } --for …)
c-pro-unblocked-primary = en tant que votre médecin traitant, { $name } voit de nouveau vos documents non masqués
c-pro-removed = { $label } : { $who } est retiré
c-pro-no-primary-now = vous n'avez plus de médecin traitant (carnet pro primary RPPS)
c-pro-primary-both = donnez soit un RPPS, soit --unset, pas les deux
c-pro-primary-whom = qui ? donnez le RPPS du médecin traitant, ou --unset
c-pro-primary-hint = carnet pro primary RPPS, ou carnet pro primary --unset
c-pro-primary-unset = { $label } : { $who } n'est plus le médecin traitant ; il n'y en a plus
c-pro-primary-none = { $label } : il n'y a pas de médecin traitant ; rien à retirer
c-pro-primary-now = { $label } : { $who } est désormais le médecin traitant
c-pro-primary-no-longer = { $who } n'est plus le médecin traitant
c-pro-primary-already = { $label } : { $who } est déjà le médecin traitant ; rien n'a changé
c-pro-updated = { $label } : { $who } est mis à jour
c-pro-unchanged = { $label } : { $who } avait déjà ces informations ; rien n'a changé
c-flags-contradict = { $a } et { $b } se contredisent
c-pass-one-of-them = donnez l'une des deux options
c-nothing-to-change = rien à modifier
c-pro-edit-nothing-hint = donnez --name, --specialty, --place, --recipient, --no-recipient, --signer ou --no-signer
c-pro-added = { $label } : { $name } est ajouté (RPPS { $rpps }, IdNat { $idnat }){ $primary ->
    [yes] {" "}comme médecin traitant
   *[no] {""}
  }
c-pro-show-grants = Accès autorisés :
c-pro-show-revoked = , retiré le { $at }
c-pro-show-grant = {"  "}{ $id } { $state } du { $from } au { $to }{ $revoked } : { $scope }{ $private ->
    [yes] {" "}(privé)
   *[no] {""}
  }
c-pro-show-done = { $label } : professionnel de santé { $who }
c-no = non
c-pro-field-name = Nom
c-pro-field-specialty = Spécialité
c-pro-field-place = Lieu d'exercice
c-pro-field-recipient = Destinataire
c-pro-signer-pinned = { $fingerprint } (les paquets qui le nomment comme auteur doivent être signés par cette clé)
c-pro-signer-not-pinned = non enregistrée (ses paquets ne sont pas vérifiés)
c-pro-field-primary = Médecin traitant
c-pro-field-blocked = Bloqué
c-pro-blocked-since = oui, depuis le { $at }
c-pro-field-private = Privé
c-pro-private-yes = oui : masqué à vos représentants légaux
c-pro-field-access = Accès actuel
c-pro-list-none = { $label } : aucun professionnel de santé pour l'instant (carnet pro add RPPS --name "Dr …")
c-col-place = LIEU
c-col-status = STATUT
c-col-access = ACCÈS
c-col-active-grants = ACCÈS EN COURS
c-pro-list-count = { $label } : { $n ->
    [one] { $n } professionnel de santé
   *[other] { $n } professionnels de santé
  }
c-pro-status-private = privé (masqué aux représentants légaux)
c-pro-status-primary = médecin traitant
c-pro-status-blocked-since = bloqué depuis le { $date }
c-pro-status-blocked = bloqué
c-flag-empty = { $flag } est vide
c-flag-empty-hint = donnez une valeur, par exemple { $flag } "Dr Claire Dubois"
c-pro-bad-signer = --signer { $value } incorrect : ce n'est pas une empreinte de clé
c-pro-bad-signer-hint = donnez l'empreinte de la clé de signature de paquets du professionnel, telle qu'il vous la lit, sous la forme qu'affiche `carnet status` (SHA256: puis 43 caractères base64)
c-pro-no-recipient = aucun destinataire
c-pro-no-recipient-mine = aucun : une phrase secrète est demandée
c-pro-other-records = { $who } est aussi enregistré par vos représentants légaux (ou dans une fiche que vous n'avez pas écrite) avec un autre destinataire ({ $theirs }) ; carnet utilise votre propre fiche, et vos exports pour lui sont chiffrés pour son destinataire ({ $mine }). Vérifiez auprès du professionnel que ce destinataire est bien le sien.
c-scope-everything = tout ce que les règles permettent
c-scope-types = documents de type { $types }
c-scope-docs = document(s) { $docs }
c-grant-state-active = en cours (reste { $left })
c-grant-state-not-started = pas encore commencé
c-grant-state-expired = expiré le { $at }
c-grant-state-revoked = retiré le { $at }
c-sealed-records = { $n ->
    [one] { $n } fiche chiffrée pour le mineur (professionnels ou accès qu'il garde privés) : seule la clé du mineur l'ouvre
   *[other] { $n } fiches chiffrées pour le mineur (professionnels ou accès qu'il garde privés) : seule la clé du mineur les ouvre
  }
c-grant-done = { $label } : { $name } ({ $rpps }) a accès à : { $scope }, jusqu'au { $until } ({ $length }) ; accès { $id }
c-grant-end-hint = par exemple carnet grant RPPS --for 30j, ou carnet grant RPPS --until 30/06/2026
c-grant-end-both = donnez soit --for, soit --until, pas les deux
c-grant-end-none = un accès doit avoir une fin : --for DURÉE ou --until DATE
c-grant-already-primary = { $name } est votre médecin traitant et voit déjà tous vos documents (même masqués, sauf si le réglage masked-visible-to-primary est désactivé)
c-grant-stays-hidden = le document { $id } { $title } lui reste caché : { $why } ({ $rule })
c-grants-none = { $label } : aucun accès autorisé pour l'instant (carnet grant RPPS --for 30j)
c-grants-none-active = { $label } : aucun accès en cours ({ $all } au total ; carnet grants --all les liste)
c-grants-removed-pro = (retiré)
c-grants-private = { $state } (privé : masqué aux représentants légaux)
c-col-scope = PORTÉE
c-col-from = DU
c-col-until = AU
c-grants-count = { $label } : { $n ->
    [one] { $n } accès en cours
   *[other] { $n } accès en cours
  }
c-grants-count-all = { $label } : { $n } accès en cours, { $all } au total
c-revoke-done = { $label } : { $n ->
    [one] { $n } accès retiré
   *[other] { $n } accès retirés
  } pour { $name } ({ $rpps }) : { $ids }
c-revoke-none-active = { $label } : { $name } ({ $rpps }) n'a aucun accès en cours ; rien à retirer
c-revoke-already-revoked = { $label } : l'accès { $id } ({ $name }) a déjà été retiré le { $at } ; rien à faire
c-revoke-already-ended = { $label } : l'accès { $id } ({ $name }) a déjà pris fin le { $at } ; rien à retirer
c-access-no-documents = { $label } : aucun document
c-access-nothing = { $label } : rien à afficher ({ $pros } professionnel(s) de santé, { $docs } document(s), { $items } élément(s) médicaux)
c-access-count = { $label } : { $pros ->
    [one] { $pros } professionnel de santé
   *[other] { $pros } professionnels de santé
  }, { $docs ->
    [one] { $docs } document
   *[other] { $docs } documents
  }, { $items ->
    [one] { $items } élément médical
   *[other] { $items } éléments médicaux
  }
c-access-sealed-item = (élément médical masqué aux représentants légaux)
c-access-guardians = représentants légaux
c-export-rpps-hint = donnez le RPPS à 11 chiffres du professionnel de santé
c-export-html-recipient = un paquet --format html s'ouvre avec une phrase secrète, pas avec --recipient
c-export-html-recipient-hint = retirez --recipient (carnet génère alors une phrase secrète), ou utilisez --format age
c-export-needs-key = cet export demande --recipient R ou --passphrase
c-export-needs-key-hint = par exemple --recipient age1… (la clé de la personne qui l'ouvrira), ou --passphrase pour en choisir une
c-export-needs-output = cet export demande -o FICHIER
c-export-needs-output-hint = par exemple -o urgence.age (ou -o - pour la sortie standard)
c-bundle-passphrase-prompt = Phrase secrète du paquet
c-export-no-prompt = { $why }, et aucune saisie n'est possible
c-bundle-passphrase-file-hint = indiquez --bundle-passphrase-file FICHIER (sa première ligne est la phrase secrète) ou --recipient R, ou lancez la commande dans un terminal sans --no-input
c-export-passphrase-empty-hint = choisissez une phrase secrète de plusieurs mots, et transmettez-la au destinataire par un autre moyen (téléphone, de vive voix)
c-export-for = {" "}pour { $name } ({ $rpps })
c-export-for-samu = {" "}(urgence, SAMU)
c-export-for-glass = {" "}(urgence, bris de glace)
c-export-done = { $label } : { $n ->
    [one] { $n } document exporté
   *[other] { $n } documents exportés
  }{ $who } vers { $path }{ $size }, chiffré { $encryption ->
    [passphrase] avec une phrase secrète
   *[other] pour une clé
  }
c-export-bundle = paquet { $id } ; signé par { $signer }{ $until }
c-export-use-until = ; à utiliser jusqu'au { $until } (indicatif : rien ne l'impose une fois ouvert)
c-export-passphrase = phrase secrète ({ $words } mots, { $bits } bits ; transmettez-la au destinataire par téléphone ou de vive voix, elle n'est enregistrée nulle part) : { $passphrase }
c-export-emergency-recorded = cet export d'urgence est noté dans votre historique des accès (carnet journal --action export)
c-export-left-out = { $n ->
    [one] { $n } document écarté par les règles : { $rules }
   *[other] { $n } documents écartés par les règles : { $rules }
  }
c-export-held = { $n ->
    [one] { $n } document en attente n'est pas exporté
   *[other] { $n } documents en attente ne sont pas exportés
  } avant d'être libérés (INVISIBLE_PATIENT : carnet release ID une fois la consultation d'annonce passée, ou automatiquement un mois après l'import)
c-export-sealed-left-out = { $n ->
    [one] { $n } document masqué aux représentants légaux est écarté
   *[other] { $n } documents masqués aux représentants légaux sont écartés
  } : seule la clé propre du mineur les ouvre
c-open-exists = { $path } existe déjà
c-open-exists-hint = ajoutez --force pour remplacer les fichiers, ou ouvrez-le dans un dossier vide
c-open-not-dir-link = { $path } existe et n'est pas un dossier (un lien ?)
c-open-not-dir-link-hint = carnet n'écrit jamais à travers un lien ; ouvrez-le dans un dossier vide
c-open-not-dir = { $path } n'est pas un dossier
c-open-not-dir-hint = donnez un dossier où déballer le paquet (il est créé s'il n'existe pas)
c-open-done = paquet { $id } ouvert dans { $path } : { $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, { $others }
c-create-patient-name-hint = donnez le nom du patient tel qu'il figure dans son dossier, par exemple --patient-name "MARTIN Camille"
c-create-needs-key = bundle create demande --recipient R ou --passphrase
c-create-needs-key-hint = par exemple --recipient age1… (la clé du patient), ou --passphrase, et transmettez-la au patient par un autre moyen
c-create-no-prompt = le paquet doit être chiffré avec une phrase secrète, et aucune saisie n'est possible
c-create-passphrase-empty-hint = choisissez une phrase secrète de plusieurs mots, et transmettez-la au patient par un autre moyen (téléphone, de vive voix)
c-create-title-hint = donnez un titre, ou ne mettez pas l'option pour reprendre le nom du fichier
c-create-no-stdin = bundle create lit des fichiers, pas l'entrée standard
c-create-no-stdin-hint = enregistrez le document dans un fichier et donnez son nom
c-create-no-author = { $path } : aucun auteur
c-create-no-author-hint = un compte rendu nomme le professionnel de santé qui l'a écrit : indiquez --author RPPS (ou `author:` dans son fichier d'accompagnement)
c-create-done = paquet de comptes rendus { $id } pour { $patient } : { $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, signé par { $signer }, chiffré { $encryption ->
    [passphrase] avec une phrase secrète
   *[other] pour une clé
  }{ $written }
c-create-written = , écrit dans { $path }
c-create-held = caché au patient (INVISIBLE_PATIENT) jusqu'à la consultation d'annonce, au plus un mois après l'import
c-verify-intact = le paquet { $id } est intact : signature valide ; { $n ->
    [one] { $n } document
   *[other] { $n } documents
  } et { $members ->
    [one] { $members } fichier correspondent
   *[other] { $members } fichiers correspondent
  } aux tailles et aux SHA-256 du manifeste
c-inspect-bundle = Paquet
c-inspect-created = Créé le
c-inspect-expires = Expire le
c-inspect-advisory = { $at } (indicatif)
c-inspect-purpose = Motif
c-inspect-for = Pour
c-inspect-entry = entrée { $seq } ({ $hash })
c-inspect-signer = Signataire
c-inspect-no-documents = Documents : aucun
c-col-confidentiality = CONFIDENTIALITÉ
c-inspect-grant = {" "}(accès { $grant })
c-signed-checked = signé par { $fingerprint } (vérifié)
c-signed-unchecked-known = signé par { $fingerprint } (non vérifié par --signer)
c-signed-unchecked = signé par { $fingerprint } (non vérifié : indiquez --signer EMPREINTE, lue dans le `carnet status` du titulaire, pour prouver qui l'a créé)
c-signer-unknown = statut du signataire inconnu : { $why }
c-bundle-no-prompt = le paquet est chiffré avec une phrase secrète et aucune saisie n'est possible
c-bundle-no-prompt-hint = indiquez --bundle-passphrase-file FICHIER (sa première ligne est la phrase secrète), ou lancez la commande dans un terminal sans --no-input
c-bundle-passphrase-of = Phrase secrète de { $path }
c-bundle-no-identity = le paquet est chiffré pour une clé, et aucune clé n'a été donnée
c-bundle-no-identity-hint = indiquez --identity FICHIER (ou --bundle-identity FICHIER) avec la clé privée pour laquelle le paquet a été créé
c-bundle-no-vault-to-compare = aucun carnet ouvert pour comparer avec ses clés enregistrées (indiquez --identity ou --passphrase-file du carnet)
c-bundle-vault-unreadable = le carnet n'a pas pu être lu pour comparer avec ses clés enregistrées ({ $detail })
c-import-by = , par { $author }
c-import-done = { $label } : paquet { $id } importé : { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
  }, { $dups ->
    [one] { $dups } doublon
   *[other] { $dups } doublons
  }
c-import-held = { $n ->
    [one] { $n } document est mis en attente
   *[other] { $n } documents sont mis en attente
  } d'une consultation d'annonce (INVISIBLE_PATIENT) jusqu'au { $until } : { $ids } (carnet release ID une fois qu'elle a eu lieu)
c-emergency-set-hint = indiquez --samu, --break-glass et/ou --masked, chacun avec allow ou deny (voir carnet emergency status)
c-emergency-unchanged = { $label } : vos choix pour l'urgence étaient déjà ceux-là ; rien n'a changé
c-emergency-changed = { $label } : vos choix pour l'urgence ont changé : { $changes }
c-consent-allow = autorisé
c-consent-deny = refusé
c-emergency-status = { $label } : vos choix pour l'accès en urgence (à changer avec carnet emergency set)
c-emergency-samu-meaning = le centre de régulation du SAMU (Centre 15) peut recevoir un export d'urgence
c-emergency-glass-meaning = les autres professionnels de santé peuvent utiliser le bris de glace quand vous ne pouvez pas donner votre accord
c-emergency-masked-meaning = les documents masqués sont inclus dans les exports d'urgence
c-profile-minor-key = profil { $child } : { $key } est la clé propre de { $holder } : elle ouvre le profil en tant que titulaire, et les documents masqués aux représentants légaux sont chiffrés pour elle
c-profile-minor-key-before = le profil { $child } avait déjà { $n ->
    [one] { $n } clé
   *[other] { $n } clés
  } du mineur ; les documents masqués auparavant restent lisibles avec celles-là seulement
c-profile-created = profil { $child } créé pour { $holder } (né(e) le { $born }), ouvert par tout ce qui ouvre { $parent }
c-profile-created-next = ensuite : carnet --profile { $child } add FICHIER…   (carnet profile --help pour les représentants légaux, la clé du mineur, la remise)
c-progress-reencrypting = rechiffrement
c-handover-problem = { $problem } ; `carnet --profile { $child } check --repair` termine le nettoyage
c-handover-done = profil { $child } : remis à { $holder }{ $forced ->
    [yes] {" "}(avant la majorité, forcé)
   *[no] {""}
  } ; nouvelle clé du carnet, { $n ->
    [one] { $n } document rechiffré
   *[other] { $n } documents rechiffrés
  }
c-handover-a-passphrase = une phrase secrète
c-handover-opens-with = il s'ouvre désormais avec : { $methods }
c-handover-guardians-removed = représentants légaux retirés : { $names } (ils ne peuvent plus l'ouvrir)
c-handover-sealed = { $n ->
    [one] { $n } document reste chiffré
   *[other] { $n } documents restent chiffrés
  } pour la ou les clés du mineur, qui ouvrent toujours le carnet
c-guardian-added = profil { $child } : { $name } ({ $key }) est désormais représentant légal et peut l'ouvrir avec sa clé
c-guardian-removed = profil { $child } : { $name } ne peut plus l'ouvrir
c-guardian-rekey-advice = retirer un accès n'arrête pas quelqu'un qui a gardé une copie de la clé du carnet ; lancez `carnet --profile { $child } rekey` pour changer la clé elle-même
c-profiles-none = aucun profil dans { $path }
c-profile-handed-over = (remis)
c-profile-not-yours = (pas à vous de l'ouvrir)
c-key-removed = { $label } : { $key } ne peut plus ouvrir le carnet
c-key-rekey-advice = retirer un accès n'arrête pas quelqu'un qui a gardé une copie de la clé du carnet ; lancez `carnet rekey` pour changer la clé elle-même
c-key-added = { $label } : { $key } peut désormais ouvrir le carnet
c-key-list-count = { $label } : { $n ->
    [one] { $n } moyen d'ouverture
   *[other] { $n } moyens d'ouverture
  }
c-key-passphrase = (phrase secrète)
c-trust-already = { $label } : le carnet { $id } est déjà celui que cette machine connaît à cet endroit ; rien à accepter
c-trust-accepted-instead = { $label } : carnet { $id } accepté à la place du carnet { $previous } (noté comme vault.accept dans l'historique)
c-trust-accepted-mac = { $label } : carnet { $id } accepté, et le MAC de son représentant légal est écrit (noté comme vault.accept dans l'historique)
c-trust-none = aucun carnet enregistré sur cette machine pour l'instant (un carnet est enregistré à sa création ou à sa première ouverture)
c-rekey-problem = { $problem } ; `carnet check --repair` termine le nettoyage
c-rekey-new-signing-key = vos paquets sont désormais signés avec une nouvelle clé : donnez aux professionnels de santé qui vérifient vos paquets (`bundle verify --signer`) la nouvelle empreinte affichée par `carnet status`
c-rekey-done = { $label } : nouvelle clé du carnet ; { $n ->
    [one] { $n } document rechiffré
   *[other] { $n } documents rechiffrés
  }{ $sealed }, { $methods ->
    [one] { $methods } moyen d'ouverture mis à jour
   *[other] { $methods } moyens d'ouverture mis à jour
  }, désormais dans { $generation }
c-rekey-sealed = {" "}({ $n } chiffré(s) pour le mineur, déplacé(s) tels quels)
c-rekey-passphrase-dropped = la phrase secrète n'ouvre plus le carnet (--drop-passphrase) ; définissez-en une de nouveau avec `carnet passwd`
c-rekey-current-passphrase = Phrase secrète actuelle de { $label } (conservée après le changement de clé)
c-rekey-needs-passphrase = le carnet a une phrase secrète, et rekey en a besoin pour la conserver avec la nouvelle clé
c-rekey-needs-passphrase-hint = indiquez --passphrase-file FICHIER (la phrase secrète actuelle), lancez la commande dans un terminal, ou indiquez --drop-passphrase pour supprimer la phrase secrète (les autres moyens d'ouverture restent)
c-rekey-wrong-passphrase = ce n'est pas la phrase secrète du carnet
c-rekey-wrong-passphrase-hint = donnez la phrase secrète actuelle (--passphrase-file FICHIER), ou --drop-passphrase
c-passwd-changed = { $label } : phrase secrète modifiée
c-passwd-set = { $label } : phrase secrète définie
c-edit-title-hint = donnez un titre non vide
c-edit-nothing-hint = indiquez --title, --type, --date, --tag ou --untag
c-edit-done = { $label } : { $id } ({ $title }) est mis à jour
c-get-binary = carnet n'écrit pas un document binaire ({ $media }) dans le terminal
c-get-binary-hint = indiquez -o FICHIER ou -o DOSSIER, ou -o - pour forcer la sortie standard
c-mask-own-author = { $author } est l'auteur de { $id } : masquer un document à son propre auteur n'a aucun effet (règle masked_author)
c-restore-needs-identity = cette sauvegarde est chiffrée pour des clés, pas avec une phrase secrète
c-restore-needs-identity-hint = restaurez avec --identity FICHIER : une clé pour laquelle la sauvegarde a été faite
c-restore-done = { $label } : sauvegarde du { $at } restaurée (carnet { $vault }, { $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, historique jusqu'à l'entrée { $seq }, vérifiée) ; cette copie est l'appareil { $device }{ $replaced }
c-restore-replaced = ; le carnet { $id } qui s'y trouvait a été remplacé
c-restore-no-file = aucun fichier de sauvegarde { $path }
c-restore-file-hint = donnez le chemin d'un fichier écrit par `carnet backup -o FICHIER`
c-restore-not-age = { $path } n'est pas un fichier age : { $detail }
c-restore-not-age-hint = donnez le chemin d'un fichier écrit par `carnet backup -o FICHIER` ; rien n'a été modifié
c-restore-no-prompt = cette sauvegarde est chiffrée avec une phrase secrète, et aucune saisie n'est possible
c-restore-no-prompt-hint = indiquez --backup-passphrase-file FICHIER (sa première ligne est la phrase secrète)
c-restore-passphrase-prompt = Phrase secrète de la sauvegarde
c-backup-no-recipient = { $label } n'a aucune clé d'ouverture pour laquelle chiffrer la sauvegarde (il ne s'ouvre qu'avec une phrase secrète ou le carnet d'un représentant légal)
c-backup-no-recipient-hint = indiquez --passphrase (demandée deux fois, ou --backup-passphrase-file FICHIER) ou --recipient age1… (celui de votre propre clé)
c-backup-skipped = { $path } : laissé hors de la sauvegarde (ni un fichier ni un dossier écrit par carnet)
c-backup-done = { $label } : sauvegarde écrite dans { $path } ({ $files } fichiers, { $bytes } octets, historique jusqu'à l'entrée { $seq }) ; chiffrée pour { $to }
c-backup-recipients = { $n ->
    [one] { $n } clé
   *[other] { $n } clés
  }
c-backup-passphrase-prompt = Phrase secrète de la sauvegarde
c-backup-no-prompt = la sauvegarde doit être chiffrée avec une phrase secrète, et aucune saisie n'est possible
c-backup-no-prompt-hint = indiquez --backup-passphrase-file FICHIER (sa première ligne est la phrase secrète) ou --recipient R, ou lancez la commande dans un terminal sans --no-input
c-backup-passphrase-empty-hint = choisissez une phrase secrète de plusieurs mots, et gardez-la à part de la sauvegarde
c-remote-pruned = { $name } nettoyé : { $blobs } contenu(s) de document et { $snapshots } ancien(s) instantané(s) supprimés ; { $kept } conservé(s) pendant le délai de grâce
c-remote-removed = dépôt distant { $name } retiré (ses objets restent où ils sont)
c-device-removed = appareil { $id } retiré : ses modifications ultérieures sont refusées ; lancez maintenant `carnet rekey` (il détient encore l'ancienne clé)
c-rm-by-pro = { $id } a été écrit par un professionnel de santé ({ $author }) ; le supprimer demande --force
c-rm-by-pro-hint = masquez-le plutôt (carnet mask ID), ou indiquez --force pour le supprimer quand même (noté comme forcé dans l'historique)
c-rm-confirm = Supprimer { $names } ?
c-rm-nothing-deleted = rien n'a été supprimé
c-rm-deleted = { $label } : { $id } ({ $title }) supprimé
c-passphrase-repeat = Répétez la phrase secrète
c-passphrase-mismatch = les phrases secrètes ne correspondent pas
c-unlock-prompt = Phrase secrète de { $label }
c-new-passphrase-prompt = Nouvelle phrase secrète
c-new-passphrase-no-prompt = une nouvelle phrase secrète est nécessaire et aucune saisie n'est possible
c-new-passphrase-no-prompt-hint = indiquez { $flag } FICHIER (sa première ligne est la phrase secrète), ou lancez la commande dans un terminal sans --no-input
c-new-passphrase-empty-hint = choisissez une phrase secrète de plusieurs mots

## ---------------------------------------------------------------- medical-inbox-backup-agent
## Messages of this area; keep new entries of this area below this line.
##
##
