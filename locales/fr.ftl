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
add-would-update = serait modifié
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
sync-copies-refetched = { $n } copie(s) locale(s) manquante(s) de modifications d'autres appareils, nécessaire(s) à ce carnet, récupérée(s) à nouveau depuis le dépôt distant
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
# Said of documents (plural agreement in French).
status-allowed-plural = autorisés
status-denied-plural = refusés
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
v-vault-exists = un carnet existe déjà dans { $path }
v-vault-exists-hint = choisissez un autre --vault ou --profile ; carnet n'écrase jamais un carnet existant
v-no-unlock-method = un carnet a besoin d'au moins un moyen d'ouverture
v-no-unlock-method-hint = donnez une phrase secrète (--passphrase-file FICHIER, ou à la demande) ou au moins un --recipient
v-index-missing = l'index du carnet { $path } est introuvable
v-index-missing-hint = restaurez index.age depuis une sauvegarde
v-rollback = l'historique du carnet s'arrête à l'entrée { $seq }, alors que carnet a déjà vu l'entrée { $seen } de ce carnet : un index.age plus ancien a été remis en place (retour en arrière)
v-rollback-hint = remettez le plus récent index.age dont vous disposez ; pour revenir volontairement à un état antérieur, restaurez une sauvegarde avec `carnet restore FICHIER --force` (voir docs/security.md)
v-fork = l'historique du carnet ne prolonge pas celui que carnet a vu auparavant (l'entrée { $seen } diffère) : l'index a été remplacé par une copie divergente
v-fork-hint = remettez l'index auquel vous faites confiance ; voir docs/security.md
v-config-corrupt = { $path } est endommagé : { $detail }
v-config-corrupt-hint = restaurez vault.json depuis une sauvegarde
v-not-a-vault = { $path } n'est pas un carnet
v-not-a-vault-hint = vérifiez le chemin donné à --vault
v-vault-too-new = ce carnet est au format { $version }, plus récent que ce que cette version de carnet comprend ({ $known })
v-upgrade-carnet-hint = mettez carnet à jour
v-recipient-file-corrupt = le fichier des destinataires du carnet est endommagé ({ $detail })
v-restore-from-backup-hint = restaurez-le depuis une sauvegarde
v-no-passphrase = ce carnet n'a pas de phrase secrète
v-no-passphrase-hint = ouvrez-le avec --identity FICHIER (l'un des destinataires du carnet), ou définissez une phrase secrète avec `carnet passwd`
v-your-passphrase = votre phrase secrète
v-planted-key = impossible d'ouvrir { $path } : { $files } s'ouvre avec { $who } mais contient une clé qui n'ouvre pas ce carnet (un fichier de clé déposé par quelqu'un qui ne connaît que votre destinataire public, ou un index.age remplacé)
v-planted-key-hint = ouvrez le carnet avec un autre de ses moyens d'ouverture : `carnet check --repair` déplace les fichiers de clé déposés dans quarantine/, et un fichier déposé à la place de votre propre fichier de clé s'en va avec `carnet key rm R` puis `carnet key add R` (R : votre destinataire) ; ou restaurez keys/ et index.age depuis une sauvegarde de confiance
v-the-passphrase = la phrase secrète
v-key-file-skipped = impossible d'ouvrir { $path } : { $what }, pas un fichier de clé, donc { $method } n'a pas pu être essayé(e)
v-key-file-skipped-hint = quelqu'un qui peut écrire dans le dossier du carnet l'a peut-être remplacé : sortez-le de keys/ et restaurez-le depuis une sauvegarde, ou ouvrez le carnet avec un autre de ses moyens d'ouverture (`carnet check --repair` le déplace alors dans quarantine/)
v-method-removed = impossible d'ouvrir le carnet : ce moyen d'ouverture a été retiré (son fichier de clé est un reste)
v-method-removed-hint = ouvrez-le avec l'un des moyens que montre `carnet key list` ; `carnet check --repair` supprime le reste
v-handed-over-no-guardians = ce carnet a été remis à son titulaire : il n'y a plus de représentants légaux à qui masquer des documents
v-handed-over-no-guardians-hint = ajoutez le document sans --hidden-from-guardians
v-not-a-child-vault = on ne masque des documents aux représentants légaux que dans le carnet d'un enfant, et celui-ci n'en est pas un
v-not-a-child-vault-hint = créez le profil de l'enfant avec `carnet profile create NOM --birth-date DATE`, puis utilisez --profile NOM
v-no-minor-key = aucune clé propre au mineur n'est enregistrée : un document masqué aux représentants légaux est scellé pour elle
v-no-minor-key-hint = enregistrez-la d'abord : carnet profile key NOM R   (R = la clé publique age1… ou ssh du mineur)
v-private-author = le professionnel de santé { $rpps } est privé, et un document visible par vos représentants légaux montre son auteur
v-private-author-hint = ajoutez-le avec --hidden-from-guardians (son auteur est alors scellé lui aussi), ou sans --author
v-sealed-no-minor-key = le document { $id } est scellé, et aucune clé du mineur n'est enregistrée pour le sceller à nouveau
v-sealed-no-minor-key-hint = enregistrez la clé du mineur : carnet profile key NOM R
v-private-mask = { $name } ({ $rpps }) est un professionnel de santé privé, et vos représentants légaux voient à qui un document est masqué
v-private-mask-hint = un professionnel de santé que vous gardez privé ne voit que ce que vous lui autorisez : limitez plutôt son accès (carnet grant { $rpps } --type T --doc ID)
v-not-held-back = le document { $id } n'est pas en attente de consultation d'annonce (non visible par le patient, INVISIBLE_PATIENT)
v-not-held-back-hint = seuls les documents qu'un professionnel de santé a envoyés avec INVISIBLE_PATIENT sont à rendre visibles
v-grant-too-long = la durée de l'accès est trop longue
v-grant-too-long-hint = donnez un --for plus court, ou une date --until
v-grant-end-past = la fin de l'accès ({ $at }) n'est pas dans le futur
v-grant-end-past-hint = donnez un --until plus tardif (une date seule désigne la fin de ce jour), ou --for DURÉE
v-grant-blocked = { $name } ({ $rpps }) est bloqué : un professionnel de santé bloqué ne peut pas recevoir d'accès
v-grant-blocked-hint = pour lui redonner accès, débloquez-le d'abord : carnet pro unblock { $rpps }
v-private-primary = { $name } ({ $rpps }) est un professionnel de santé privé (scellé pour vos représentants légaux), et le médecin traitant leur est visible : un professionnel privé ne peut pas être le médecin traitant
v-private-primary-hint = donnez-lui plutôt un accès, qui reste privé : carnet grant { $rpps } --until DATE
v-pro-blocked = { $who } est bloqué : { $what }
v-pro-blocked-hint = débloquez-le d'abord si c'est bien votre intention : carnet pro unblock { $rpps }
v-blocked-not-primary = un professionnel de santé bloqué ne peut pas être le médecin traitant
v-own-signing-key = { $key } est la clé de signature des dossiers de ce carnet, pas celle d'un professionnel de santé
v-own-signing-key-hint = demandez au professionnel de santé l'empreinte de sa propre clé (carnet status de son côté)
v-pro-exists = le professionnel de santé { $rpps } est déjà dans ce carnet ({ $name }) ; un seul professionnel par RPPS
v-pro-exists-hint = modifiez ses informations avec : carnet pro edit { $rpps } --name … --specialty … --place …
v-pro-rm-blocked = { $who } est bloqué ; le retirer lèverait le blocage
v-pro-rm-blocked-hint = gardez-le dans la liste comme bloqué, ou débloquez-le d'abord si c'est bien votre intention : carnet pro unblock { $rpps }
v-index-corrupt = l'index du carnet est endommagé ou n'a pas été écrit par ce carnet ({ $why })
v-index-corrupt-hint = restaurez index.age depuis une sauvegarde de confiance ; lancez `carnet check` pour le détail
v-index-forged = l'index du carnet n'a pas passé l'authentification : il n'a pas été écrit avec la clé de ce carnet (index.age falsifié ou remplacé)
v-index-forged-hint = ne faites pas confiance à cette copie ; restaurez index.age depuis une sauvegarde de confiance
v-index-too-new = la version { $version } du format d'index de ce carnet n'est pas prise en charge par cette version de carnet (elle connaît 1 et { $known })
v-remote-bad-marker = le fichier carnet-remote.json du dépôt distant n'est pas le marqueur de carnet
v-remote-own-folder-hint = donnez à chaque carnet son propre dossier ou préfixe distant ; vérifiez l'adresse avec `carnet remote list`
v-remote-other-vault = le dépôt distant { $remote } contient les objets d'un autre carnet
v-remote-no-vault = { $remote } ne contient aucun carnet
v-remote-no-vault-hint = vérifiez l'adresse ; un dépôt distant reçoit ses premiers objets de `carnet sync` lancé sur une copie du carnet
v-remote-exists = un dépôt distant nommé { $name } existe déjà
v-remote-exists-hint = choisissez un autre nom, ou faites d'abord `carnet remote rm NOM`
v-no-remote = ce carnet n'a aucun dépôt distant
v-no-remote-hint = ajoutez-en un : carnet remote add NOM DOSSIER (une clé USB, un NAS, un dossier synchronisé) ou s3://BUCKET/PREFIXE
v-several-remotes = ce carnet a plusieurs dépôts distants
v-several-remotes-hint = nommez-en un : carnet sync NOM (voir `carnet remote list`)
v-sync-handed-over = ce profil a été remis à son titulaire (par l'appareil { $device }) : votre clé ne l'ouvre plus
v-sync-handed-over-hint = ce que cette copie contenait avant la remise reste lisible ici ; demandez à son titulaire ce dont vous avez besoin
v-sync-rekeyed-out = l'appareil { $device } a changé les clés du carnet, et votre moyen d'ouverture n'en fait plus partie
v-sync-rekeyed-out-hint = cette copie garde ce qu'elle contenait avant le changement de clés ; demandez à quelqu'un qui peut ouvrir le carnet d'ajouter votre clé (`carnet key add`, puis `carnet rekey`) et clonez-le à nouveau
v-remote-changed-object = le dépôt distant fournit un contenu différent sous { $name }, que cette copie connaît déjà
v-remote-changed-object-hint = les objets d'un dépôt distant ne changent jamais : il a été modifié ou mélangé avec une autre copie ; pointez-le vers une copie saine
v-unknown-remote = aucun dépôt distant nommé { $name }
v-unknown-remote-hint = voir `carnet remote list`
v-bad-remote-name = { $name } n'est pas un nom de dépôt distant valable
v-bad-remote-name-hint = utilisez des lettres, des chiffres, '-' ou '_', en commençant par une lettre ou un chiffre (par ex. origin, nas, usb)
v-clone-no-vault-hint = vérifiez l'adresse ; un dépôt distant reçoit ses objets de `carnet sync` lancé sur une copie existante du carnet
v-clone-bad-marker = { $remote } a un { $marker } mal formé
v-clone-bad-marker-hint = le dépôt distant est endommagé ; clonez depuis une autre copie
v-clone-dir-exists = { $path } existe déjà
v-clone-dir-exists-hint = clonez dans un nouveau --vault DOSSIER ou --profile NOM ; carnet n'écrase jamais un carnet existant
v-clone-no-snapshot = { $remote } ne contient encore aucun instantané du carnet
v-clone-no-snapshot-hint = lancez d'abord `carnet sync` sur une copie du carnet qui a ce dépôt distant
v-clone-no-recipient = il manque à { $remote } le destinataire du carnet
v-clone-other-copy-hint = clonez depuis une autre copie
v-clone-snapshot-vanished = l'instantané a disparu pendant le clonage
v-clone-again-hint = relancez le clonage
v-segment-foreign = { $what } n'est pas une modification de ce carnet ({ $why })
v-segment-foreign-hint = le dépôt distant contient des objets qui n'appartiennent pas à ce carnet : vérifiez son adresse avec `carnet remote list`
v-segment-damaged-object = la modification { $what } est illisible ({ $why })
v-segment-damaged-hint = le fichier a été tronqué ou modifié (copie interrompue, disque défaillant) : remettez à sa place une copie saine. Sur un dépôt distant : restaurez-le depuis une copie saine, ou supprimez cet objet puis lancez `carnet sync` sur un appareil qui a déjà cette modification (il y renvoie sa copie) ; dans un carnet : `carnet restore` d'une sauvegarde
v-segment-too-new = { $what } est au format de modification { $version }, plus récent que ce que cette version de carnet comprend
v-not-own-segment = { $path } n'est pas le segment { $next } de cet appareil
v-not-own-segment-hint = mettez-le de côté et lancez `carnet check`
v-copy-missing = ce carnet ne peut pas s'ouvrir : la copie locale de la modification { $seq } de l'appareil { $device }, qu'il a intégrée, est manquante ({ $path })
v-copy-missing-sync-hint = lancez `carnet sync` : il récupère à nouveau la copie depuis le dépôt distant ; ou remettez en place le dossier log/{ $device }/ depuis une sauvegarde
v-copy-missing-hint = copiez le dossier log/{ $device }/ depuis une autre copie de ce carnet (sur une autre machine), ou restaurez-le depuis une sauvegarde
v-copy-refetched-wrong = { $path } n'est pas la modification { $seq } de l'appareil { $device } : elle n'a pas été gardée (le dépôt distant est peut-être endommagé)
v-copy-missing-remote = la copie locale de la modification { $seq } de l'appareil { $device } ({ $path }) est manquante, et le dépôt distant { $remote } ne l'a pas non plus
v-device-is-self = c'est l'appareil sur lequel vous êtes
v-device-is-self-hint = retirez-le depuis une autre copie, ou supprimez ce dossier si vous ne voulez plus de cette copie
v-no-device = aucun appareil { $id } dans ce carnet
v-no-device-hint = voir `carnet device list`
v-change-does-not-fit = une modification de { $table } ne correspond pas à l'index de cette version de carnet
v-upgrade-then-sync-hint = mettez carnet à jour sur cette machine, puis relancez `carnet sync`
v-change-unknown-table = une modification désigne la table { $table }, que cet index n'a pas
v-no-device-id = { $path } ne contient pas d'identifiant d'appareil
v-no-device-id-hint = lancez `carnet check --repair`, ou restaurez le carnet depuis une sauvegarde
v-url-no-bucket = { $url } ne désigne aucun bucket
v-url-no-bucket-hint = écrivez-la sous la forme s3://BUCKET ou s3://BUCKET/PREFIXE
v-url-unreachable = carnet ne sait pas joindre { $url }
v-url-unreachable-hint = donnez un dossier (ou file://DOSSIER) ou s3://BUCKET/PREFIXE
v-url-empty = l'adresse du dépôt distant est vide
v-url-empty-hint = donnez un dossier ou s3://BUCKET/PREFIXE
v-bundle-damaged-hint = le dossier a été modifié, tronqué ou n'a pas été fait par carnet ; demandez à l'expéditeur une nouvelle copie et n'utilisez pas celle-ci
v-bundle-wrong-passphrase = impossible de déchiffrer le dossier : phrase secrète incorrecte
v-bundle-wrong-passphrase-hint = tapez la phrase secrète avec laquelle le dossier a été fait (ou donnez-la avec --bundle-passphrase-file FICHIER)
v-bundle-not-for-identity = impossible de déchiffrer le dossier : il n'est pas chiffré pour { $source }
v-bundle-not-for-identity-hint = utilisez l'identité dont le destinataire a servi à faire le dossier (--identity FICHIER, ou --bundle-identity FICHIER pour import), ou demandez à l'expéditeur un nouveau dossier
v-bundle-work-factor = la phrase secrète du dossier demande un facteur de travail de 2^{ $required }, plus que carnet n'accepte (2^{ $max })
v-bundle-not-age = le fichier n'est pas un dossier chiffré avec age valable ({ $detail })
v-bundle-cannot-decrypt = impossible de déchiffrer le dossier : { $detail }
v-bundle-cannot-decrypt-hint = vérifiez que le greffon age de l'identité est installé et dans le PATH
v-no-bundle-file = aucun fichier de dossier { $path }
v-no-bundle-file-hint = vérifiez le chemin du dossier
v-bundle-changed = le dossier a changé depuis sa vérification ({ $detail })
v-bundle-changed-hint = ne modifiez pas le fichier pendant que carnet le lit ; relancez la commande
v-bundle-wrong-signer = le dossier a été signé par { $got }, pas par { $want }
v-bundle-wrong-signer-hint = il n'a pas été fait par le carnet attendu : ne vous fiez pas à son contenu, et interrogez l'expéditeur (l'empreinte du titulaire figure dans `carnet status`)
v-not-signing-key = ce n'est pas une clé de signature carnet : { $what }
v-not-signing-key-hint = donnez le fichier écrit par `carnet keygen --signing -o FICHIER` (sa ligne de clé commence par CARNET-SIGNING-KEY-1)
v-no-signing-key-file = aucun fichier de clé de signature { $path }
v-no-signing-key-file-hint = créez-en un avec `carnet keygen --signing -o FICHIER`, ou vérifiez le chemin
v-bad-fingerprint = empreinte de signataire invalide { $value }
v-bad-fingerprint-hint = donnez l'empreinte exactement comme `carnet status` l'affiche, par ex. SHA256:3q2+7w…
v-bundle-too-new = ce dossier est au format { $version }, plus récent que ce que cette version de carnet comprend ({ $known })
v-bundle-too-new-hint = mettez carnet à jour pour l'ouvrir
v-binary-to-terminal = carnet n'écrit pas un dossier binaire dans le terminal
v-binary-to-terminal-hint = passez -o FICHIER, ou --armor pour une sortie texte
v-output-is-dir = { $path } est un dossier du disque
v-output-is-dir-hint = donnez le nom de fichier du dossier, par ex. -o dubois.age
v-output-exists = { $path } existe déjà
v-output-exists-hint = passez --force pour le remplacer, ou choisissez un autre -o
v-mismatch-name = nom
v-mismatch-birth-date = date de naissance
v-mismatch = { $what } { $bundle } (dans ce carnet : { $vault })
v-bundle-author-unsigned = le dossier { $id } désigne { $names } comme auteur, mais il est signé par { $fingerprint } ({ $status }) ; rien n'a été importé
v-bundle-author-unsigned-hint = ne vous fiez pas à l'auteur qu'il annonce : demandez à { $name } un dossier signé avec sa clé ; si sa clé a vraiment changé, vérifiez la nouvelle empreinte avec lui (par téléphone, en personne) et enregistrez-la : carnet pro edit { $rpps } --signer EMPREINTE
v-bundle-other-patient = le dossier { $id } concerne un autre patient que le titulaire de ce carnet : { $mismatches } ; rien n'a été importé
v-bundle-other-patient-hint = vérifiez que vous avez ouvert le bon carnet ou profil (--profile NOM) ; pour l'importer ici malgré tout, passez --other-patient (noté dans l'historique)
v-export-doc-damaged = le document { $id } est endommagé dans le carnet : { $detail }
v-export-doc-damaged-hint = rien n'a été exporté ; lancez `carnet check` pour lister les documents endommagés et restaurez-les depuis une sauvegarde
v-export-doc-hash = le document { $id } ne correspond pas au SHA-256 enregistré dans l'index
v-export-check-hint = rien n'a été exporté ; lancez `carnet check`
v-export-doc-size = le document { $id } fait { $got } octets ou plus dans le carnet, mais l'index indique { $size }
v-accept-other-id = { $label } contient le carnet { $found }, pas { $id }
v-accept-other-id-hint = donnez l'identifiant que le refus a indiqué (il figure aussi dans le vault.json du dossier) ; `carnet trust list` affiche ceux qui sont retenus
v-guardian-add-only = seul un représentant légal peut ajouter un représentant légal au profil { $child }
v-guardian-rm-only = seul un représentant légal peut retirer un représentant légal du profil { $child }
v-guardian-who = { $who } n'est ni un destinataire ni un profil
v-guardian-who-hint = donnez le destinataire du représentant légal tel que `carnet profile list --json` l'affiche, ou le nom de profil du carnet propre d'un représentant légal
v-not-a-guardian = { $who } n'est pas représentant légal du profil { $child }
v-not-a-guardian-hint = consultez les représentants légaux avec `carnet profile list`, ou `carnet --profile { $child } key list`
v-last-guardian = { $who } détient le dernier moyen d'ouvrir le profil { $child }
v-last-guardian-hint = ajoutez d'abord un autre représentant légal : carnet profile guardian add { $child } R
v-require-guardian-hint = ouvrez-le en tant que représentant légal (votre propre carnet ouvre le profil de votre enfant)
v-profile-exists = le profil { $name } existe déjà
v-profile-exists-hint = choisissez un autre nom ; voir `carnet profile list`
v-profile-own-guardian = le profil { $name } serait son propre représentant légal
v-profile-own-guardian-hint = lancez `carnet profile create` depuis votre propre carnet (sans --profile, ou avec votre propre --profile)
v-parent-is-child = { $label } est lui-même le profil d'un enfant ; il ne peut pas être représentant légal
v-parent-is-child-hint = lancez `carnet profile create` depuis votre propre carnet (sans --profile)
v-opened-as-guardian = vous avez ouvert { $label } en tant que représentant légal, pas en tant que titulaire
v-opened-as-guardian-hint = créez le profil d'un enfant depuis votre propre carnet
v-already-of-age = une personne née le { $birth } est déjà majeure ({ $majority } ans)
v-already-of-age-hint = un adulte tient son propre carnet : carnet --profile { $name } init
v-profile-file-corrupt-hint = restaurez-le depuis une sauvegarde ; il ne fait que désigner le carnet du représentant légal (voir docs/format.md)
v-not-a-profile-file = { $path } n'est pas un fichier de profil carnet
v-profile-file-too-new = { $path } est en version { $version }, plus récente que ce que cette version de carnet comprend
v-handover-early = le profil { $child } atteint la majorité ({ $majority } ans) le { $date } ; la remise attend cette date
v-handover-no-birth = le profil { $child } n'a pas de date de naissance ; la remise ne peut pas être datée
v-handover-early-hint = passez --force pour le remettre dès maintenant (noté comme forcé dans l'historique)
v-no-data-dir = impossible de trouver un dossier de données (pas de dossier personnel ?)
v-no-data-dir-hint = passez --vault DOSSIER ou définissez CARNET_VAULT
v-bad-profile-name = nom de profil invalide { $name }
v-bad-profile-name-hint = utilisez des lettres, des chiffres, '-', '_' ou '.' (par ex. lea, martin-2015)
v-not-child-profile = le profil { $name } n'est pas le profil d'un enfant
v-not-child-profile-hint = voir `carnet profile list` ; le profil d'un enfant se crée avec `carnet profile create`
v-profile-handed-over = le profil { $name } a été remis à son titulaire le { $at }
v-profile-handed-over-hint = après la remise, seul son titulaire gère son carnet
v-drop-last-passphrase = retirer la phrase secrète laisserait le carnet sans aucun moyen d'ouverture
v-drop-last-passphrase-hint = gardez la phrase secrète (--passphrase-file FICHIER), ou ajoutez d'abord un destinataire (carnet key add R)
v-this-passphrase = cette phrase secrète
v-profile-no-unlock = impossible d'ouvrir { $name } : ni ses propres moyens d'ouverture ni les carnets de ses représentants légaux n'acceptent { $method }
v-profile-no-unlock-hint = ouvrez-le comme vous ouvrez votre propre carnet (le carnet d'un représentant légal ouvre celui de l'enfant), avec l'identité d'un représentant légal, ou avec la clé propre du mineur
v-pin-changed = { $label } n'est pas le carnet que cet ordinateur y connaissait : il contenait le carnet { $pinned } (retenu le { $at }), il contient maintenant le carnet { $found }. Quelqu'un qui peut écrire dans ce dossier l'a peut-être remplacé par un carnet qu'il contrôle
v-pin-changed-hint = n'y ajoutez pas de documents ; restaurez le carnet depuis une sauvegarde de confiance. Si vous l'avez remplacé vous-même (restauré ou recréé), acceptez-le : carnet { $selector } trust accept { $found }
v-no-guardian-mac = { $label } n'a pas de MAC du carnet du représentant légal { $guardian } à côté de sa clé enveloppée ({ $wrapper }), et cet ordinateur ne l'a jamais ouvert : carnet ne peut pas le distinguer d'un carnet créé par quelqu'un d'autre et chiffré pour le destinataire public de votre carnet
v-bad-guardian-mac = { $label } n'a été ni créé ni accepté par le carnet du représentant légal { $guardian } : le MAC { $mac } ne le garantit pas ({ $why }). Quelqu'un qui peut écrire dans le dossier de données l'a peut-être remplacé par un carnet qu'il contrôle
v-bad-guardian-mac-hint = n'y ajoutez pas de documents ; restaurez le profil depuis une sauvegarde de confiance. { $more }
v-unknown-child-hint = Un profil que vous n'avez pas créé, et qu'aucun autre représentant légal de l'enfant ne vous a donné, n'est pas celui de votre enfant : ne l'acceptez pas, supprimez-le (rm -r { $dir }). Pour le savoir : `carnet { $guardian } journal --action profile.create` liste l'identifiant de chaque profil que vous avez créé ; n'acceptez que le carnet { $id } si vous le connaissez ainsi, ou si le représentant légal qui l'a créé vous a lu son identifiant dans son vault.json : carnet { $selector } trust accept { $id }
v-unlock-handed-over = impossible d'ouvrir { $name } : il a été remis à son titulaire le { $at }, et les représentants légaux n'y ont plus accès
v-unlock-handed-over-hint = seuls les moyens d'ouverture du titulaire l'ouvrent désormais ; demandez-lui (il peut ajouter une clé à vous avec `carnet key add`)
v-rekey-no-method = le carnet aux nouvelles clés n'aurait aucun moyen d'ouverture
v-rekey-no-method-hint = gardez-en au moins un : une phrase secrète (--passphrase-file) ou un destinataire
v-recipient-known = ce destinataire peut déjà ouvrir le carnet
v-key-list-hint = voir `carnet key list`
v-lock-timeout = CARNET_LOCK_TIMEOUT={ $raw } n'est pas un nombre de secondes
v-lock-timeout-hint = donnez à CARNET_LOCK_TIMEOUT un nombre de secondes entre 0 et 86400 (par ex. 30 ou 0.5), ou retirez-la pour la valeur par défaut de 10
v-export-sealed = le document { $id } est scellé pour le mineur et cette clé ne l'ouvre pas
v-export-sealed-hint = exportez-le avec l'identité propre du mineur (--identity)
v-bulk-count = { $docs } documents mais { $contents } contenus à ajouter
v-bulk-count-hint = donnez un contenu par document
v-bulk-duplicate = un contenu à ajouter est déjà dans le carnet
v-bulk-duplicate-hint = ajoutez des contenus distincts, ou utilisez `carnet add`, qui signale les doublons
v-bulk-hidden = un document masqué aux représentants légaux ne peut pas être ajouté par lot
v-bulk-hidden-hint = ajoutez-le avec `carnet add --hidden-from-guardians`, qui scelle ses informations pour le mineur
v-doc-hidden = le document { $id } est masqué aux représentants légaux : son contenu et ses informations sont scellés pour la clé propre du mineur
v-doc-hidden-hint = ouvrez le carnet avec l'identité du mineur (--identity FICHIER : la clé enregistrée avec `carnet profile key`)
v-doc-not-visible = le document { $id } ne vous est pas visible pour l'instant : { $why }
v-doc-held-hint = il reste non visible par le patient jusqu'à la consultation d'annonce ; `carnet release ID` une fois qu'elle a eu lieu, ou attendez (un mois après l'import)
v-doc-minor-only-hint = seule la clé propre du mineur peut l'ouvrir
v-not-a-recipient = { $recipient } n'est pas l'un des destinataires qui ouvrent ce carnet
v-last-method = c'est le dernier moyen d'ouverture du carnet
v-last-method-hint = ajoutez-en d'abord un autre (carnet passwd, ou carnet key add R)
v-remote-folder-missing = le dossier distant { $path } n'existe pas
v-remote-folder-missing-hint = montez-le ou créez-le (mkdir -p), ou corrigez le dépôt distant avec `carnet remote add`
v-remote-different-object = le dépôt distant contient déjà un { $name } différent
v-remote-different-object-hint = les objets d'un dépôt distant ne changent jamais : il a été modifié, ou il contient un autre carnet
v-s3-bad-url = { $url } n'est pas un bucket et un préfixe que carnet peut utiliser
v-s3-bad-url-hint = écrivez-la sous la forme s3://BUCKET ou s3://BUCKET/PREFIXE (lettres, chiffres, '-', '_', '.', aucune partie vide)
v-s3-http = le dépôt distant S3 { $url } a une adresse en http:// non chiffré
v-s3-http-hint = définissez AWS_ALLOW_HTTP=true pour l'autoriser (seulement sur un réseau de confiance : les requêtes sont signées, les objets chiffrés), ou utilisez https://
v-s3-setup = impossible de préparer le dépôt distant S3 { $url } : { $detail }
v-s3-setup-hint = vérifiez --endpoint/--region du dépôt distant et les variables d'environnement AWS_* (AWS_ENDPOINT, AWS_REGION, AWS_ALLOW_HTTP)
v-s3-no-bucket = le bucket du dépôt distant S3 { $url } n'existe pas
v-s3-no-bucket-hint = créez-le sur le serveur (Garage : `garage bucket create NOM`), ou corrigez l'adresse du dépôt distant
v-s3-region = le serveur S3 de { $url } attend une autre région ({ $what })
v-s3-region-hint = donnez à AWS_REGION, ou au --region du dépôt distant, la région du serveur (Garage : s3_region dans sa configuration)
v-s3-refused = le serveur S3 a refusé l'accès à { $url } ({ $what })
v-s3-refused-hint = définissez dans l'environnement AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY avec une clé autorisée à lire et écrire dans le bucket ; vérifiez AWS_REGION ou le --region du dépôt distant
v-s3-different-object = le dépôt distant S3 { $url } contient déjà un { $name } différent
v-s3-too-large = { $name } sur le dépôt distant S3 { $url } est bien plus gros que tout objet que carnet y écrit
v-s3-too-large-hint = le dépôt distant a été modifié : supprimez cet objet, ou pointez le dépôt distant vers une copie saine
v-no-grant = aucun accès avec l'identifiant { $id }
v-no-grant-hint = `carnet grants --all` affiche les identifiants des accès ; ou donnez un RPPS pour retirer tous les accès d'un professionnel de santé
v-ambiguous-grant = le début d'identifiant d'accès { $id } en désigne plusieurs : { $matches }
v-unknown-setting = réglage inconnu { $name }
v-unknown-setting-hint = réglages connus : { $names }
v-schema-too-new = l'index de ce carnet est au schéma { $version }, plus récent que ce que cette version de carnet comprend ({ $known })
v-schema-unknown = version de schéma d'index inconnue { $version }
v-schema-unknown-hint = l'index est endommagé ; lancez `carnet check`
v-minor-seal-corrupt = les données scellées d'un document masqué aux représentants légaux sont endommagées ({ $why })
v-minor-seal-corrupt-hint = lancez `carnet check` avec l'identité du mineur ; restaurez le carnet depuis une sauvegarde
v-blob-damaged = le fichier chiffré { $name }… est endommagé ou a été remplacé : { $why }
v-blob-damaged-hint = restaurez le dossier blobs/ du carnet depuis une sauvegarde ; `carnet check` liste chaque document endommagé
v-a-blob-damaged = un fichier chiffré est endommagé ou a été remplacé : { $detail }
v-a-blob-damaged-hint = lancez `carnet check` pour lister les documents endommagés, et restaurez-les depuis une sauvegarde
v-private-no-minor-key = les professionnels de santé et accès privés du mineur sont scellés pour sa clé propre, et aucune n'est plus enregistrée
v-private-no-minor-key-hint = enregistrez à nouveau la clé du mineur : carnet profile key NOM R
v-hiding-duplicate = le contenu de { $id } est déjà dans le carnet sous un autre document
v-hiding-duplicate-hint = supprimez d'abord l'une des deux copies (carnet rm ID)
v-emergency-consents-hint = gardez --samu ou --break-glass autorisé, ou passez aussi --masked deny
v-page-no-bundle = cette page web ne contient aucun dossier carnet (pas de contenu age)
v-page-bundle-no-end = le dossier de cette page web n'a pas de fin (tronqué ?)
v-member-twice = le dossier contient { $path } deux fois
v-member-too-large = { $path } est trop gros ({ $size } octets)
v-no-manifest = ce n'est pas un dossier carnet : il n'a pas de manifest.yaml
v-no-signature = le dossier n'a pas de manifest.sig : il n'est pas signé
v-member-missing = { $path } figure dans le manifeste mais manque dans le dossier
v-member-size = { $path } fait { $got } octets, mais le manifeste indique { $size }
v-member-hash = { $path } ne correspond pas à son SHA-256 dans le manifeste
v-member-unlisted = le dossier contient { $path }, que son manifeste ne liste pas
v-member-order = les éléments du dossier ne sont pas dans l'ordre où son manifeste les liste (documents, fhir/bundle.json, …, puis manifest.yaml et manifest.sig en dernier)
v-member-gone = { $path } n'est plus dans le dossier (le fichier a-t-il changé pendant la lecture ?)
v-member-changed = { $path } a changé depuis la vérification du dossier (le fichier a-t-il été modifié pendant la lecture ?)
v-bundle-stream-damaged = le dossier est endommagé : il a été tronqué ou modifié après sa création ({ $detail })
v-member-ends-early = le dossier est tronqué : un élément s'arrête trop tôt
v-archive-no-end = le dossier est tronqué : son archive n'a pas de marque de fin
v-archive-cut-header = le dossier est tronqué au milieu d'un en-tête d'élément
v-archive-bad-end = l'archive du dossier a une marque de fin mal formée
v-archive-unreadable-header = l'élément { $n } de l'archive a un en-tête illisible
v-archive-bad-checksum = l'élément { $n } de l'archive a un en-tête endommagé (somme de contrôle fausse)
v-archive-not-ustar = l'élément { $n } de l'archive n'est pas au format ustar
v-archive-not-file = l'élément { $n } de l'archive ({ $path }) est de type { $kind } ; un dossier ne contient que des fichiers ordinaires
v-archive-bad-path = l'élément { $n } de l'archive a un chemin interdit dans un dossier : { $path } (seuls manifest.yaml, manifest.sig, fhir/bundle.json et documents/NOM sont permis ; jamais de chemin absolu, de .. ni de sous-dossier)
v-archive-bad-size = l'élément { $n } de l'archive ({ $path }) a une taille illisible
v-archive-trailing-data = le dossier contient des données après la fin de son archive
v-signer-key-base64 = la clé du signataire dans le manifeste n'est pas du base64 valable
v-signer-key-length = la clé du signataire dans le manifeste ne fait pas 32 octets
v-signer-key-invalid = la clé du signataire dans le manifeste n'est pas une clé Ed25519 valable
v-sig-not-text = manifest.sig n'est pas du texte
v-sig-newline = manifest.sig ne se termine pas par un unique saut de ligne
v-sig-base64 = manifest.sig n'est pas du base64 (standard, avec remplissage) suivi d'un saut de ligne
v-sig-length = manifest.sig n'est pas une signature Ed25519 de 64 octets
v-sig-does-not-verify = la signature du manifeste n'est pas valable : manifest.yaml a été modifié après sa signature
v-manifest-not-carnet = manifest.yaml n'indique pas `format: carnet-bundle` : ce n'est pas un dossier carnet
v-manifest-not-json = manifest.yaml n'est pas du JSON valable : { $detail }
v-manifest-not-yaml = manifest.yaml n'est pas du YAML valable : { $detail }
v-manifest-malformed = manifest.yaml est mal formé : { $detail }
v-manifest-malformed-at = manifest.yaml est mal formé (ligne { $line }) : { $detail }
v-manifest-bad-version = manifest.yaml a une version de format invalide { $version }
v-manifest-version-twice = manifest.yaml indique sa version deux fois
v-manifest-not-canonical = manifest.yaml n'est pas en JSON canonique (première différence à la ligne { $line }) : l'ordre des membres, les espaces, les échappements ou les nombres diffèrent de docs/bundle-format.md
v-manifest-invalid = manifest.yaml est invalide : { $what }
v-fhir-invalid = fhir/bundle.json n'est pas un Bundle FHIR valable : { $detail }
v-fhir-not-bundle = fhir/bundle.json n'est pas un Bundle FHIR
v-fhir-unknown-doc = fhir/bundle.json décrit { $url }, qui n'est pas un document du manifeste
v-fhir-twice = fhir/bundle.json décrit { $path } deux fois
v-fhir-sha1 = fhir/bundle.json donne à { $path } le SHA-1 { $got }, mais celui du document est { $want }
v-fhir-size = fhir/bundle.json donne à { $path } une autre taille que le manifeste
v-fhir-missing-doc = fhir/bundle.json n'a pas de DocumentReference pour { $path }
v-sync-inbox-left = { $n } élément(s) de la boîte de dépôt laissé(s) sur le dépôt distant pour la prochaine synchronisation (un lot est récupéré à la fois)
v-sync-stale-recipient = le `recipient` du dépôt distant, pour lequel les scanners (`carnet inbox add --to`) chiffrent, n'est pas le destinataire actuel de ce carnet ({ $recipient }) : après un `rekey`, donnez le nouveau aux scanners avec `--recipient` ; si vous n'avez pas changé les clés, quelqu'un qui peut écrire sur le dépôt distant l'a remplacé (docs/inbox.md)
v-sync-blob-missing = il manque au dépôt distant le contenu d'un document ({ $blob }) ; la prochaine synchronisation le récupère
v-sync-queued = { $n } modification(s) de l'appareil { $device } attendent des modifications que le dépôt distant n'a pas encore
v-sync-rolled-back = il manque au dépôt distant les dernières modifications de l'appareil { $device } (a-t-il été remis à un état antérieur ?)
v-sync-change-missing = il manque au dépôt distant la modification { $seq } de l'appareil { $device }
v-sync-removed-device = modifications refusées de l'appareil retiré { $device } (postérieures à son retrait)
v-sync-repaired = il manquait au dépôt distant { $n } modification(s) que cette copie avait déjà envoyées (restauré depuis une copie plus ancienne ?) : envoyées à nouveau
v-check-sealed-records = { $n } enregistrement(s) scellé(s) pour le mineur (professionnels de santé ou accès qu'il garde privés) : bien formés, mais seule la clé du mineur les ouvre
v-check-sealed-docs = { $n } document(s) masqué(s) aux représentants légaux sont scellés pour le mineur : présents et bien formés, mais seule la clé du mineur peut les déchiffrer et en vérifier l'empreinte
v-check-quarantined = { $file } déplacé dans quarantine/{ $to } ({ $why }) ; supprimez-le une fois que vous l'avez examiné
v-check-recipient-rewritten = { $file } réécrit à partir de la clé du carnet
v-check-orphans = { $n } fichier(s) chiffré(s) vers lesquels aucun document ne pointe (laissés par un ajout ou une suppression interrompus) ; `carnet check --repair` les supprime
v-check-temps = { $n } fichier(s) temporaire(s) d'écritures interrompues dans le carnet (leurs auteurs ont disparu) ; `carnet check --repair` les supprime, tout comme la prochaine modification du carnet
v-check-outside-temps = { $n } fichier(s) temporaire(s) laissé(s) hors du carnet par des exports interrompus (dossiers chiffrés ou, pour `get -o` et `emergency kit`, données de santé en clair) : { $files } ; `carnet check --repair` les supprime
v-check-bad-markers = { $n } marqueur(s) dans tmp/ que ce carnet n'a pas écrits (déposés ou endommagés) ; `carnet check --repair` les supprime, sans toucher à ce qu'ils désignent
v-check-stale = { $n } reste(s) d'une autre génération de clés (un changement de clés interrompu ou son nettoyage) : { $files } ; `carnet check --repair` les supprime
v-check-key-issue-remove = { $file } : { $why } ; `carnet check --repair` le supprime
v-check-key-issue-quarantine = { $file } : { $why } ; `carnet check --repair` le déplace dans quarantine/
v-stdin-twice = - (entrée standard) donné deux fois
v-stdin-twice-hint = lisez l'entrée standard une seule fois
v-cannot-add = impossible d'ajouter { $path } : { $why }
v-check-path-hint = vérifiez le chemin
v-add-dir-hint = passez -r pour ajouter les fichiers qu'il contient
v-nothing-to-add = rien à ajouter
v-nothing-to-add-hint = donnez des fichiers, des dossiers avec -r, ou - pour l'entrée standard
v-cannot-read-dir = impossible de lire le dossier { $path } : { $detail }
v-cannot-read-dir-hint = vérifiez le chemin et ses droits d'accès
v-not-regular-file = impossible d'ajouter { $path } : ce n'est pas un fichier ordinaire
v-not-regular-file-hint = donnez des fichiers ordinaires (ou - pour l'entrée standard)
v-check-permissions-hint = vérifiez ses droits d'accès
v-empty-input = impossible d'ajouter { $what } : il est vide (0 octet)
v-empty-input-hint = un fichier vide n'est pas un document (un scan ou un téléchargement raté ?) ; donnez le bon fichier ou laissez-le de côté
v-no-such-file = fichier ou dossier introuvable
v-permission-denied = accès refusé par le système
v-passphrase-file-unreadable = impossible de lire le fichier de phrase secrète { $path } : { $detail }
v-passphrase-file-unreadable-hint = donnez un fichier lisible dont la première ligne est la phrase secrète
v-passphrase-file-empty = le fichier de phrase secrète { $path } est vide
v-passphrase-file-empty-hint = écrivez la phrase secrète sur la première ligne du fichier
v-bad-sidecar = fichier d'accompagnement invalide { $name } : { $what }
v-bad-sidecar-hint = un fichier d'accompagnement est en YAML, avec les clés facultatives title, type, date (AAAA-MM-JJ), author (RPPS), tags (liste), masked (true/false)
v-sidecar-not-file = fichier d'accompagnement invalide { $path } : pas un fichier ordinaire de moins de 64 Kio
v-sidecar-not-file-hint = supprimez ou corrigez le fichier .yaml à côté du document
v-sidecar-unreadable = impossible de lire le fichier d'accompagnement { $path } : { $detail }
v-sidecar-unreadable-hint = les fichiers d'accompagnement doivent être en YAML UTF-8
v-wrapper-no-key = l'enveloppe de la clé du carnet ne contient aucune clé valable ({ $detail })
v-wrapper-no-key-hint = le fichier de clé est endommagé ; ouvrez le carnet avec un autre moyen et lancez `carnet passwd` ou `carnet key add` pour le recréer
v-agent-no-secret = cette commande a besoin du secret du carnet lui-même (elle enveloppe la clé à nouveau), et l'agent d'ouverture ne le donne jamais
v-agent-no-secret-hint = lancez-la avec votre phrase secrète ou votre identité et sans l'agent : CARNET_NO_AGENT=1 carnet … (ou d'abord `carnet agent stop`)
v-key-file-corrupt = un fichier de clé est endommagé ({ $detail })
v-key-file-corrupt-hint = ouvrez le carnet avec un autre moyen et recréez l'enveloppe
v-key-file-not-age = un fichier de clé n'est pas un fichier age valable ({ $detail })
v-key-file-not-age-hint = lancez `carnet check` ; ouvrez le carnet avec un autre moyen et recréez l'enveloppe
v-cannot-unlock = impossible d'ouvrir le carnet : { $detail }
v-cannot-unlock-hint = vérifiez le fichier d'identité ou la phrase secrète
v-identity-unreadable = impossible de lire le fichier d'identité { $path } : { $detail }
v-identity-unreadable-hint = vérifiez le chemin donné à --identity (ou CARNET_IDENTITY)
v-identity-needs-prompt = le fichier d'identité { $name } est protégé par une phrase secrète et aucune saisie n'est possible
v-identity-needs-prompt-hint = lancez la commande dans un terminal sans --no-input, ou utilisez un fichier d'identité non chiffré gardé en lieu sûr (chmod 600)
v-identity-wrong-passphrase = impossible de déchiffrer le fichier d'identité { $name } : phrase secrète incorrecte
v-identity-wrong-passphrase-hint = tapez la phrase secrète du fichier d'identité (pas celle du carnet)
v-ssh-needs-prompt = la clé ssh { $name } est protégée par une phrase secrète et aucune saisie n'est possible
v-ssh-needs-prompt-hint = lancez la commande dans un terminal sans --no-input, ou utilisez un fichier d'identité age
v-bad-identity = impossible d'utiliser le fichier d'identité { $name } : { $why }
v-bad-identity-hint = donnez un fichier d'identité age (AGE-SECRET-KEY-1…), une clé privée OpenSSH ou une identité de greffon age
v-bad-ssh-recipient = destinataire invalide { $recipient } : { $why }
v-bad-ssh-recipient-hint = donnez une ligne de clé publique ssh-ed25519 ou ssh-rsa (2048 bits ou plus), par ex. le contenu de ~/.ssh/id_ed25519.pub
v-bad-recipient = destinataire invalide { $recipient }
v-bad-recipient-hint = un destinataire est une clé publique age (age1…), une clé publique ssh (ssh-ed25519 …, ssh-rsa …) ou un destinataire de greffon age (age1NOM1…)
v-plugin-unusable = impossible d'utiliser le greffon age { $name } : { $detail }
v-plugin-unusable-hint = installez age-plugin-{ $name } et vérifiez qu'il est dans le PATH
v-journal-head-malformed = l'empreinte de tête de l'historique est mal formée
v-journal-verify-hint = lancez `carnet journal verify`
v-signing-stray-line = il contient une ligne qui n'est ni un commentaire ni la clé
v-signing-two-keys = il contient plus d'une clé
v-signing-base64 = sa clé n'est pas du base64 valable
v-signing-length = sa clé ne fait pas 32 octets
v-signing-no-key = il ne contient aucune ligne de clé
v-signing-not-text = ce n'est pas du texte
v-signing-too-large = il est trop gros
v-segment-wrong-key = elle ne s'ouvre pas avec la clé de ce carnet
v-segment-damaged = elle est endommagée ou tronquée
v-segment-truncated = elle est tronquée
v-segment-mac = son MAC ne correspond pas
v-segment-malformed = son contenu est mal formé
v-segment-other-vault = elle désigne un autre carnet
v-replaced-while-waiting = le carnet situé dans { $path } a été remplacé (restauré) pendant que cette commande l'attendait
v-run-again-hint = relancez la commande
v-export-vault-changed = le carnet a changé pendant l'écriture du dossier (un document ou une règle d'accès) ; rien n'a été exporté
v-export-again-hint = relancez l'export
v-rekeyed-meanwhile = les clés du carnet ont été changées par une autre commande carnet pendant que celle-ci tournait
v-majority-reached = le titulaire a atteint la majorité ({ $age } ans) le { $date } ; remettez-lui son carnet : carnet profile handover
v-majority-soon = le titulaire aura { $age } ans le { $date } (dans { $left } jours) ; préparez la remise (carnet profile handover)
v-check-db-problem = base de l'index : { $detail }
v-check-dangling = base de l'index : { $n } référence(s) orpheline(s)
v-check-count = base de l'index : elle retient { $kept } comme nombre de documents mais en contient { $held } ; `carnet check --repair` corrige ce nombre (aucun document ne change)
v-check-count-reset = base de l'index : son nombre de documents retenu ({ $kept }) a été remis aux { $held } qu'elle contient
v-check-journal-broken = historique : l'entrée { $seq } est endommagée (chaîne d'empreintes rompue)
v-check-sealed-size = document { $id } ({ $title }) : taille { $got } mais ses informations scellées indiquent { $size }
v-check-sealed-content = document { $id } ({ $title }) : ses informations s'ouvrent avec votre clé mais pas son contenu
v-check-size = document { $id } ({ $title }) : taille { $got } mais l'index indique { $size }
v-check-planted-over = il s'ouvre avec votre identité mais contient la clé d'un autre carnet : déposé à la place de l'enveloppe du moyen d'ouverture { $method } (qui n'ouvre plus rien : après la réparation, faites `carnet key rm` puis `carnet key add` pour lui)
v-check-planted = il s'ouvre avec votre identité mais contient la clé d'un autre carnet : déposé par quelqu'un qui connaît votre destinataire public
v-check-unnamed-key = aucun moyen d'ouverture du carnet ne le désigne (laissé par un `key rm` interrompu, ou déposé)
v-check-missing-key-file = le moyen d'ouverture { $method } n'a pas de fichier de clé ({ $file }) : il n'ouvre plus le carnet ; faites `carnet key rm` puis `carnet key add` pour lui
v-rsa-too-small = clé RSA de moins de 2048 bits
v-rsa-too-large = clé RSA trop grande
v-ssh-unsupported = type de clé ssh non pris en charge { $kind }
v-ssh-invalid = ce n'est pas une clé publique ssh valable

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
c-keygen-to-terminal = une clé secrète est écrite dans le terminal ; préférez -o FICHIER
c-keygen-stdout-failed = écriture de la nouvelle clé sur la sortie standard (rien n'a été conservé)
c-settings-done = { $label } : réglages
c-setting-masked-visible-to-primary = le médecin traitant voit aussi les documents masqués (false = règle stricte de Mon espace santé : seul l'auteur)
c-setting-majority-age = âge auquel le profil d'un enfant lui est remis
c-setting-majority-warning-days = nombre de jours avant la majorité à partir duquel status et profile list préviennent
c-settings-set = { $label } : { $key } = { $value } (auparavant { $previous })
c-release-done = { $label } : { $id } est désormais visible ({ $title })
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
c-pro-signer-pinned = { $fingerprint } (les dossiers qui le nomment comme auteur doivent être signés par cette clé)
c-pro-signer-not-pinned = non enregistrée (ses dossiers ne sont pas vérifiés)
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
c-pro-bad-signer-hint = donnez l'empreinte de la clé de signature de dossiers du professionnel, telle qu'il vous la lit, sous la forme qu'affiche `carnet status` (SHA256: puis 43 caractères base64)
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
c-export-html-recipient = un dossier --format html s'ouvre avec une phrase secrète, pas avec --recipient
c-export-html-recipient-hint = retirez --recipient (carnet génère alors une phrase secrète), ou utilisez --format age
c-export-needs-key = cet export demande --recipient R ou --passphrase
c-export-needs-key-hint = par exemple --recipient age1… (la clé de la personne qui l'ouvrira), ou --passphrase pour en choisir une
c-export-needs-output = cet export demande -o FICHIER
c-export-needs-output-hint = par exemple -o urgence.age (ou -o - pour la sortie standard)
c-bundle-passphrase-prompt = Phrase secrète du dossier
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
c-export-bundle = dossier { $id } ; signé par { $signer }{ $until }
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
c-open-not-dir-hint = donnez un répertoire où déballer le dossier reçu (il est créé s'il n'existe pas)
c-open-done = dossier { $id } ouvert dans { $path } : { $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, { $others }
c-create-patient-name-hint = donnez le nom du patient tel qu'il figure dans son dossier, par exemple --patient-name "MARTIN Camille"
c-create-needs-key = bundle create demande --recipient R ou --passphrase
c-create-needs-key-hint = par exemple --recipient age1… (la clé du patient), ou --passphrase, et transmettez-la au patient par un autre moyen
c-create-no-prompt = le dossier doit être chiffré avec une phrase secrète, et aucune saisie n'est possible
c-create-passphrase-empty-hint = choisissez une phrase secrète de plusieurs mots, et transmettez-la au patient par un autre moyen (téléphone, de vive voix)
c-create-title-hint = donnez un titre, ou ne mettez pas l'option pour reprendre le nom du fichier
c-create-no-stdin = bundle create lit des fichiers, pas l'entrée standard
c-create-no-stdin-hint = enregistrez le document dans un fichier et donnez son nom
c-create-no-author = { $path } : aucun auteur
c-create-no-author-hint = un compte rendu nomme le professionnel de santé qui l'a écrit : indiquez --author RPPS (ou `author:` dans son fichier d'accompagnement)
c-create-done = dossier de comptes rendus { $id } pour { $patient } : { $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, signé par { $signer }, chiffré { $encryption ->
    [passphrase] avec une phrase secrète
   *[other] pour une clé
  }{ $written }
c-create-written = , écrit dans { $path }
c-create-held = caché au patient (INVISIBLE_PATIENT) jusqu'à la consultation d'annonce, au plus un mois après l'import
c-verify-intact = le dossier { $id } est intact : signature valide ; { $n ->
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
c-bundle-no-prompt = le dossier est chiffré avec une phrase secrète et aucune saisie n'est possible
c-bundle-no-prompt-hint = indiquez --bundle-passphrase-file FICHIER (sa première ligne est la phrase secrète), ou lancez la commande dans un terminal sans --no-input
c-bundle-passphrase-of = Phrase secrète de { $path }
c-bundle-no-identity = le dossier est chiffré pour une clé, et aucune clé n'a été donnée
c-bundle-no-identity-hint = indiquez --identity FICHIER (ou --bundle-identity FICHIER) avec la clé privée pour laquelle le dossier a été créé
c-bundle-no-vault-to-compare = aucun carnet ouvert pour comparer avec ses clés enregistrées (indiquez --identity ou --passphrase-file du carnet)
c-bundle-vault-unreadable = le carnet n'a pas pu être lu pour comparer avec ses clés enregistrées ({ $detail })
c-import-by = , par { $author }
c-import-done = { $label } : dossier { $id } importé : { $added ->
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
c-rekey-new-signing-key = vos dossiers sont désormais signés avec une nouvelle clé : donnez aux professionnels de santé qui vérifient vos dossiers (`bundle verify --signer`) la nouvelle empreinte affichée par `carnet status`
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
# Profil médical : les rubriques et les champs tels que les messages les nomment
m-kind = { $kind ->
    [allergy] allergie
    [condition] antécédent
    [treatment] traitement
    [vaccination] vaccination
    [measure] mesure
    [contact] personne à prévenir
    [blood-group] groupe sanguin
    [directives] directives anticipées
    [organ-donation] don d'organes
    [no-known-allergies] aucune allergie connue
    [no-known-conditions] aucun antécédent connu
    [no-known-treatments] aucun traitement en cours
   *[other] « { $kind } »
  }
m-field = { $field ->
    [label] libellé
    [code] code
    [severity] gravité
    [status] statut
    [since] date de début
    [until] date de fin
    [date] date
    [dose] posologie
    [lot] numéro de lot
    [measure] type de mesure
    [value] valeur
    [unit] unité
    [role] lien
    [phone] téléphone
    [email] e-mail
    [note] note
    [text] texte
   *[other] « { $field } »
  }
m-field-not-taken = { $kind } : pas de champ « { $field } »
m-field-not-taken-hint = { $kind } : champs possibles : { $fields }
m-field-nothing = aucun
m-field-needed = { $kind } : le champ « { $field } » est obligatoire
m-field-needed-hint = voir `carnet medical add { $cmd } --help`
m-flag-error = { $flag } : { $error }
m-until-before-since = --until { $until } est antérieur à --since { $since }
m-until-before-since-hint = donnez une date de fin identique ou postérieure à la date de début
m-not-a-blood-group = { $value } n'est pas un groupe sanguin
m-not-a-blood-group-hint = écrivez le groupe ABO et le facteur Rhésus : { $groups }
m-too-long = --{ $name } dépasse { $max } caractères
m-too-long-hint = raccourcissez-le ; un document (carnet add) peut contenir la version longue
m-unknown-value = --{ $name } { $value } : valeur inconnue de carnet
m-use-one-of = valeurs possibles : { $values }
m-not-a-phone = { $value } n'est pas un numéro de téléphone
m-not-a-phone-hint = écrivez des chiffres, avec + et des espaces si besoin : 06 12 34 56 78 ou +33 6 12 34 56 78
m-not-an-email = { $value } n'est pas une adresse e-mail
m-not-an-email-hint = écrivez-la sous la forme nom@exemple.fr
m-or = {" "}ou{" "}
m-measure-not-a-number = { $what } : { $value } n'est pas un nombre
m-measure-not-a-number-hint = écrivez un nombre décimal positif, par exemple 72,5 (ou 72.5)
m-measure-unknown-kind = type de mesure inconnu : { $kind }
m-measure-ucum-hint = les unités s'écrivent en UCUM : écrivez { $unit } (par exemple `carnet medical add measure { $kind } … { $unit }`)
m-measure-units-hint = { $what } : unité { $units }
m-measure-bad-unit = { $unit } n'est pas une unité que carnet accepte pour : { $what }
m-measure-implausible = { $what } { $value } { $unit } : valeur hors des limites plausibles
m-measure-implausible-hint = { $what } en { $unit } : entre { $min } et { $max } ; vérifiez la valeur et l'unité{ $others }
m-measure-other-units = {" "}(ou indiquez-la en { $units })
m-bp-not-pair = tension artérielle { $value } : il faut SYSTOLIQUE/DIASTOLIQUE
m-bp-not-pair-hint = écrivez-la sous la forme 120/80, avec l'unité mm[Hg]
m-bp-systolic = tension systolique
m-bp-diastolic = tension diastolique
m-bp-order = tension artérielle { $value } : la diastolique n'est pas inférieure à la systolique
m-bp-order-hint = écrivez d'abord la systolique (la plus haute) : 120/80
m-code-hint = écrivez SYSTÈME:CODE, avec SYSTÈME parmi { $systems } (par exemple { $example } ou { $other })
m-code-none = pas de code pour : { $kind }
m-code-none-hint = retirez --code
m-code-bad-system = { $system } n'est pas un système de codes possible pour : { $kind }
m-code-invalid = { $code } n'est pas un code { $system } valide
m-code-snomed-hint = un identifiant SNOMED CT compte de 6 à 18 chiffres, le dernier étant une clé de Verhoeff
m-code-cim10-hint = un code CIM-10 est une lettre, deux caractères, puis éventuellement un point et 1 à 4 caractères : J45.9
m-code-cis-hint = un code CIS (BDPM) compte 8 chiffres
m-code-atc-hint = un code ATC ressemble à J01CA04 (niveaux : J, J01, J01C, J01CA, J01CA04)
m-code-unknown-system = impossible de savoir à quel système de codes appartient { $code }
m-item-corrupt = élément { $id } du profil médical : son contenu ({ $what }) est illisible
m-item-corrupt-hint = l'index est abîmé ; lancez `carnet check` et restaurez index.age depuis une sauvegarde
m-no-item = aucun élément du profil médical avec l'identifiant { $id }
m-no-item-hint = `carnet medical show` affiche les identifiants des éléments (les 4 premiers caractères suffisent s'ils sont uniques)
m-item-not-visible = l'élément { $id } du profil médical ne vous est pas visible : { $why }
m-item-not-visible-hint = seule la clé du mineur peut l'ouvrir
m-item-sealed = l'élément { $id } du profil médical est masqué aux représentants légaux : il est chiffré pour la clé du mineur
m-item-sealed-hint = ouvrez le carnet avec la clé du mineur (--identity FICHIER : la clé enregistrée avec `carnet profile key`)
m-no-known-contradicts = { $listed ->
    [allergies] { $n ->
        [one] { $n } allergie en cours est enregistrée
       *[other] { $n } allergies en cours sont enregistrées
    }
    [conditions] { $n ->
        [one] { $n } antécédent en cours est enregistré
       *[other] { $n } antécédents en cours sont enregistrés
    }
   *[treatments] { $n ->
        [one] { $n } traitement en cours est enregistré
       *[other] { $n } traitements en cours sont enregistrés
    }
  } : « { $fact } » les contredirait
m-no-known-contradicts-hint = retirez-les ou terminez-les d'abord (carnet medical rm ID, ou edit --until / --status resolved) ; voir carnet medical show
m-edit-nothing = rien à modifier
m-edit-nothing-hint = indiquez les champs à modifier (voir carnet medical edit --help)
m-edit-cannot-apply = impossible d'appliquer la modification : { $error }
m-edit-cannot-apply-hint = vérifiez les valeurs
m-edit-fact = { $kind } : se renseigne avec set, pas avec edit
m-edit-fact-hint = lancez carnet medical set { $cmd } …
m-item-already-removed = l'élément { $id } du profil médical a déjà été retiré
m-item-already-removed-hint = ajoutez --purge pour l'effacer aussi de l'historique
m-item-no-minor-key = l'élément { $id } du profil médical est masqué aux représentants légaux, et aucune clé du mineur n'est enregistrée pour le chiffrer
m-item-no-minor-key-hint = enregistrez la clé du mineur avec `carnet profile key NOM DESTINATAIRE`
m-detail-since = depuis le { $date }
m-detail-until = jusqu'au { $date }
m-detail-severity = gravité { $value ->
    [low] légère
    [moderate] modérée
    [high] sévère
   *[other] { $value }
  }
m-detail-status = { $value ->
    [active] en cours
    [inactive] inactif
    [resolved] résolu
   *[other] statut { $value }
  }
m-detail-dose = posologie { $value }
m-detail-lot = lot n° { $value }
m-detail-role = { $value }
m-detail-phone = tél. { $value }
m-detail-email = e-mail { $value }
m-flag-removed = retiré le { $at }
m-add-replaced = { $label } : « { $what } » ({ $id }) ne s'applique plus et a été retiré
m-add-done = { $label } : ajouté au profil médical, { $kind } { $id } ({ $details })
m-hidden-suffix = { $done }, masqué aux représentants légaux, chiffré pour la clé du mineur
m-edit-done = { $label } : modifié, { $kind } { $id } ({ $what })
m-history-unknown-kind = rubrique inconnue : { $kind }
m-history-none = { $label } : rien n'est enregistré
m-rm-done = { $label } : retiré, { $kind } { $id } ({ $what })
m-rm-purged = { $done }, effacé de l'historique
m-set-recorded = { $label } : enregistré : { $what }
m-set-done = { $label } : enregistré au profil médical : { $kind } ({ $id })
m-show-empty = { $label } : le profil médical est vide ; complétez-le avec `carnet medical add allergy|condition|treatment|vaccination|measure|contact …`
m-show-withheld = { $label } : { $n ->
    [one] { $n } élément ne vous est pas visible
   *[other] { $n } éléments ne vous sont pas visibles
  }
m-file-exists = { $path } existe déjà
m-file-exists-hint = ajoutez --force pour le remplacer, ou choisissez un autre -o FICHIER
m-summary-done = { $label } : synthèse médicale écrite dans { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
  }) ; elle contient des données de santé en clair : conservez-la en lieu sûr
# Kit d'urgence
m-kit-progress = écriture du kit
m-kit-written = { $label } : kit d'urgence écrit dans { $path } ({ $n ->
    [one] { $n } document
   *[other] { $n } documents
  }, la synthèse médicale, une carte à garder dans le portefeuille : { $files })
m-kit-bundle = dossier { $id } ; signé par { $signer } ; noté dans votre historique des accès (carnet journal --action emergency)
m-kit-print = imprimez { $card } à 100 % (recto verso : 85,6 × 54 mm) et gardez-la dans votre portefeuille ; { $summary } et la carte contiennent des données de santé en clair
m-kit-passphrase = phrase secrète ({ $words } mots, { $bits } bits ; { $how }elle n'est enregistrée nulle part) : { $passphrase }
m-kit-passphrase-on-card = imprimée aussi sur la carte ;{" "}
m-kit-passphrase-tell = confiez-la à vos proches ou notez-la à part du kit ;{" "}
m-kit-bad-dir = { $path } ne peut pas être le dossier du kit
m-kit-new-dir-hint = indiquez le nom d'un nouveau dossier, par exemple -o urgence
m-kit-not-dir = { $path } existe et n'est pas un dossier
m-kit-not-empty = { $path } n'est pas vide
m-kit-not-empty-hint = ajoutez --force pour y remplacer un kit précédent, ou choisissez un nouveau dossier
m-kit-foreign-file = { $path } contient { $name }, qui ne fait pas partie d'un kit : --force ne remplace qu'un kit précédent
m-kit-foreign-file-hint = choisissez un nouveau dossier, ou videz d'abord celui-ci
m-kit-dir-changed = { $path } est apparu ou a changé pendant la création du kit
m-kit-dir-changed-hint = relancez la commande, ou choisissez un nouveau dossier
# Boîte de dépôt
m-inbox-rejected-note = ; { $n ->
    [one] { $n } élément refusé
   *[other] { $n } éléments refusés
  } dans inbox/rejected/
m-inbox-strays-note = ; ignorés (pas des éléments de la boîte de dépôt) : { $names }
m-inbox-waiting = { $label } : { $n ->
    [one] { $n } élément attend
   *[other] { $n } éléments attendent
  } dans la boîte de dépôt ({ $bytes } octets, chiffrés : les titres apparaîtront une fois rangés par la prochaine ouverture ou par `carnet inbox import`){ $note }
m-inbox-added = ajouté { $id }  { $title }  ({ $doc_type }, { $date })  depuis la boîte de dépôt
m-inbox-empty = { $label } : la boîte de dépôt est vide
m-inbox-not-an-import = le document { $id } n'est pas arrivé par la boîte de dépôt
m-inbox-not-an-import-hint = donnez les identifiants de documents arrivés par la boîte de dépôt (`carnet list` les signale), ou --all
m-inbox-accepted = { $label } : { $n ->
    [one] { $n } document de la boîte de dépôt accepté : les envois aux professionnels de santé peuvent désormais l'inclure
   *[other] { $n } documents de la boîte de dépôt acceptés : les envois aux professionnels de santé peuvent désormais les inclure
  }
m-inbox-recipient-replaced = le fichier de clé publique du carnet ne contient pas { $recipient } : il a été remplacé ; les scanners qui ont retenu { $recipient } le refusent (code 6). Rétablissez-le : echo { $recipient } > FICHIER_DESTINATAIRE
m-inbox-bad-recipient = --recipient incorrect : { $error }
m-inbox-bad-recipient-hint = indiquez la clé publique age1… du carnet, telle que `carnet inbox recipient` l'affiche
m-inbox-to-and-vault = --to et { $flag } désignent deux destinations : un dépôt distant et un carnet de cet appareil
m-inbox-to-and-vault-hint = n'en indiquez qu'une : `--to URL` dépose les documents sur le dépôt distant (un appareil les récupère à son prochain `carnet sync`) ; `--vault DOSSIER` ou `--profile NOM` les dépose dans le dossier de ce carnet
m-inbox-pinned-first = { $shown } : premier dépôt depuis cette machine : la clé publique { $recipient } du carnet est désormais retenue (confiance au premier usage) ; pour en être sûr, passez --recipient R, donnée par le titulaire du carnet
m-inbox-pinned = { $shown } : clé publique { $recipient } retenue
m-inbox-no-stdin = `carnet inbox add` lit des fichiers, pas l'entrée standard
m-inbox-no-stdin-hint = enregistrez d'abord le document dans un fichier
m-inbox-inputs-refused = { $n } sur { $total } fichiers ne peuvent pas être déposés dans la boîte de dépôt ; rien n'a été écrit :
    { $list }
m-inbox-inputs-refused-hint = corrigez les fichiers listés, ou ajoutez --keep-going pour déposer tous ceux qui sont valides (code de sortie 8 alors)
m-inbox-too-large = { $path } dépasse la taille que la boîte de dépôt accepte ({ $mib } Mio)
m-inbox-too-large-hint = ajoutez-le sur la machine du titulaire avec `carnet add`
m-inbox-dropped = déposé { $item }  { $title }  ({ $doc_type }, { $date })
m-inbox-dropped-summary = { $shown } : { $n ->
    [one] { $n } document chiffré
   *[other] { $n } documents chiffrés
  } dans la boîte de dépôt ; { $next }
m-inbox-next-local = la prochaine ouverture du carnet par son titulaire les y range
m-inbox-next-remote = la prochaine synchronisation d'une copie (`carnet sync`) les récupère, et sa prochaine ouverture les range dans le carnet
m-inbox-partly = { $n } sur { $total } fichiers refusés (chacun signalé plus haut) ; tous les autres sont dans la boîte de dépôt
m-inbox-partly-hint = corrigez ou retirez les fichiers refusés, puis relancez
m-pin-mismatch = le carnet de { $shown } { $what } : quelqu'un qui peut écrire là pourrait détourner la boîte de dépôt vers sa propre clé ; rien n'a été écrit
m-pin-mismatch-hint = demandez au titulaire la clé publique de son carnet (`carnet inbox recipient` sur sa machine) ; si elle a changé volontairement (changement de clé, nouveau carnet), passez-la une fois avec --recipient R
m-pin-no-state-dir = aucun dossier d'état où retenir la clé publique du carnet
m-pin-no-state-dir-hint = définissez XDG_STATE_HOME ou HOME pour l'utilisateur qui lance `carnet inbox add`
m-pin-given = a la clé publique { $found }, et non { $given } que vous avez donnée
m-pin-changed = a maintenant la clé publique { $found }, et non { $pinned } retenue sur cette machine le { $at }
m-pin-other-vault = est maintenant le carnet { $id }, et non { $pinned } retenu sur cette machine
m-remote-no-vault = { $remote } ne contient pas encore de carnet
m-remote-no-vault-hint = lancez une fois `carnet sync` sur une copie du carnet avec ce dépôt distant (cela y publie sa clé publique), ou vérifiez l'adresse
m-remote-no-recipient = { $remote } ne publie pas la clé publique du carnet
m-remote-no-recipient-hint = lancez `carnet sync` sur une copie du carnet (cela y publie sa clé publique)
m-remote-bad-recipient = la clé publique publiée sur { $remote } n'est pas une clé age
m-remote-bad-recipient-hint = le dépôt distant a été modifié ou abîmé ; demandez la clé publique au titulaire (`carnet inbox recipient`), puis lancez `carnet sync` sur une copie
m-inbox-changed-while-read = { $name } a changé pendant sa lecture ({ $got } octets, { $expected } attendus)
m-inbox-changed-while-read-hint = relancez une fois le fichier complet
# Sauvegarde et restauration
m-backup-no-recipient = { $label } n'a aucune clé publique parmi ses moyens d'ouverture pour chiffrer la sauvegarde (il ne s'ouvre qu'avec une phrase secrète ou par le carnet d'un représentant légal)
m-backup-no-recipient-hint = ajoutez --passphrase (demandée deux fois, ou --backup-passphrase-file FICHIER) ou --recipient age1… (la clé publique de votre propre clé)
m-backup-skipped = { $name } : laissé hors de la sauvegarde (ni un fichier ni un dossier que carnet écrit)
m-backup-done = { $label } : sauvegarde écrite dans { $output } ({ $files } fichiers, { $bytes } octets, historique jusqu'à l'entrée { $seq }) ; chiffrée pour { $to }
m-backup-to-passphrase = une phrase secrète
m-backup-to-recipients = { $n ->
    [one] { $n } clé publique
   *[other] { $n } clés publiques
  }
m-backup-prompt = Phrase secrète de la sauvegarde
m-backup-no-prompt = la sauvegarde doit être chiffrée avec une phrase secrète, et aucune question n'est possible
m-backup-no-prompt-hint = indiquez --backup-passphrase-file FICHIER (la première ligne est la phrase secrète) ou --recipient R, ou lancez la commande dans un terminal sans --no-input
m-backup-empty-hint = choisissez une phrase secrète de plusieurs mots, et conservez-la à part de la sauvegarde
m-restore-to-recipients = cette sauvegarde est chiffrée pour des clés, pas avec une phrase secrète
m-restore-to-recipients-hint = restaurez avec --identity FICHIER : une clé pour laquelle la sauvegarde a été faite
m-restore-done = { $label } : sauvegarde du { $at } restaurée (carnet { $id }, { $docs ->
    [one] { $docs } document
   *[other] { $docs } documents
  }, historique jusqu'à l'entrée { $seq }, vérifiée) ; cette copie est l'appareil { $device }
m-restore-replaced = { $done } ; le carnet { $id } qui s'y trouvait a été remplacé
m-restore-no-file = aucun fichier de sauvegarde { $path }
m-restore-give-backup-hint = indiquez le chemin d'un fichier écrit par `carnet backup -o FICHIER`
m-restore-not-age = { $path } n'est pas un fichier age : { $error }
m-restore-not-age-hint = indiquez le chemin d'un fichier écrit par `carnet backup -o FICHIER` ; rien n'a été modifié
m-restore-no-prompt = cette sauvegarde est chiffrée avec une phrase secrète, et aucune question n'est possible
m-restore-no-prompt-hint = indiquez --backup-passphrase-file FICHIER (la première ligne est la phrase secrète)
m-restore-prompt = Phrase secrète de la sauvegarde
m-backup-damaged = la sauvegarde est abîmée ou n'est pas une sauvegarde de carnet : { $why }
m-backup-damaged-hint = rien n'a été modifié ; utilisez une autre copie de la sauvegarde (téléchargement incomplet ou disque abîmé ?)
m-backup-too-new = cette sauvegarde est au format { $version }, plus récent que ce que cette version de carnet comprend ({ $known })
m-backup-too-new-hint = mettez carnet à jour
m-restore-bad-target = impossible de restaurer dans { $path }
m-restore-bad-target-hint = indiquez un dossier de carnet avec --vault DOSSIER, ou --profile NOM
m-restore-wrong-passphrase = impossible d'ouvrir la sauvegarde : phrase secrète incorrecte
m-restore-wrong-passphrase-hint = donnez la phrase secrète avec laquelle la sauvegarde a été faite (--backup-passphrase-file FICHIER, ou à la question)
m-restore-not-for-you = impossible d'ouvrir la sauvegarde : elle n'est pas chiffrée pour votre clé (ou son en-tête age est abîmé)
m-restore-not-for-you-hint = ouvrez-la avec --identity FICHIER, une clé parmi celles du carnet pour lesquelles la sauvegarde a été faite (ou celle donnée à `backup --recipient`)
m-restore-not-a-folder = { $path } existe et n'est pas un dossier de carnet
m-restore-not-a-folder-hint = choisissez un autre --vault ; carnet ne remplace qu'un carnet
m-restore-not-empty = { $path } n'est pas vide et ne contient pas de carnet
m-restore-not-empty-hint = choisissez un dossier vide ou nouveau avec --vault DOSSIER ; carnet ne remplace qu'un carnet
m-restore-damaged-target = { $path } contient un carnet abîmé (son vault.json est illisible)
m-restore-damaged-target-hint = ajoutez --force pour le remplacer par la sauvegarde (noté vault.restore dans l'historique du carnet restauré)
m-restore-holds-this = { $path } contient déjà ce carnet
m-restore-holds-other = { $path } contient un autre carnet ({ $id }) que celui de la sauvegarde ({ $backup })
m-restore-knew = cette machine connaissait le carnet { $id } dans { $path }
m-restore-would-replace = { $why } : restaurer la sauvegarde du { $at } (entrée { $seq } de l'historique) le remplacerait
m-restore-would-replace-hint = ajoutez --force pour le remplacer (noté vault.restore ; son contenu actuel n'est effacé qu'une fois le carnet restauré en place et vérifié). carnet suit ensuite la copie restaurée : une autre copie de ce carnet ailleurs sur cette machine serait refusée comme divergente (code 6)
m-restore-vault-not-yours = la sauvegarde s'est ouverte, mais le carnet qu'elle contient ne s'ouvre pas avec votre moyen d'ouverture
m-restore-vault-not-yours-hint = restaurez avec l'un des moyens d'ouverture du carnet lui-même (--identity FICHIER ou sa phrase secrète) ; la sauvegarde n'a pas été utilisée et rien n'a été modifié
m-restore-check-failed = le carnet de la sauvegarde échoue à la vérification d'intégrité : { $problems }
m-restore-check-failed-hint = rien n'a été modifié ; utilisez une autre sauvegarde
m-restore-not-vouched = le carnet d'enfant de la sauvegarde n'est pas garanti par le carnet du représentant légal { $guardian }
m-restore-not-vouched-hint = rien n'a été modifié ; restaurez une sauvegarde d'un profil créé par ce représentant légal
m-backup-changed = { $path } a changé pendant la sauvegarde, alors que carnet tenait le verrou du carnet
m-backup-changed-hint = un autre programme que carnet écrit dans le dossier du carnet (un outil de synchronisation ?) ; arrêtez-le et relancez la sauvegarde
# Agent d'ouverture
m-agent-bad-ttl = --ttl { $ttl } incorrect : entre 1s et 7j
m-agent-bad-ttl-hint = par exemple --ttl 15m, --ttl 2h
m-agent-already = un agent garde déjà { $label } ouvert (encore { $left }, pid { $pid })
m-agent-already-hint = utilisez-le, ou arrêtez-le d'abord : carnet{ $selector } agent stop
m-agent-started = agent démarré pour { $label } : les commandes suivantes ne demandent ni phrase secrète ni clé ; il oublie la clé dans { $left } (pid { $pid }). Arrêtez-le avec `carnet agent stop`
m-agent-stale = { $n ->
    [one] { $n } socket d'agent périmé retiré
   *[other] { $n } sockets d'agent périmés retirés
  } (un agent tué sans avoir été arrêté)
m-agent-odd = { $path } : pas un agent qui répond ({ $why })
m-agent-no = non
m-agent-col-vault = CARNET
m-agent-col-forgets-in = OUBLIE DANS
m-agent-col-locked = VERROUILLÉ EN MÉMOIRE
m-agent-stopped = agent arrêté, clé oubliée : { $names }
m-agent-none = aucun agent d'ouverture ne tourne pour vous
m-agent-none-hint = démarrez-en un : carnet{ $selector } agent start [--ttl 15m] (il demande la phrase secrète une fois)
m-agent-held = { $vault } (encore { $left })
m-agent-other = aucun agent d'ouverture ne garde { $label } ouvert ; des agents gardent un autre carnet : { $held }
m-agent-other-hint = choisissez ce carnet avec --vault DOSSIER ou --profile NOM, ou démarrez un agent pour celui-ci : carnet{ $selector } agent start
m-agent-no-place = aucun emplacement pour le socket de l'agent : ni XDG_RUNTIME_DIR ni dossier d'état ne sont définis
m-agent-no-place-hint = définissez XDG_RUNTIME_DIR (votre session le fait d'habitude), ou HOME
m-agent-dir-not-dir = ce n'est pas un dossier
m-agent-dir-owner = il appartient à l'uid { $owner }, pas à vous (uid { $uid })
m-agent-dir-mode = ses droits sont { $mode } : d'autres utilisateurs peuvent y accéder
m-agent-dir-unsafe = le dossier du socket de l'agent { $path } n'est pas sûr : { $why }
m-agent-dir-unsafe-hint = supprimez-le (rm -r { $path }) et redémarrez l'agent ; carnet le recrée en 0700
m-agent-path-too-long = le chemin du socket de l'agent est trop long pour un socket Unix : { $path }
m-agent-path-too-long-hint = donnez à XDG_RUNTIME_DIR ou CARNET_STATE_DIR un dossier au chemin plus court
m-agent-bad-recipient = l'agent d'ouverture a donné une clé publique mal formée
m-agent-bad-recipient-hint = arrêtez-le (`carnet agent stop`) puis redémarrez-le
h-sync-blob-damaged = le fichier blobs/{ $blob }.age du dépôt distant est endommagé ou n'est pas le document qu'il nomme ({ $why }) ; rien n'a été fusionné
h-sync-blob-damaged-hint = supprimez ce fichier du dépôt distant : l'appareil qui l'a écrit l'enverra de nouveau à sa prochaine synchronisation ; puis relancez `carnet sync`
h-peer-journal-broken = l'historique de l'appareil { $device } est incohérent : { $why }
h-peer-journal-broken-hint = le dépôt distant ou la copie de cet appareil a été modifié ; lancez `carnet journal verify` sur chaque appareil
h-peer-entry-differs = l'entrée { $seq } diffère de celle déjà reçue
h-peer-entry-skips = il passe de l'entrée { $from } à l'entrée { $to }
h-peer-head-malformed = sa dernière entrée connue est mal formée
h-peer-entry-unchained = l'entrée { $seq } ne prolonge pas la chaîne de la précédente
##
##

## ---------------------------------------------------------------- io
# I/O contexts and operating-system errors (ids start with io-).
# Keep this section's entries between this marker and the next one.
#
# Une erreur d'entrée-sortie : ce que faisait carnet, puis l'erreur du système.
io-failed = { $context } : { $error }
io-no-answer = pas de réponse
io-no-prompt = aucune question ne peut être posée (--no-input, ou pas de terminal)
# Ce qui se trouve à un chemin (le milieu de « … est { $kind } »).
io-kind-file = un fichier ordinaire
io-kind-dir = un dossier
io-kind-link = un lien symbolique
io-kind-fifo = un tube nommé (FIFO)
io-kind-socket = une prise de communication (socket)
io-kind-char-device = un périphérique en mode caractère
io-kind-block-device = un périphérique en mode bloc
io-kind-unknown = autre chose qu'un fichier ordinaire
io-not-regular = { $path } est { $kind }, pas un fichier ordinaire
io-not-regular-hint = carnet ne lit ni lien, ni FIFO, ni périphérique dans un carnet (quelqu'un qui peut écrire dans le dossier du carnet l'a peut-être mis là) ; examinez-le (`ls -l`), sortez-le du carnet et restaurez le fichier depuis une sauvegarde
io-too-large = { $path } est bien plus gros que tout fichier que carnet y écrit
io-too-large-hint = sortez-le du carnet et restaurez le fichier depuis une sauvegarde
io-output-dir-missing = impossible d'écrire { $path } : son dossier n'existe pas
io-output-dir-missing-hint = créez d'abord le dossier, ou choisissez un autre -o
io-output-refused = impossible d'écrire dans { $path } : c'est { $kind }
io-output-refused-hint = donnez un nom de fichier, un dossier, un tube nommé (FIFO), ou - pour la sortie standard
io-output-changed = { $path } a changé pendant que carnet l'ouvrait : c'est maintenant { $kind }
io-output-changed-hint = relancez la commande
io-not-vault-dir = { $path } est { $kind }, pas un dossier du carnet : carnet n'y liste, ne crée, ne modifie ni ne supprime aucun fichier
io-not-vault-dir-hint = quelqu'un qui peut écrire dans le dossier du carnet l'a peut-être mis là pour faire agir carnet sur des fichiers ailleurs : examinez-le (`ls -l`), supprimez-le (`rm` sur un lien ne supprime que le lien), et remettez les fichiers du carnet dans un vrai dossier s'il les contenait (le dossier du carnet lui-même peut être un lien, par exemple vers un autre disque ; ce qu'il contient, non) ; voir docs/security.md
# Ce que faisait carnet quand une opération sur un fichier a échoué (le
# contexte placé avant l'erreur du système).
io-opening = ouverture de { $path }
io-reading = lecture de { $path }
io-writing = écriture de { $path }
io-writing-to = écriture dans { $path }
io-creating = création de { $path }
io-creating-dir = création du dossier { $path }
io-syncing = enregistrement sur disque de { $path }
io-syncing-dir = enregistrement sur disque du dossier { $path }
io-syncing-fs = enregistrement sur disque du système de fichiers de { $path }
io-removing = suppression de { $path }
io-renaming-into = renommage en { $path }
io-moving = déplacement de { $from } vers { $to }
io-listing = lecture du contenu de { $path }
io-copying = copie de { $path }
io-looking-at = examen de { $path }
io-resolving = résolution du chemin { $path }
io-setting-permissions = réglage des droits de { $path }
io-locking = verrouillage de { $path }
io-opening-lock = ouverture du fichier de verrou { $path }
io-listening = écoute sur { $path }
io-storing-blob = rangement du fichier chiffré { $path }
io-reading-document-into = lecture du document vers { $path }
io-reading-document-id = lecture du document { $id }
io-writing-bundle-to = écriture du dossier dans { $path }
io-moving-kit = déplacement du kit vers { $path }
io-moving-restored = déplacement du carnet restauré vers { $path }
io-swapping-restored = échange du carnet restauré avec { $path }
io-placing-in-inbox = dépôt de { $name } dans la boîte de dépôt
io-placing-inbox-item = dépôt de l'élément { $n } dans la boîte de dépôt
io-removing-from-remote = suppression de { $name } du dépôt distant
io-reading-stdin = lecture de l'entrée standard
io-writing-stdout = écriture sur la sortie standard
io-writing-pdf-stdout = écriture du PDF sur la sortie standard
io-reading-bundle = lecture du dossier
io-writing-bundle = écriture du dossier
io-reading-backup = lecture de la sauvegarde
io-writing-backup = écriture de la sauvegarde
io-reading-document = lecture du document
io-writing-document = écriture du document
io-reading-blob = lecture d'un fichier chiffré du carnet
io-reading-input = lecture d'un fichier à ajouter
io-reading-index = lecture de l'index du carnet
io-reading-local-file = lecture d'un fichier local
io-reading-passphrase-wrapper = lecture de l'enveloppe de la phrase secrète
io-temp-dir = création d'un dossier temporaire
io-listing-keys = lecture des clés
io-listing-new-keys = lecture des nouvelles clés
io-listing-blobs = lecture des fichiers chiffrés du carnet
io-finishing-encryption = fin du chiffrement
io-writing-age-header = écriture de l'en-tête age
io-wrapping-key = enveloppe de la clé du carnet
io-sealing-minor = scellement pour le mineur
io-sealing-segment = scellement d'un lot de modifications
io-encrypting-marker = chiffrement d'un marqueur de fichier temporaire
io-writing-successor = écriture d'un lien de succession
io-writing-inbox-item = écriture d'un élément de la boîte de dépôt
io-clearing-interrupted-clone = nettoyage d'un clone interrompu
io-finishing-clone = fin du clone
io-placing-pulled-blob = mise en place d'un document reçu
io-placing-pulled-key = mise en place d'un fichier de clé reçu
io-staging-old-document = mise de côté d'un ancien document
io-removing-rekey-segment = suppression d'un lot d'un changement de clé inachevé
io-sealing-sync-progress = enregistrement de l'avancement des synchronisations de cette copie
io-removing-sync-progress = effacement de l'avancement des synchronisations de cette copie
io-sealing-sync-markers = enregistrement des marques de modification vues par cette copie sur ses dépôts distants
io-removing-sync-markers = effacement des marques de modification vues par cette copie sur ses dépôts distants
io-s3-client = démarrage du client S3
io-s3-unreachable = impossible de joindre le serveur S3 de { $url } ({ $what })
io-agent-stopping = demande d'arrêt à l'agent d'ouverture
io-agent-setup = lecture des réglages de l'agent
io-agent-socket-mode = réglage des droits de la prise de l'agent
io-wrapping-retired-key = chiffrement de l’ancienne clé retirée
io-agent-finding-binary = recherche du programme carnet
io-agent-starting = démarrage de l'agent
io-agent-handing-key = remise de la clé à l'agent
io-agent-no-core = interdiction des fichiers core (RLIMIT_CORE à 0)
io-agent-not-dumpable = protection de la mémoire de l'agent (prctl PR_SET_DUMPABLE)
# Les erreurs du système, par type ; le numéro d'erreur suit quand il y en a un.
io-os-code = { $text } (erreur système { $code })
io-os-not-found = fichier ou dossier introuvable
io-os-permission-denied = permission refusée par le système
io-os-already-exists = le fichier existe déjà
io-os-storage-full = plus de place sur le disque
io-os-quota-exceeded = quota de disque dépassé
io-os-read-only-filesystem = système de fichiers en lecture seule
io-os-is-a-directory = c'est un dossier, pas un fichier
io-os-not-a-directory = un élément du chemin n'est pas un dossier
io-os-directory-not-empty = le dossier n'est pas vide
io-os-invalid-input = paramètre non valable
io-os-invalid-filename = nom de fichier non valable (trop long ?)
io-os-unexpected-eof = fin de fichier inattendue
io-os-interrupted = opération interrompue
io-os-timed-out = délai d'attente dépassé
io-os-would-block = ressource momentanément indisponible
io-os-crosses-devices = déplacement impossible d'un disque à un autre
io-os-file-too-large = fichier trop volumineux
io-os-too-many-links = trop de liens
io-os-resource-busy = périphérique ou ressource occupé
io-os-executable-busy = fichier exécutable occupé
io-os-stale-handle = fichier réseau devenu inaccessible
io-os-not-seekable = déplacement impossible dans ce fichier
io-os-broken-pipe = tube rompu (le programme qui lisait s'est arrêté)
io-os-write-zero = rien n'a pu être écrit
io-os-out-of-memory = mémoire insuffisante
io-os-unsupported = opération non prise en charge
io-os-connection-refused = connexion refusée
io-os-connection-reset = connexion interrompue par l'autre côté
io-os-connection-aborted = connexion abandonnée
io-os-not-connected = pas de connexion
io-os-address-in-use = adresse déjà utilisée
io-os-address-not-available = adresse non disponible
io-os-network-unreachable = réseau injoignable
io-os-host-unreachable = machine injoignable
io-os-network-down = réseau hors service
io-os-deadlock = blocage mutuel évité
io-os-argument-list-too-long = liste d'arguments trop longue
io-os-too-many-symlinks = trop de niveaux de liens symboliques
io-os-device-error = erreur matérielle du disque ou du support
io-os-too-many-open-files = trop de fichiers ouverts
io-os-no-device = périphérique introuvable

## ---------------------------------------------------------------- explain
# Policy explanations, signer status, durations, export refusals, exit codes,
# the inbox fold summary (ids start with x-).
#
x-rule-holder = Le titulaire voit tous les documents de son propre carnet.
x-rule-guardian = Un représentant légal voit les documents du carnet dont il a la charge.
x-rule-guardian-hidden = Le document est masqué aux représentants légaux (INVISIBLE_REPRESENTANTS_LEGAUX).
x-rule-blocked = Ce professionnel de santé est bloqué : il n'a accès à rien, quels que soient ses accès autorisés ou son statut de médecin traitant.
x-rule-primary-doctor = Ce professionnel de santé est le médecin traitant : il voit tous les documents (y compris les documents masqués, sauf si le réglage masked-visible-to-primary est désactivé).
x-rule-granted = Un accès en cours, autorisé à ce professionnel de santé, couvre ce document.
x-rule-no-active-grant = Ce professionnel de santé n'est pas le médecin traitant et n'a jamais reçu d'accès.
x-rule-grant-expired = Le dernier accès autorisé à ce professionnel de santé a expiré (ou n'a pas encore commencé) et aucun autre accès n'est en cours.
x-rule-grant-revoked = Le dernier accès autorisé à ce professionnel de santé a été retiré et aucun autre accès n'est en cours.
x-rule-out-of-grant-scope = Les accès en cours de ce professionnel de santé ne couvrent pas le type ou l'identifiant de ce document.
x-rule-masked = Le document est masqué aux professionnels de santé (MASQUE_PS), sauf à son auteur et, si le réglage strict n'est pas activé, au médecin traitant.
x-rule-masked-author = Le document est masqué aux professionnels de santé (MASQUE_PS), mais ce professionnel en est l'auteur.
x-rule-masked-primary = Le document est masqué aux professionnels de santé (MASQUE_PS), mais le carnet laisse le médecin traitant voir les documents masqués.
x-rule-masked-from = Le titulaire a masqué ce document à ce professionnel de santé.
x-rule-emergency-allowed = Le titulaire autorise ce mode d'accès en urgence pour ce document.
x-rule-emergency-denied = Le titulaire s'est opposé à ce mode d'accès en urgence.
x-rule-emergency-masked-denied = Le document est masqué et le titulaire n'a pas autorisé la lecture des documents masqués en urgence.
x-rule-invisible-patient = Le document est non visible par le patient en attendant la consultation d'annonce (INVISIBLE_PATIENT), jusqu'à sa libération ou un mois après l'import ; d'ici là, aucun export ne le contient.
x-rule-inbox-unseen = Le document est arrivé par la boîte de dépôt et le titulaire ne l'a pas encore vu (carnet show, ou carnet inbox accept) ; d'ici là, aucun export vers quelqu'un d'autre ne le contient.
x-show-who-line = { $seen } { $name } ({ $rpps }) : { $why } ({ $rule })
x-duration-days = { $d } j { $h } h
x-duration-hours = { $h } h { $m } min
x-duration-minutes = { $m } min
x-duration-seconds = { $s } s
x-exit-ok = réussite (y compris l'ajout d'un document déjà présent dans le carnet, signalé comme doublon)
x-exit-failure = erreur inattendue ou erreur de lecture ou d'écriture
x-exit-usage = utilisation ou valeur incorrecte (option inconnue, chiffre de contrôle RPPS/INS/FINESS faux, date ou durée incorrecte, question nécessaire avec --no-input)
x-exit-unlock = ouverture impossible : phrase secrète fausse, identité qui ne correspond pas, aucun moyen d'ouverture
x-exit-not-found = introuvable : carnet, document, professionnel de santé, accès, fichier de dossier à partager ; ou début d'identifiant ambigu
x-exit-policy = refusé par les règles : professionnel de santé bloqué, aucun accès en cours, accès expiré ou retiré, accès en urgence refusé, règles de la remise du carnet à la majorité
x-exit-integrity = intégrité compromise : carnet, historique des accès, fichier ou dossier à partager altéré ou abîmé
x-exit-busy = carnet occupé : un autre processus garde le verrou d'écriture au-delà du délai d'attente
x-exit-partly-done = fait en partie : avec --keep-going, certaines entrées ont été refusées et toutes les autres ont réussi (chaque échec est signalé)
x-signer-own = signé par la clé de ce carnet
x-signer-and = { $a } et { $b }
x-signer-pinned = signé par une clé enregistrée pour { $who }
x-signer-unpinned = signataire inconnu : sa clé n'est enregistrée pour aucun professionnel de santé connu (non vérifié)
x-refused-pro = impossible d'exporter pour { $name } ({ $rpps }) : { $why } [{ $rule }]
x-refused-emergency = impossible de créer un export d'urgence { $mode } : { $why } [{ $rule }]
x-refused-emergency-hint = seul le titulaire en décide : carnet emergency set --{ $flag } allow
x-refused-blocked-hint = débloquez-le d'abord si vous lui faites de nouveau confiance (carnet pro unblock { $rpps }) ; le blocage a retiré ses accès : autorisez-lui de nouveau l'accès ensuite
x-refused-no-grant-hint = autorisez-lui d'abord l'accès, par ex. carnet grant { $rpps } --for 7j (ou faites-en votre médecin traitant : carnet pro primary { $rpps })
x-refused-see-access-hint = voyez carnet access { $rpps } pour la règle appliquée à chaque document
x-empty = rien à exporter pour { $who } : { $why }
x-empty-for-emergency = un export d'urgence { $mode }
x-empty-for-this-export = cet export
x-empty-no-documents = il n'y a aucun document à prendre en compte
x-empty-minor-only = { $n ->
    [one] le document qu'il peut voir est masqué aux représentants légaux, et seule la clé du mineur l'ouvre
   *[other] les { $n } documents qu'il peut voir sont masqués aux représentants légaux, et seule la clé du mineur les ouvre
}
x-empty-none-visible = { $n ->
    [one] le document examiné n'est pas visible
   *[other] aucun des { $n } documents examinés n'est visible
} ({ $rules })
x-empty-none-visible-minor = { $n ->
    [one] le document examiné n'est pas visible
   *[other] aucun des { $n } documents examinés n'est visible
} ({ $rules }), et seule la clé du mineur ouvre { $minor ->
    [one] celui qui l'est
   *[other] les { $minor } qui le sont
}
x-empty-emergency-hint = voyez carnet emergency status et carnet list --masked
x-export-why-passphrase = le dossier doit être chiffré avec une phrase secrète
x-export-why-no-recipient = { $name } n'a pas de destinataire enregistré : le dossier demande donc une phrase secrète
x-emergency-masked-alone = les documents masqués ne peuvent être lisibles en urgence que si l'accès du SAMU ou le bris de glace est autorisé ; autorisez d'abord l'un des deux
x-unlock-key-rejected = { $files } s'ouvre avec votre identité mais ne contient pas la clé de ce carnet (déposé par quelqu'un qui connaît votre clé publique ?) ; `carnet check --repair` le déplace dans quarantine/
x-unlock-key-skipped = { $files } : ignoré, ce n'est pas un fichier de clé (déposé par quelqu'un qui peut écrire dans le dossier du carnet ?) ; `carnet check --repair` le déplace dans quarantine/
x-unlock-mac-written = { $label } : le MAC du représentant légal a été écrit ({ $why })
x-agent-old-key = l'agent d'ouverture (pid { $pid }) garde une ancienne clé de { $label } (clés changées depuis ?) : il n'est pas utilisé ; arrêtez-le avec `carnet agent stop`
x-agent-not-used = l'agent d'ouverture n'a pas été utilisé : { $error }
x-fold-failed = la boîte de dépôt n'a pas été rangée dans le carnet ({ $error }) ; elle le sera à la prochaine ouverture
x-fold-done = { $label } : boîte de dépôt rangée dans le carnet : { $added ->
    [one] { $added } document ajouté
   *[other] { $added } documents ajoutés
} (voir `carnet list` ; les exports vers les professionnels de santé les contiendront une fois que vous les aurez vus), { $duplicates ->
    [one] { $duplicates } doublon
   *[other] { $duplicates } doublons
}
x-fold-done-left = { $label } : boîte de dépôt rangée dans le carnet : { $added ->
    [one] { $added } document ajouté
   *[other] { $added } documents ajoutés
} (voir `carnet list` ; les exports vers les professionnels de santé les contiendront une fois que vous les aurez vus), { $duplicates ->
    [one] { $duplicates } doublon
   *[other] { $duplicates } doublons
}, { $left } laissé(s) pour la prochaine ouverture (ou `carnet inbox import`)
x-fold-rejected = élément { $item } de la boîte de dépôt refusé ({ $why }) : déplacé dans inbox/rejected/ ; quelqu'un qui peut écrire dans le dossier du carnet l'y a déposé, ou il était abîmé
x-inbox-too-large = plus de { $mib } Mio
x-inbox-not-regular = ce n'est pas un fichier ordinaire lisible
x-inbox-not-for-this-vault = il n'est pas chiffré pour la clé publique de ce carnet
x-inbox-wrong-size = abîmé, ou pas de la taille annoncée
x-inbox-undecryptable = abîmé (impossible à déchiffrer)
x-inbox-no-header = ce n'est pas un élément de boîte de dépôt (pas d'en-tête)
x-inbox-metadata-missing = description absente ou trop longue
x-inbox-metadata-not-carnet = la description n'est pas celle de carnet
x-inbox-empty = document vide
x-inbox-unknown-type = type de document inconnu
x-inbox-bad-date = date incorrecte
x-inbox-bad-author = RPPS de l'auteur incorrect
x-inbox-too-many-tags = plus de { $max } mots-clés
x-inbox-private-author = son auteur est un professionnel de santé que le mineur garde privé
x-grant-active = en cours
x-grant-expired = expiré
x-grant-revoked = retiré
x-keygen-fingerprint = Empreinte : { $fingerprint }
x-keygen-signing-pin = donnez-la à vos patients (en main propre, sur papier) pour qu'ils l'enregistrent : carnet pro add VOTRE_RPPS --signer { $fingerprint }
x-access-item = { $kind } : { $what }
x-signer-author-pinned = { $name } (RPPS { $rpps }, clé enregistrée { $key })
x-mac-after-rekey = les clés du carnet de l'enfant ont été changées sans son représentant légal
x-mac-accepted = accepté avec `carnet trust accept`
x-mac-older-carnet = le carnet de l'enfant, connu sur cet ordinateur, n'avait pas encore de MAC du représentant légal (créé par une version plus ancienne de carnet)
x-mac-too-large = il est trop gros
x-mac-not-a-file = c'est { $kind }, pas un fichier
x-mac-not-mac-file = ce n'est pas un fichier de MAC de représentant légal
x-mac-too-many-links = il a trop de liens de succession
x-mac-mismatch = son MAC ne correspond pas à ce carnet (identifiant et clé)
x-mac-link = lien de succession { $n } : { $why }
x-mac-link-not-base64 = ce n'est pas du base64
x-mac-link-wrong-key = il ne s'ouvre pas avec la clé du carnet du représentant légal
x-mac-link-damaged = il est abîmé
x-mac-link-not-link = ce n'est pas un lien de succession
x-mac-link-other-vault = il désigne un autre carnet ou une autre clé
x-mac-link-no-key = il ne contient aucune clé valable
x-mac-first-key-mismatch = son MAC ne correspond pas à la première clé de ce carnet
x-kind-file = un fichier ordinaire
x-kind-dir = un dossier
x-kind-link = un lien symbolique
x-kind-fifo = un tube nommé (FIFO)
x-kind-socket = une prise de communication (socket)
x-kind-char-device = un périphérique en mode caractère
x-kind-block-device = un périphérique en mode bloc
x-kind-unknown = autre chose qu'un fichier ordinaire
x-check-key-not-a-file = c'est { $kind }, pas un fichier de clé : déposé par quelqu'un qui peut écrire dans le dossier du carnet ?
x-check-orphan-mac = un MAC de représentant légal dont le fichier de clé a disparu
x-check-recipient-missing = il est absent
x-check-recipient-kind = c'est { $kind }
x-check-recipient-unreadable = il ne se lit pas comme du texte
x-check-recipient-names = il désigne { $recipient }
x-check-recipient-none = il ne contient aucune clé publique age
x-check-recipient-mismatch = { $name } : ne correspond pas à la clé du carnet ({ $found } ; la clé publique du carnet est { $want }) : ce qui chiffre pour ce carnet sans l'ouvrir chiffrerait pour quelqu'un d'autre ; `carnet check --repair` le réécrit à partir de la clé
x-key-file-kind = { $file } est { $kind }

x-actor-holder = titulaire
x-actor-guardian = représentant légal
x-actor-professional = professionnel de santé
x-actor-emergency = urgence
x-actor-system = carnet
x-actor-inbox = boîte de dépôt
x-mode-normal = normal
x-mode-grant = autorisation d'accès
x-mode-primary = médecin traitant
x-mode-emergency-samu = urgence (SAMU)
x-mode-emergency-break-glass = urgence (bris de glace)

y-agent-not-stopped = l'agent d'ouverture ne s'est pas arrêté
y-agent-answered = il a répondu { $answer } ; retrouvez-le avec `carnet agent status --json` (pid) et arrêtez-le avec kill
y-agent-exited = le processus de l'agent s'est terminé avant que son socket ne réponde
y-agent-exited-why = { $status } ; un autre agent démarre-t-il pour ce carnet ?
y-exit-code = code de sortie : { $code }
y-exit-signal = signal : { $signal }
y-agent-no-answer = le socket de l'agent n'a pas répondu à temps
y-agent-waited = attente de { $secs } s sur { $path }
y-s3-failed = { $what } sur le dépôt distant S3 { $url }
y-s3-reading = lecture de { $name }
y-s3-looking-up = recherche de { $name }
y-s3-writing = écriture de { $name }
y-s3-removing = suppression de { $name }
y-s3-listing = liste de { $prefix }/
y-tar-member-name = impossible de nommer l'élément d'archive { $path }
y-kit-qr = dessin du QR code du kit
y-encrypt-passphrase = impossible de chiffrer avec une phrase secrète
y-encrypt-recipients = impossible de chiffrer pour ces destinataires
y-invalid-manifest = l'export écrirait un manifeste non valable
y-journal-thread-panicked = la vérification de l'historique des accès s'est arrêtée brutalement
y-export-bad-doc-path = chemin de document non valable ou répété dans un export : { $path }
y-doc-reader-stopped = la lecture des documents s'est interrompue
y-doc-reader-panicked = la lecture des documents s'est arrêtée brutalement
y-not-inside-vault = { $path } n'est pas dans le carnet { $root }
y-not-plain-path = { $path } n'est pas un simple chemin dans le carnet
y-no-dir-to-create = aucun dossier à créer : { $path }
y-grant-no-pro = l'accès { $id } n'a pas de professionnel de santé
y-blob-decryption-stopped = le déchiffrement d'un document s'est interrompu
y-input-consumed = l'entrée a déjà été lue
y-no-blob-written = aucun document n'a été écrit
y-input-stopped = arrêté : une autre entrée a échoué
y-doc-vanished = le document a disparu
y-sealed-binary = { $column } contient des données binaires, qu'un enregistrement scellé ne peut pas porter
y-empty-key-ring = aucune clé dans le trousseau

y-age-invalid-header = en-tête non valable
y-age-invalid-mac = en-tête altéré (son MAC ne correspond pas)
y-age-unknown-format = format age inconnu

y-subcommand-missing = { $name } demande une sous-commande : { $names }

y-help-subcommand = Afficher ce message, ou l'aide de la ou des sous-commandes données

y-date-hint = écrivez les dates JJ/MM/AAAA (14/03/2026), AAAA-MM-JJ (2026-03-14) ou RFC 3339 (2026-03-14T09:30:00Z)
y-bad-date = date non valable : { $value }
y-bad-birth-date = date de naissance non valable : { $value }
y-date-out-of-range = date hors limites : { $value }
y-birth-date-out-of-range = date de naissance hors limites : { $value }
y-date-out-of-range-hint = carnet accepte les dates du 01/01/0001 au 31/12/9999 (pour une date de fin : dont la fin de journée, en UTC, tombe encore en 9999)
y-birth-date-future = la date de naissance { $date } est dans le futur
y-birth-date-future-hint = donnez la date de naissance du titulaire, JJ/MM/AAAA ou AAAA-MM-JJ
y-bad-duration = durée non valable : { $value }
y-zero-duration = durée non valable : { $value } (elle doit être supérieure à zéro)
y-duration-too-long = durée trop longue : { $value }
y-duration-too-long-hint = indiquez une durée plus courte
y-duration-hint = écrivez les durées 30j, 2sem, 3mois, 12h, 45m ou 90s (ou en anglais 30d, 2w)
y-unknown-doc-type = type de document inconnu : { $value }
y-doc-type-hint = indiquez l'un de ces noms courts : { $names } ; ou leur nom français : { $french } ; ou leur code

y-chunk-damaged = le déchiffrement a échoué : le fichier est endommagé ou a été modifié
y-file-truncated = le fichier chiffré est tronqué
y-blob-not-age = ce n'est pas un fichier age ({ $detail })
y-blob-missing = son fichier manque
y-blob-longer = plus long que ce qu'indique son fichier
y-blob-size = { $size } octets, mais l'index en indique { $expected }
y-blob-mismatch = son contenu ne correspond pas à son nom

y-check-doc-error = document { $id } ({ $title }) : { $error }
y-check-hidden-error = document { $id } (masqué aux représentants légaux) : { $error }

## ---------------------------------------------------------------- sync2
# Messages added for sync, clone and rekey across devices (ids start with s2-).
#
s2-agent-concurrent = deux changements de clés se sont croisés, et l'agent ne répond que pour une seule clé
s2-rekey-crossed-kept = ce changement de clés et celui fait par l'appareil { $device } se sont croisés ; la clé conservée reste accessible à des moyens d'ouverture que l'autre avait retirés ({ $files }) : s'ils ont été retirés volontairement (`carnet device rm`, `carnet key rm`), relancez `carnet rekey`
s2-agent-cannot-follow = l'agent de déverrouillage ne peut pas suivre le changement de clés fait sur un autre appareil ({ $why })
s2-agent-cannot-follow-hint = synchronisez une fois avec votre phrase secrète ou votre identité (CARNET_NO_AGENT=1 carnet sync), puis relancez l'agent : carnet agent stop ; carnet agent start
s2-agent-no-retired = le changement de clés fait par l'appareil { $device } ne transmet pas l'ancienne clé, que l'agent de déverrouillage ne donne jamais (il a été fait avec une version plus ancienne de carnet)
s2-agent-other-key = l'agent de déverrouillage (pid { $pid }) détient une autre clé de { $label } que celle que le carnet utilise maintenant (une synchronisation qui suivait un changement de clés par son intermédiaire s'est arrêtée avant la bascule ?) : il n'est pas utilisé ; relancez `carnet sync` avec votre phrase secrète ou votre identité (CARNET_NO_AGENT=1), ou redémarrez l'agent
s2-agent-restart = l'agent de déverrouillage (pid { $pid }) détient encore la clé que cette synchronisation a retirée pour { $label } : les commandes ne l'utiliseront pas ; relancez-le : carnet agent stop ; carnet agent start
s2-inbox-retired-key = { $n } élément(s) de la boîte de réception étaient chiffrés pour une clé retirée lors d'un changement de clés (un scanner qui ne connaît pas encore la nouvelle clé publique) : ajoutés grâce à l'ancienne clé conservée dans le carnet ; donnez la nouvelle clé publique à vos scanners : carnet inbox add --to URL --recipient { $recipient }
s2-recipient-forged = { $name } sur le dépôt distant n'a pas été écrit par ce carnet (son code d'authentification ne correspond pas) : quelqu'un qui peut écrire sur le dépôt distant l'a créé ; les scanners qui ont mémorisé la clé publique le refusent (code 6), ceux qui ne l'ont pas encore mémorisée chiffreraient pour lui. Supprimez-le du dépôt distant et donnez aux scanners la clé publique du carnet (`carnet inbox recipient`)
s2-clone-interrupted = { $path } contient un clone interrompu avant l'arrivée de tous ses documents
s2-clone-interrupted-hint = relancez la même commande `carnet clone` : elle reprend là où elle s'était arrêtée
s2-heal-needs-passphrase = ce changement de clés et celui fait par l'appareil { $device } se sont croisés, et la clé conservée reste accessible à un appareil retiré ; cette synchronisation ne peut pas changer les clés sans la phrase secrète du carnet : lancez `carnet rekey --passphrase-file FICHIER` (ou `carnet rekey`, qui vous la demande) pour lui couper l'accès ; d'ici là, il peut lire ce qui est écrit
s2-heal-needs-own-method = ce changement de clés et celui fait par l'appareil { $device } se sont croisés, et la clé conservée reste accessible à un appareil retiré ; l'agent de déverrouillage n'a pas pu changer les clés : lancez `CARNET_NO_AGENT=1 carnet rekey` avec votre phrase secrète ou votre identité, puis `carnet agent stop` et `carnet agent start` ; d'ici là, l'appareil retiré peut lire ce qui est écrit
s2-heal-agent-failed = l'agent de déverrouillage n'a pas pu changer les clés du carnet après des changements de clés croisés ({ $why })
y-agent-heal-relative = l'agent de déverrouillage a été lancé pour le carnet situé à { $path }, un chemin relatif : il ne peut pas en changer les clés
y-agent-heal-relative-hint = relancez l'agent avec le chemin complet du carnet : carnet agent stop ; carnet --vault /chemin/complet/du/carnet agent start
y-agent-heal-other-vault = le dossier { $path } contient un autre carnet que celui pour lequel l'agent de déverrouillage a été lancé
y-agent-heal-other-vault-hint = arrêtez l'agent et relancez-le pour ce carnet : carnet agent stop ; carnet agent start
status-removed-can-open = la clé du carnet peut encore être ouverte avec des moyens d'ouverture d'appareils retirés ({ $files }) : lancez `carnet rekey` pour leur couper l'accès
