## L'espace bénévoles : tout ce que lisent les bénévoles, dans TIPLINE_STAFF_LANGUAGE (l'anglais par défaut).
## Seule la langue de l'équipe a besoin de ces textes ; les autres langues servent aux personnes qui signalent.
## Les variables sont échappées avant d'arriver à Telegram ; le texte peut utiliser <b>, <i> et <code>.
## Traduction : vouvoiement ; case = « dossier », tip = « signalement », reporter = « signalant »,
## claim = « prendre en charge », outcome = « résultat ». Les mots-clés des commandes (in_progress, removed,
## mine, page, add…) restent en anglais : le bot les lit tels quels.
## Pluriels : en français, la catégorie [one] couvre 0 et 1 ; les variantes [one] affichent donc le nombre.

## Fiches des dossiers
desk-card-title = <b>Dossier #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Pris en charge par <b>{ $alias }</b>
desk-card-closed = <b>Clôturé :</b> { $outcome }
desk-card-merged = <b>Fusionné dans le dossier #{ $into }</b> : ses signalements s'y trouvent désormais.
desk-card-account = <b>Compte :</b> { $account }
desk-certainty-link = identifié par son lien
desk-certainty-username = identifié par son nom d'utilisateur
desk-certainty-phone = identifié par un numéro de téléphone
desk-certainty-display_name = identifié seulement par un nom affiché : vérifiez qu'il s'agit du même compte
desk-certainty-unknown = la personne qui signale ne connaissait pas le compte
desk-card-others = <b>Comptes liés :</b> { $accounts }
desk-card-more-accounts = …et d'autres : /case { $id }
desk-card-platform = <b>Plateforme :</b> { $platform } · <b>Catégorie :</b> { $category }
desk-card-tips = <b>Signalements :</b> { $tips } · premier le { $first } · dernier le { $last }
desk-card-told = <b>Signalé à la plateforme :</b> { $told }
desk-card-contact = <b>Signalants acceptant d'être contactés :</b> { $consenting }
desk-card-latest = <b>Derniers signalements</b>
desk-card-tip = { $reference } · signalant #{ $reporter } ({ $reporter_tips ->
        [one] { $reporter_tips } signalement
       *[other] { $reporter_tips } signalements
    }) · { $country } · { $language } · plateforme informée : { $reported } · contact : { $consent }
desk-card-danger = <b>Le signalant indique qu'un enfant est en danger.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (aucun détail fourni)
desk-truncated = { $text }…

## La priorité, expliquée (« URGENT : images sexuelles ; 4 signalements de 3 personnes en 2 jours »)
desk-level-urgent = URGENT
desk-level-high = priorité haute
desk-level-normal = priorité normale
desk-level-low = priorité basse
desk-why-head = { $level } : { $category }
desk-why-count = { $tips ->
        [one] { $tips } signalement
       *[other] { $tips } signalements
    } de { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    }
desk-why-count-span = { $tips ->
        [one] { $tips } signalement
       *[other] { $tips } signalements
    } de { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    } en { $span }
desk-span-hours = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
desk-span-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
desk-why-danger = un enfant est peut-être en danger
desk-why-told = la plateforme a été informée
desk-why-not-told = la plateforme n'a pas encore été informée
desk-why-and = { $first } ; { $then }

## Statuts, résultats, catégories et réponses, tels que les bénévoles les lisent
desk-status-new = nouveau
desk-status-in_progress = en cours
desk-status-reported_to_platform = signalé à la plateforme
desk-status-escalated = transmis au service de signalement ou à la police
desk-status-closed = clôturé
desk-outcome-removed = supprimé
desk-outcome-no_violation = aucune infraction constatée
desk-outcome-duplicate = doublon
desk-outcome-not_enough_information = informations insuffisantes
desk-category-sexual_imagery = images sexuelles
desk-category-grooming = grooming
desk-category-sexualised_comments = commentaires sexualisés
desk-category-collecting_photos = collecte de photos d'enfants
desk-category-stolen_photos = photos d'enfants volées
desk-category-trading_network = réseau d'échange
desk-category-other = autre
desk-told-yes = oui, par un signalant
desk-told-not_yet = pas encore
desk-told-unknown = non précisé
desk-told-us = oui, par nous
desk-yes = oui
desk-no = non
desk-unknown = ?
desk-none = aucun
desk-list-more = { $first }, { $then }

## Boutons (texte brut)
desk-button-claim = Prendre en charge
desk-button-unclaim = Libérer
desk-button-in_progress = En cours
desk-button-reported_to_platform = Signalé à la plateforme
desk-button-escalated = Transmis
desk-button-close = Clôturer…
desk-button-reopen = Rouvrir
desk-button-details = Détails
desk-button-next = Page suivante ▸
desk-button-outcome-removed = Supprimé
desk-button-outcome-no_violation = Aucune infraction
desk-button-outcome-duplicate = Doublon
desk-button-outcome-not_enough_information = Infos insuffisantes

## Réponses aux actions
desk-close-ask = Avec quel résultat clôturer le dossier #{ $id } ?
desk-done-claimed = Vous prenez en charge le dossier #{ $id }.
desk-done-unclaimed = Le dossier #{ $id } est de retour dans la file d'attente.
desk-done-note = Note ajoutée au dossier #{ $id }.
desk-done-status = Statut du dossier #{ $id } : { $status }.
desk-done-reopened = Le dossier #{ $id } est rouvert.
desk-done-merged = Le dossier #{ $source } est fusionné dans le dossier #{ $target }.
desk-done-linked = Lien ajouté : il apparaîtra dans le réseau du dossier #{ $id }.
desk-done-asked = Question envoyée { $count ->
        [one] à { $count } signalant
       *[other] à { $count } signalants
    } du dossier #{ $id } ({ $tips }). Les réponses arriveront sous la fiche du dossier.
desk-told-reporters = { $count ->
        [one] { $count } signalant a été informé.
       *[other] { $count } signalants ont été informés.
    }

## Refus
desk-refused-not_allowed = Votre rôle ne le permet pas.
desk-refused-no_case = Il n'y a pas de dossier #{ $case }.
desk-refused-closed = Le dossier #{ $case } est clôturé. Un coordinateur peut le rouvrir avec /reopen.
desk-refused-merged = Le dossier #{ $case } a été fusionné dans le dossier #{ $into } : travaillez sur celui-ci.
desk-refused-not_closed = Le dossier #{ $case } n'est pas clôturé.
desk-refused-claimed_by = Ce dossier est pris en charge par { $alias }.
desk-refused-already_yours = Vous avez déjà pris en charge le dossier #{ $case }.
desk-refused-not_claimed = Personne n'a pris en charge le dossier #{ $case }.
desk-refused-same_status = Le dossier #{ $case } a déjà ce statut.
desk-refused-bad_status = Ce n'est pas un statut. Utilisez : in_progress, reported, escalated (ou /close ID RÉSULTAT).
desk-refused-needs_outcome = Pour clôturer, indiquez un résultat : removed, no_violation, duplicate ou not_enough_information.
desk-refused-same_case = C'est le même dossier.
desk-refused-same_account = C'est le compte du dossier lui-même.
desk-refused-reopen_conflict = Le compte du dossier #{ $case } a déjà un dossier ouvert : #{ $other }. Fusionnez plutôt les deux dossiers.
desk-refused-no_consent = Aucun signalant du dossier #{ $case } n'a accepté d'être contacté.
desk-refused-no_tip = { $reference } n'est pas un signalement de ce dossier, ou son signalant ne peut pas être contacté.
desk-refused-empty_note = La note est vide.
desk-refused-empty_question = La question est vide.
desk-refused-too_long = C'est trop long : restez sous les { $limit } caractères.
desk-refused-stale = Ce bouton n'est plus à jour.

## Commandes
desk-help =
    <b>Espace bénévoles</b>
    /queue [statut] [plateforme] [catégorie] [mine] [page N] : dossiers ouverts, les plus urgents d'abord
    /case ID : un dossier en entier, son historique et les dossiers liés
    /find LIEN ou /find PLATEFORME @nom : les dossiers concernant un compte
    /claim ID · /unclaim ID
    /note ID texte
    /status ID in_progress|reported|escalated
    /close ID removed|no_violation|duplicate|not_enough_information
    /ask ID question (ou /ask TIP-XXXXXX question) : interroge les signalants qui ont accepté d'être contactés
    /link ID LIEN ou /link ID AUTRE-ID : marquer des comptes comme liés
    /merge ID ID-CIBLE · /reopen ID (coordinateurs)
    /stats [7d|30d|DÉBUT [FIN]] · /export [DÉBUT [FIN]] [csv|json] (coordinateurs)
    /volunteers [add ID-UTILISATEUR ALIAS [RÔLE] | remove ALIAS | role ALIAS RÔLE] (administrateurs)
## Menu des commandes du groupe des bénévoles (Telegram les affiche quand un bénévole tape « / » ; 256 caractères au maximum chacune)
desk-command-desk = Ce que permet l'espace bénévoles
desk-command-queue = Dossiers ouverts, les plus urgents d'abord
desk-command-case = Un dossier en entier : ses signalements, son historique et les dossiers liés
desk-command-find = Trouver les dossiers concernant un compte
desk-command-claim = Prendre en charge un dossier
desk-command-unclaim = Libérer un dossier
desk-command-note = Ajouter une note à un dossier
desk-command-status = Faire avancer un dossier : en cours, signalé à la plateforme, transmis
desk-command-close = Clôturer un dossier avec son résultat
desk-command-ask = Interroger les signalants qui ont accepté d'être contactés
desk-command-link = Marquer des comptes comme liés
desk-command-merge = Fusionner deux dossiers (coordinateurs)
desk-command-reopen = Rouvrir un dossier clôturé (coordinateurs)
desk-command-stats = Chiffres sur une période (coordinateurs)
desk-command-export = Exporter des dossiers en CSV ou JSON (coordinateurs)
desk-command-volunteers = L'équipe et ses rôles (administrateurs)
desk-usage = Utilisation : { $usage }
desk-usage-queue = /queue [statut] [plateforme] [catégorie] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find LIEN ou /find PLATEFORME @nom
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID texte
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (pour clôturer : /close ID RÉSULTAT)
desk-usage-close = /close ID RÉSULTAT
desk-usage-merge = /merge ID ID-CIBLE
desk-usage-link = /link ID LIEN ou /link ID AUTRE-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID question ou /ask TIP-XXXXXX question
desk-usage-volunteers = /volunteers [add ID-UTILISATEUR ALIAS [RÔLE] | remove ALIAS | role ALIAS RÔLE]
desk-bad-period = Je n'ai pas compris cette période. Utilisez 7d, 30d, ou des dates comme 2026-01-31.

## /queue et /find
desk-queue-heading = <b>File d'attente</b> · page { $page }
desk-queue-heading-filtered = <b>File d'attente</b> : { $filters } · page { $page }
desk-queue-mine = mes dossiers
desk-queue-empty = Aucun dossier dans la file d'attente avec ces filtres.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] { $tips } signalement
       *[other] { $tips } signalements
    } · { $status }
desk-queue-assignee = pris en charge par { $alias }
desk-find-heading = <b>Dossiers concernant { $account }</b>
desk-find-none = Aucun dossier ne concerne { $account }.
desk-find-named = (cité dans un signalement)
desk-find-unreadable = Je n'ai pas reconnu de compte. Collez un lien complet, ou indiquez la plateforme : /find instagram @nom

## /case
desk-history-heading = <b>Historique</b> (dernières entrées : { $shown } sur { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = système
desk-actor-reporter = signalant
desk-actor-cli = console du serveur
desk-action-case_opened = ouvert avec le signalement { $tip }
desk-action-tip_added = signalement { $tip } ajouté
desk-action-claimed = pris en charge
desk-action-unclaimed = libéré
desk-action-note = note : { $text }
desk-action-status = statut { $before } → { $after }
desk-action-status-closed = clôturé : { $outcome }
desk-action-reopened = rouvert
desk-action-merged_into = fusionné dans le dossier #{ $case }
desk-action-merged_from = dossier #{ $case } fusionné dans celui-ci
desk-action-linked = lien ajouté : { $what }
desk-action-asked = question au signalant de { $tips } : { $text }
desk-action-answered = réponse concernant { $tip } : { $text }
desk-action-notified = { $count ->
        [one] { $count } signalant informé
       *[other] { $count } signalants informés
    } : { $status }
desk-action-other = { $action }
desk-network-heading = <b>Dossiers liés</b> ({ $accounts ->
        [one] { $accounts } compte
       *[other] { $accounts } comptes
    } jusqu'à { $depth ->
        [one] { $depth } degré
       *[other] { $depth } degrés
    } de distance)
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] { $depth } degré
       *[other] { $depth } degrés
    }
desk-network-none = Aucun autre dossier ne partage ces comptes ni n'y est lié.
desk-network-more = …et d'autres : le réseau est plus grand que ce qui est affiché.

## Le fil du dossier (réponses sous sa fiche)
desk-thread-tip = Nouveau signalement { $reference } ajouté à ce dossier : { $why }
desk-thread-answer = <b>Réponse du signalant #{ $reporter }</b> concernant { $reference } :
    { $text }

## /stats
desk-stats-heading = <b>Statistiques</b> du { $since } au { $until }
desk-stats-totals = { $cases ->
        [one] { $cases } nouveau dossier
       *[other] { $cases } nouveaux dossiers
    }, { $tips ->
        [one] { $tips } signalement
       *[other] { $tips } signalements
    }
desk-stats-group = <b>{ $title } :</b> { $counts }
desk-stats-by-status = Par statut actuel
desk-stats-by-platform = Par plateforme
desk-stats-by-category = Par catégorie
desk-stats-count = { $name } ({ $count })
desk-stats-first-action = <b>Délai avant la première action :</b> médiane { $median }, moyenne { $mean } (dossiers traités : { $acted } sur { $cases })
desk-stats-no-action = <b>Délai avant la première action :</b> aucun dossier traité pour l'instant
desk-duration-minutes = { $minutes } min
desk-duration-hours = { $hours } h
desk-duration-days = { $days } j

## /export
desk-export-started = Préparation de l'export (du { $since } au { $until }). Il sera publié ici sous forme de fichier.
desk-export-caption = Export Tipline, du { $since } au { $until } : { $cases ->
        [one] { $cases } dossier
       *[other] { $cases } dossiers
    }, { $tips ->
        [one] { $tips } signalement
       *[other] { $tips } signalements
    }. Aucune identité de signalant.
desk-export-too-large = L'export du { $since } au { $until } pèse { $size } Mo ; Telegram accepte les fichiers jusqu'à 50 Mo. Demandez une période plus courte, ou lancez <code>tipline cases export</code> sur le serveur.

## /volunteers
desk-volunteers-heading = <b>Bénévoles</b>
desk-volunteer-line = { $alias } · { $role } · depuis le { $date } (ajout : { $by })
desk-volunteer-added = { $alias } rejoint l'équipe avec le rôle de { $role }.
desk-volunteer-removed = { $alias } ne fait plus partie des bénévoles ; ses dossiers sont retournés dans la file d'attente.
desk-volunteer-role = { $alias } a maintenant le rôle de { $role }.
desk-volunteer-error = Action non effectuée : { $error }
desk-role-volunteer = bénévole
desk-role-coordinator = coordinateur
desk-role-admin = administrateur
desk-volunteer-error-bad_user_id = un identifiant d'utilisateur Telegram est un nombre positif (celui de la personne, pas celui d'un groupe).
desk-volunteer-error-bad_alias = un alias compte de 1 à 32 caractères (lettres latines sans accent, chiffres, « . », « _ » ou « - ») et commence par une lettre ou un chiffre.
desk-volunteer-error-bad_role = le rôle peut être volunteer, coordinator ou admin.
desk-volunteer-error-exists = cet utilisateur Telegram ou cet alias fait déjà partie des bénévoles.
desk-volunteer-error-reserved_alias = les alias system, reporter et cli sont réservés au bot, aux personnes signalantes et à la ligne de commande du serveur ; choisissez-en un autre.
desk-volunteer-error-not_found = « { $who } » ne fait pas partie des bénévoles.

## Après le signalement (issue 16) : suites données par les plateformes, suivi, recours, redevabilité

desk-why-still-up = toujours en ligne { $days } jours après le premier signalement
desk-card-platform-outcome = <b>Plateforme :</b> { $outcome } (vérifié le { $when } par { $alias })
desk-card-followups = <b>Suivi des personnes qui ont signalé :</b> { $still } toujours là, { $gone } disparu, { $unsure } ne sait pas
desk-card-did-not-act = ⚠️ <b>La plateforme n'a pas agi en 48 h</b> (une personne l'a vu toujours en ligne le { $when })
desk-button-platform-outcome = Suite donnée par la plateforme
desk-platform-ask = Qu'a fait la plateforme du compte du dossier #{ $id } ?
desk-done-platform-outcome = Dossier #{ $id } : suite de la plateforme enregistrée : { $outcome } (vérifié le { $when }).
desk-platform-outcome-removed = supprimé
desk-platform-outcome-restricted = restreint
desk-platform-outcome-still_up = toujours en ligne
desk-platform-outcome-refused = refus de la plateforme
desk-platform-outcome-unknown = inconnu
desk-escalate-check = { $when } : { $outcome }
desk-escalate-summary =
    <b>Synthèse pour un recours, dossier #{ $id }</b> (sans l'identité des personnes qui ont signalé)
    <b>Plateforme :</b> { $platform }
    <b>Comptes :</b>
    { $accounts }
    <b>Premier signalement :</b> { $first } · <b>dernier :</b> { $last }
    <b>Personnes distinctes ayant signalé :</b> { $reporters } ({ $tips } signalements)
    <b>Catégories :</b> { $categories }
    <b>Personnes l'ayant signalé elles-mêmes à la plateforme :</b> { $told }
    <b>Ce que la plateforme a fait, selon nos vérifications :</b>
    { $checks }
    <b>Réponses au suivi :</b> { $still } toujours là, { $gone } disparu, { $unsure } ne sait pas
desk-pstats-heading = <b>Redevabilité des plateformes</b> du { $since } au { $until } : { $reported } comptes signalés, { $removed } supprimés
desk-pstats-line = { $name } : { $reported } signalés · supprimés ≤48 h { $h48 }, ≤7 j { $d7 }, ≤30 j { $d30 } · médiane { $median } h · toujours en ligne { $still } · refus { $refused }
desk-pstats-none = Aucun compte n'a été signalé pour la première fois sur cette période.
desk-chart-title = Ce qu'ont fait les plateformes, du { $since } au { $until } : { $reported } comptes signalés, { $removed } supprimés
desk-chart-caption = Redevabilité des plateformes : { $reported } comptes signalés, { $removed } supprimés (vérifications des bénévoles).
desk-chart-reported = comptes signalés
desk-chart-hours = heures médianes avant suppression
desk-chart-none = aucun supprimé
desk-chart-removed-48h = supprimé sous 48 h
desk-chart-removed-7d = supprimé sous 7 jours
desk-chart-removed-later = supprimé plus tard
desk-chart-restricted = restreint
desk-chart-still-up = toujours en ligne
desk-chart-refused = refus de la plateforme
desk-chart-unchecked = pas encore vérifié
desk-action-platform_outcome = suite de la plateforme : { $outcome } (vérifié { $checked })
desk-action-follow_up = réponse au suivi pour { $tip } : { $answer }
desk-action-platform_did_not_act = la plateforme n'a pas agi en 48 h ({ $tip })
desk-refused-bad_outcome = La suite est l'une de : removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = Le jour de la vérification ne peut être ni dans le futur ni avant l'ouverture du dossier.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [AAAA-MM-JJ vérifié]
desk-usage-escalate = /escalate ID
desk-command-outcome = Noter ce qu'a fait la plateforme
desk-command-escalate = Synthèse pour un régulateur ou la plateforme

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = signalement { $tip } effacé sur demande
desk-text-erased = [effacé]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX : marquer un signalement comme abusif (son auteur est bloqué, sans en être averti) · /unblock TIP-XXXXXX : annuler
desk-card-fresh-only = ⚠️ Toutes les personnes ayant signalé ce cas sont nouvelles : aucune n'avait envoyé de signalement auparavant. Vérifiez avant d'agir.
desk-card-tip-abuse = 🚫 Marqué comme abusif : non compté.
desk-card-short = <b>Cas #{ $id }</b> · { $level } · { $status } · { $tips } signalements. La fiche complète est trop longue pour s'afficher ici : /case { $id }
desk-button-abuse = Abus…
desk-abuse-ask = Quel signalement du cas #{ $id } est abusif ? Son auteur ne pourra plus envoyer de signalements (il n'en est pas averti). /unblock TIP-… l'annule.
desk-done-abuse = { $tip } est marqué comme abusif : son auteur est bloqué et le cas #{ $id } a été réévalué sans lui. /unblock { $tip } l'annule.
desk-done-unblocked = L'auteur de { $tip } peut de nouveau envoyer des signalements, et ceux-ci comptent à nouveau (cas #{ $id }).
desk-export-private = L'export arrivera dans votre conversation privée avec le bot, pas ici. S'il n'arrive pas, ouvrez une conversation avec le bot, appuyez sur Démarrer et redemandez-le.
desk-refused-bad_reference = « { $reference } » n'est pas une référence de signalement (elles ressemblent à TIP-7KQ2F9).
desk-refused-unknown_tip = Il n'existe pas de signalement { $reference }.
desk-refused-already_abuse = { $reference } est déjà marqué comme abusif.
desk-refused-not_blocked = L'auteur de { $reference } n'est pas bloqué.
desk-action-abuse_marked = a marqué { $tip } comme abusif (auteur bloqué)
desk-action-abuse_lifted = a levé le blocage de l'auteur de { $tip }
desk-action-tip_set_aside = signalement { $tip } d'un auteur bloqué, mis de côté
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Marquer un signalement comme abusif (bloque son auteur)
desk-command-unblock = Annuler /abuse : l'auteur peut de nouveau signaler
desk-volunteer-leaving-group = La personne est aussi retirée de ce groupe (le bot doit y être administrateur, avec le droit de bannir des membres).
desk-remove-failed = ⚠️ { $alias } n'a pas pu être retiré·e du groupe des bénévoles ({ $reason }) : cette personne peut encore lire toutes les fiches. Faites du bot un administrateur autorisé à bannir des membres, ou retirez-la à la main.
desk-stranger-joined = ⚠️ Quelqu'un qui n'est pas sur la liste des bénévoles a rejoint ce groupe (identifiant Telegram { $user }) : cette personne peut lire toutes les fiches. Retirez-la, ou ajoutez-la avec /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ Quelqu'un qui n'est pas sur la liste des bénévoles a rejoint ce groupe (identifiant Telegram { $user }) et en a été retiré. Si cette personne doit être ici, ajoutez-la avec /volunteers add { $user } ALIAS, puis invitez-la de nouveau.
