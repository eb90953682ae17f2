## Tipline : les textes de la conversation, en français.
## Variables : { $charity } le nom de l'association ; { $platform }, { $country }, { $account }, { $example }
## décrivent le signalement en cours. Le texte peut utiliser le HTML de Telegram : <b>, <i>, <a href="...">.
## Traduction : vouvoiement ; « hotline » est traduit par « service de signalement », « helpline » par « ligne d'aide ».

greeting =
    { $charity ->
        [Tipline] Bonjour. Ici Tipline.
       *[other] Bonjour. Ici Tipline, un service géré par { $charity }.
    }
    Nous vous aidons à signaler les comptes qui exploitent des enfants en ligne : à la plateforme, au bon service de signalement, et à nous.
    Nous ne sommes pas la police. <b>Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.</b>
help =
    Répondez avec les boutons. Vous pouvez aussi taper :
    /start : recommencer
    /cancel : arrêter le signalement en cours
    /language : choisir une autre langue
    /mytips : vos signalements et ce qu'ils sont devenus
    /stopcontact : nous ne vous contacterons plus au sujet de vos signalements
    /forget : nous vous oublions (après confirmation)
    /help : ce message
    N'envoyez jamais de photos, de vidéos ou de fichiers ici.

menu-ask = Que souhaitez-vous faire ?
menu-report = Signaler un compte suspect
menu-parent = Je suis parent et j'ai besoin de conseils
menu-danger = Un enfant est en danger en ce moment
menu-about = À propos et confidentialité
menu-language = Langue
language-name = Français
language-ask = Quelle langue souhaitez-vous ? Vous pouvez la changer à tout moment avec /language.
button-menu = Menu principal
button-yes = Oui
button-no = Non
button-skip = Passer

about-privacy =
    <b>À propos de Tipline</b>
    { $charity ->
        [Tipline] Tipline est un service de signalement pour la protection des enfants.
       *[other] Tipline est géré par { $charity }.
    }
    Nous recueillons les signalements de comptes qui exploitent des enfants, et nous poussons les plateformes et les autorités de régulation à agir. Nous ne sommes pas la police.

    <b>Ce que nous conservons</b>
    Votre signalement : ce que vous avez vu, la plateforme, les liens des comptes et ce que vous avez choisi de nous dire. Nous ne conservons ni votre nom, ni votre nom d'utilisateur Telegram, ni votre numéro de téléphone. Nous vous connaissons seulement par un code créé à partir de votre conversation. Ainsi, nous savons que deux signalements viennent de la même personne, sans savoir qui vous êtes.
    Si vous acceptez que nous vous contactions, nous gardons un moyen chiffré de vous écrire ici, dans cette conversation, et rien d'autre.

    <b>Qui voit votre signalement</b>
    Uniquement les bénévoles formés de { $charity }. Ils ne voient jamais qui vous êtes.

    <b>Combien de temps</b>
    Un signalement inachevé est effacé { $draft_hours } { $draft_hours ->
        [one] heure
       *[other] heures
    } après votre dernier message ; si vous revenez, nous vous le disons. Après { $idle_days } { $idle_days ->
        [one] jour
       *[other] jours
    } sans message, nous oublions entièrement cette conversation, même votre langue.
    Les signalements sont conservés tant que leur dossier est ouvert. { $retention_days } { $retention_days ->
        [one] jour
       *[other] jours
    } après la clôture d'un dossier, ce que vous avez écrit, vos réponses et le moyen de vous contacter sont effacés ; seuls des chiffres et des catégories restent, pour les statistiques.
    Envoyez /forget à tout moment et nous vous oublions : cette conversation, le moyen de vous contacter et ce que vous avez écrit dans vos signalements.

## Erreurs et interruptions
error-use-buttons = Veuillez choisir l'un des boutons ci-dessous.
error-empty = Ce message était vide. Veuillez réessayer.
error-too-long =
    C'est trop long ({ $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }). Veuillez ne pas dépasser { $limit } caractères.
error-stale-button = Ce bouton appartient à un message précédent. Voici où nous en sommes :
error-unknown-command = Je ne connais pas la commande /{ $command }. Tapez /help pour voir ce que je comprends.
error-country-unknown = Je n'ai trouvé aucun pays appelé « { $text } ». Tapez son nom en entier, ou son code à deux lettres (par exemple FR, BE, CH).
error-nothing-to-cancel = Aucun signalement n'est en cours : il n'y a rien à annuler.
media-refused =
    Merci de ne pas envoyer de photos, de vidéos ou de fichiers ici. Nous ne les téléchargeons et ne les conservons jamais. Ce message a été supprimé quand c'était possible.
    <b>Si le contenu montre des images sexuelles d'un enfant : ne l'enregistrez pas, n'en faites pas de capture d'écran et ne le partagez avec personne, même pas pour le signaler.</b> Cela peut en soi constituer une infraction. Notez plutôt le lien et le nom du compte, puis signalez-le au service de signalement : ce bot vous indiquera lequel.
cancel-confirm = Arrêter ce signalement ? Aucune de vos réponses ne sera conservée.
cancel-done = Signalement arrêté. Rien n'a été conservé.
cancel-kept = D'accord, continuons.

## Danger immédiat
danger-emergency =
    <b>Si un enfant est en danger en ce moment, appelez tout de suite le numéro d'urgence.</b>
    { $routes }
    Dites ce qui se passe et où, si vous le savez.
danger-next-ask = Quand l'enfant sera en sécurité, vous pourrez aussi signaler le compte impliqué.
danger-continue = Signaler un compte
danger-done = Pas maintenant

## Pays
country-ask = Dans quel pays êtes-vous ? Votre réponse détermine le service de signalement et les lignes d'aide que nous vous indiquons. Choisissez-le ci-dessous ou tapez son nom.
country-ask-danger = Dans quel pays êtes-vous ? Choisissez-le ci-dessous ou tapez son nom, et nous vous indiquerons le numéro d'urgence.
country-ask-guessed = Votre pays est-il celui-ci : { $country } ? Appuyez sur son nom ci-dessous, ou choisissez ou tapez un autre pays. Votre réponse détermine le service de signalement et les lignes d'aide que nous vous indiquons.
country-ask-danger-guessed = Votre pays est-il celui-ci : { $country } ? Appuyez sur son nom ci-dessous, ou choisissez ou tapez un autre pays, et nous vous indiquerons le numéro d'urgence.
country-ask-change = Votre pays : { $country }. Choisissez ou tapez un autre pays.

## Le signalement
report-safety-ask = D'abord : un enfant est-il en danger immédiat, en ce moment ?
report-safety-yes = Oui, un enfant est en danger
report-safety-no = Non
report-category-ask = Qu'avez-vous vu ?
category-sexual_imagery = Des images ou vidéos sexuelles d'un enfant
category-grooming = Un adulte qui contacte un enfant à des fins sexuelles
category-sexualised_comments = Des commentaires sexualisés sur des photos d'enfants
category-collecting_photos = Un compte qui collectionne ou republie des photos d'enfants
category-trading_network = Des comptes qui échangent ou forment un réseau autour d'enfants
category-other = Autre chose
report-csam-warning =
    <b>Important : ne faites pas de capture d'écran, ne téléchargez pas, n'enregistrez pas et ne partagez pas ces images, même comme preuve.</b> Cela peut en soi constituer une infraction. Nous ne vous demanderons pas de les décrire.
    Nous avons seulement besoin du lien vers le compte. Nous vous indiquerons le service de signalement qui peut faire retirer les images.
report-platform-ask = Où l'avez-vous vu ?
platform-other = Un autre site ou une autre application
report-account-ask =
    Envoyez le lien du compte sur { $platform }, ou son nom d'utilisateur commençant par @ : le nom affiché sur son profil ou au-dessus de ses publications.
    Par exemple : { $example }
    Si vous n'avez ni l'un ni l'autre, touchez « Je ne connais pas le lien ».
report-account-ask-other = Envoyez le lien complet du compte ou de la page, commençant par https://
report-account-unknown = Je ne connais pas le lien
report-related-ask = D'autres comptes sont-ils impliqués (par exemple des comptes qui le commentent, le partagent ou renvoient vers lui) ?
report-related-yes = Oui, ajouter un autre compte
report-related-no = Non
report-related-input = Envoyez le lien ou le @nom d'utilisateur de l'autre compte. Appuyez sur « C'est tout » quand vous avez terminé.
report-related-done = C'est tout
account-switch-platform =
    Ce lien est sur { $other }, pas sur { $platform } : { $link }
    Signaler plutôt ce compte { $other } ?
account-post-kept =
    Merci, j'ai noté ce lien comme preuve : { $post }
    Il mène à une publication, pas au compte qui l'a publiée. Envoyez le nom d'utilisateur avec @ tel qu'il apparaît sur la publication, ou le lien de son profil. Si vous ne le voyez pas, touchez « Je ne connais pas le lien ».
account-added = Ajouté : { $account }
account-duplicate = { $account } fait déjà partie de ce signalement.

report-platform-routes =
    <b>Signalez aussi le compte directement à { $platform }.</b> Les plateformes agissent plus vite quand elles reçoivent des signalements.
    { $routes }
report-platform-routes-other =
    <b>Signalez-le aussi directement au site ou à l'application</b>, avec son bouton de signalement ou ses pages d'aide. Les sites et les applications agissent plus vite quand ils reçoivent des signalements.
    { $routes }
route-item =
    <b>{ $label } : { $name }</b>
    { $contact }
report-reported-ask = L'avez-vous signalé à { $platform } ?
report-reported-ask-other = L'avez-vous signalé sur ce site ou cette application ?
reported-yes = Oui, je l'ai signalé
reported-not_yet = Pas encore

report-details-ask = Autre chose à nous dire ? Par exemple ce que vous avez vu, quand, ou comment les comptes sont liés. Ne donnez aucune information privée sur qui que ce soit. Vous pouvez passer cette étape.
report-details-ask-csam = Autre chose à nous dire, par exemple quand vous l'avez vu ou comment les comptes sont liés ? <b>Ne décrivez pas les images.</b> Vous pouvez passer cette étape.

report-hotline-routes =
    <b>Vous pouvez aussi le signaler au service de signalement du pays où vous vivez ({ $country }) :</b>
    { $routes }

report-consent-ask = Un bénévole de { $charity } peut-il vous envoyer une question ou des nouvelles de ce signalement, ici dans cette conversation ? Cette personne ne verra jamais qui vous êtes. Vous pouvez changer d'avis à tout moment.
report-consent-yes = Oui, vous pouvez me contacter
report-consent-no = Non, merci

report-review =
    <b>Vérifiez votre signalement</b>
    Ce que vous avez vu : { $category }
    Où : { $platform }
    Compte : { $accounts }
    Autres comptes : { $related }
    Signalé à la plateforme : { $reported }
    Détails : { $details }
    Quand vous l'avez vu : { $seen }
    Âge apparent de l'enfant : { $age }
    Vous connaissez l'enfant : { $knows }
    Signes de danger : { $risks }
    Votre pays : { $country }
    Pouvons-nous vous contacter : { $consent }
review-none = aucun
review-reported-yes = oui
review-reported-not_yet = pas encore
review-yes = oui
review-no = non
review-submit = Envoyer le signalement
review-edit = Modifier quelque chose
review-cancel = Annuler
report-edit-ask = Que voulez-vous modifier ?
edit-category = Ce que j'ai vu
edit-account = Plateforme et compte
edit-related = Ajouter d'autres comptes
edit-reported = Signalé à la plateforme
edit-details = Détails
edit-country = Pays
edit-consent = Contact
edit-back = Retour au récapitulatif

tip-submitted =
    <b>Merci. Votre signalement a été envoyé.</b>
    Votre référence : <b>{ $reference }</b>. Gardez-la si vous voulez poser une question sur ce signalement plus tard.
report-done =
    Et ensuite ? Un bénévole de { $charity } examine chaque signalement. Les signalements sur un même compte sont regroupés dans un seul dossier : cela nous aide à pousser la plateforme à agir.
    Si vous revoyez ce compte, ou d'autres comptes du même genre, vous pouvez faire un nouveau signalement à tout moment.

## Vos signalements (/mytips) et contact
mytips =
    <b>Vos signalements</b>
    { $tips }
mytips-none = Vous n'avez encore envoyé aucun signalement depuis cette conversation.
mytips-item = { $reference } · { $date } · { $platform } : { $status }
tip-status-received = reçu
tip-status-reviewing = en cours d'examen par un bénévole
tip-status-reported = signalé par nous à la plateforme
tip-status-escalated = transmis au service de signalement ou à la police
tip-status-closed-removed = clôturé : le contenu ou le compte a été supprimé
tip-status-closed-no_violation = clôturé : la plateforme n'a constaté aucune infraction à ses règles
tip-status-closed-duplicate = clôturé : déjà signalé dans un autre dossier
tip-status-closed-not_enough_information = clôturé : pas assez d'informations pour agir
tip-status-closed-other = clôturé
consent-withdrawn = C'est fait. Nous ne vous contacterons plus au sujet de vos signalements. Vos signalements restent chez nous et continuent d'être traités.
relay-question =
    <b>Un bénévole a une question sur votre signalement { $reference } :</b>
    { $question }
    Vous n'avez pas à répondre si vous ne le souhaitez pas. Cette personne ne verra pas qui vous êtes.
relay-answer-button = Répondre
relay-answer-ask = Tapez votre réponse et envoyez-la. N'envoyez ni photos ni fichiers. Tapez /cancel si vous préférez ne pas répondre.
relay-answer-sent = Merci. Votre réponse a été transmise.
relay-answer-cancelled = D'accord, aucune réponse n'a été envoyée.
tip-status-notice =
    <b>Des nouvelles de votre signalement { $reference }</b>
    Statut : { $status }
    Merci de nous l'avoir signalé.

## Ce que Telegram affiche sur le bot : son menu de commandes et son profil (texte brut, sans HTML)
command-start = Recommencer
command-help = Ce que ce bot comprend
command-cancel = Arrêter le signalement en cours
console-banner = Console Tipline. Tapez un numéro pour appuyer sur un bouton, /quit pour quitter.
console-farewell = Au revoir. Vos réponses jusqu’ici sont conservées ; /start pour recommencer.
console-prompt = vous
bot-short-description = Signalez les comptes qui exploitent des enfants : à la plateforme, au service de signalement et à { $charity }.
bot-description =
    { $charity ->
        [Tipline] Tipline est un service de signalement pour la protection des enfants.
       *[other] Tipline est géré par { $charity }.
    }
    Signalez un compte qui exploite des enfants en ligne : nous vous montrons comment le signaler à la plateforme et au bon service de signalement, et nous transmettons votre signalement à { $charity }.
    Nous ne sommes pas la police. Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.

## Confidentialité (issue 12) : oublier une personne, brouillons expirés
forget-confirm = Voulez-vous que nous vous oubliions ? Nous effacerons cette conversation, le moyen de vous contacter et ce que vous avez écrit dans vos signalements. Les signalements restent, sans vos mots, pour que les dossiers avancent. C'est définitif.
forget-done = C'est fait : nous vous avons oublié. Si vous écrivez à nouveau, nous repartirons comme si nous ne nous connaissions pas.
forget-kept = Très bien, rien n'a été effacé.
draft-expired = Votre signalement inachevé a été effacé, car un certain temps s'est écoulé sans réponse. Vous pouvez recommencer quand vous voulez.

## Limits against floods (issue 13)
account-related-limit = Cela fait { $limit } comptes liés, le maximum pour un seul signalement. Continuons avec ce signalement ; vous pourrez envoyer les autres comptes plus tard dans un nouveau signalement.
limit-slow-down =
    Vous envoyez des messages très vite, alors je fais une courte pause. Vous pourrez continuer dans environ { $seconds } secondes.
    <b>Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.</b>
limit-tips-per-day =
    <b>Ce signalement n'a pas encore pu être envoyé :</b> vous avez envoyé autant de signalements qu'une personne peut en envoyer en une journée. Vous pourrez en envoyer un nouveau à partir de { $when }.
    Le moyen de signalement de la plateforme, indiqué plus haut, fonctionne toujours : vous pouvez l'utiliser dès maintenant.
    <b>Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.</b>
