# Répertoire de sécurité : étapes de signalement dans les applications, libellés et notes des recours, erreurs de reconnaissance des comptes.
# Les étapes et les notes viennent de /shared/directory/reference.yaml et de NOTES.md (« Hotline rules »).
# Phrases courtes : le lecteur est souvent un parent inquiet, sur son téléphone.

## Libellés des recours (un par type de recours)

route-kind-emergency = Numéro d'urgence
route-kind-platform_form = Le signaler à la plateforme
route-kind-platform_in_app = Le signaler dans l'application
route-kind-hotline = Le signaler au service de signalement
route-kind-police = Le signaler à la police
route-kind-take_it_down = Faire retirer des images
route-kind-report_remove = Faire retirer des images (pour les jeunes)
route-kind-helpline = Parler à quelqu'un
route-kind-international = Trouver de l'aide dans votre pays
## Noms génériques des services (les noms propres, comme « Kids Helpline », ne sont pas traduits)

service-emergency = Services d'urgence
service-eu-emergency = Numéro d'urgence européen
service-police = Police
service-police-gendarmerie = Police et gendarmerie
service-fire-ambulance-eu = Pompiers et ambulance (numéro d'urgence européen)
service-local-emergency = Le numéro d'urgence de votre pays
service-local-police = La police près de chez vous
service-inhope-map = INHOPE : trouvez le service de signalement de votre pays
service-fbi-tips = FBI : signalements
service-police-non-emergency = Police (hors urgence)
service-policia-es-mailbox = Policía Nacional (Espagne) : adresse e-mail pour signaler des contenus d'abus sexuels sur enfants
service-medical-emergency = Urgences médicales (SAMU)
service-fire = Pompiers
service-emergency-sms-deaf = Numéro d'urgence pour les personnes sourdes ou malentendantes (SMS, visio)
service-child-helpline = Ligne d'écoute pour les enfants
service-missing-child = Police : enfant disparu ou enlevé

route-unconfirmed = (pas encore confirmé : vérifiez ce lien avant de vous y fier)
route-unconfirmed-number = (pas encore confirmé : vérifiez ce numéro avant de vous y fier)

## Règles de chaque recours, d'après les pages des services eux-mêmes

route-note-emergency = Appelez d'abord ce numéro si un enfant est en danger en ce moment.
route-note-emergency-local = Appelez d'abord le numéro d'urgence de votre pays si un enfant est en danger en ce moment.
route-note-local-police = Vous pouvez aussi le signaler à la police près de chez vous.
route-note-ncmec = La CyberTipline reçoit les signalements de tous les pays. Vous pouvez signaler sans donner votre nom.
route-note-iwf = L'IWF a besoin de l'adresse web (URL) des images ou des vidéos. Elle traite uniquement les images et vidéos d'abus sexuels sur des enfants. Vous pouvez signaler sans donner votre nom.
route-note-ceop = Le CEOP traite la manipulation d'enfants à des fins sexuelles (grooming) et les abus sexuels sur un enfant. Il n'accepte pas les signalements anonymes. Il ne traite pas le harcèlement, les faux comptes ni le piratage. En cas d'urgence, appelez le 999.
route-note-esafety = Les contenus d'exploitation sexuelle d'enfants, y compris ceux qui sexualisent un enfant, peuvent être signalés à eSafety tout de suite, sans passer d'abord par la plateforme, et sans donner votre nom. Pour du harcèlement visant un enfant, signalez d'abord à la plateforme : si rien n'est retiré sous 48 heures, déposez une plainte auprès d'eSafety.
route-note-accce = L'ACCCE est réservé aux personnes qui se trouvent en Australie.
route-note-vgt = Pour les personnes hors d'Australie qui veulent faire un signalement à la police.
route-note-cybertip-ca = Cybertip.ca (Cyberaide.ca en français) n'accepte pas les signalements par e-mail. Utilisez le formulaire en ligne ou appelez le 1-866-658-9022.
route-note-pharos = PHAROS traite uniquement les contenus publics. Ce n'est pas un service d'urgence (appelez le 17 ou le 112), ni un service pour les conflits privés.
route-note-childhelp = Childhelp est une ligne d'écoute et de conseil. Elle ne reçoit pas de signalements.
route-note-take-it-down = Take It Down concerne les images nues ou sexuelles prises quand la personne avait moins de 18 ans. Les images ne quittent jamais votre appareil. Pour les adultes, StopNCII.org fait la même chose.
route-note-report-remove = Pour les jeunes de moins de 18 ans au Royaume-Uni qui veulent faire retirer une image ou une vidéo où ils apparaissent nus. Childline les accompagne.
route-note-needhelpnow = Une aide pas à pas pour les jeunes qui veulent faire retirer des images d'eux-mêmes.
route-note-report-harmful-content = Utile quand un contenu préjudiciable reste en ligne alors que vous l'avez signalé à la plateforme.
route-note-inhope = Trouvez le service de signalement de votre pays sur cette carte.
route-note-child-helpline-international = Trouvez une ligne d'écoute pour enfants dans votre pays dans la liste des membres de Child Helpline International.
route-note-for-young-people = Cette ligne s'adresse aux enfants et aux jeunes.
route-note-crisis-line = Pour toute personne en détresse psychologique.
route-note-3018 = Pour les jeunes confrontés à des violences en ligne, comme le chantage à la photo intime (sextorsion) ou la diffusion de photos intimes. Le 3018 peut aider à faire supprimer des contenus.
route-note-policia-es = Envoyez l'adresse web (URL), le profil et l'heure à laquelle vous l'avez vu. Ne joignez pas d'images.
route-note-childline-in = Le 1098 est désormais géré par le gouvernement et il est rattaché au numéro d'urgence 112. Les deux fonctionnent toujours.
route-note-dswd-sms = Envoyez par SMS le mot blockchildporn suivi de l'adresse web à ce numéro. Ce numéro provient d'une liste de 2020.
route-note-stale-number = Ce numéro provient d'une source ancienne. Il a peut-être changé.
route-note-stale-link = Cette page provient d'une source ancienne. Si elle a été déplacée, utilisez le bouton Signaler dans l'application.
route-note-stopncii = Pour les adultes (18 ans ou plus) dont des images intimes sont partagées ou qui sont menacés de l'être. Pour des images prises avant 18 ans, utilisez Take It Down.
route-note-incibe-hotline = Pour les contenus d'abus sexuels sur enfants trouvés en ligne. Les signalements sont transmis à la police et à INHOPE, mais ne valent pas plainte.
route-note-incibe-017 = Tous les jours, de 8 h à 23 h. Gratuit et confidentiel. Aussi sur WhatsApp (+34 900 116 117) et Telegram (@INCIBE017).
route-note-cybercrime-1930 = Le 1930 sert surtout aux fraudes financières en ligne. Pour des violences envers un enfant, utilisez le portail ou appelez le 112.
route-note-tiktok-webform = Le formulaire de TikTok est prévu pour le cas où vous ou votre enfant apparaissez. S'il s'agit d'un autre enfant, utilisez le bouton Signaler dans l'app.
route-note-tumblr-minors = Le formulaire de Tumblr pour signaler des abus envers un mineur. Vous pouvez aussi écrire à abuse@tumblr.com.
route-note-telegram-search = Pour un contenu illégal qui apparaît dans la recherche de Telegram, Telegram a indiqué le bot @SearchReport. Utilisez d'abord le bouton Signaler dans l'app.
route-note-not-emergency = Gratuite et confidentielle, pour toute atteinte aux droits d'un enfant. Ce n'est pas une ligne d'urgence : en cas d'urgence, appelez le numéro d'urgence.
route-note-2511 = Gratuit et confidentiel, tous les jours de 8 h 30 à 18 h. Le numéro n'apparaît pas sur la facture. Vous pouvez aussi signaler en ligne sur 2511.ma à toute heure.
route-note-tn-child-lines = Le 1809 répond en dehors des heures de bureau. Pendant les heures de bureau, appelez le numéro vert 192.
route-note-sos-crianca = Gratuit et confidentiel, du lundi au vendredi de 9 h à 19 h, pour les enfants et pour les adultes inquiets pour un enfant.
route-note-116-cm = Pour l'instant, le 116 ne fonctionne que sur le réseau Camtel. Depuis un autre réseau, appelez la police au 117.
route-note-helpline-br = Conseils gratuits et anonymes sur les violences en ligne, par chat et par e-mail, avec des spécialistes. En cas d'urgence, appelez le 190.
route-note-linea-azul = Pour signaler des violences envers un enfant. Du lundi au vendredi de 8 h à 20 h, le week-end de 9 h à 19 h. En cas d'urgence, appelez le 911.
route-note-meta-in-app = Meta n'a pas de formulaire web pour cela. Utilisez le bouton Signaler dans l'application. Les signalements sont confidentiels.
route-note-snapchat-safety-concern = Dans le formulaire, choisissez « I have a safety concern » (j'ai un problème de sécurité). Vous n'avez pas besoin de compte Snapchat.
route-note-discord-message-link = Copiez d'abord le lien du message : le formulaire en a besoin.
route-note-telegram-faq = La FAQ de Telegram explique comment signaler et donne l'adresse à laquelle écrire.
route-note-reddit-permalink = Choisissez « I want to report minor abuse or sexualization » (signaler un abus ou une sexualisation de mineur) et collez le lien de la publication.

## Conseils de sécurité

safety-do-not-save = Ne téléchargez jamais d'images sexuelles d'un enfant, n'en faites pas de capture d'écran, ne les enregistrez pas et ne les transférez pas, même comme preuve. Cela peut en soi constituer une infraction. Notez plutôt le lien, le nom d'utilisateur, la date et l'heure.
safety-report-both = Signalez-le à la plateforme et au service de signalement. Ne contactez pas le compte. Ne le bloquez qu'après avoir copié son lien et son nom d'utilisateur.
safety-sextortion = Si quelqu'un menace de diffuser des images : ne payez pas, ne supprimez rien, arrêtez de répondre, gardez les messages et signalez-le.

## Étapes de signalement dans les applications

steps-instagram =
    1. Appuyez sur les trois points (...) de la publication, du commentaire, du message ou du profil.
    2. Appuyez sur Signaler.
    3. Choisissez l'option qui concerne un enfant, ou la nudité ou une activité sexuelle impliquant un mineur. Le libellé change selon la version de l'application.
    4. Suivez les étapes. Votre signalement est confidentiel.
steps-facebook =
    1. Appuyez sur les trois points (...) de la publication, de la photo, du commentaire ou du profil.
    2. Appuyez sur « Signaler » ou « Trouver de l'aide ou signaler ».
    3. Choisissez l'option qui concerne un enfant ou l'exploitation d'enfants.
    4. Suivez les étapes.
steps-threads =
    1. Appuyez sur les trois points (...) de la publication, de la réponse ou du profil.
    2. Appuyez sur Signaler.
    3. Choisissez le motif.
    Les comptes Threads sont liés aux comptes Instagram.
steps-whatsapp =
    1. Ouvrez la discussion.
    2. Appuyez sur le nom du contact ou du groupe.
    3. Appuyez sur « Signaler » (vous pouvez signaler et bloquer).
    WhatsApp reçoit les cinq derniers messages de cette personne ou de ce groupe.
steps-tiktok =
    1. Appuyez longuement sur la vidéo, ou appuyez sur la flèche Partager.
    2. Appuyez sur Signaler.
    3. Choisissez le motif sur la violence, les abus et l'exploitation criminelle, puis celui sur l'exploitation et les abus de personnes de moins de 18 ans.
    4. Appuyez sur Envoyer.
    Pour un profil : appuyez sur les trois points (...) du profil, puis sur Signaler.
    Ne commentez pas la vidéo, ne la téléchargez pas et ne la partagez pas.
steps-x =
    1. Appuyez sur les trois points (...) du post ou du profil.
    2. Appuyez sur Signaler.
    3. Choisissez l'option sur la sécurité des enfants ou l'exploitation sexuelle d'enfants.
    4. Suivez les étapes. Indiquez le nom d'utilisateur et les liens des posts.
steps-youtube =
    1. Sous la vidéo, appuyez sur Plus (...).
    2. Appuyez sur Signaler.
    3. Choisissez le motif sur la maltraitance d'enfants ou la sexualisation de mineurs.
    Pour plusieurs vidéos, des commentaires ou une chaîne entière, utilisez l'outil de signalement de la page de YouTube sur la sécurité des enfants.
steps-snapchat =
    1. Appuyez longuement sur le Snap, la Story ou le message. Pour un profil, ouvrez-le et appuyez sur (...).
    2. Appuyez sur Signaler.
    3. Choisissez le motif.
    Une copie du contenu signalé est envoyée avec votre signalement. Le signalement est confidentiel.
steps-discord =
    1. Copiez d'abord le lien du message (le formulaire web en a besoin).
    2. Sur ordinateur, faites un clic droit sur le message, puis Applications, puis Signaler le message. Sur téléphone, appuyez longuement sur le message, puis sur Signaler.
    3. Vous pouvez aussi signaler l'utilisateur depuis son profil.
steps-reddit =
    1. Appuyez sur les trois points (...) ou sur le drapeau de la publication, du commentaire ou du message.
    2. Appuyez sur Signaler.
    3. Choisissez « Minor abuse or sexualization » (abus ou sexualisation de mineurs).
    Vous pouvez aussi utiliser le formulaire web reddit.com/report et y coller le lien de la publication.
steps-telegram =
    1. Copiez d'abord le lien t.me.
    2. Sur Android, appuyez sur le message, puis sur Signaler. Sur iPhone, appuyez longuement sur le message, puis sur Signaler.
    3. Pour une chaîne, un groupe ou un utilisateur : ouvrez son profil, appuyez sur (...), puis sur Signaler, puis choisissez le motif sur la maltraitance d'enfants.
steps-twitch =
    1. Sur la chaîne, cliquez sur les trois points à côté de Partager ou Suivre.
    2. Cliquez sur « Signaler », choisissez le motif et décrivez ce qui s'est passé (indiquez à quel moment du live c'est arrivé).
    3. Cliquez sur Envoyer.
    Dans le chat : cliquez sur le nom d'utilisateur, puis sur (...), puis sur Signaler.
steps-roblox =
    1. Dans l'expérience, ouvrez le Menu (trois traits ou le logo Roblox).
    2. Cliquez sur le drapeau à côté du joueur, ou ouvrez l'onglet Signaler.
    3. Choisissez le joueur et le type d'abus, écrivez une courte description, puis cliquez sur Envoyer.
    Signalez le message du chat lui-même, pas seulement le profil.
steps-pinterest =
    1. Cliquez sur les trois points (...) en haut de l'épingle.
    2. Cliquez sur Signaler.
    Les commentaires et les messages peuvent aussi être signalés. Les signalements sont anonymes.
steps-tumblr =
    1. Appuyez sur les trois points (...) du billet.
    2. Appuyez sur Signaler et choisissez la catégorie.
    3. « Report something else » (signaler autre chose) ouvre le formulaire complet. Envoyez les liens des billets.
steps-bluesky =
    1. Appuyez sur les trois points (...) de la publication ou du profil.
    2. Appuyez sur Signaler.
    3. Choisissez l'option sur la sécurité des enfants, puis envoyez.
    Bluesky ne lit pas les messages envoyés à son compte de sécurité : utilisez le bouton Signaler.
steps-kick =
    1. Sur le web, cliquez sur les trois points en bas à droite de la vidéo (ou sur la page de la vidéo).
    2. Choisissez la catégorie.
    Dans le chat : cliquez sur le nom d'utilisateur, puis sur l'icône d'avertissement (!), et décrivez ce qui s'est passé. Les signalements sont anonymes.
steps-other =
    1. Cherchez une option « Signaler » : souvent derrière trois points (...), un drapeau ou le menu du profil.
    2. Choisissez le motif le plus proche de l'abus ou de l'exploitation d'enfants.
    3. Copiez le lien et le nom d'utilisateur avant de bloquer le compte.
    Signalez-le aussi au service de signalement indiqué ci-dessous.

## Erreurs de reconnaissance des comptes

account-error-empty = Veuillez envoyer le lien du compte.
account-error-too_long = Ce message est trop long pour être un lien. Envoyez seulement le lien du compte.
account-error-not_a_link = Je n'ai pas pu lire cela comme un lien ni comme un nom d'utilisateur. Envoyez-le sous cette forme : { $example }
account-error-not_a_name = Il n'y a ni lettre ni chiffre : ce ne peut être ni un lien ni un nom. Envoyez le lien du compte ou son nom d'utilisateur avec @, comme ceci : { $example }
account-error-unknown_site = Ce lien ne vient pas de l'application que vous avez choisie. Envoyez un lien comme celui-ci : { $example }
account-error-suspicious = Ce lien ressemble à une adresse fausse ou déguisée : je ne l'ai donc pas ouvert. Copiez le lien directement depuis l'application.
account-error-not_an_account = Ce lien ne mène ni à un compte ni à une publication. Ouvrez le compte et copiez son lien, comme ceci : { $example }

## Exemples de lien de compte, affichés quand ce qu'une personne a envoyé n'est pas reconnu

example-instagram = https://www.instagram.com/username ou @username
example-tiktok = https://www.tiktok.com/@username ou @username
example-x = https://x.com/username ou @username
example-facebook = https://www.facebook.com/username, le nom d'utilisateur ou le nom affiché sur le profil
example-youtube = https://www.youtube.com/@channel ou le lien d'une vidéo
example-snapchat = https://www.snapchat.com/add/username ou le nom d'utilisateur
example-discord = @nomdutilisateur ou https://discord.com/users/123456789012345678
example-telegram = https://t.me/username, @username ou le nom affiché dans la conversation
example-reddit = https://www.reddit.com/user/username ou u/username
example-threads = https://www.threads.com/@username ou @username
example-whatsapp = https://wa.me/447700900123 ou le numéro de téléphone avec l'indicatif du pays, par exemple +44 7700 900123
example-twitch = https://www.twitch.tv/username ou le nom d'utilisateur
example-roblox = @BuilderBro_99 (le nom d'utilisateur) ou https://www.roblox.com/users/123456/profile
example-pinterest = https://www.pinterest.com/username/ ou le lien d'une épingle
example-tumblr = https://www.tumblr.com/blogname ou https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social ou @name.bsky.social
example-kick = https://kick.com/username ou le nom d'utilisateur
example-other = le lien complet, commençant par https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Signalez-le comme atteinte à la vie privée
route-kind-platform_copyright = Si vous avez pris la photo : un signalement pour droit d'auteur
route-note-privacy-under-13 = Pour un enfant de moins de 13 ans : un parent ou un tuteur peut demander à la plateforme de retirer une photo ou un compte de son enfant.
route-note-copyright-owner = Seule la personne qui a pris la photo peut envoyer ce signalement. La plateforme peut montrer votre nom et votre e-mail au compte signalé.
route-note-privacy-parent = Un parent ou un tuteur peut demander le retrait d'une photo ou d'une vidéo de son enfant. L'enfant doit y être reconnaissable.
route-note-x-private-media = Un parent ou un tuteur peut demander à X de retirer une photo ou une vidéo de son enfant partagée sans accord. Signalez la publication et choisissez l'option sur les informations privées.
route-note-copyright-owner-only = Seule la personne qui a pris la photo peut envoyer ce signalement.
route-note-tiktok-copyright-in-app = Nous n'avons pas de lien vérifié pour ce formulaire. Dans l'appli TikTok, ouvrez la vidéo, appuyez sur Partager, puis Signaler, et choisissez l'option droits d'auteur. Seule la personne qui a pris la photo ou la vidéo peut la signaler, et TikTok peut indiquer au compte le nom du titulaire des droits.
route-note-x-copyright-help = Nous n'avons pas de lien vérifié pour ce formulaire. Dans le Centre d'assistance de X (help.x.com), choisissez Nous contacter, puis l'aide sur la propriété intellectuelle, puis signalez une possible violation des droits d'auteur. Seule la personne qui a pris la photo peut la signaler, et X transmet votre nom et vos coordonnées au compte.
