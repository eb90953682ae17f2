# Ratgeber für Eltern (flows/parents.yaml), auf Deutsch.
# Platzhalter: { $platform } und { $example } die in diesem Gespräch gewählte App; { $routes } die
# belegten Links und Nummern aus dem Verzeichnis; { $charity } der Name der Organisation. (Ländernamen
# stehen nicht in Sätzen: Die Meldewege nennen ihr Land schon selbst.)
# Nur Telegram-HTML: <b>, <i>, <a href="...">. Nie ein einzelnes kaufmännisches Und.
# Texte, die einen Button zitieren („Die Konten meines Kindes sicherer machen“), verwenden genau dessen Wortlaut.
# Es liest ein besorgter Elternteil auf dem Handy: ruhige Worte, eine Idee pro Nachricht, kein Fachjargon.
# Übersetzung: Anrede mit „Sie“; „hotline“ = „Meldestelle“, „helpline“ = „Hilfsangebot“ / „Beratungsstelle“.

## Das Elternmenü (parents.yaml: start)

parents-start-ask = Wir helfen Ihnen, Schritt für Schritt. Wobei brauchen Sie Hilfe?
parents-start-photos = Fotos meines Kindes wurden gestohlen
parents-start-contact = Fremde kontaktieren mein Kind
parents-start-safer = Die Konten meines Kindes sicherer machen
parents-start-public = Ich verwalte das öffentliche Konto meines Kindes
parents-start-talk = Ich brauche jemanden zum Reden

## Fotos meines Kindes wurden kopiert und erneut gepostet (parents.yaml: photos_*)

parents-photos-calm = Es tut uns leid, dass Ihnen das passiert. Es ist nicht Ihre Schuld, und Sie können viel tun. Gehen wir es Schritt für Schritt durch.
parents-photos-first =
    <b>Zuerst</b>
    • Kommentieren Sie nichts, schreiben Sie dem Konto nicht und folgen Sie ihm nicht. Das kann die Person warnen.
    • Kopieren Sie den Link zum Konto und zu den Beiträgen und notieren Sie das Datum.
    • Wenn ein Bild Nacktheit zeigt oder sexuell ist: Machen Sie keinen Screenshot davon, speichern Sie es nicht und teilen Sie es nicht, auch nicht als Beweis. Der Link reicht.
parents-photos-platform-ask = Wo haben Sie die Fotos gefunden?
parents-photos-account-ask =
    Bitte senden Sie den Link zu dem Konto, das die Fotos gepostet hat, oder den @Benutzernamen.
    Zum Beispiel: { $example }
    Wenn Sie das Konto später auch bei uns melden möchten, verwenden wir diesen Link. Sie müssen ihn also nur einmal senden.
parents-photos-report =
    <b>Melden Sie das Konto bei { $platform }.</b> Wählen Sie den Grund, der am besten passt: zum Beispiel, dass ein Kind in Gefahr ist, dass sich jemand als Ihr Kind ausgibt oder dass Fotos ohne Ihre Erlaubnis gepostet wurden. Die Bezeichnungen sind in jeder App anders.
    { $routes }
parents-photos-report-other =
    <b>Melden Sie das Konto auf der Website oder in der App, wo Sie es gefunden haben.</b> Wählen Sie den Grund, der am besten passt: zum Beispiel, dass ein Kind in Gefahr ist, dass sich jemand als Ihr Kind ausgibt oder dass Fotos ohne Ihre Erlaubnis gepostet wurden.
    { $routes }
parents-photos-hotline =
    <b>Wenn die Fotos sexualisiert werden</b> (durch sexuelle Kommentare oder Bildunterschriften oder weil sie neben sexuellen Bildern gepostet werden), melden Sie das Konto auch bei der Meldestelle:
    { $routes }
parents-photos-removal =
    <b>Wenn eines der Bilder Nacktheit zeigt oder sexuell ist</b>, können Sie es entfernen lassen:
    { $routes }
parents-photos-tip-ask = Möchten Sie dieses Konto auch bei { $charity } melden? Wir bündeln Meldungen wie Ihre, um mehr Druck auf die Plattformen zu machen. Das dauert eine Minute, und Sie müssen den Link nicht noch einmal senden.
parents-photos-tip-yes = Ja, Meldung senden
parents-photos-tip-no = Jetzt nicht
parents-photos-reported-ask = Haben Sie es schon bei { $platform } gemeldet?
parents-photos-reported-ask-other = Haben Sie es schon auf der Website oder in der App gemeldet?
parents-photos-details-ask = Gibt es noch etwas, das wir wissen sollten? Zum Beispiel, wie viele Fotos es sind, seit wann, oder welche anderen Konten sie teilen. Bitte beschreiben Sie keine sexuellen Bilder. Sie können diesen Schritt überspringen.
parents-photos-end =
    <b>Wie es weitergeht</b>
    • Schauen Sie sich das Konto in ein paar Tagen noch einmal an. Wenn die Fotos noch da sind, melden Sie es erneut.
    • Wenn Sie die Fotos auf anderen Konten finden, melden Sie jedes einzelne.
    • Damit das nicht so leicht wieder passiert, schauen Sie im Elternmenü unter „Die Konten meines Kindes sicherer machen“ und „Ich verwalte das öffentliche Konto meines Kindes“.

# Die Kategorie der Meldung, wie die Übersicht sie zeigt („Was Sie gesehen haben: …“) und wie der Meldeablauf sie anbietet.
category-stolen_photos = Fotos meines Kindes, kopiert und erneut gepostet

## Fremde kommentieren oder schreiben meinem Kind (parents.yaml: contact_*)

parents-contact-intro = Kommentare oder Nachrichten von Fremden können sehr beunruhigend sein. Das können Sie tun: blockieren und melden, die Anzeichen von Cybergrooming kennen, wissen, wann Sie zur Polizei gehen sollten, und mit Ihrem Kind darüber sprechen.
parents-contact-where = Wo passiert es?
parents-contact-block =
    <b>Blockieren und melden</b>
    Kopieren Sie zuerst den Link und den Benutzernamen des Kontos und notieren Sie das Datum. Melden Sie dann das Konto und blockieren Sie es. Antworten Sie nicht und behalten Sie die Nachrichten: Löschen Sie sie nicht. Aber machen Sie nie einen Screenshot von einem sexuellen Bild und leiten Sie es nie weiter.
    { $routes }
parents-contact-signs =
    <b>Woran Sie Cybergrooming erkennen</b>
    Beim Grooming baut jemand Vertrauen zu einem Kind auf, um es sexuell zu missbrauchen. Oft beginnt es freundlich. Seien Sie wachsam, wenn jemand:
    • Ihrem Kind viel Aufmerksamkeit schenkt, ihm Komplimente oder Geschenke macht
    • Ihr Kind bittet, etwas geheim zu halten
    • in eine private App oder zu einem Videoanruf wechseln will
    • persönliche Fragen stellt oder um Fotos bittet
    • über Sex spricht oder sexuelle Inhalte schickt
parents-contact-police =
    <b>Wann Sie zur Polizei gehen sollten</b>
    Gehen Sie zur Polizei, wenn ein Erwachsener Ihr Kind um sexuelle Bilder oder sexuelle Gespräche bittet, ihm sexuelle Inhalte schickt, es bedroht oder es treffen will. In den meisten Ländern ist Cybergrooming eine Straftat.
    { $routes }
parents-contact-threats =
    <b>Wenn jemand droht, Bilder Ihres Kindes zu verbreiten</b>
    Zahlen Sie nicht und schicken Sie nichts mehr. Antworten Sie nicht mehr, aber löschen Sie nichts. Melden Sie es sofort bei der Polizei und bei der Plattform. Ihr Kind hat nichts falsch gemacht und wird nicht bestraft: Es ist das Opfer.
parents-contact-talk =
    <b>Mit Ihrem Kind sprechen</b>
    • Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat.
    • Machen Sie klar, dass es nicht seine Schuld ist, auch wenn es eine Regel gebrochen oder etwas verschickt hat.
    • Nehmen Sie ihm nicht zur Strafe das Handy weg. Kinder, die das befürchten, erzählen nichts mehr.
    • Fragen Sie, was passiert ist und wie es sich fühlt, und entscheiden Sie gemeinsam, wie es weitergeht.
parents-contact-next-ask = Sie können das Konto auch bei { $charity } melden. Wir bündeln Meldungen, um mehr Druck auf die Plattformen zu machen.
parents-contact-report = Das Konto melden
parents-contact-done = Jetzt nicht
parents-contact-end =
    <b>Wie es weitergeht</b>
    • Gehen Sie gemeinsam mit Ihrem Kind im Elternmenü „Die Konten meines Kindes sicherer machen“ durch.
    • Sprechen Sie in den nächsten Tagen noch einmal mit Ihrem Kind.
    • Wenn Sie mit jemandem darüber reden möchten, wählen Sie im Elternmenü „Ich brauche jemanden zum Reden“.

## Die Konten meines Kindes sicherer machen: eine Checkliste pro App (parents.yaml: safer_*)

parents-safer-intro =
    Mit ein paar Einstellungen wird es für Fremde viel schwerer, Ihr Kind zu sehen, seine Inhalte zu kopieren oder es zu kontaktieren. Setzen Sie sich mit Ihrem Kind zusammen und gehen Sie sie gemeinsam durch.
    Apps benennen ihre Einstellungen um und verschieben sie. Wenn Sie eine nicht finden, suchen Sie nach etwas Ähnlichem.
parents-safer-ask = Welche App nutzt Ihr Kind?
parents-safer-pick-other = Eine andere App
parents-safer-more-ask = Möchten Sie die Checkliste für eine weitere App?
parents-safer-another = Ja, eine weitere App
parents-safer-done = Nein, das ist alles
parents-safer-end =
    <b>Dranbleiben</b>
    • Prüfen Sie die Einstellungen ab und zu und nach großen App-Updates noch einmal: Sie können sich ändern.
    • Schauen Sie sich von Zeit zu Zeit gemeinsam die Follower und Freunde Ihres Kindes an.
    • Sorgen Sie dafür, dass Ihr Kind weiß: Es kann immer zu Ihnen kommen, egal was passiert ist.

# Checklisten: Namen der Einstellungen so, wie die Apps sie auf Deutsch zeigen, wo sie bekannt sind;
# sonst die englische Bezeichnung in Anführungszeichen mit kurzer Erklärung.
parents-safer-instagram =
    <b>Instagram</b>
    • <b>Privates Konto</b>: an, damit nur Follower, die Ihr Kind bestätigt hat, seine Beiträge sehen. Teen-Konten sind von Anfang an privat, und wer unter 16 ist, braucht die Erlaubnis eines Elternteils, um die Einstellungen zu lockern.
    • <b>Nachrichten</b>: nur von Personen, denen Ihr Kind folgt.
    • <b>Verborgene Wörter</b>: Schalten Sie die Filter für Kommentare und Nachrichtenanfragen ein und fügen Sie Wörter hinzu, die Sie nicht sehen möchten.
    • <b>Follower</b>: Entfernen Sie alle, die Ihr Kind nicht aus dem echten Leben kennt.
    • <b>Teilen und Remixe</b>: Schalten Sie die Weiterverwendung seiner Reels, Videos und Fotos aus.
    • <b>Standort</b>: Fügen Sie Beiträgen keinen Ort hinzu.
    • <b>Elterliche Aufsicht</b>: Im „Family Center“ (Familienbereich) von Meta sehen Sie, wer Ihrem Kind folgt, und können Zeitlimits festlegen. Sie müssen beide zustimmen.
parents-safer-tiktok =
    <b>TikTok</b>
    • <b>Privates Konto</b>: an. Konten von 13- bis 15-Jährigen sind von Anfang an privat.
    • <b>Kommentare</b>: Freunde oder Niemand. Schalten Sie die Kommentarfilter ein und fügen Sie Wörter hinzu, die Sie nicht sehen möchten.
    • <b>Direktnachrichten</b>: Freunde oder Niemand. Wer unter 16 ist, kann Nachrichten gar nicht nutzen.
    • <b>Duett, Stitch und Downloads</b>: aus, damit andere die Videos Ihres Kindes nicht weiterverwenden oder speichern können.
    • <b>Dein Konto anderen vorschlagen</b>: aus.
    • <b>Follower</b>: Entfernen Sie alle, die Ihr Kind nicht kennt.
    • <b>Begleiteter Modus</b>: Verbinden Sie Ihr eigenes TikTok-Konto mit dem Ihres Kindes, um diese Einstellungen und die Bildschirmzeit zu verwalten.
parents-safer-youtube =
    <b>YouTube</b>
    • <b>Unter 13 Jahren</b>: Nutzen Sie ein betreutes Konto, das mit Ihrem Google-Konto verknüpft ist. Sie können es in YouTube oder in der App Family Link einrichten. YouTube Kids ist eine eigene App für jüngere Kinder.
    • <b>13 bis 17 Jahre</b>: Verknüpfen Sie Ihre Konten über das „Family Center“ (Familienbereich) in den YouTube-Einstellungen. Sie müssen beide zustimmen, und jeder von Ihnen kann es wieder ausschalten.
    • <b>Uploads</b>: Stellen Sie Videos auf „Privat“. Private Videos können keine Kommentare bekommen. Uploads von 13- bis 17-Jährigen sind von Anfang an privat.
    • <b>Kommentare</b>: Halten Sie in YouTube Studio Kommentare zur Überprüfung zurück oder schalten Sie sie aus, und fügen Sie blockierte Wörter hinzu.
    • <b>Nutzer ausblenden</b>: Blenden Sie Personen aus, die unangenehme Kommentare schreiben, und melden Sie sie.
parents-safer-snapchat =
    <b>Snapchat</b>
    • <b>Wer Ihr Kind kontaktieren darf</b>: nur Freunde. Die Einstellung heißt vielleicht „Contact Me“ (Mich kontaktieren).
    • <b>Freunde</b>: Entfernen Sie alle, die Ihr Kind nicht aus dem echten Leben kennt.
    • <b>Snap Map</b>: Schalten Sie den Geistmodus ein, damit niemand sehen kann, wo Ihr Kind ist.
    • <b>Storys</b>: nur Freunde.
    • <b>Family Center</b>: Sehen Sie, mit wem Ihr Kind befreundet ist und mit wem es zuletzt gechattet hat, ohne die Nachrichten zu lesen. Sie können dort auch Konten melden.
parents-safer-facebook =
    <b>Facebook</b>
    • <b>Privatsphäre-Check</b>: Gehen Sie ihn gemeinsam durch. Stellen Sie ein, dass nur Freunde künftige Beiträge sehen.
    • <b>Profil</b>: Blenden Sie Telefonnummer, E-Mail-Adresse und Geburtstag aus, oder zeigen Sie sie nur Freunden.
    • <b>Freundschaftsanfragen</b>: nur von Freunden von Freunden.
    • <b>Freunde</b>: Entfernen Sie Personen, die Ihr Kind nicht aus dem echten Leben kennt.
    • <b>Markierungen</b>: Schalten Sie die Markierungsprüfung ein. Dann muss Ihr Kind Fotos, auf denen es markiert ist, erst freigeben.
    • <b>Elterliche Aufsicht</b>: Das „Family Center“ (Familienbereich) von Meta zeigt Ihnen die Freunde Ihres Kindes und wer ihm Nachrichten schicken kann.
parents-safer-roblox =
    <b>Roblox</b>
    • <b>Elternkonto</b>: Erstellen Sie ein eigenes Konto und verknüpfen Sie es in der Kindersicherung mit dem Konto Ihres Kindes. Dann können Sie seine Einstellungen von Ihrem eigenen Konto aus verwalten.
    • <b>Chat und Nachrichten</b>: nur Freunde oder niemand.
    • <b>Freunde</b>: Gehen Sie die Liste gemeinsam durch und entfernen Sie alle, die Ihr Kind nicht aus dem echten Leben kennt. In der App heißen sie vielleicht „Verbindungen“.
    • <b>Inhalte</b>: Legen Sie fest, für welche Reifestufe die Spiele sein dürfen, an denen Ihr Kind teilnimmt. Sie können auch Spiele und Personen blockieren.
parents-safer-discord =
    <b>Discord</b>
    • <b>Direktnachrichten</b>: Schalten Sie Nachrichten von Servermitgliedern aus, damit Fremde auf demselben Server Ihrem Kind nicht schreiben können.
    • <b>Freundschaftsanfragen</b>: nicht von „Jeder“. Höchstens von Freunden von Freunden.
    • <b>Bildfilter</b>: Schalten Sie den Filter für explizite Bilder in Nachrichten ein. Er heißt vielleicht „Safe Direct Messaging“ (sichere Direktnachrichten) oder „sensible Medien“.
    • <b>Server</b>: Gehen Sie sie gemeinsam durch und verlassen Sie alle, die Ihr Kind nicht erklären kann.
    • <b>Family Center</b>: Verknüpfen Sie Ihre Konten mit einem QR-Code. Dann sehen Sie, wen Ihr Kind hinzufügt, mit wem es schreibt und welchen Servern es beitritt, ohne die Nachrichten zu lesen.
parents-safer-other =
    <b>Jede andere App</b>
    • Stellen Sie das Konto auf privat.
    • Erlauben Sie Nachrichten und Kommentare nur von Freunden, oder schalten Sie sie aus.
    • Entfernen Sie Follower und Freunde, die Ihr Kind nicht aus dem echten Leben kennt.
    • Schalten Sie die Standortfreigabe aus und markieren Sie keine Orte in Beiträgen.
    • Schalten Sie Downloads und die Weiterverwendung der Beiträge Ihres Kindes aus, falls die App das anbietet.
    • Suchen Sie in den Einstellungen nach einer Funktion zur Aufsicht durch Eltern oder Familie.

## Ich verwalte das öffentliche Konto meines Kindes (parents.yaml: public_*)

parents-public-risks =
    <b>Was wir beobachten</b>
    Manche Menschen sammeln ganz normale Fotos von Kindern aus öffentlichen Konten: im Schwimmbad, beim Tanzen, beim Turnen, in Schuluniform. Sie speichern sie, posten sie erneut, schreiben sexuelle Kommentare dazu und geben sie an andere weiter.
    Wenn das Ihrem Kind passiert ist, ist es nicht Ihre Schuld, und Sie können viel tun.
parents-public-stop =
    <b>Was Sie nicht mehr posten sollten</b>
    • Ihr Kind in Badekleidung oder Unterwäsche, beim Baden oder in Tanz- oder Turnposen
    • Alles, was zeigt, wo es wohnt, zur Schule geht oder spielt: Schuluniformen, Logos, Hausnummern, Straßenschilder, markierte Orte
    • Seinen vollen Namen, sein Alter, seinen Geburtstag oder seinen Tagesablauf
parents-public-check =
    <b>Prüfen Sie Ihre Follower</b>
    Gehen Sie die Liste Ihrer Follower durch. Entfernen und blockieren Sie Konten, die Sie nicht kennen. Seien Sie vorsichtig bei Konten ohne eigene Beiträge oder Konten, die vor allem Kindern folgen.
    Lesen Sie auch ältere Kommentare: Löschen und melden Sie alle, die sexuell oder seltsam sind, und schalten Sie die Kommentarfilter ein.
parents-public-private =
    <b>Stellen Sie das Konto auf privat</b>
    Bei einem privaten Konto entscheiden Sie, wer Ihr Kind sieht. Teilen Sie Fotos mit Menschen, die Sie kennen, wie bei einem Familienfotoalbum.
    Wenn Sie ein öffentliches Konto behalten, schalten Sie Downloads und die Weiterverwendung Ihrer Beiträge aus, und überlegen Sie bei jedem Foto Ihres Kindes zweimal.
parents-public-when =
    <b>Wann Sie aufhören sollten</b>
    Überlegen Sie, das Konto auf privat zu stellen oder aufzuhören, wenn:
    • Sie Fotos Ihres Kindes auf Konten finden, die Sie nicht kennen
    • Kommentare sexuell werden oder nach mehr Fotos fragen
    • Fremde Ihrem Kind schreiben oder fragen, wo es ist
    • Ihr Kind nicht mehr in Ihren Beiträgen zu sehen sein möchte
    Aufhören ist kein Scheitern. Es schützt Ihr Kind.
parents-public-more-ask = Möchten Sie wissen, wie Sie Ihre Follower prüfen, das Konto auf privat stellen und wann Sie aufhören sollten?
parents-public-go-on = Ja, zeigen Sie es mir
parents-public-next-ask = Was möchten Sie als Nächstes tun?
parents-public-done = Jetzt nicht
parents-public-end = Danke, dass Sie auf Ihr Kind achten. Wenn Sie seine Fotos irgendwo finden, wo sie nicht hingehören, kommen Sie jederzeit hierher zurück: Wählen Sie im Elternmenü „Fotos meines Kindes wurden gestohlen“.

## Ich brauche jemanden zum Reden (parents.yaml: talk)

parents-talk =
    <b>Sie müssen damit nicht allein fertigwerden.</b> Diese Stellen hören Ihnen zu und helfen Ihnen herauszufinden, was Sie tun können. Manche sind für Kinder und Jugendliche: Diese können Sie an Ihr Kind weitergeben.
    { $routes }
parents-talk-end = Wenn ein Kind gerade in Gefahr ist, rufen Sie die Notrufnummer Ihres Landes an. Sie können jederzeit hierher zurückkommen.
