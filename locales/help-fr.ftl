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
        {""}
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
arg-carnet--no_pager = Ne pas passer les longues listes par le paginateur (less), même sur un terminal
arg-carnet--color = Couleurs : auto, always (toujours) ou never (jamais) ; NO_COLOR est respecté
arg-carnet--exit_codes = Afficher la table des codes de sortie et quitter (avec --json : un tableau de {"{"}code, meaning{"}"})

## Les commandes
cmd-init = Créer un carnet
cmd-add = Ajouter des documents (fichiers, dossiers avec -r, ou - pour l'entrée standard)
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
cmd-grant = Autoriser l'accès d'un professionnel de santé pour une durée limitée (tout ce que les règles permettent, ou certains types ou documents)
cmd-grants = Lister les accès autorisés en cours (avec --all, aussi ceux expirés ou retirés)
cmd-revoke = Retirer un accès (identifiant ou début unique), ou tous les accès en cours d'un professionnel (RPPS)
cmd-emergency = Vos choix pour l'accès en urgence : SAMU (centre de régulation), bris de glace, documents masqués
cmd-medical = Le profil médical : allergies, maladies, traitements, vaccinations, mesures, contacts
cmd-release = Rendre visible dès maintenant un document importé non visible par le patient
cmd-profile = Aidants : profils des enfants, représentants légaux, clé propre du mineur, passation à la majorité
cmd-rekey = Nouvelle clé du carnet : chaque document et l'index chiffrés à nouveau, les moyens d'ouverture ré-emballés
cmd-export = Exporter un dossier à partager, chiffré et signé : pour un professionnel de santé, pour l'urgence, ou tout le carnet
cmd-bundle = Lire, vérifier, déballer ou importer un dossier à partager
cmd-trust = Quel carnet contient chaque dossier et profil (retenu sur cet ordinateur) : lister, accepter un changement
cmd-remote = Où cette copie se synchronise : un dossier (disque USB, NAS, dossier synchronisé) ou s3://BUCKET/PREFIXE
cmd-device = Les copies de ce carnet et leur dernière synchronisation ; retirer une copie perdue
cmd-backup = Écrire une sauvegarde chiffrée et vérifiable de tout le carnet (`age -d` suffit à l'ouvrir)
cmd-restore = Remettre en service une sauvegarde, sur cet ordinateur ou un nouveau
cmd-inbox = Une boîte de dépôt sans secret : un scanner y dépose des documents, la prochaine ouverture du carnet les range
cmd-completions = Afficher un script de complétion pour un shell sur la sortie standard
cmd-keygen = Créer un fichier de clé age (X25519), comme age-keygen ; ou, avec --signing, une clé de signature de paquets
cmd-check = Vérifier l'index, chaque document chiffré et la chaîne de l'historique des accès
cmd-status = Titulaire, nombres de documents, accès autorisés, nouveaux événements de l'historique, empreinte de la clé de signature
cmd-journal = Consulter l'historique des accès, ou le vérifier
cmd-sync = Récupérer ce que les autres appareils ont écrit, fusionner, envoyer ce que celui-ci a écrit
cmd-clone = Une nouvelle copie d'un carnet depuis un dépôt distant, sur cet ordinateur

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
