# Courriels transmis à la boîte de l'association (docs/forwarding.md). Texte brut : pas de balises HTML.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] 1 nouveauté
       *[other] { $events } nouveautés
    } sur { $cases ->
        [one] 1 dossier
       *[other] { $cases } dossiers
    } : { $list }
forward-digest-intro = { $events ->
        [one] Voici ce qui s'est passé depuis le dernier récapitulatif.
       *[other] Voici les { $events } choses qui se sont passées depuis le dernier récapitulatif.
    }
forward-title-new-case = Nouveau dossier : { $account }
forward-title-tip = Nouveau signalement { $reference } sur ce dossier
forward-title-status = Statut : { $status }
forward-title-closed = Clos : { $outcome }
forward-title-merged = Le dossier #{ $source } a été fusionné avec celui-ci
forward-title-outcome = Ce qu'a fait la plateforme : { $outcome }
forward-title-question = Une personne a répondu à votre question ({ $reference })
forward-title-followup = Suivi de { $reference } : { $answer }
forward-title-erased = Le signalement { $reference } a été effacé
forward-followup-gone = le compte a disparu
forward-followup-still_there = le compte est toujours là
forward-followup-unsure = la personne ne sait pas
forward-erased-body = Le signalement { $reference } a été effacé à la demande de la personne qui l'a fait ou d'un opérateur. Merci de l'effacer aussi de vos propres dossiers.
forward-heading-tip = Le signalement
forward-heading-case = Dossier #{ $id }
forward-field-status = Statut
forward-field-level = Priorité
forward-field-category = Catégorie
forward-field-platform = Plateforme
forward-field-account = Compte
forward-field-tips = Signalements
forward-field-reporters = personnes
forward-field-told = Signalé à la plateforme
forward-field-opened = Ouvert le
forward-field-assignee = Pris en charge par
forward-field-outcome = Issue
forward-field-merged-into = Fusionné avec
forward-field-reference = Référence
forward-field-filed = Envoyé le
forward-field-accounts = Comptes
forward-field-related = Comptes liés
forward-field-danger = Un enfant en danger
forward-field-country = Pays
forward-field-language = Langue
forward-field-consent = Accepte d'être recontactée
forward-field-details = Dans ses mots
forward-details-withheld = (pas dans les courriels : à lire sur le bureau des bénévoles)
forward-footer = Envoyé par Tipline. Rien dans ce courriel n'identifie la personne qui a signalé. Les liens sont écrits pour ne pas s'ouvrir par accident (hxxps, [.]).
