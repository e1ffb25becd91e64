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

## ---------------------------------------------------------------- medical-inbox-backup-agent
## Messages of this area; keep new entries of this area below this line.
##
##
