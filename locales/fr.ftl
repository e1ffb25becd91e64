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
err-no-unlock-method-hint = indiquez --identity FICHIER (ou CARNET_IDENTITY), ou --passphrase-file FICHIER (ou CARNET_PASSPHRASE_FILE)
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
