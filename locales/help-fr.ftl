# L'aide de carnet (--help, pages de manuel) en français. L'anglais est
# celui de clap (src/cli/) ; les identifiants suivent le chemin de la
# commande : cmd-CHEMIN (.long, .after), arg-CHEMIN--ARGUMENT (.long).

arg-clap--help = Afficher l'aide (plus de détails avec --help)
arg-clap--version = Afficher la version

## carnet (la racine) et les options globales
cmd-carnet = Un carnet chiffré, sur votre ordinateur, pour vos documents de santé
    .long = carnet garde vos ordonnances, comptes rendus, résultats de biologie et autres documents de santé dans un carnet sur votre propre ordinateur, chiffré avec age. Autorisez l'accès d'un professionnel de santé pour une durée limitée, exportez exactement ce qu'il peut voir, et consultez l'historique des accès, où chaque action laisse une trace infalsifiable.
    .after =
        Exemples :
          carnet keygen -o ~/.config/carnet/identity.txt
          carnet init --name "Camille Martin" --no-passphrase --recipient age1…
          carnet add -r ~/scans && carnet list
          carnet --no-pager list --type lab-report   (affiche sur le terminal, sans paginateur)
        {""}
        Les heures sont affichées à l'heure locale (TZ) avec leur décalage par rapport à UTC, par exemple 2026-12-07 08:15 +01:00 ; le JSON reste en UTC (RFC 3339). Sur un terminal, les longues listes passent par $CARNET_PAGER, $PAGER ou less -FRX (--no-pager, ou PAGER=cat, les affiche directement).
        Codes de sortie : 0 réussite, 1 erreur, 2 saisie incorrecte, 3 ouverture impossible, 4 introuvable, 5 refusé par les règles, 6 intégrité compromise, 7 carnet occupé, 8 fait en partie (carnet --exit-codes).
        Documentation : README.md, docs/format.md, docs/security.md.
arg-carnet--vault = Dossier du carnet (prime sur --profile)
arg-carnet--profile = Profil : un carnet rangé dans le dossier de données ($XDG_DATA_HOME/carnet/profiles/NOM)
arg-carnet--identity = Fichier de clé age qui ouvre le carnet (X25519, clé OpenSSH ou clé de plugin)
arg-carnet--passphrase_file = Lire la phrase secrète du carnet dans FICHIER (`-` = entrée standard) ; première ligne
arg-carnet--json = Sortie pour les programmes : une seule valeur JSON sur la sortie standard
arg-carnet--no_input = Ne jamais poser de question ; échouer (code 2) là où il en faudrait une
arg-carnet--quiet = Moins de messages sur la sortie d'erreur
arg-carnet--verbose = Plus de messages sur la sortie d'erreur
arg-carnet--no_pager = Afficher les longues sorties (list, show, journal, access…) directement sur un terminal, sans passer par $CARNET_PAGER ou $PAGER (par défaut `less -FRX`)
arg-carnet--color = Couleurs : auto, always (toujours) ou never (jamais) ; NO_COLOR est respecté
arg-carnet--exit_codes = Afficher la table des codes de sortie et quitter (avec --json : un tableau de {"{"}code, meaning{"}"})

## Les commandes
cmd-init = Créer un carnet
cmd-add = Ajouter des documents (fichiers, dossiers avec -r, ou - pour l'entrée standard)
    .after =
        Exemples :
          carnet add ordonnance.pdf --type prescription --author 10003456786
          carnet add -r ~/scans
          scan | carnet add - --title "Bilan sanguin" --type lab-report
          carnet add -r ~/scans --keep-going --update --json   (chaque nuit : code 8 = certains fichiers refusés)
          carnet add -r ~/scans --dry-run --json
cmd-list = Lister les documents, du plus récent au plus ancien
cmd-show = Afficher les informations d'un document et qui peut le voir en ce moment
cmd-get = Déchiffrer un document vers un fichier ou la sortie standard (noté dans l'historique des accès)
cmd-edit = Modifier le titre, le type, la date ou les mots-clés d'un document
cmd-mask = Masquer des documents aux professionnels de santé (MASQUE_PS), ou à certains avec --from
cmd-unmask = Rendre visible un document masqué
cmd-rm = Supprimer des documents (demande confirmation, sauf avec --yes)
cmd-passwd = Changer ou définir la phrase secrète du carnet (la clé est ré-emballée, quelle que soit la taille du carnet)
cmd-key = Gérer les clés supplémentaires qui ouvrent le carnet
cmd-settings = Réglages du carnet
cmd-access = Si des professionnels de santé peuvent voir des documents en ce moment, et la règle qui en décide
cmd-pro = Professionnels de santé : ajouter, lister, afficher, modifier, retirer ; médecin traitant ; bloquer
    .after =
        Exemples :
          carnet pro add 10003456786 --name "Dr Claire Dubois" --specialty "médecine générale" --primary
          carnet pro list
          carnet pro block 10100000008
        Documentation : docs/access.md.
cmd-grant = Autoriser l'accès d'un professionnel de santé pour une durée limitée (tout ce que les règles permettent, ou certains types ou documents)
    .after =
        Exemples :
          carnet grant 10003456786 --for 30d
          carnet grant 10100000008 --until 2026-06-30 --type lab-report --type imaging-report
          carnet grant 10100000008 --for 2w --doc 7fq2
        Un accès ne se modifie pas : retirez-le, puis autorisez à nouveau (les deux sont notés dans l'historique des accès).
cmd-grants = Lister les accès autorisés en cours (avec --all, aussi ceux expirés ou retirés)
cmd-revoke = Retirer un accès (identifiant ou début unique), ou tous les accès en cours d'un professionnel (RPPS)
cmd-emergency = Vos choix pour l'accès en urgence : SAMU (centre de régulation), bris de glace, documents masqués ; le kit d'urgence
cmd-medical = Le profil médical : allergies, maladies, traitements, vaccinations, mesures, contacts
cmd-release = Rendre visible dès maintenant un document importé non visible par le patient
cmd-profile = Aidants : profils des enfants, représentants légaux, clé propre du mineur, passation à la majorité
    .after =
        Exemples :
          carnet profile create lea --birth-date 2015-06-01 --name "Léa Martin"
          carnet --profile lea add carnet-de-sante.pdf
          carnet profile list
        Le profil d'un enfant s'ouvre avec ce qui ouvre votre propre carnet. Documentation : README.md (Caregivers), docs/security.md.
cmd-rekey = Nouvelle clé du carnet : chaque document et l'index chiffrés à nouveau, les moyens d'ouverture ré-emballés
    .after =
        Exemples :
          carnet rekey
          carnet --profile lea rekey
          carnet rekey --passphrase-file current.txt
        À lancer après `carnet key rm` ou `carnet profile guardian rm` : retirer un moyen d'ouverture ne coupe pas l'accès de qui a gardé une copie de la clé du carnet ; une nouvelle clé, si.
cmd-export = Exporter un dossier à partager, chiffré et signé : pour un professionnel de santé, pour l'urgence, ou tout le carnet
    .long =
        Exporter un dossier à partager, chiffré et signé (un fichier age contenant une archive tar des documents, un Bundle FHIR R4 et un manifeste signé ; voir docs/bundle-format.md).
        {""}
        --for RPPS : exactement les documents que ce professionnel de santé peut voir maintenant (médecin traitant, ou accès autorisé en cours), limités à ceux de --doc. Refusé (code 5, noté dans l'historique des accès) pour un professionnel bloqué, sans accès en cours, ou quand rien n'est visible.
        --emergency samu|break-glass : les documents que vos choix pour l'accès en urgence permettent (refusé si vous vous y êtes opposé).
        --all : l'export complet de votre carnet, pour vous-même (portabilité).
        {""}
        Chiffré pour --recipient, sinon (avec --for) pour la clé publique enregistrée du professionnel, sinon avec une phrase secrète (--passphrase la demande deux fois, ou --bundle-passphrase-file FICHIER ; l'option globale --passphrase-file ne sert qu'à ouvrir le carnet). Les outils courants l'ouvrent : age -d -i CLÉ FICHIER | tar x.
        {""}
        --format html : une seule page web, qui s'ouvre hors ligne dans un navigateur, demande la phrase secrète et affiche les documents ; carnet crée la phrase secrète (8 mots français, 88 bits) sauf si --passphrase ou --bundle-passphrase-file en donne une, et l'affiche une seule fois (elle n'est gardée nulle part).
cmd-bundle = Lire, vérifier, déballer ou importer un dossier à partager
cmd-trust = Quel carnet contient chaque dossier et profil (retenu sur cet ordinateur) : lister, accepter un changement
    .after =
        Exemples :
          carnet trust list
          carnet --profile lea trust accept 4k2m7q3x9t5b6w8z
        Comme le known_hosts de ssh : un carnet dont l'identifiant a changé dans le même dossier ou profil est refusé (code 6) jusqu'à ce que vous l'acceptiez, ce qui est noté vault.accept dans l'historique des accès. Documentation : docs/security.md.
cmd-remote = Où cette copie se synchronise : un dossier (disque USB, NAS, dossier synchronisé) ou s3://BUCKET/PREFIXE
    .after =
        Exemples :
          carnet remote add usb /media/usb/carnet
          carnet remote add nas s3://famille/carnet --endpoint http://nas:3900 --region garage
          carnet remote list --json
        Les identifiants S3 viennent de l'environnement (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), jamais de la ligne de commande. Documentation : docs/sync.md.
cmd-device = Les copies de ce carnet et leur dernière synchronisation ; retirer une copie perdue
    .after =
        Exemples :
          carnet device list
          carnet device rm 3f9c2a71d04be855
        Après avoir retiré un appareil perdu, lancez `carnet rekey` : il détient encore l'ancienne clé.
cmd-backup = Écrire une sauvegarde chiffrée et vérifiable de tout le carnet (`age -d` suffit à l'ouvrir)
    .long =
        Écrire un instantané cohérent de tout le carnet : un fichier age contenant une archive tar de BACKUP.json (format, identifiant du carnet, tête de l'historique des accès, taille et SHA-256 de chaque élément) et du dossier du carnet sous vault/, pris sous le verrou d'écriture du carnet et noté vault.backup dans l'historique. Les documents y restent chiffrés : rien n'est déchiffré pour le prendre.
        {""}
        Il est chiffré pour --recipient, sinon pour les clés publiques qui ouvrent le carnet (`carnet key list` ; la clé du carnet d'un représentant légal n'en fait pas partie : donnez --recipient pour le profil d'un enfant), sinon avec --passphrase (demandée deux fois, ou --backup-passphrase-file FICHIER), nécessaire pour un carnet qui ne s'ouvre qu'avec une phrase secrète. Voir docs/format.md (Backups).
    .after =
        Exemples :
          carnet backup -o ~/carnet-2026-12-07.age
          carnet backup -o /media/usb/carnet.age --recipient age1…
          carnet backup -o carnet.age --passphrase
          age -d -i key.txt carnet.age | tar t
        Pour la remettre en service : `carnet restore FICHIER`.
cmd-restore = Remettre en service une sauvegarde, sur cet ordinateur ou un nouveau
    .long = Remettre en service une sauvegarde comme carnet utilisable, dans --vault DOSSIER ou --profile NOM (par défaut : le profil default). La sauvegarde est ouverte avec votre moyen d'ouverture (--identity FICHIER, ou une phrase secrète), chaque élément est vérifié d'après BACKUP.json, le carnet est extrait à côté de la cible, doit s'ouvrir avec le même moyen et passer `carnet check`, puis remplace la cible en une seule étape. Sur un carnet que cet ordinateur connaît (la cible en contient un, ou cet ordinateur a déjà vu ce carnet), --force est nécessaire. La restauration est notée dans l'historique des accès (vault.restore), la copie restaurée reçoit un nouvel identifiant d'appareil, et la tête de l'historique que carnet retient la suit : ensuite, pas d'erreur de retour en arrière, ni de fichier d'état à modifier.
cmd-inbox = Une boîte de dépôt sans secret : un scanner y dépose des documents, la prochaine ouverture du carnet les range
    .after =
        Exemples :
          carnet --vault /srv/carnet inbox add -r ~/scans --recipient age1…
          carnet inbox list
          carnet inbox import && carnet inbox accept --all
        Documentation : docs/inbox.md.
cmd-completions = Afficher un script de complétion pour un shell sur la sortie standard
    .after =
        Exemples :
          carnet completions bash > ~/.local/share/bash-completion/completions/carnet
          carnet completions zsh > ~/.zfunc/_carnet
          carnet completions fish > ~/.config/fish/completions/carnet.fish
        Plus de détails dans docs/shell.md.
cmd-keygen = Créer un fichier de clé age (X25519), comme age-keygen ; ou, avec --signing, une clé de signature de paquets
    .after =
        Exemples :
          carnet keygen -o ~/.config/carnet/identity.txt
          carnet keygen --signing -o ~/.config/carnet/signature.key   # la clé d'un professionnel de santé pour `carnet bundle create`
cmd-check = Vérifier l'index, chaque document chiffré et la chaîne de l'historique des accès
cmd-status = Titulaire, nombres de documents, accès autorisés, nouveaux événements de l'historique, empreinte de la clé de signature
cmd-journal = Consulter l'historique des accès, ou le vérifier
cmd-sync = Récupérer ce que les autres appareils ont écrit, fusionner, envoyer ce que celui-ci a écrit
    .after =
        Exemples :
          carnet sync
          carnet sync usb --json
        Peut être lancé par cron sur toutes les machines en même temps. Documentation : docs/sync.md.
cmd-clone = Une nouvelle copie d'un carnet depuis un dépôt distant, sur cet ordinateur
    .after =
        Exemples :
          carnet clone /media/usb/carnet -i ~/.config/carnet/identity.txt
          carnet --profile lea clone /mnt/nas/lea
        La copie s'ouvre avec votre propre moyen d'ouverture et retient le dépôt distant sous le nom `origin`.

## init
arg-init--name = Nom du titulaire
arg-init--birth_date = Date de naissance du titulaire (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-init--ins = INS du titulaire (NIR, 15 caractères, vérifié)
arg-init--recipients = Une clé publique qui peut aussi ouvrir le carnet (age1…, ssh-ed25519 …, ssh-rsa …, plugin)
arg-init--no_passphrase = Pas de phrase secrète : ouverture uniquement avec les clés de --recipient

## add
arg-add--paths = Fichiers ou dossiers (avec -r) ; `-` lit l'entrée standard (il faut alors --title)
arg-add--recursive = Parcourir les dossiers. Les liens rencontrés sont ignorés avec un avertissement (même cassés) ; les liens vers des dossiers ne sont jamais suivis
arg-add--follow_symlinks = Avec -r, ajouter les fichiers vers lesquels pointent les liens, même hors du dossier
arg-add--doc_type = Type de document : nom court, code ou nom français (ordonnance, biologie…)
arg-add--title = Titre (par défaut : le nom du fichier sans extension)
arg-add--date = Date du document (par défaut : une date AAAA-MM-JJ en tête du nom de fichier, sinon sa date de modification)
arg-add--author = RPPS du professionnel de santé qui l'a rédigé
arg-add--tags = Un mot-clé (peut être répété)
arg-add--mask = Masquer aux professionnels de santé (MASQUE_PS)
arg-add--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux (INVISIBLE_REPRESENTANTS_LEGAUX), chiffré pour la clé propre du mineur
arg-add--keep_going = Ajouter chaque fichier valable et signaler chacun de ceux refusés (code 8 s'il y en a)
arg-add--dry_run = Dire ce qui serait ajouté (même JSON), sans rien écrire
arg-add--update = Appliquer une fiche (ou des options) modifiée à un document déjà dans le carnet (noté doc.edit)

## list
arg-list--doc_type = Seulement ce type (peut être répété) : nom court, code ou nom français (biologie, ordonnance…)
arg-list--author = Seulement les documents rédigés par ce professionnel de santé (RPPS)
arg-list--tag = Seulement les documents portant ce mot-clé (sans tenir compte des majuscules ni des accents)
arg-list--since = Seulement les documents datés de ce jour ou après (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-list--until = Seulement les documents datés de ce jour ou avant (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-list--masked = Seulement les documents masqués (à tous les professionnels ou à certains)
arg-list--unmasked = Seulement les documents masqués à personne
arg-list--search = Texte à chercher dans les titres, noms de fichiers, mots-clés, noms et spécialités des auteurs (sans tenir compte des majuscules ni des accents)
arg-list--limit = Au plus N documents (les plus récents)

## show, get, mask
arg-show--id = Identifiant du document ou son début unique (4 caractères ou plus)
arg-get--id = Identifiant du document ou son début unique
arg-get--output = Fichier ou dossier de sortie ; `-` force la sortie standard
arg-mask--ids = Identifiants des documents ou leurs débuts uniques
arg-mask--from = Seulement à ces professionnels de santé (RPPS, peut être répété)
arg-mask--guardians = Dans le profil d'un enfant : masquer aux représentants légaux (INVISIBLE_REPRESENTANTS_LEGAUX), chiffré pour la clé propre du mineur

## check, journal
arg-check--repair = Supprimer les restes d'écritures interrompues
arg-journal--since = Seulement les entrées de ce jour ou après (JJ/MM/AAAA ou AAAA-MM-JJ), ou un instant RFC 3339
arg-journal--actor = Type d'acteur, identifiant (IdNat/RPPS) ou nom
arg-journal--action = Action (doc.view) ou groupe (doc, doc.*)
arg-journal--doc = Seulement les entrées qui concernent ce document (identifiant ou début)
arg-journal--limit = Au plus N entrées
arg-journal--format = Format de sortie (par défaut : tableau, ou json avec --json)
cmd-journal-verify = Recalculer la chaîne d'empreintes ; code 6 en nommant la première entrée altérée

## keygen
arg-keygen--output = Écrire la clé dans FICHIER (0600) au lieu de la sortie standard
arg-keygen--signing = Une clé de signature de paquets (Ed25519) pour `carnet bundle create` au lieu d'une clé age (demande -o FICHIER ; affiche son empreinte)

## remote, sync, clone, device
cmd-remote-add = Ajouter un dépôt distant : un dossier (ou file://DOSSIER) ou s3://BUCKET[/PREFIXE]
arg-remote-add--name = Un nom court pour lui (lettres, chiffres, « - », « _ »)
arg-remote-add--url = Un dossier, file://DOSSIER, ou s3://BUCKET[/PREFIXE]
arg-remote-add--endpoint = Adresse du service S3 (stockage auto-hébergé), gardée avec le dépôt
arg-remote-add--region = Région S3, gardée avec le dépôt
arg-sync--remote = Le dépôt distant (nécessaire s'il y en a plusieurs)
arg-clone--url = Un dossier, file://DOSSIER, ou s3://BUCKET[/PREFIXE] qui contient un carnet
arg-clone--endpoint = Adresse du service S3 (stockage auto-hébergé)
arg-clone--region = Région S3
cmd-device-list = Les copies de ce carnet et leur dernière synchronisation

## edit, unmask, rm, passwd, access
arg-edit--id = Identifiant du document ou son début unique (4 caractères ou plus)
arg-edit--title = Nouveau titre
arg-edit--doc_type = Nouveau type : nom court, code ou nom français
arg-edit--date = Nouvelle date du document (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-edit--tags = Ajouter un mot-clé (peut être répété)
arg-edit--untags = Retirer un mot-clé (peut être répété)
arg-unmask--ids = Identifiants des documents ou leurs débuts uniques
arg-unmask--from = Seulement pour ces professionnels de santé (RPPS, peut être répété)
arg-unmask--guardians = Dans le profil d'un enfant : pour les représentants légaux (INVISIBLE_REPRESENTANTS_LEGAUX)
arg-rm--ids = Identifiants des documents ou leurs débuts uniques
arg-rm--yes = Ne pas demander de confirmation
arg-rm--force = Supprimer aussi les documents rédigés par un professionnel de santé (noté comme forcé dans l'historique)
arg-passwd--new_passphrase_file = Lire la nouvelle phrase secrète dans FICHIER (première ligne)
arg-access--rpps = Le RPPS d'un professionnel de santé (par défaut : tous ceux que le carnet connaît)
arg-access--doc = Seulement ce document
arg-access--guardians = Ce que voient les représentants légaux du profil d'un enfant (règles guardian, guardian_hidden)

## pro
cmd-pro-add = Ajouter un professionnel de santé (un par RPPS ; l'ajouter deux fois est refusé, utilisez `pro edit`)
arg-pro-add--rpps = Numéro RPPS (11 chiffres, chiffre de contrôle de Luhn)
arg-pro-add--name = Nom affiché, par exemple « Dr Claire Dubois »
arg-pro-add--specialty = Spécialité, par exemple « cardiologie »
arg-pro-add--place = Lieu d'exercice
arg-pro-add--recipient = Clé publique age ou ssh pour laquelle sont chiffrés les exports qui lui sont destinés
arg-pro-add--signer = Empreinte de la clé avec laquelle il signe ses dossiers (SHA256:…, telle que l'affiche son `carnet status`)
arg-pro-add--primary = En faire le médecin traitant
cmd-pro-list = Lister les professionnels de santé connus, leur statut et leurs accès

## grant, grants, revoke
arg-grant--rpps = Le RPPS du professionnel de santé
arg-grant--duration = Pour combien de temps : 30j, 2sem, 3mois, ou 90s, 45m, 12h, 30d, 2w
arg-grant--until = Jusqu'à quand : JJ/MM/AAAA ou AAAA-MM-JJ (fin de ce jour, heure locale), ou RFC 3339
arg-grant--types = Seulement les documents de ce type (peut être répété ; nom court, code ou nom français)
arg-grant--docs = Seulement ce document (peut être répété ; identifiant ou début unique)
arg-grants--all = Aussi les accès expirés ou retirés
arg-revoke--target = Un identifiant d'accès (ou son début unique, 4 caractères ou plus), ou un RPPS pour retirer tous les accès en cours de ce professionnel

## journal head, key, settings
cmd-journal-head = Afficher la tête de la chaîne (numéro et empreinte)
cmd-key-add = Permettre à une clé publique d'ouvrir le carnet
arg-key-add--recipient = age1…, ssh-ed25519 …, ssh-rsa … ou la clé publique d'un plugin
arg-key-add--label = Une étiquette pour la reconnaître
cmd-key-list = Lister les moyens d'ouverture du carnet
cmd-key-rm = Retirer le moyen d'ouverture d'une clé publique
    .after =
        Exemple :
          carnet key rm age1…
        Qui a gardé la clé du carnet peut encore le lire : lancez `carnet rekey` pour lui couper l'accès.
arg-key-rm--recipient = La clé publique, telle que l'affiche `carnet key list`
cmd-settings-list = Lister les réglages et leurs valeurs
cmd-settings-set = Modifier un réglage (noté dans l'historique des accès)
arg-settings-set--key = Nom du réglage (voir `carnet settings list`)
arg-settings-set--value = Nouvelle valeur

## pro (suite)
cmd-pro-show = Afficher un professionnel de santé, sa situation et ses accès
arg-pro-show--rpps = Le numéro RPPS du professionnel de santé (11 chiffres)
cmd-pro-edit = Modifier le nom, la spécialité, le lieu d'exercice ou la clé publique d'un professionnel de santé
    .after =
        Exemples :
          carnet pro edit 10003456786 --place "Villeurbanne"
          carnet pro edit 10003456786 --specialty ""   (une valeur vide l'efface)
          carnet pro edit 10003456786 --no-recipient
arg-pro-edit--rpps = Numéro RPPS
arg-pro-edit--name = Nouveau nom
arg-pro-edit--specialty = Nouvelle spécialité ("" l'efface)
arg-pro-edit--place = Nouveau lieu d'exercice ("" l'efface)
arg-pro-edit--recipient = Nouvelle clé publique age ou ssh
arg-pro-edit--no_recipient = Oublier la clé publique enregistrée
arg-pro-edit--signer = Nouvelle empreinte de sa clé de signature de dossiers (SHA256:…)
arg-pro-edit--no_signer = Oublier la clé de signature retenue
cmd-pro-rm = Retirer un professionnel de santé (ses accès en cours sont retirés, et notés dans l'historique ; un professionnel bloqué est gardé)
arg-pro-rm--rpps = Le numéro RPPS du professionnel de santé (11 chiffres)
cmd-pro-primary = Désigner le médecin traitant, ou ne plus en avoir (--unset)
arg-pro-primary--rpps = RPPS du nouveau médecin traitant
arg-pro-primary--unset = Ne plus avoir de médecin traitant
cmd-pro-block = Bloquer un professionnel de santé : il n'a plus accès à rien ; ses accès en cours sont retirés
arg-pro-block--rpps = Le numéro RPPS du professionnel de santé (11 chiffres)
cmd-pro-unblock = Débloquer un professionnel de santé (aucun accès n'est rétabli : autorisez-le à nouveau si vous le souhaitez)
arg-pro-unblock--rpps = Le numéro RPPS du professionnel de santé (11 chiffres)

## emergency
cmd-emergency-status = Afficher vos trois choix pour l'accès en urgence
cmd-emergency-set = Modifier vos choix pour l'accès en urgence (noté dans l'historique des accès) ; autoriser les documents masqués demande d'autoriser le SAMU ou le bris de glace
arg-emergency-set--samu = Accès du centre de régulation du SAMU (Centre 15), consentement ETREAT
arg-emergency-set--break_glass = Accès en bris de glace par les autres professionnels de santé, consentement BTG
arg-emergency-set--masked = Documents masqués lisibles en urgence, consentement MASKED
cmd-emergency-kit = Écrire un kit d'urgence dans DOSSIER : le dossier d'urgence en page web, la synthèse imprimable et une carte à garder dans le portefeuille
    .after =
        Exemples :
          carnet emergency kit -o /media/usb/urgence
          carnet emergency kit -o ~/urgence --print-passphrase --force
        La phrase secrète est affichée une seule fois (sur la sortie d'erreur, ou dans "passphrase" avec --json) et n'est gardée nulle part ; `carnet status` signale quand le kit est plus ancien que le profil médical. Documentation : docs/medical.md (Emergency kit).
arg-emergency-kit--output = Dossier où écrire le kit (créé en 0700 ; nouveau ou vide)
arg-emergency-kit--mode = Pour qui est le dossier d'urgence : break-glass (tout professionnel de santé qui trouve la carte) ou samu
    .value-samu = Le centre de régulation du SAMU (Centre 15)
    .value-break-glass = L'accès en bris de glace par les autres professionnels de santé
arg-emergency-kit--print_passphrase = Imprimer la phrase secrète du dossier sur la carte (sinon, confiez-la à vos proches)
arg-emergency-kit--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard) au lieu d'en créer une
arg-emergency-kit--force = Remplacer un kit précédent dans DOSSIER (seulement un dossier qui ne contient que des fichiers du kit)

## medical
cmd-medical-show = Le profil médical : allergies, maladies, traitements, vaccinations, mesures, contacts, groupe sanguin…
cmd-medical-add = Enregistrer une allergie, une maladie, un traitement, une vaccination, une mesure ou un contact (noté dans l'historique des accès)
cmd-medical-edit = Modifier un élément (identifiant ou début unique) ; "" efface un champ facultatif
cmd-medical-rm = Retirer un élément (il reste dans `medical history`, sauf avec --purge)
cmd-medical-mask = Masquer un élément à tous les professionnels de santé, ou à l'un d'eux (--from RPPS)
cmd-medical-unmask = Rendre visible un élément masqué (annule `medical mask`)
cmd-medical-history = Tous les éléments jamais enregistrés, retirés compris, par date (ou ceux d'une seule catégorie)
cmd-medical-set = Indiquer le groupe sanguin, les directives anticipées, la position sur le don d'organes, ou « aucun … connu »
cmd-medical-summary = Une synthèse imprimable en français (PDF, une ou deux pages)

cmd-medical-add-allergy = Une allergie ou une intolérance
arg-medical-add-allergy--label = Ce à quoi la personne est allergique, par exemple Pénicilline
arg-medical-add-allergy--severity = La gravité d'une réaction
arg-medical-add-allergy--status = Si elle est actuelle (par défaut : active)
arg-medical-add-allergy--since = Connue depuis cette date (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-allergy--code = Code SNOMED CT ou CIM-10 (snomed:91936005, cim10:Z88.0), ou CIS/ATC pour un médicament
arg-medical-add-allergy--note = Une note (texte libre)
arg-medical-add-allergy--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-add-condition = Une maladie ou un antécédent
arg-medical-add-condition--label = La maladie, par exemple Asthme
arg-medical-add-condition--since = Depuis cette date (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-condition--until = Jusqu'à cette date, si elle est terminée (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-condition--status = Si elle est actuelle (par défaut : active)
arg-medical-add-condition--code = Code SNOMED CT ou CIM-10 (snomed:195967001, cim10:J45.9)
arg-medical-add-condition--note = Une note (texte libre)
arg-medical-add-condition--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-add-treatment = Un traitement (médicament)
arg-medical-add-treatment--name = Le médicament, par exemple « Lévothyrox 50 µg »
arg-medical-add-treatment--dose = Dose et rythme, par exemple « 1 cp le matin »
arg-medical-add-treatment--since = Pris depuis cette date (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-treatment--until = Pris jusqu'à cette date (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-treatment--code = Code CIS (BDPM, 8 chiffres) ou code ATC (cis:60234100, atc:H03AA01)
arg-medical-add-treatment--note = Une note (texte libre)
arg-medical-add-treatment--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-add-vaccination = Une vaccination
arg-medical-add-vaccination--name = Le vaccin, par exemple Boostrixtetra
arg-medical-add-vaccination--date = Date de l'injection (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-add-vaccination--lot = Le numéro de lot inscrit dans le carnet de vaccination
arg-medical-add-vaccination--code = Code CIS ou ATC du vaccin
arg-medical-add-vaccination--note = Une note (texte libre)
arg-medical-add-vaccination--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-add-measure = Une mesure : weight (poids), height (taille), bmi (IMC), blood-pressure (tension artérielle), heart-rate (fréquence cardiaque), respiratory-rate (fréquence respiratoire), oxygen-saturation (saturation en oxygène), temperature (température), head-circumference (périmètre crânien), glucose (glycémie), hba1c (hémoglobine glyquée)
arg-medical-add-measure--kind = Ce qui est mesuré, par exemple weight (poids)
arg-medical-add-measure--value = La valeur (tension artérielle : SYS/DIA, par exemple 120/80)
arg-medical-add-measure--unit = L'unité UCUM : kg, g, cm, m, kg/m2, mm[Hg], /min, %, Cel, [degF], mmol/L, mg/dL, g/L
arg-medical-add-measure--date = Date de la mesure (JJ/MM/AAAA ou AAAA-MM-JJ) ; par défaut, aujourd'hui
arg-medical-add-measure--note = Une note (texte libre)
arg-medical-add-measure--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-add-contact = Un contact : personne de confiance, proche, médecin…
arg-medical-add-contact--name = Le nom du contact, par exemple « Sam Martin »
arg-medical-add-contact--role = trusted-person (personne de confiance), parent, spouse (conjoint), partner (partenaire), child (enfant), sibling (frère ou sœur), relative (proche), friend (ami), guardian (représentant légal), doctor (médecin), other (autre)
arg-medical-add-contact--phone = Numéro de téléphone
arg-medical-add-contact--email = Adresse électronique
arg-medical-add-contact--note = Une note (texte libre)
arg-medical-add-contact--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur

arg-medical-edit--id = Identifiant de l'élément ou son début unique
arg-medical-edit--label = Libellé, ou nom du médicament, du vaccin ou du contact
arg-medical-edit--code = Nouveau code (snomed:…, cim10:…, cis:…, atc:…)
arg-medical-edit--severity = Nouvelle gravité d'une allergie
arg-medical-edit--status = Nouveau statut d'une allergie ou d'une maladie
arg-medical-edit--since = Nouvelle date de début (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-edit--until = Nouvelle date de fin (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-edit--date = Nouvelle date d'une vaccination ou d'une mesure (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-medical-edit--dose = Nouvelle dose d'un traitement
arg-medical-edit--lot = Nouveau numéro de lot d'une vaccination
arg-medical-edit--value = Valeur d'une mesure (son unité avec --unit)
arg-medical-edit--unit = Nouvelle unité UCUM d'une mesure
arg-medical-edit--role = Nouveau rôle d'un contact
arg-medical-edit--phone = Nouveau numéro de téléphone d'un contact
arg-medical-edit--email = Nouvelle adresse électronique d'un contact
arg-medical-edit--note = Nouvelle note
arg-medical-rm--id = Identifiant de l'élément ou son début unique
arg-medical-rm--purge = L'effacer aussi de l'historique
arg-medical-mask--id = Identifiant de l'élément ou son début unique
arg-medical-mask--from = Seulement à ces professionnels de santé (peut être répété)
arg-medical-unmask--id = Identifiant de l'élément ou son début unique
arg-medical-unmask--from = Seulement pour ces professionnels de santé (peut être répété)
arg-medical-history--kind = allergy (allergie), condition (maladie), treatment (traitement), vaccination, measure (mesure), contact, blood-group (groupe sanguin), directives (directives anticipées), organ-donation (don d'organes)

cmd-medical-set-blood-group = Groupe ABO et facteur Rhésus : O+, O-, A+, A-, B+, B-, AB+, AB-
arg-medical-set-blood-group--group = O+, O-, A+, A-, B+, B-, AB+ ou AB-
arg-medical-set-blood-group--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-set-directives = Les directives anticipées, sous forme de texte
arg-medical-set-directives--text = Les directives, dans les mots de la personne
arg-medical-set-directives--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-set-organ-donation = La position de la personne sur le don d'organes, sous forme de texte (en France, le consentement est présumé ; un refus s'inscrit au registre national des refus)
arg-medical-set-organ-donation--text = Sa position, dans ses propres mots
arg-medical-set-organ-donation--hidden_from_guardians = Dans le profil d'un enfant : masquer aux représentants légaux, chiffré pour la clé propre du mineur
cmd-medical-set-no-known = Indiquer explicitement qu'aucune allergie, aucune maladie ou aucun traitement en cours n'est connu
arg-medical-set-no-known--what = Ce dont on ne connaît aucun : allergies, conditions (maladies) ou treatments (traitements)
arg-medical-summary--output = Où écrire le PDF (« - » pour la sortie standard)
arg-medical-summary--force = Remplacer FICHIER s'il existe

## release
arg-release--id = Identifiant du document ou son début unique (4 caractères ou plus)

## profile
cmd-profile-list = Les profils du dossier de données : titulaire, date de naissance, âge, représentants légaux, profil par défaut
cmd-profile-create = Créer le profil d'un enfant, qui s'ouvre avec ce qui ouvre votre propre carnet
arg-profile-create--child = Le nom du profil (lettres, chiffres, « - », « _ », « . »)
arg-profile-create--birth_date = La date de naissance de l'enfant (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-profile-create--holder_name = Le nom de l'enfant (par défaut : le nom du profil)
cmd-profile-guardian = Représentants légaux du profil d'un enfant : ajouter ou retirer la clé d'un second représentant légal
cmd-profile-guardian-add = Permettre à un second représentant légal (l'autre parent, un tuteur désigné par le juge) d'ouvrir le profil avec sa clé
arg-profile-guardian-add--child = Le profil de l'enfant
arg-profile-guardian-add--recipient = La clé publique du représentant légal (age1…, ssh-ed25519 …, ssh-rsa …, plugin)
arg-profile-guardian-add--display_name = Le nom du représentant légal, tel que l'affiche l'historique des accès
cmd-profile-guardian-rm = Retirer le moyen d'ouverture d'un représentant légal (puis lancer `carnet --profile NOM rekey`)
arg-profile-guardian-rm--child = Le profil de l'enfant
arg-profile-guardian-rm--recipient = La clé publique du représentant légal, ou le nom de profil de son propre carnet
cmd-profile-key = Enregistrer la clé propre du mineur : elle ouvre le profil comme celle de son titulaire, et les documents masqués aux représentants légaux sont chiffrés pour elle
arg-profile-key--child = Le profil de l'enfant
arg-profile-key--recipient = La clé publique propre du mineur (age1…, ssh-ed25519 …, ssh-rsa …, plugin)
cmd-profile-handover = Confier le profil au jeune adulte à sa majorité : nouvelle clé, et seulement ses propres moyens d'ouverture
    .after =
        Exemples :
          carnet profile handover lea --recipient age1…
          carnet profile handover lea --new-passphrase-file lea-pass.txt
        Avant l'anniversaire de la majorité (réglage majority-age), c'est refusé (code 5), sauf avec --force.
arg-profile-handover--child = Le profil de l'enfant
arg-profile-handover--recipients = La clé publique propre du jeune adulte (peut être répété)
arg-profile-handover--new_passphrase_file = Lire la nouvelle phrase secrète du jeune adulte dans FICHIER (première ligne) ; sans elle ni --recipient, elle est demandée deux fois
arg-profile-handover--force = Confier le profil avant l'anniversaire de la majorité (noté comme forcé dans l'historique des accès)

## rekey
arg-rekey--drop_passphrase = Supprimer l'ouverture par phrase secrète au lieu de la ré-emballer (les autres moyens d'ouverture restent)

## export
arg-export--for_rpps = Pour ce professionnel de santé (RPPS) : ce que les règles lui permettent de voir maintenant
arg-export--emergency = Un dossier d'urgence, selon vos choix pour l'accès en urgence
    .value-samu = Le centre de régulation du SAMU (Centre 15)
    .value-break-glass = L'accès en bris de glace par les autres professionnels de santé
arg-export--all = Tous les documents que vous pouvez voir, avec leurs informations (portabilité)
arg-export--output = Fichier de sortie (`-` = sortie standard). Par défaut avec --for : carnet-RPPS-DATE.age
arg-export--docs = Seulement ces documents (peut être répété), si les règles les permettent
arg-export--recipients = Chiffrer pour cette clé publique (age1…, ssh-ed25519 …, ssh-rsa …, plugin ; peut être répété)
arg-export--passphrase = Chiffrer avec une phrase secrète (demandée deux fois, ou --bundle-passphrase-file)
arg-export--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
arg-export--armor = Sortie en texte ASCII (PEM)
arg-export--with_summary = Avec --for : joindre aussi le profil médical en synthèse patient internationale (IPS, fhir/patient-summary.json ; les dossiers d'urgence la joignent toujours)
arg-export--format = `age` (un fichier age) ou `html` (une page qui se déchiffre dans un navigateur, avec une phrase secrète créée pour l'occasion)
    .value-age = Un fichier age (binaire, ou PEM avec --armor)
    .value-html = Une seule page web qui se déchiffre hors ligne (le dossier age à l'intérieur, phrase secrète seulement)
arg-export--force = Remplacer un fichier de sortie existant

## bundle
cmd-bundle-inspect = Afficher le manifeste d'un dossier à partager (après l'avoir vérifié)
arg-bundle-inspect--file = Le fichier du dossier à partager
arg-bundle-inspect--signer = Vérifier aussi qui l'a signé (l'empreinte qu'affiche `carnet status`)
arg-bundle-inspect--bundle_identity = Clé qui déchiffre le dossier (par défaut : --identity)
arg-bundle-inspect--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
cmd-bundle-verify = Vérifier la signature, chaque empreinte et chaque taille, et l'organisation de l'archive (code 6 en nommant ce qui ne va pas)
arg-bundle-verify--file = Le fichier du dossier à partager
arg-bundle-verify--signer = Vérifier aussi qui l'a signé (l'empreinte qu'affiche `carnet status`)
arg-bundle-verify--bundle_identity = Clé qui déchiffre le dossier (par défaut : --identity)
arg-bundle-verify--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
cmd-bundle-open = Vérifier, puis extraire dans DOSSIER (rien n'est écrit si la vérification échoue)
arg-bundle-open--file = Le fichier du dossier à partager
arg-bundle-open--signer = Vérifier aussi qui l'a signé (l'empreinte qu'affiche `carnet status`)
arg-bundle-open--bundle_identity = Clé qui déchiffre le dossier (par défaut : --identity)
arg-bundle-open--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
arg-bundle-open--output = Dossier où extraire (créé s'il n'existe pas)
arg-bundle-open--force = Remplacer les fichiers qui existent déjà dans DOSSIER
cmd-bundle-import = Vérifier, puis ajouter les documents du dossier à ce carnet, avec leur auteur et leur visibilité
arg-bundle-import--file = Le fichier du dossier à partager
arg-bundle-import--signer = Vérifier aussi qui l'a signé (l'empreinte qu'affiche `carnet status`)
arg-bundle-import--bundle_identity = Clé qui déchiffre le dossier (par défaut : --identity)
arg-bundle-import--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
arg-bundle-import--other_patient = Importer un dossier qui concerne un autre patient que le titulaire de ce carnet (noté dans l'historique des accès)
cmd-bundle-create = Le dossier de résultats d'un professionnel de santé pour un patient, signé avec sa propre clé (sans carnet)
    .long = Créer un dossier à partager de type `report`, comme quand un professionnel de santé renvoie des documents à un patient : les fichiers (chacun peut avoir une fiche FICHIER.yaml, comme pour `carnet add`), signés avec la propre clé du professionnel (`carnet keygen --signing`), pour un seul patient, chiffrés pour --recipient ou avec une phrase secrète. Aucun carnet n'est nécessaire. Le patient le vérifie avec `carnet bundle verify --signer EMPREINTE` et l'ajoute avec `carnet bundle import`, qui le refuse (code 5) s'il nomme comme auteur un professionnel dont la clé retenue (`pro add --signer`) ne l'a pas signé, ou s'il concerne un autre patient. Voir docs/bundle-format.md (« Bundles professionals make »).
arg-bundle-create--signing_key = La clé de signature du professionnel de santé (créée par `carnet keygen --signing`)
arg-bundle-create--patient_name = Le nom du patient, tel que dans son dossier (le nom de famille en majuscules le sépare du prénom dans le fichier FHIR)
arg-bundle-create--patient_birth_date = La date de naissance du patient (JJ/MM/AAAA ou AAAA-MM-JJ)
arg-bundle-create--patient_ins = L'INS du patient (NIR, 15 caractères, vérifié)
arg-bundle-create--files = Les documents (une fiche FICHIER.yaml à côté de l'un d'eux donne ses informations)
arg-bundle-create--doc_type = Type de document : nom court, code ou nom français (compte-rendu-consultation, biologie…)
arg-bundle-create--title = Titre (par défaut : le nom du fichier sans extension)
arg-bundle-create--date = Date du document (par défaut : une date AAAA-MM-JJ en tête du nom de fichier, sinon sa date de modification)
arg-bundle-create--author = RPPS du professionnel de santé qui a rédigé les documents (nécessaire, sauf si chaque fiche nomme un auteur)
arg-bundle-create--author_name = Le nom de l'auteur, affiché dans l'index du dossier et dans le fichier FHIR
arg-bundle-create--invisible_patient = Rendre les documents non visibles par le patient jusqu'à la consultation d'annonce (INVISIBLE_PATIENT ; visibles au plus tard un mois après l'import)
arg-bundle-create--output = Fichier de sortie (`-` = sortie standard)
arg-bundle-create--recipients = Chiffrer pour cette clé publique, celle du patient (age1…, ssh-ed25519 …, ssh-rsa …, plugin ; peut être répété)
arg-bundle-create--passphrase = Chiffrer avec une phrase secrète (demandée deux fois, ou --bundle-passphrase-file)
arg-bundle-create--bundle_passphrase_file = Lire la phrase secrète du dossier dans FICHIER (première ligne ; `-` = entrée standard)
arg-bundle-create--armor = Sortie en texte ASCII (PEM)
arg-bundle-create--force = Remplacer un fichier de sortie existant

## trust
cmd-trust-list = Les dossiers et profils retenus sur cet ordinateur, et l'identifiant du carnet que chacun contient
cmd-trust-accept = Accepter le carnet qui se trouve maintenant dans le dossier ou le profil choisi (après un remplacement voulu) ; noté dans l'historique des accès
    .after =
        Exemples :
          carnet --profile lea trust accept 4k2m7q3x9t5b6w8z
          carnet --vault ~/carnet trust accept 4k2m7q3x9t5b6w8z
        ID est l'identifiant du carnet que nommait le refus ; le carnet doit pouvoir s'ouvrir. Par le carnet d'un représentant légal, la commande écrit aussi le MAC du représentant légal sur le profil de l'enfant.
arg-trust-accept--id = L'identifiant du carnet à accepter (dans le message d'erreur, ou dans vault.json)

## remote (suite), device
cmd-remote-list = Les dépôts distants et la dernière synchronisation de chacun
cmd-remote-rm = Oublier un dépôt distant (ce qu'il contient reste en place)
arg-remote-rm--name = Le nom du dépôt distant
cmd-remote-prune = Supprimer ce dont aucune copie n'a plus besoin (contenu des documents supprimés, anciens instantanés), après un délai de grâce
    .after =
        Exemples :
          carnet remote prune usb
          carnet remote prune usb --grace 0d
        Les segments (l'histoire de chaque appareil) ne sont jamais supprimés. Documentation : docs/sync.md.
arg-remote-prune--name = Le nom du dépôt distant
arg-remote-prune--grace = Garder ce qui est devenu inutile plus récemment que cela (par exemple 30d, 12h ; 0d : aucun délai)
cmd-device-rm = Mettre hors service un appareil perdu : ses modifications ultérieures sont refusées partout
    .after =
        Exemple :
          carnet device rm 3f9c2a71d04be855
        Lancez ensuite `carnet rekey`.
arg-device-rm--id = L'identifiant de l'appareil (voir `carnet device list`)

## backup, restore
arg-backup--output = Le fichier de sauvegarde à écrire (`-` = sortie standard)
arg-backup--recipients = Chiffrer plutôt pour cette clé publique (peut être répété) : age1…, ssh-ed25519 …, ssh-rsa …, ou celle d'un plugin
arg-backup--passphrase = Chiffrer avec une phrase secrète (demandée deux fois, ou --backup-passphrase-file)
arg-backup--backup_passphrase_file = Lire la phrase secrète de la sauvegarde dans FICHIER (première ligne ; `-` = entrée standard)
arg-backup--force = Remplacer un fichier de sortie existant
arg-restore--file = Le fichier de sauvegarde (`carnet backup -o FICHIER`)
arg-restore--force = Remplacer un carnet que cet ordinateur connaît (celui de la cible, ou une copie plus ancienne)
arg-restore--backup_passphrase_file = Lire la phrase secrète de la sauvegarde dans FICHIER (première ligne) ; par défaut : la phrase secrète du carnet donnée pour l'ouvrir

## inbox
cmd-inbox-add = Chiffrer des documents dans la boîte de dépôt du carnet avec sa clé publique : sans ouvrir le carnet, sans secret
    .after =
        Exemples :
          carnet --vault /srv/carnet inbox add scan.pdf --recipient age1…   (la première fois : retenir la clé publique du titulaire)
          carnet --vault /srv/carnet inbox add -r ~/scans --keep-going --json   (chaque nuit)
          carnet inbox add -r ~/scans --to s3://carnet/family   (un dépôt distant ; la prochaine `carnet sync` d'une copie récupère les documents)
        La clé publique est retenue sur cet ordinateur ; un carnet dont le fichier recipient a changé donne le code 6. Fiches (scan.pdf.yaml) comme pour `carnet add`. Documentation : docs/inbox.md.
arg-inbox-add--paths = Fichiers ou dossiers (avec -r)
arg-inbox-add--recursive = Parcourir les dossiers (les liens sont ignorés avec un avertissement)
arg-inbox-add--to = Déposer dans un dépôt distant du carnet (un dossier ou s3://BUCKET/PREFIXE) plutôt que dans le dossier du carnet : pour un scanner qui n'en est pas une copie
arg-inbox-add--recipient = La clé publique du carnet (age1…), donnée par le titulaire : vérifiée et retenue sur cet ordinateur
arg-inbox-add--doc_type = Type de document : nom court, code ou nom français
arg-inbox-add--title = Titre (par défaut : le nom du fichier sans extension)
arg-inbox-add--date = Date du document (par défaut : une date AAAA-MM-JJ en tête du nom de fichier, sinon sa date de modification)
arg-inbox-add--author = RPPS du professionnel de santé qui l'a rédigé
arg-inbox-add--tags = Un mot-clé (peut être répété)
arg-inbox-add--mask = Masquer aux professionnels de santé (MASQUE_PS)
arg-inbox-add--keep_going = Déposer chaque fichier valable et signaler chacun de ceux refusés (code 8 s'il y en a)
cmd-inbox-list = Ce qui attend dans la boîte de dépôt : nombre, tailles, dates (rien n'est déchiffré, le carnet n'est pas ouvert)
cmd-inbox-import = Ouvrir le carnet et y ranger tout ce qui attend (toute commande qui ouvre le carnet range d'abord un lot)
cmd-inbox-accept = Marquer des documents venus de la boîte de dépôt comme vus, pour que les exports destinés aux professionnels de santé puissent les contenir (noté dans l'historique des accès)
arg-inbox-accept--ids = Identifiants des documents (ou leurs débuts uniques)
arg-inbox-accept--all = Tous les documents venus de la boîte de dépôt pas encore vus
cmd-inbox-recipient = Afficher la clé publique du carnet, vérifiée d'après sa clé (à retenir sur un scanner)
    .after =
        Exemple :
          carnet inbox recipient   (puis sur le scanner : carnet inbox add … --recipient age1…)

## agent
cmd-agent = Un agent d'ouverture : tapez la phrase secrète une fois, les commandes suivantes n'en ont plus besoin jusqu'à ce qu'il l'oublie
    .after =
        Exemples :
          carnet agent start --ttl 30m
          carnet agent status
          carnet agent stop
        La clé reste dans l'agent (mémoire verrouillée, impossible à copier par un vidage mémoire), qui ne répond qu'à votre utilisateur. Documentation : docs/agent.md.
cmd-agent-start = Ouvrir le carnet une fois et le garder ouvert un moment dans un agent en arrière-plan
    .after =
        Exemples :
          carnet agent start                 (demande la phrase secrète une fois ; l'oublie au bout de 15 minutes)
          carnet --profile lea agent start --ttl 2h
          carnet agent start --passphrase-file - < pass.txt && carnet list
        Les commandes suivantes de cet utilisateur ouvrent ce carnet par l'agent : sans question, sans fichier de clé. CARNET_NO_AGENT=1 le contourne. Documentation : docs/agent.md.
arg-agent-start--ttl = Combien de temps l'agent garde la clé (90s, 15m, 2h ; au plus 7d)
cmd-agent-status = Quels carnets les agents gardent ouverts, et pour combien de temps encore
cmd-agent-stop = Faire oublier sa clé à l'agent du carnet choisi (ou à tous les agents) et l'arrêter
arg-agent-stop--all = Arrêter tous les agents de cet utilisateur, quel que soit le carnet qu'ils gardent
cmd-agent-serve = Le processus de l'agent lui-même (lancé par `agent start`, qui lui passe la clé sur l'entrée standard)

## completions
arg-completions--shell = Le shell pour lequel compléter

## Les sections de carnet.1 qu'écrit carnet lui-même (src/cli/docs.rs) :
## codes de sortie, environnement, fichiers
man-exit-intro = carnet se termine avec l'un de ces codes (carnet --exit-codes affiche cette table) :
man-exit-0 = réussite (aussi : l'ajout d'un document déjà dans le carnet, signalé comme doublon)
man-exit-1 = erreur inattendue ou erreur d'entrée-sortie
man-exit-2 = utilisation ou valeur incorrecte (option inconnue, chiffre de contrôle RPPS, INS ou FINESS faux, date ou durée incorrecte, question nécessaire avec --no-input)
man-exit-3 = ouverture impossible : phrase secrète erronée, clé qui ne correspond pas, aucun moyen d'ouverture
man-exit-4 = introuvable : carnet, document, professionnel de santé, accès, fichier de dossier à partager ; ou début d'identifiant ambigu
man-exit-5 = refusé par les règles : professionnel de santé bloqué, pas d'accès en cours, accès expiré ou retiré, opposition à l'accès en urgence, règles de la passation à la majorité
man-exit-6 = intégrité compromise : carnet, historique des accès, document chiffré ou dossier à partager altéré ou abîmé
man-exit-7 = carnet occupé : un autre processus garde le verrou d'écriture au-delà du délai d'attente
man-exit-8 = fait en partie : avec --keep-going, certaines entrées ont été refusées et toutes les autres ont réussi (chaque échec est signalé)
man-exit-errors = Les erreurs vont sur la sortie d'erreur, en une ligne « erreur : » et une ligne « conseil : » ; avec --json, en un seul objet JSON {"{"}"error":{"{"}"kind","message","hint"{"}"}{"}"}.
man-env-flag = { $help }. Comme { $flag } ; l'option l'emporte.
man-env-CARNET_LOCK_TIMEOUT = Nombre de secondes à attendre qu'un autre processus carnet libère le verrou d'écriture du carnet (10 par défaut ; de 0 à 86400, décimales permises) avant d'abandonner avec le code 7. Toute autre valeur donne le code 2, avant que la commande ne fasse quoi que ce soit.
man-env-CARNET_LANG = Langue des messages, de l'aide et des questions : fr ou en. Sans elle, LC_ALL, LC_MESSAGES puis LANG décident (fr… donne le français), sinon c'est l'anglais. La sortie JSON est la même dans toutes les langues.
man-env-CARNET_DATA_DIR = Remplace $XDG_DATA_HOME/carnet : les profils sont rangés sous CARNET_DATA_DIR/profiles/NOM.
man-env-CARNET_STATE_DIR = Remplace $XDG_STATE_HOME/carnet : là où carnet retient la dernière tête de l'historique des accès qu'il a vue pour chaque carnet (heads/), pour détecter une copie restaurée ou divergente.
man-env-CARNET_PAGER = Le paginateur des longues listes (list, show, journal, access, grants, medical show et history) sur un terminal, avant PAGER ; par défaut less -FRX. Vide ou cat : pas de paginateur (comme --no-pager).
man-env-PAGER = Le paginateur quand CARNET_PAGER n'est pas défini.
man-env-TZ = Le fuseau horaire dans lequel les heures sont affichées (par exemple Europe/Paris), avec le décalage par rapport à UTC ; par défaut celui du système (/etc/localtime). Le JSON est toujours en UTC.
man-env-CARNET_NO_AGENT = Avec 1, les commandes n'utilisent pas d'agent d'ouverture (`carnet agent start`), même pour un carnet qu'il garde ouvert : elles demandent le moyen d'ouverture habituel.
man-env-XDG_RUNTIME_DIR = Où les agents d'ouverture écoutent (carnet/agent/ dessous) ; sans elle, agent/ dans le dossier d'état.
man-env-NO_COLOR = Définie et non vide : pas de couleurs, sauf avec --color always (https://no-color.org).
man-env-XDG_DATA_HOME = Base du dossier de données (par défaut ~/.local/share) ; les profils sont rangés sous $XDG_DATA_HOME/carnet/profiles/.
man-env-XDG_STATE_HOME = Base du dossier d'état (par défaut ~/.local/state) ; les têtes de l'historique des accès sont gardées sous $XDG_STATE_HOME/carnet/heads/.
man-files-intro = VAULT est le dossier du carnet : --vault, sinon le dossier du profil.
man-file-VAULT-vault-json = Description publique du carnet : format, version, identifiant du carnet. Rien de secret.
man-file-VAULT-keys = Un petit fichier age par moyen d'ouverture (phrase secrète, chaque clé publique), chacun emballant la clé du carnet.
man-file-VAULT-blobs = Un fichier age par document, nommé d'après une empreinte à clé de son contenu (un même contenu n'est donc gardé qu'une fois).
man-file-VAULT-index-age = L'index scellé : informations des documents, professionnels de santé, accès, réglages et historique des accès ; chiffré et authentifié avec des clés dérivées du secret du carnet.
man-file-VAULT-recipient = La clé publique age du carnet.
man-file-VAULT-lock = Le verrou d'écriture (flock) que tient une commande qui modifie le carnet.
man-file-VAULT-tmp = Fichiers temporaires chiffrés des écritures en cours, et marqueurs qui nomment les fichiers temporaires qu'export -o et get -o écrivent à côté de leur sortie ; les restes d'une écriture interrompue, dans le carnet ou à côté d'une sortie, sont signalés par carnet check et supprimés par carnet check --repair ou par la prochaine écriture.
man-file-VAULT-generation = Présent après un rekey : nomme le dossier gen-N qui contient keys/, blobs/ et index.age, changé d'un seul renommage atomique.
man-file-VAULT-profile-json = Dans le profil d'un enfant seulement : nomme le carnet du représentant légal (ce qui l'ouvre ouvre celui de l'enfant) et, après carnet profile handover, la date de la passation. Public ; n'autorise rien.
man-file-XDG_DATA_HOME-carnet-profiles-NAME = Le carnet du profil NAME (--profile, CARNET_PROFILE ; profil par défaut : default).
man-file-XDG_STATE_HOME-carnet-heads = La dernière tête de l'historique des accès que carnet a vue pour chaque carnet, et la dernière que vous avez consultée avec carnet journal ; gardées hors du carnet pour qu'une copie plus ancienne restaurée soit détectée (code 6).
man-see-also = docs/shell.md (complétions, pages de manuel, scripts) dans les sources de carnet.
