# Après le signalement (issue 16) : le texte à coller, le suivi, et où aller quand la plateforme n'agit pas.

## Le texte à coller

report-paste-button = Un texte à coller, s'il vous plaît
report-paste =
    Le voici. Copiez-le et collez-le là où { $platform } vous demande de décrire le problème :

    <pre>{ $paste }</pre>

    Il ne dit que ce que vous nous avez dit.
paste-account = Je signale ce compte : { $account }
paste-category-sexual_imagery = Il partage des images sexuelles d'enfants.
paste-category-grooming = Il approche des enfants de manière sexuelle ou manipulatrice (pédopiégeage).
paste-category-sexualised_comments = Il publie des commentaires sexualisés sur des enfants.
paste-category-collecting_photos = Il collectionne des photos d'enfants et les republie de manière sexualisée.
paste-category-stolen_photos = Il republie des photos d'enfants prises sur les comptes d'autres personnes.
paste-category-trading_network = Il fait partie d'un réseau qui échange des contenus sexuels d'enfants.
paste-category-other = Il met des enfants en danger.
paste-related = Comptes liés : { $related }
paste-policy = Je pense que cela enfreint votre règle « { $policy } » : { $url }
paste-no-policy = Je pense que cela enfreint vos règles de protection des enfants.
paste-closing = Merci d'examiner ce compte et de le supprimer.

## Le suivi

report-followup-ask =
    Pouvons-nous revenir vers vous plus tard pour vous demander si la plateforme a supprimé le compte ?
    Nous ne demandons qu'une fois, avec au plus un rappel. Vous pouvez l'arrêter à tout moment avec /stopcontact.
report-followup-yes = Oui, revenez vers moi
report-followup-no = Non merci
followup-question =
    { $reminder ->
        [yes] <b>Un petit rappel au sujet de votre signalement { $reference }</b>
       *[no] <b>Des nouvelles de votre signalement { $reference } ?</b>
    }
    Ce compte { $platform } est-il toujours là ? { $account }
    Ne regardez que si vous vous sentez prêt à le faire.
followup-question-young =
    { $reminder ->
        [yes] <b>Un petit rappel au sujet de ton signalement { $reference }</b>
       *[no] <b>Des nouvelles de ton signalement { $reference } ?</b>
    }
    Ce compte { $platform } est-il toujours là ? { $account }
    Si ça t'arrive encore, tu n'as pas à faire face seul : parles-en à un adulte de confiance. Tu n'as rien fait de mal.
followup-gone = Il a disparu
followup-still = Il est toujours là
followup-unsure = Je ne sais pas
followup-answer = { $body }
followup-thanks-gone = Merci d'avoir vérifié. Bonne nouvelle : le compte a disparu. L'association l'a noté.
followup-thanks-unsure = Merci d'avoir vérifié. Nous avons noté que vous ne savez pas ; nos bénévoles vont regarder aussi.
followup-closed = Merci. Cette question est déjà close, rien n'a donc été modifié.
followup-still-intro =
    Merci de nous l'avoir dit. La plateforme n'a pas agi, et l'association l'a noté.
    Voici vers qui vous tourner maintenant :
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = On vous demandera : { $facts }.
followup-young-still = Si ça t'arrive encore : parles-en à un adulte de confiance et bloque le compte. Rien de tout cela n'est de ta faute.

## Les règles de chaque recours, en mots simples

escalation-rule-esafety = eSafety Commissioner (Australie) : si une plateforme n'a pas retiré le cyberharcèlement d'un enfant dans les 48 heures suivant votre signalement, vous pouvez porter plainte auprès d'eSafety. Les contenus d'abus sexuels sur enfants peuvent lui être signalés tout de suite.
escalation-rule-police-now = C'est l'affaire de la police : vous pouvez signaler un pédopiégeage ou des contenus d'abus tout de suite, sans attendre la plateforme.
escalation-rule-rhc = Report Harmful Content (Royaume-Uni) intervient une fois que vous avez signalé à la plateforme : quand elle a répondu qu'aucune règle n'était enfreinte, ou quand vous attendez une réponse depuis plus d'une semaine.
escalation-rule-hotline = La plateforme de signalement de votre pays reçoit ce genre de signalement à tout moment ; dites-lui que la plateforme n'a pas agi.
escalation-rule-ncmec = La CyberTipline du NCMEC reçoit les signalements de tout le monde, anonymes si vous le souhaitez, à tout moment ; inutile d'attendre la plateforme.
escalation-rule-inhope = INHOPE indique la ligne de signalement de votre pays : signalez-y le compte et précisez que la plateforme n'a pas agi.
escalation-rule-dsa = Dans l'UE, le règlement sur les services numériques (DSA) vous permet d'adresser à la plateforme une notification formelle de contenu illicite. Elle doit statuer et vous donner ses motifs. Utilisez le formulaire « contenu illicite » de la plateforme et précisez qu'il s'agit d'une notification au titre de l'article 16.
escalation-asks-when_reported = quand vous l'avez signalé à la plateforme
escalation-asks-how_reported = comment vous l'avez signalé (dans l'appli ou sur un formulaire web)
escalation-asks-platform_answer = ce que la plateforme a répondu, s'il y a eu une réponse
escalation-asks-account_links = le lien du compte
escalation-asks-your_contact = votre nom et votre e-mail (inutiles pour des contenus d'abus sexuels sur enfants)
