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
m-restore-saw = cette machine a déjà vu le carnet { $id } (jusqu'à l'entrée { $seq } de l'historique)
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
##
##
