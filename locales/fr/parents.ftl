# Conseils aux parents (flows/parents.yaml), en français.
# Variables : { $platform } et { $example } l'application choisie dans cette conversation ; { $routes } les
# liens et numéros sourcés du répertoire ; { $charity } le nom de l'association. (Les noms de pays ne sont
# pas mis dans les phrases : les recours nomment déjà leur pays.)
# HTML de Telegram uniquement : <b>, <i>, <a href="...">. Jamais d'esperluette seule.
# Les textes qui citent un bouton (« Mieux protéger les comptes de mon enfant ») reprennent exactement son libellé.
# Le lecteur est un parent inquiet, sur son téléphone : des mots calmes, une idée par message, pas de jargon.
# Traduction : vouvoiement ; « hotline » = « service de signalement », « helpline » = « ligne d'aide ».

## Le menu des parents (parents.yaml : start)

parents-start-ask = Nous sommes là pour vous aider, étape par étape. Sur quoi avez-vous besoin d'aide ?
parents-start-photos = On a volé les photos de mon enfant
parents-start-contact = Des inconnus contactent mon enfant
parents-start-safer = Mieux protéger les comptes de mon enfant
parents-start-public = Je gère le compte public de mon enfant
parents-start-talk = J'ai besoin de parler à quelqu'un

## Les photos de mon enfant ont été prises et republiées (parents.yaml : photos_*)

parents-photos-calm = Nous sommes désolés que cela vous arrive. Ce n'est pas de votre faute, et vous pouvez faire beaucoup de choses. Voyons cela étape par étape.
parents-photos-first =
    <b>D'abord</b>
    • Ne commentez pas, n'écrivez pas au compte et ne le suivez pas. Cela pourrait l'alerter.
    • Copiez le lien du compte et celui des publications, et notez la date.
    • Si une image montre de la nudité ou est à caractère sexuel, n'en faites pas de capture d'écran, ne l'enregistrez pas et ne la partagez pas, même comme preuve. Le lien suffit.
parents-photos-platform-ask = Où avez-vous trouvé les photos ?
parents-photos-account-ask =
    Envoyez le lien du compte qui les a publiées, ou son nom d'utilisateur commençant par @.
    Par exemple : { $example }
    Si vous décidez ensuite de nous le signaler, nous utiliserons ce lien : vous n'aurez à l'envoyer qu'une seule fois.
parents-photos-report =
    <b>Signalez le compte à { $platform }.</b> Choisissez le motif le plus proche de ce qui se passe : par exemple la sécurité d'un enfant, quelqu'un qui se fait passer pour votre enfant, ou des photos publiées sans votre accord. Les libellés varient d'une application à l'autre.
    { $routes }
parents-photos-report-other =
    <b>Signalez le compte sur le site ou l'application où vous l'avez trouvé.</b> Choisissez le motif le plus proche de ce qui se passe : par exemple la sécurité d'un enfant, quelqu'un qui se fait passer pour votre enfant, ou des photos publiées sans votre accord.
    { $routes }
parents-photos-hotline =
    <b>Si les photos sont sexualisées</b> (commentaires ou légendes à caractère sexuel, ou photos publiées à côté d'images sexuelles), signalez aussi le compte au service de signalement :
    { $routes }
parents-photos-removal =
    <b>Si l'une des images montre de la nudité ou est à caractère sexuel</b>, vous pouvez demander son retrait :
    { $routes }
parents-photos-tip-ask = Voulez-vous aussi signaler ce compte à { $charity } ? Nous regroupons les signalements comme le vôtre pour pousser les plateformes à agir. Cela prend une minute, et vous n'aurez pas à renvoyer le lien.
parents-photos-tip-yes = Oui, envoyer un signalement
parents-photos-tip-no = Pas maintenant
parents-photos-reported-ask = L'avez-vous déjà signalé à { $platform } ?
parents-photos-reported-ask-other = L'avez-vous déjà signalé au site ou à l'application ?
parents-photos-details-ask = Autre chose à nous dire ? Par exemple combien de photos, depuis quand, ou d'autres comptes qui les partagent. Ne décrivez aucune image sexuelle. Vous pouvez passer cette étape.
parents-photos-end =
    <b>Et ensuite ?</b>
    • Retournez voir le compte dans quelques jours. Si les photos sont toujours là, signalez-le de nouveau.
    • Si vous trouvez les photos sur d'autres comptes, signalez chacun d'eux.
    • Pour que cela ait moins de chances de se reproduire, consultez « Mieux protéger les comptes de mon enfant » et « Je gère le compte public de mon enfant » dans le menu des parents.

# La catégorie du signalement, telle que le récapitulatif l'affiche (« Ce que vous avez vu : … ») et telle que le parcours de signalement la propose.
category-stolen_photos = Les photos de mon enfant, prises et republiées

## Des inconnus commentent ou écrivent à mon enfant (parents.yaml : contact_*)

parents-contact-intro = Les commentaires ou les messages d'inconnus peuvent être très inquiétants. Voici ce que vous pouvez faire : bloquer et signaler, connaître les signes du grooming, savoir quand s'adresser à la police, et en parler avec votre enfant.
parents-contact-where = Où cela se passe-t-il ?
parents-contact-block =
    <b>Bloquer et signaler</b>
    Copiez d'abord le lien et le nom d'utilisateur du compte, et notez la date. Ensuite, signalez le compte, puis bloquez-le. Ne répondez pas, et gardez les messages : ne les supprimez pas. Mais ne faites jamais de capture d'écran d'une image sexuelle, et ne la transférez jamais.
    { $routes }
parents-contact-signs =
    <b>À quoi ressemble le grooming</b>
    Le grooming (ou pédopiégeage), c'est quand quelqu'un gagne la confiance d'un enfant pour ensuite l'abuser sexuellement. Cela commence souvent de façon amicale. Méfiez-vous de quelqu'un qui :
    • donne beaucoup d'attention, de compliments ou de cadeaux
    • demande à votre enfant de garder le secret
    • veut passer sur une application privée ou à un appel vidéo
    • pose des questions personnelles, ou demande des photos
    • parle de sexe, ou envoie des contenus sexuels
parents-contact-police =
    <b>Quand s'adresser à la police</b>
    Adressez-vous à la police si un adulte demande à votre enfant des images ou des conversations sexuelles, lui envoie des contenus sexuels, le menace, ou veut le rencontrer. Dans la plupart des pays, le grooming en ligne est une infraction.
    { $routes }
parents-contact-threats =
    <b>Si quelqu'un menace de diffuser des images de votre enfant</b>
    Ne payez pas, et n'envoyez plus rien. Arrêtez de répondre, mais ne supprimez rien. Signalez-le tout de suite à la police et à la plateforme. Votre enfant n'a rien fait de mal et ne sera pas puni : c'est lui la victime.
parents-contact-talk =
    <b>En parler avec votre enfant</b>
    • Restez calme, et remerciez-le de vous en avoir parlé.
    • Dites-lui clairement que ce n'est pas de sa faute, même s'il a enfreint une règle ou envoyé quelque chose.
    • Ne lui confisquez pas son téléphone pour le punir. Les enfants qui craignent cela arrêtent de se confier.
    • Demandez-lui ce qui s'est passé et ce qu'il ressent, et décidez ensemble de la suite.
parents-contact-next-ask = Vous pouvez aussi signaler le compte à { $charity }. Nous regroupons les signalements pour pousser les plateformes à agir.
parents-contact-report = Signaler le compte
parents-contact-done = Pas maintenant
parents-contact-end =
    <b>Et ensuite ?</b>
    • Avec votre enfant, parcourez « Mieux protéger les comptes de mon enfant » dans le menu des parents.
    • Reparlez-en avec votre enfant dans les jours qui viennent.
    • Si vous voulez en parler à quelqu'un, choisissez « J'ai besoin de parler à quelqu'un » dans le menu des parents.

## Mieux protéger les comptes de mon enfant : une liste par application (parents.yaml : safer_*)

parents-safer-intro =
    Quelques réglages suffisent pour que les inconnus aient beaucoup plus de mal à voir votre enfant, à copier ses contenus ou à le contacter. Installez-vous avec votre enfant et passez-les en revue ensemble.
    Les applications renomment et déplacent leurs réglages. Si vous n'en trouvez pas un, cherchez quelque chose d'approchant.
parents-safer-ask = Quelle application utilise votre enfant ?
parents-safer-pick-other = Une autre application
parents-safer-more-ask = Voulez-vous la liste pour une autre application ?
parents-safer-another = Oui, une autre application
parents-safer-done = Non, c'est tout
parents-safer-end =
    <b>À refaire régulièrement</b>
    • Revérifiez les réglages de temps en temps, et après les grandes mises à jour des applications : ils peuvent changer.
    • Regardez ensemble, de temps en temps, les abonnés et les amis de votre enfant.
    • Assurez-vous que votre enfant sait qu'il peut toujours venir vous parler, quoi qu'il se soit passé.

# Listes : les noms des réglages tels que les applications les affichent en français, quand ils sont connus ;
# sinon le libellé anglais entre guillemets, avec une courte explication.
parents-safer-instagram =
    <b>Instagram</b>
    • <b>Compte privé</b> : activé, pour que seuls les followers acceptés par votre enfant voient ses publications. Les comptes Ado sont privés dès le départ, et les moins de 16 ans ont besoin de l'accord d'un parent pour assouplir leurs réglages.
    • <b>Messages</b> : uniquement de la part des personnes que votre enfant suit.
    • <b>Mots masqués</b> : activez les filtres pour les commentaires et les demandes de message, et ajoutez les mots que vous ne voulez pas voir.
    • <b>Followers</b> : retirez toutes les personnes que votre enfant ne connaît pas dans la vraie vie.
    • <b>Partage et remix</b> : désactivez la réutilisation de ses reels, vidéos et photos.
    • <b>Lieu</b> : n'ajoutez pas de lieu aux publications.
    • <b>Supervision</b> : l'espace famille de Meta (« Family Center ») vous permet de voir qui suit votre enfant et de fixer des limites de temps. Vous devez tous les deux être d'accord.
parents-safer-tiktok =
    <b>TikTok</b>
    • <b>Compte privé</b> : activé. Les comptes des 13-15 ans sont privés dès le départ.
    • <b>Commentaires</b> : Amis ou Personne. Activez les filtres de commentaires et ajoutez les mots que vous ne voulez pas voir.
    • <b>Messages privés</b> : Amis ou Personne. Les moins de 16 ans n'ont pas du tout accès aux messages.
    • <b>Duo, Collage et téléchargements</b> : désactivés, pour que personne ne puisse réutiliser ou enregistrer les vidéos de votre enfant.
    • <b>Suggérer votre compte à d'autres personnes</b> : désactivé.
    • <b>Followers</b> : retirez toutes les personnes que votre enfant ne connaît pas.
    • <b>Connexion Famille</b> : reliez votre propre compte TikTok à celui de votre enfant pour gérer ces réglages et le temps d'écran.
parents-safer-youtube =
    <b>YouTube</b>
    • <b>Moins de 13 ans</b> : utilisez un compte supervisé, associé à votre compte Google. Vous pouvez le configurer dans YouTube ou dans l'application Family Link. YouTube Kids est une application à part, pour les plus jeunes.
    • <b>13 à 17 ans</b> : associez vos comptes avec « Family Center » (l'espace famille) dans les paramètres de YouTube. Vous devez tous les deux être d'accord, et chacun de vous peut le désactiver.
    • <b>Mises en ligne</b> : gardez les vidéos en « Privée ». Les vidéos privées ne peuvent pas recevoir de commentaires. Les vidéos des 13-17 ans sont privées dès le départ.
    • <b>Commentaires</b> : dans YouTube Studio, retenez les commentaires pour examen ou désactivez-les, et ajoutez des mots bloqués.
    • <b>Masquer l'utilisateur</b> : masquez les personnes qui laissent des commentaires désagréables, et signalez-les.
parents-safer-snapchat =
    <b>Snapchat</b>
    • <b>Qui peut contacter votre enfant</b> : amis uniquement. Le réglage s'appelle peut-être « Me contacter ».
    • <b>Amis</b> : retirez toutes les personnes que votre enfant ne connaît pas dans la vraie vie.
    • <b>Snap Map</b> : activez le mode Fantôme, pour que personne ne puisse voir où se trouve votre enfant.
    • <b>Stories</b> : amis uniquement.
    • <b>Centre familial</b> (« Family Center ») : voyez qui sont les amis de votre enfant et avec qui il a discuté récemment, sans lire les messages. Vous pouvez aussi signaler des comptes depuis cet espace.
parents-safer-facebook =
    <b>Facebook</b>
    • <b>Assistance confidentialité</b> (« Privacy Checkup ») : faites-la ensemble. Pour « Qui peut voir vos futures publications ? », choisissez Amis.
    • <b>Profil</b> : masquez le numéro de téléphone, l'adresse e-mail et la date de naissance, ou ne les montrez qu'aux Amis.
    • <b>Invitations</b> : uniquement de la part des amis de ses amis.
    • <b>Amis</b> : retirez les personnes que votre enfant ne connaît pas dans la vraie vie.
    • <b>Identifications</b> : activez l'examen des identifications, pour que les photos où votre enfant est identifié aient besoin de son accord.
    • <b>Supervision</b> : l'espace famille de Meta (« Family Center ») vous montre les amis de votre enfant et qui peut lui écrire.
parents-safer-roblox =
    <b>Roblox</b>
    • <b>Compte parent</b> : créez votre propre compte et associez-le à celui de votre enfant dans le Contrôle parental. Vous pourrez ensuite gérer ses réglages depuis votre compte.
    • <b>Chat et messages</b> : amis uniquement, ou personne.
    • <b>Amis</b> : parcourez la liste ensemble et retirez toutes les personnes que votre enfant ne connaît pas dans la vraie vie. L'application les appelle peut-être « connexions ».
    • <b>Contenu</b> : choisissez le niveau de maturité des jeux auxquels votre enfant peut jouer. Vous pouvez aussi bloquer des jeux et des personnes.
parents-safer-discord =
    <b>Discord</b>
    • <b>Messages privés</b> : désactivez les messages des membres des serveurs, pour que des inconnus du même serveur ne puissent pas écrire à votre enfant.
    • <b>Demandes d'ami</b> : pas de la part de « Tout le monde ». Au maximum, les amis d'amis.
    • <b>Filtre d'images</b> : activez le filtre des images explicites dans les messages. Il s'appelle peut-être « Safe Direct Messaging » (messages privés sécurisés) ou « médias sensibles ».
    • <b>Serveurs</b> : parcourez-les ensemble, et quittez ceux que votre enfant ne sait pas expliquer.
    • <b>Centre familial</b> (« Family Center ») : reliez vos comptes avec un code QR pour voir qui votre enfant ajoute, avec qui il parle et quels serveurs il rejoint, sans lire les messages.
parents-safer-other =
    <b>Toute autre application</b>
    • Rendez le compte privé.
    • N'autorisez les messages et les commentaires que de la part des amis, ou désactivez-les.
    • Retirez les abonnés et les amis que votre enfant ne connaît pas dans la vraie vie.
    • Désactivez le partage de la position, et n'indiquez pas de lieu dans les publications.
    • Désactivez les téléchargements et la réutilisation des publications de votre enfant, si l'application le permet.
    • Cherchez dans les réglages un outil de supervision parentale ou familiale.

## Je gère le compte public de mon enfant (parents.yaml : public_*)

parents-public-risks =
    <b>Ce que nous constatons</b>
    Certaines personnes collectionnent des photos ordinaires d'enfants sur des comptes publics : à la piscine, en train de danser ou de faire de la gymnastique, en uniforme scolaire. Elles les enregistrent et les republient, laissent des commentaires sexuels et les transmettent à d'autres.
    Si c'est arrivé à votre enfant, ce n'est pas de votre faute, et vous pouvez faire beaucoup de choses.
parents-public-stop =
    <b>Ce qu'il vaut mieux ne plus publier</b>
    • Votre enfant en maillot de bain ou en sous-vêtements, au moment du bain, ou dans des poses de danse ou de gymnastique
    • Tout ce qui montre où il vit, va à l'école ou joue : uniformes, logos, numéros de maison, noms de rue, lieux identifiés
    • Son nom complet, son âge, sa date de naissance ou ses habitudes de tous les jours
parents-public-check =
    <b>Vérifiez vos abonnés</b>
    Parcourez la liste de vos abonnés. Retirez et bloquez les comptes que vous ne connaissez pas. Méfiez-vous des comptes qui ne publient rien eux-mêmes, ou qui suivent surtout des enfants.
    Lisez aussi les anciens commentaires : supprimez et signalez ceux qui sont sexuels ou étranges, et activez les filtres de commentaires.
parents-public-private =
    <b>Passez en privé</b>
    Avec un compte privé, c'est vous qui choisissez qui voit votre enfant. Partagez avec des gens que vous connaissez, comme vous le feriez avec un album photo de famille.
    Si vous gardez un compte public, désactivez les téléchargements et la réutilisation de vos publications, et réfléchissez bien avant chaque photo de votre enfant.
parents-public-when =
    <b>Quand arrêter</b>
    Pensez à passer en privé, ou à arrêter, si :
    • vous trouvez des photos de votre enfant sur des comptes que vous ne connaissez pas
    • les commentaires deviennent sexuels, ou réclament d'autres photos
    • des inconnus écrivent à votre enfant ou lui demandent où il se trouve
    • votre enfant ne veut plus apparaître dans vos publications
    Arrêter, ce n'est pas échouer. C'est protéger votre enfant.
parents-public-more-ask = Voulez-vous savoir comment vérifier vos abonnés, passer en privé, et quand arrêter ?
parents-public-go-on = Oui, montrez-moi
parents-public-next-ask = Que voulez-vous faire maintenant ?
parents-public-done = Pas maintenant
parents-public-end = Merci de veiller sur votre enfant. Si vous trouvez ses photos là où elles ne devraient pas être, revenez ici à tout moment : choisissez « On a volé les photos de mon enfant » dans le menu des parents.

## J'ai besoin de parler à quelqu'un (parents.yaml : talk)

parents-talk =
    <b>Vous n'avez pas à traverser cela sans soutien.</b> Ces services peuvent vous écouter et vous aider à savoir quoi faire. Certains s'adressent aux enfants et aux jeunes : vous pouvez les transmettre à votre enfant.
    { $routes }
parents-talk-end = Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays. Vous pouvez revenir ici à tout moment.
