# Sicherheitsverzeichnis: Meldeschritte in den Apps, Bezeichnungen und Hinweise zu den Meldewegen, Fehler beim Erkennen von Konten.
# Schritte und Hinweise stammen aus /shared/directory/reference.yaml und NOTES.md („Hotline rules“).
# Kurze Sätze: Oft liest ein besorgter Elternteil auf dem Handy.

## Bezeichnungen der Meldewege (eine pro Art)

route-kind-emergency = Notrufnummer
route-kind-platform_form = Bei der Plattform melden
route-kind-platform_in_app = In der App melden
route-kind-hotline = Bei der Meldestelle melden
route-kind-police = Bei der Polizei melden
route-kind-take_it_down = Bilder entfernen lassen
route-kind-report_remove = Bilder entfernen lassen (für junge Menschen)
route-kind-helpline = Mit jemandem sprechen
route-kind-international = Hilfe in Ihrem Land finden
## Allgemeine Namen von Diensten (Eigennamen wie „Kids Helpline“ werden nicht übersetzt)

service-emergency = Notruf
service-eu-emergency = Europäische Notrufnummer
service-police = Polizei
service-police-gendarmerie = Polizei und Gendarmerie
service-fire-ambulance-eu = Feuerwehr und Rettungsdienst (europäische Notrufnummer)
service-local-emergency = Die Notrufnummer Ihres Landes
service-local-police = Die Polizei vor Ort
service-inhope-map = INHOPE: die Meldestelle in Ihrem Land finden
service-fbi-tips = FBI: Hinweise melden
service-police-non-emergency = Polizei (kein Notfall)
service-policia-es-mailbox = Policía Nacional (Spanien): E-Mail-Adresse für Hinweise auf Darstellungen sexuellen Kindesmissbrauchs
service-medical-emergency = Medizinischer Notfall (Rettungsdienst)
service-fire = Feuerwehr
service-emergency-sms-deaf = Notruf für gehörlose und schwerhörige Menschen (Text, Video)
service-child-helpline = Kinder- und Jugendtelefon
service-missing-child = Polizei: vermisstes oder entführtes Kind

route-unconfirmed = (noch nicht bestätigt: Prüfen Sie diesen Link, bevor Sie sich darauf verlassen)
route-unconfirmed-number = (noch nicht bestätigt: Prüfen Sie diese Nummer, bevor Sie sich darauf verlassen)

## Regeln der einzelnen Meldewege, nach den Seiten der Dienste selbst

route-note-emergency = Rufen Sie zuerst diese Nummer an, wenn ein Kind gerade in Gefahr ist.
route-note-emergency-local = Rufen Sie zuerst die Notrufnummer Ihres Landes an, wenn ein Kind gerade in Gefahr ist.
route-note-local-police = Sie können es auch bei der Polizei vor Ort melden.
route-note-ncmec = Die CyberTipline nimmt Meldungen aus allen Ländern an. Sie können melden, ohne Ihren Namen anzugeben.
route-note-iwf = Die IWF braucht die Webadresse (URL) der Bilder oder Videos. Die IWF bearbeitet nur Bilder und Videos von sexuellem Kindesmissbrauch. Sie können melden, ohne Ihren Namen anzugeben.
route-note-ceop = CEOP ist zuständig für Cybergrooming und sexuellen Missbrauch von Kindern. Meldungen ohne Namen nimmt CEOP nicht an. CEOP ist nicht zuständig für Mobbing, Fake-Konten oder Hacking. Im Notfall rufen Sie 999 an.
route-note-esafety = Darstellungen sexueller Ausbeutung von Kindern, auch Inhalte, die ein Kind sexualisieren, können Sie sofort bei eSafety melden, ohne sie zuerst der Plattform zu melden, und ohne Ihren Namen anzugeben. Bei Mobbing gegen ein Kind melden Sie es zuerst der Plattform: Wird es nicht binnen 48 Stunden entfernt, beschweren Sie sich bei eSafety.
route-note-accce = Das ACCCE ist nur für Menschen in Australien zuständig.
route-note-vgt = Für Menschen außerhalb Australiens, die etwas bei der Polizei melden möchten.
route-note-cybertip-ca = Cybertip.ca nimmt keine Meldungen per E-Mail an. Nutzen Sie das Webformular oder rufen Sie 1-866-658-9022 an.
route-note-pharos = PHAROS ist nur für öffentliche Inhalte zuständig. Es ist nicht für Notfälle gedacht (rufen Sie 17 oder 112 an) und nicht für private Streitigkeiten.
route-note-childhelp = Childhelp ist ein Beratungstelefon und nimmt keine Meldungen an.
route-note-take-it-down = Take It Down ist für Nacktbilder oder sexuelle Bilder, die aufgenommen wurden, als die Person unter 18 war. Die Bilder verlassen nie Ihr Gerät. Für Erwachsene bietet StopNCII.org dasselbe an.
route-note-report-remove = Für junge Menschen unter 18 im Vereinigten Königreich, die ein Nacktbild oder -video von sich entfernen lassen möchten. Childline unterstützt sie dabei.
route-note-needhelpnow = Schritt-für-Schritt-Hilfe für junge Menschen, die Bilder von sich entfernen lassen möchten.
route-note-report-harmful-content = Hilft, wenn schädliche Inhalte online bleiben, obwohl Sie sie bei der Plattform gemeldet haben.
route-note-inhope = Auf dieser Karte finden Sie die Meldestelle in Ihrem Land.
route-note-child-helpline-international = Ein Kinder- und Jugendtelefon in Ihrem Land finden Sie in der Mitgliederliste von Child Helpline International.
route-note-for-young-people = Dieses Angebot ist für Kinder und Jugendliche.
route-note-crisis-line = Für alle Menschen in einer seelischen Krise.
route-note-3018 = Für junge Menschen, die online Gewalt erleben, etwa Sextortion (Erpressung mit Nacktbildern) oder verbreitete Nacktbilder. Die 3018 kann helfen, Inhalte entfernen zu lassen.
route-note-policia-es = Senden Sie die Webadresse (URL), das Profil und die Uhrzeit, zu der Sie es gesehen haben. Hängen Sie keine Bilder an.
route-note-childline-in = Die 1098 wird inzwischen vom Staat betrieben und mit der Notrufnummer 112 zusammengelegt. Beide funktionieren weiterhin.
route-note-dswd-sms = Senden Sie eine SMS mit dem Wort blockchildporn und der Webadresse an diese Nummer. Diese Nummer stammt aus einer Liste von 2020.
route-note-stale-number = Diese Nummer stammt aus einer älteren Quelle. Möglicherweise hat sie sich geändert.
route-note-stale-link = Diese Seite stammt aus einer älteren Quelle. Falls sie verschoben wurde, nutzen Sie die Melden-Funktion in der App.
route-note-stopncii = Für Erwachsene (ab 18), deren intime Bilder verbreitet werden oder mit denen sie bedroht werden. Für Bilder aus der Zeit vor dem 18. Geburtstag gibt es Take It Down.
route-note-incibe-hotline = Für Darstellungen sexuellen Kindesmissbrauchs im Internet. Meldungen gehen an die Polizei und an INHOPE, sind aber keine Strafanzeige.
route-note-incibe-017 = Täglich von 8 bis 23 Uhr, kostenlos und vertraulich. Auch über WhatsApp (+34 900 116 117) und Telegram (@INCIBE017).
route-note-cybercrime-1930 = Die 1930 ist vor allem für Online-Betrug gedacht. Bei Missbrauch eines Kindes nutzen Sie das Portal oder rufen Sie die 112 an.
route-note-tiktok-webform = Das Formular von TikTok ist für Fälle gedacht, in denen Sie selbst oder Ihr Kind zu sehen sind. Geht es um ein anderes Kind, nutzen Sie die Melden-Funktion in der App.
route-note-tumblr-minors = Das Formular von Tumblr für den Missbrauch Minderjähriger. Sie können auch an abuse@tumblr.com schreiben.
route-note-telegram-search = Für illegale Inhalte, die in der Telegram-Suche auftauchen, nennt Telegram den Bot @SearchReport. Nutzen Sie zuerst die Melden-Funktion in der App.
route-note-not-emergency = Kostenlos und vertraulich, wenn die Rechte eines Kindes verletzt werden. Keine Notrufnummer: Im Notfall rufen Sie den Notruf an.
route-note-2511 = Kostenlos und vertraulich, täglich von 8:30 bis 18 Uhr. Die Nummer erscheint nicht auf der Telefonrechnung. Online können Sie jederzeit über 2511.ma melden.
route-note-tn-child-lines = Die 1809 ist außerhalb der Bürozeiten erreichbar. Während der Bürozeiten rufen Sie die kostenlose 192 an.
route-note-sos-crianca = Kostenlos und vertraulich, montags bis freitags von 9 bis 19 Uhr, für Kinder und für Erwachsene, die sich um ein Kind sorgen.
route-note-116-cm = Die 116 funktioniert derzeit nur im Camtel-Netz. Aus einem anderen Netz rufen Sie die Polizei unter 117 an.
route-note-helpline-br = Kostenlose, anonyme Beratung zu Gewalt im Netz, per Chat und E-Mail, durch Fachleute. Im Notfall rufen Sie die 190 an.
route-note-linea-azul = Für Meldungen von Gewalt gegen Kinder. Montags bis freitags 8 bis 20 Uhr, am Wochenende 9 bis 19 Uhr. Im Notfall rufen Sie die 911 an.
route-note-meta-in-app = Meta hat dafür kein Webformular. Nutzen Sie die Melden-Funktion in der App. Meldungen sind vertraulich.
route-note-snapchat-safety-concern = Wählen Sie im Formular „I have a safety concern“ (Ich habe ein Sicherheitsproblem). Sie brauchen kein Snapchat-Konto.
route-note-discord-message-link = Kopieren Sie zuerst den Link zur Nachricht: Das Formular braucht ihn.
route-note-telegram-faq = In den FAQ von Telegram steht, wie Sie etwas melden und an welche Adresse Sie schreiben können.
route-note-reddit-permalink = Wählen Sie „I want to report minor abuse or sexualization“ (Missbrauch oder Sexualisierung Minderjähriger melden) und fügen Sie den Link zum Beitrag ein.

## Sicherheitshinweise

safety-do-not-save = Laden Sie sexuelle Bilder eines Kindes niemals herunter, machen Sie keine Screenshots davon, speichern Sie sie nicht und leiten Sie sie nicht weiter, auch nicht als Beweis. Das kann selbst eine Straftat sein. Notieren Sie stattdessen den Link, den Benutzernamen, das Datum und die Uhrzeit.
safety-report-both = Melden Sie es bei der Plattform und bei der Meldestelle. Nehmen Sie keinen Kontakt zu dem Konto auf. Blockieren Sie es erst, nachdem Sie seinen Link und Benutzernamen kopiert haben.
safety-sextortion = Wenn jemand droht, Bilder zu verbreiten: Zahlen Sie nicht, löschen Sie nichts, antworten Sie nicht mehr, bewahren Sie die Nachrichten auf und melden Sie es.

## Meldeschritte in den Apps

steps-instagram =
    1. Tippen Sie beim Beitrag, Kommentar, bei der Nachricht oder beim Profil auf die drei Punkte (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie die Option zu einem Kind oder zu Nacktheit oder sexuellen Handlungen mit Minderjährigen. Der genaue Wortlaut ändert sich je nach App-Version.
    4. Folgen Sie den Schritten. Ihre Meldung ist vertraulich.
steps-facebook =
    1. Tippen Sie beim Beitrag, Foto, Kommentar oder Profil auf die drei Punkte (...).
    2. Tippen Sie auf „Melden“ oder auf die Option, um Hilfe zu suchen oder etwas zu melden.
    3. Wählen Sie die Option zu einem Kind oder zur Ausbeutung von Kindern.
    4. Folgen Sie den Schritten.
steps-threads =
    1. Tippen Sie beim Beitrag, bei der Antwort oder beim Profil auf die drei Punkte (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie den Grund.
    Threads-Konten sind mit Instagram-Konten verknüpft.
steps-whatsapp =
    1. Öffnen Sie den Chat.
    2. Tippen Sie auf den Namen des Kontakts oder der Gruppe.
    3. Tippen Sie auf „Melden“ (Sie können melden und blockieren).
    WhatsApp erhält die letzten fünf Nachrichten dieser Person oder Gruppe.
steps-tiktok =
    1. Halten Sie das Video gedrückt oder tippen Sie auf den Teilen-Pfeil.
    2. Tippen Sie auf Melden.
    3. Wählen Sie den Grund zu Gewalt, Missbrauch und krimineller Ausbeutung, dann den Grund zu Ausbeutung und Missbrauch von Personen unter 18 Jahren.
    4. Tippen Sie auf Senden.
    Bei einem Profil: Tippen Sie im Profil auf die drei Punkte (...) und dann auf Melden.
    Kommentieren Sie das Video nicht, laden Sie es nicht herunter und teilen Sie es nicht.
steps-x =
    1. Tippen Sie beim Post oder Profil auf die drei Punkte (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie die Option zu Kinderschutz oder zu sexueller Ausbeutung von Kindern.
    4. Folgen Sie den Schritten. Geben Sie den Benutzernamen und die Links zu den Posts an.
steps-youtube =
    1. Tippen Sie unter dem Video auf Mehr (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie den Grund zu Kindesmissbrauch oder zur Sexualisierung von Minderjährigen.
    Für mehrere Videos, Kommentare oder einen ganzen Kanal nutzen Sie das Meldetool auf der Kinderschutz-Seite von YouTube.
steps-snapchat =
    1. Halten Sie den Snap, die Story oder die Chatnachricht gedrückt. Bei einem Profil: Öffnen Sie es und tippen Sie auf (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie den Grund.
    Mit Ihrer Meldung wird eine Kopie des gemeldeten Inhalts gesendet. Meldungen sind vertraulich.
steps-discord =
    1. Kopieren Sie zuerst den Link zur Nachricht (das Webformular braucht ihn).
    2. Am Computer: Klicken Sie mit der rechten Maustaste auf die Nachricht, dann auf Apps und dann auf Nachricht melden. Am Handy: Halten Sie die Nachricht gedrückt und tippen Sie auf Melden.
    3. Sie können die Person auch über ihr Profil melden.
steps-reddit =
    1. Tippen Sie beim Beitrag, Kommentar oder bei der Chatnachricht auf die drei Punkte (...) oder auf die Flagge.
    2. Tippen Sie auf Melden.
    3. Wählen Sie „Minor abuse or sexualization“ (Missbrauch oder Sexualisierung Minderjähriger).
    Sie können auch das Webformular unter reddit.com/report nutzen und dort den Link zum Beitrag einfügen.
steps-telegram =
    1. Kopieren Sie zuerst den t.me-Link.
    2. Unter Android: Tippen Sie auf die Nachricht und dann auf Melden. Auf dem iPhone: Halten Sie die Nachricht gedrückt und tippen Sie dann auf Melden.
    3. Bei einem Kanal, einer Gruppe oder einer Person: Öffnen Sie das Profil, tippen Sie auf (...), dann auf Melden und dann auf „Kindesmissbrauch“.
steps-twitch =
    1. Klicken Sie im Kanal auf die drei Punkte neben Teilen oder Folgen.
    2. Klicken Sie auf „Melden“, wählen Sie den Grund und beschreiben Sie, was passiert ist (geben Sie an, wann im Stream es passiert ist).
    3. Klicken Sie auf Senden.
    Im Chat: Klicken Sie auf den Benutzernamen, dann auf (...) und dann auf Melden.
steps-roblox =
    1. Öffnen Sie im Erlebnis das Menü (drei Striche oder das Roblox-Logo).
    2. Klicken Sie auf die Flagge neben dem Spieler oder öffnen Sie den Tab Melden.
    3. Wählen Sie den Spieler und die Art des Missbrauchs, schreiben Sie eine kurze Beschreibung und klicken Sie dann auf Senden.
    Melden Sie die Chatnachricht selbst, nicht nur das Profil.
steps-pinterest =
    1. Klicken Sie oben am Pin auf die drei Punkte (...).
    2. Klicken Sie auf Melden.
    Auch Kommentare und Nachrichten können gemeldet werden. Meldungen sind anonym.
steps-tumblr =
    1. Tippen Sie beim Beitrag auf die drei Punkte (...).
    2. Tippen Sie auf Melden und wählen Sie die Kategorie.
    3. „Report something else“ (etwas anderes melden) öffnet das vollständige Formular. Senden Sie die Links zu den Beiträgen.
steps-bluesky =
    1. Tippen Sie beim Beitrag oder Profil auf die drei Punkte (...).
    2. Tippen Sie auf Melden.
    3. Wählen Sie die Option zum Kinderschutz und senden Sie die Meldung ab.
    Bluesky liest keine Nachrichten an sein Sicherheitskonto: Nutzen Sie die Melden-Funktion.
steps-kick =
    1. Klicken Sie im Web auf die drei Punkte unten rechts im Video (oder auf der Videoseite).
    2. Wählen Sie die Kategorie.
    Im Chat: Klicken Sie auf den Benutzernamen, dann auf das Warnsymbol (!), und beschreiben Sie, was passiert ist. Meldungen sind anonym.
steps-other =
    1. Suchen Sie nach einer Option „Melden“: meist hinter drei Punkten (...), einer Flagge oder im Profilmenü.
    2. Wählen Sie den Grund, der Missbrauch oder Ausbeutung von Kindern am nächsten kommt.
    3. Kopieren Sie den Link und den Benutzernamen, bevor Sie das Konto blockieren.
    Melden Sie es auch bei der Meldestelle unten.

## Fehler beim Erkennen von Konten

account-error-empty = Bitte senden Sie den Link zum Konto.
account-error-too_long = Diese Nachricht ist zu lang für einen Link. Bitte senden Sie nur den Link zum Konto.
account-error-not_a_link = Das konnte ich weder als Link noch als Benutzernamen lesen. Bitte senden Sie es so: { $example }
account-error-not_a_name = Darin sind keine Buchstaben oder Ziffern, also kann es weder ein Link noch ein Name sein. Bitte senden Sie den Link zum Konto oder den @Benutzernamen, zum Beispiel: { $example }
account-error-unknown_site = Dieser Link stammt nicht aus der App, die Sie gewählt haben. Bitte senden Sie einen Link wie diesen: { $example }
account-error-suspicious = Dieser Link sieht nach einer gefälschten oder getarnten Adresse aus. Deshalb habe ich ihn nicht geöffnet. Bitte kopieren Sie den Link direkt aus der App.
account-error-not_an_account = Dieser Link führt weder zu einem Konto noch zu einem Beitrag. Bitte öffnen Sie das Konto und kopieren Sie seinen Link, etwa so: { $example }

## Beispiele für einen Konto-Link, angezeigt, wenn das Gesendete nicht erkannt wird

example-instagram = https://www.instagram.com/username oder @username
example-tiktok = https://www.tiktok.com/@username oder @username
example-x = https://x.com/username oder @username
example-facebook = https://www.facebook.com/username, der Benutzername oder der Name, der im Profil steht
example-youtube = https://www.youtube.com/@channel oder ein Link zu einem Video
example-snapchat = https://www.snapchat.com/add/username oder den Benutzernamen
example-discord = @Benutzername oder https://discord.com/users/123456789012345678
example-telegram = https://t.me/username, @username oder der Name, der im Chat steht
example-reddit = https://www.reddit.com/user/username oder u/username
example-threads = https://www.threads.com/@username oder @username
example-whatsapp = https://wa.me/447700900123 oder die Telefonnummer mit Ländervorwahl, etwa +44 7700 900123
example-twitch = https://www.twitch.tv/username oder den Benutzernamen
example-roblox = @BuilderBro_99 (der Benutzername) oder https://www.roblox.com/users/123456/profile
example-pinterest = https://www.pinterest.com/username/ oder einen Link zu einem Pin
example-tumblr = https://www.tumblr.com/blogname oder https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social oder @name.bsky.social
example-kick = https://kick.com/username oder den Benutzernamen
example-other = den vollständigen Link, beginnend mit https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Als Verletzung der Privatsphäre melden
route-kind-platform_copyright = Wenn Sie das Foto gemacht haben: eine Urheberrechtsmeldung
route-note-privacy-under-13 = Für ein Kind unter 13: Eltern oder Vormund können die Plattform bitten, ein Foto oder ein Konto ihres Kindes zu entfernen.
route-note-copyright-owner = Nur wer das Foto gemacht hat, kann diese Meldung senden. Die Plattform kann dem gemeldeten Konto Ihren Namen und Ihre E-Mail-Adresse zeigen.
route-note-privacy-parent = Eltern oder Vormund können verlangen, dass ein Foto oder Video ihres Kindes entfernt wird. Das Kind muss darauf erkennbar sein.
route-note-x-private-media = Eltern oder Vormund können X bitten, ein Foto oder Video ihres Kindes zu entfernen, das ohne Zustimmung geteilt wurde. Melden Sie den Beitrag und wählen Sie die Option zu privaten Informationen.
route-note-copyright-owner-only = Nur wer das Foto gemacht hat, kann diese Meldung senden.
route-note-tiktok-copyright-in-app = Für dieses Formular haben wir keinen geprüften Link. Öffnen Sie in der TikTok-App das Video, tippen Sie auf Teilen, dann auf Melden, und wählen Sie die Option zum Urheberrecht. Nur wer das Foto oder Video gemacht hat, kann es melden, und TikTok kann dem Konto den Namen des Rechteinhabers nennen.
route-note-x-copyright-help = Für dieses Formular haben wir keinen geprüften Link. Wählen Sie im Hilfe-Center von X (help.x.com) Kontakt, dann die Hilfe zu geistigem Eigentum, und melden Sie eine mögliche Urheberrechtsverletzung. Nur wer das Foto gemacht hat, kann es melden, und X gibt Ihren Namen und Ihre Kontaktdaten an das Konto weiter.
