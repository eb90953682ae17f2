## « Ça m'arrive à moi » : le parcours d'une personne jeune (flows/young.yaml), ce que demande une
## ligne de signalement (flows/report.yaml : quand, âge, lien avec l'enfant, risques) et le parcours d'urgence.

menu-young = Ça m'arrive à moi (j'ai moins de 18 ans)
menu-text-hint = Merci de m'écrire. Je ne peux lire que les boutons. Si quelqu'un te demande des photos, te menace ou te fait sentir en danger, appuie sur le premier bouton : tu n'as rien fait de mal.

young-safe-ask = D'abord : es-tu en sécurité en ce moment ?
young-safe-yes = Oui, je suis en sécurité
young-safe-no = Non, je suis en danger
young-emergency =
    <b>Appelle ce numéro maintenant.</b> Dis que tu es en danger et où tu es.
    { $routes }
    Quand tu seras en sécurité, je suis là pour t'aider pour la suite.
young-country-ask = Dans quel pays es-tu ? Choisis-le ci-dessous ou écris son nom, et je te montre qui peut t'aider là-bas.
young-country-ask-guessed = Ton pays : { $country }. C'est bien ça ? Appuie dessus ci-dessous, ou choisis ou écris un autre pays, et je te montre qui peut t'aider là-bas.
young-not-your-fault =
    <b>Ce n'est pas ta faute, et tu n'as pas d'ennuis.</b>
    C'est la personne qui fait ça qui enfreint la loi. Ça arrive à beaucoup de jeunes, et des gens sont là exactement pour t'aider.
young-what-ask = Que se passe-t-il ? Choisis ce qui s'en rapproche le plus.
young-what-asked = Quelqu'un me demande des photos ou des vidéos
young-what-threats = Quelqu'un menace de partager des photos de moi, ou demande de l'argent
young-what-shared = Des photos ou des vidéos de moi ont été partagées
young-what-groomed = Un adulte en ligne me met mal à l'aise ou veut me rencontrer
young-stop =
    <b>Ce que tu peux faire maintenant :</b>
    • N'envoie plus rien, quoi qu'il dise.
    • Arrête de répondre. Tu ne lui dois aucune réponse.
    • Note son nom d'utilisateur, puis bloque-le.
    • Ne supprime ni ton compte ni la conversation : ça peut aider la police à l'arrêter.
young-stop-images =
    <b>Ce que tu peux faire maintenant :</b>
    • Ne paie pas et n'envoie plus rien. Payer ne fait presque jamais cesser le chantage.
    • Arrête de répondre. Tu ne lui dois aucune réponse.
    • Note son nom d'utilisateur, puis bloque-le.
    • Ne supprime ni ton compte ni la conversation : ça peut aider la police à l'arrêter.
    Tu n'as jamais besoin de montrer ou d'envoyer les photos à qui que ce soit, même pour signaler.
young-images-ask = Est-ce que cette personne a des photos ou des vidéos de toi ?
young-images-yes = Oui
young-images-unsure = Je ne sais pas
young-images-no = Non
young-takedown =
    <b>Les photos peuvent être retirées.</b> Les images nues ou sexuelles de toi prises avant tes 18 ans peuvent être bloquées sur beaucoup d'applis, sans que personne ne les voie et sans les envoyer nulle part :
    { $routes }
    L'appli où elles ont été partagées peut aussi les supprimer : je te montre comment dans un instant.
young-talk =
    <b>Parle à quelqu'un maintenant.</b> Tu n'as pas à gérer ça seul·e. Ces personnes t'écoutent gratuitement, et tu leur racontes ce que tu veux :
    { $routes }
    Tu peux aussi en parler à un adulte de confiance : un parent, quelqu'un de ta famille, un prof ou l'infirmière scolaire.
young-report-ask = Veux-tu signaler le compte qui t'a fait ça ? Ça aide à l'empêcher de recommencer avec quelqu'un d'autre. Tu n'as pas à dire qui tu es, et personne ne te contactera.
young-report-yes = Oui, signaler le compte
young-report-no = Pas maintenant
young-platform-ask = Sur quelle appli ou quel site est cette personne ?
young-account-ask =
    Envoie-moi son nom d'utilisateur ou le lien vers son profil sur { $platform }, si tu peux.
    Par exemple : { $example }
young-account-ask-other = Envoie-moi le lien vers son profil, qui commence par https:// (dans la barre d'adresse du navigateur).
young-platform-routes =
    <b>Tu peux aussi le signaler à { $platform }.</b> Les applis agissent plus vite quand elles reçoivent des signalements, et c'est anonyme : ils ne sauront pas que c'est toi.
    { $routes }
young-details-ask = Veux-tu nous dire autre chose ? Par exemple ce qu'il a dit ou demandé. S'il te plaît, ne décris pas les photos. Tu peux passer.
young-seen-ask = Quand est-ce arrivé pour la dernière fois ?
young-age-ask = Quel âge as-tu ? Ça aide la ligne de signalement. Tu peux passer.
young-risks-ask = Est-ce qu'une de ces choses est arrivée ? Appuie sur chacune qui correspond, puis sur « C'est tout ».
young-review =
    <b>Voici ce que nous allons envoyer</b>
    Appli ou site : { $platform }
    Compte : { $accounts }
    Ce que tu nous as dit : { $details }
    Quand : { $seen }
    Ton âge : { $age }
    Ce qui s'est passé : { $risks }
young-cancelled = D'accord, rien n'a été envoyé. Tu peux revenir quand tu veux. Si tu as besoin de parler à quelqu'un, les lignes d'écoute ci-dessus sont là pour toi.
young-submitted =
    <b>Merci. C'était courageux.</b>
    Ta référence est <b>{ $reference }</b>.
young-done =
    Nous transmettons les signalements comme le tien à ceux qui peuvent agir. Nous ne pouvons pas agir en temps réel : <b>si tu es en danger, appelle le numéro d'urgence.</b>
    Personne de chez nous ne te contactera. Si tu veux parler, les lignes d'écoute ci-dessus sont là pour toi, et tu peux revenir ici quand tu veux.
young-end = Tu as bien fait de demander de l'aide. Reviens quand tu veux, et souviens-toi : ce n'est pas ta faute.

## Ce que demande une ligne de signalement (le parcours de signalement)
facts-seen-ask = Quand l'avez-vous vu (ou quand est-ce arrivé pour la dernière fois) ?
facts-seen-date-ask = À quelle date ? Par exemple le 3 mars.
facts-age-ask = Quel âge l'enfant semble-t-il avoir ? Une estimation suffit. Vous pouvez passer.
facts-knows-ask = Connaissez-vous l'enfant (famille, école, voisinage) ?
facts-risks-ask = Avez-vous vu l'une de ces choses ? Appuyez sur chacune qui correspond, puis sur « C'est tout ».
facts-risk-noted = C'est noté : { $risks }.
facts-risks-done = C'est tout
seen-today = Aujourd'hui
seen-week = Cette semaine
seen-earlier = Plus tôt
seen-date = À une date
age-under_10 = Moins de 10 ans
age-10_12 = 10 à 12 ans
age-13_15 = 13 à 15 ans
age-16_17 = 16 ou 17 ans
age-unsure = Je ne sais pas
risk-meeting = Une rencontre est prévue
risk-threats = Menaces ou chantage
risk-money = De l'argent a été demandé
risk-identifiable = L'enfant est identifiable (nom, école, lieu)

## Des parcours sûrs et adaptés
route-kind-emergency-other = Ou appelez le
danger-hotline =
    <b>Puis prévenez-les aussi, dès que possible :</b>
    { $routes }
danger-end-now =
    <b>Si l'enfant est toujours en danger, appelez le numéro d'urgence maintenant.</b> { $charity } ne peut pas agir en temps réel.
    Quand l'enfant sera en sécurité, vous pourrez revenir signaler le compte en cause.
report-done-danger =
    <b>Si un enfant est en danger en ce moment, appelez tout de suite le numéro d'urgence.</b> { $charity } ne peut pas agir en temps réel : nous examinons les signalements plus tard.
    Un bénévole de { $charity } examine chaque signalement, et les signalements sur un même compte sont regroupés en un seul dossier.
report-trading-warning = <b>N'ouvrez pas, ne rejoignez pas et ne téléchargez rien depuis les groupes ou liens que partagent ces comptes</b>, même pour vérifier. Envoyez-nous seulement les liens des comptes.

## The follow-up a young person may choose (flows/young.yaml follow_up; docs/follow-up.md)
young-followup-ask =
    Veux-tu que je revienne vers toi ici plus tard, pour te demander si ce compte a disparu ?
    C'est un seul message automatique de ce bot, avec un rappel au plus. Aucune personne ne t'écrira, et personne ne saura qui tu es. Si quelqu'un d'autre peut lire cette conversation, choisis « Non, merci ». Tu peux l'arrêter à tout moment avec /stopcontact.
young-followup-yes = Oui, reviens vers moi
young-followup-no = Non, merci
young-done-followup =
    Nous transmettons les signalements comme le tien à ceux qui peuvent agir. Nous ne pouvons pas agir en temps réel : <b>si tu es en danger, appelle le numéro d'urgence.</b>
    Aucune personne de chez nous ne te contactera. Ce bot reviendra vers toi une fois au sujet du compte, comme tu l'as demandé ; /stopcontact l'arrête. Si tu veux parler, les lignes d'écoute ci-dessus sont là pour toi, et tu peux revenir ici quand tu veux.
