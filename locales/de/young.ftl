## „Es passiert mir": der Weg für junge Menschen (flows/young.yaml), was eine Meldestelle wissen
## möchte (flows/report.yaml: wann, Alter, ob Sie das Kind kennen, Risiken) und der Notfallweg.

menu-young = Es passiert mir (ich bin unter 18)
menu-text-hint = Danke, dass du schreibst. Ich kann nur die Knöpfe lesen. Wenn dich jemand um Fotos bittet, dich bedroht oder dir Angst macht, tippe auf den ersten Knopf: Du hast nichts falsch gemacht.

young-safe-ask = Zuerst: Bist du gerade in Sicherheit?
young-safe-yes = Ja, ich bin gerade sicher
young-safe-no = Nein, ich bin in Gefahr
young-emergency =
    <b>Ruf bitte jetzt diese Nummer an.</b> Sag, dass du in Gefahr bist und wo du bist.
    { $routes }
    Wenn du in Sicherheit bist, helfe ich dir mit dem Rest.
young-country-ask = In welchem Land bist du? Wähle es unten aus oder schreib den Namen, dann zeige ich dir, wer dir dort helfen kann.
young-country-ask-guessed = Dein Land: { $country }. Stimmt das? Tippe es unten an, oder wähle oder schreib ein anderes Land, dann zeige ich dir, wer dir dort helfen kann.
young-not-your-fault =
    <b>Das ist nicht deine Schuld, und du bekommst keinen Ärger.</b>
    Wer so etwas tut, macht sich strafbar, nicht du. Das passiert vielen jungen Menschen, und es gibt Leute, deren Aufgabe es ist, dir zu helfen.
young-what-ask = Was passiert gerade? Wähle, was am ehesten passt.
young-what-asked = Jemand will Fotos oder Videos von mir
young-what-threats = Jemand droht, Fotos von mir zu verbreiten, oder will Geld
young-what-shared = Fotos oder Videos von mir wurden verbreitet
young-what-groomed = Ein Erwachsener im Internet ist mir unheimlich oder will mich treffen
young-stop =
    <b>Was du jetzt tun kannst:</b>
    • Schick nichts mehr, egal was die Person sagt.
    • Antworte nicht mehr. Du schuldest ihr keine Antwort.
    • Schreib dir den Benutzernamen auf und blockiere die Person dann.
    • Lösch weder dein Konto noch den Chat: Das kann der Polizei helfen, die Person zu stoppen.
young-stop-images =
    <b>Was du jetzt tun kannst:</b>
    • Zahl nichts und schick nichts mehr. Zahlen beendet die Erpressung fast nie.
    • Antworte nicht mehr. Du schuldest ihr keine Antwort.
    • Schreib dir den Benutzernamen auf und blockiere die Person dann.
    • Lösch weder dein Konto noch den Chat: Das kann der Polizei helfen, die Person zu stoppen.
    Du musst die Bilder niemandem zeigen oder schicken, auch nicht, um sie zu melden.
young-images-ask = Hat diese Person Fotos oder Videos von dir?
young-images-yes = Ja
young-images-unsure = Ich weiß nicht
young-images-no = Nein
young-takedown =
    <b>Bilder können entfernt werden.</b> Nackt- oder Sexbilder von dir aus der Zeit, als du unter 18 warst, können in vielen Apps gesperrt werden, ohne dass jemand sie sieht und ohne dass du sie irgendwohin schickst:
    { $routes }
    Die App, in der sie verbreitet wurden, kann sie auch löschen: Ich zeige dir gleich, wie.
young-talk =
    <b>Sprich jetzt mit jemandem.</b> Damit musst du nicht allein klarkommen. Diese Menschen hören dir kostenlos zu, und du erzählst nur so viel, wie du willst:
    { $routes }
    Du kannst dich auch einem Erwachsenen anvertrauen: deinen Eltern, jemandem aus der Familie, einer Lehrerin oder einem Lehrer oder der Schulsozialarbeit.
young-report-ask = Möchtest du das Konto melden, das dir das angetan hat? Das hilft, dass es niemand anderem passiert. Du musst nicht sagen, wer du bist, und niemand wird dich kontaktieren.
young-report-yes = Ja, Konto melden
young-report-no = Jetzt nicht
young-platform-ask = In welcher App oder auf welcher Website ist diese Person?
young-account-ask =
    Schick mir den Benutzernamen oder den Link zum Profil auf { $platform }, wenn du kannst.
    Zum Beispiel: { $example }
young-account-ask-other = Schick mir den Link zum Profil, der mit https:// anfängt (er steht in der Adresszeile des Browsers).
young-platform-routes =
    <b>Du kannst die Person auch bei { $platform } melden.</b> Apps handeln schneller, wenn Meldungen kommen, und das ist anonym: Sie erfahren nicht, dass du es warst.
    { $routes }
young-details-ask = Möchtest du uns noch etwas sagen? Zum Beispiel, was die Person geschrieben oder verlangt hat. Bitte beschreib die Bilder nicht. Du kannst das überspringen.
young-seen-ask = Wann ist es zuletzt passiert?
young-age-ask = Wie alt bist du? Das hilft der Meldestelle. Du kannst es überspringen.
young-risks-ask = Ist etwas davon passiert? Tippe alles an, was passt, dann auf „Das war's".
young-review =
    <b>Das schicken wir weiter</b>
    App oder Website: { $platform }
    Konto: { $accounts }
    Was du uns erzählt hast: { $details }
    Wann: { $seen }
    Dein Alter: { $age }
    Was passiert ist: { $risks }
young-cancelled = In Ordnung, es wurde nichts geschickt. Du kannst jederzeit wiederkommen. Wenn du mit jemandem reden willst: Die Beratungsstellen oben sind für dich da.
young-submitted =
    <b>Danke. Das war mutig.</b>
    Deine Vorgangsnummer ist <b>{ $reference }</b>.
young-done =
    Wir geben Meldungen wie deine an die Stellen weiter, die handeln können. Wir können nicht sofort eingreifen: <b>Wenn du in Gefahr bist, ruf den Notruf an.</b>
    Niemand von uns wird dich kontaktieren. Wenn du reden willst, sind die Beratungsstellen oben für dich da, und du kannst jederzeit hierher zurückkommen.
young-end = Es war richtig, dass du dir Hilfe holst. Komm jederzeit wieder, und denk daran: Es ist nicht deine Schuld.

## Was eine Meldestelle wissen möchte (der Meldeweg)
facts-seen-ask = Wann haben Sie es gesehen (oder wann ist es zuletzt passiert)?
facts-seen-date-ask = An welchem Datum? Zum Beispiel 3. März.
facts-age-ask = Wie alt wirkt das Kind? Eine Schätzung genügt. Sie können das überspringen.
facts-knows-ask = Kennen Sie das Kind (Familie, Schule, Nachbarschaft)?
facts-risks-ask = Haben Sie etwas davon gesehen? Tippen Sie alles an, was zutrifft, dann auf „Das war's".
facts-risk-noted = Notiert: { $risks }.
facts-risks-done = Das war's
seen-today = Heute
seen-week = Diese Woche
seen-earlier = Früher
seen-date = An einem Datum
age-under_10 = Unter 10
age-10_12 = 10 bis 12
age-13_15 = 13 bis 15
age-16_17 = 16 oder 17
age-unsure = Weiß nicht
risk-meeting = Ein Treffen ist geplant
risk-threats = Drohungen oder Erpressung
risk-money = Es wurde Geld verlangt
risk-identifiable = Das Kind ist erkennbar (Name, Schule, Ort)

## Sichere, passende Wege
route-kind-emergency-other = Oder rufen Sie an
danger-hotline =
    <b>Sagen Sie es danach so bald wie möglich auch hier:</b>
    { $routes }
danger-end-now =
    <b>Wenn das Kind noch in Gefahr ist, rufen Sie jetzt den Notruf an.</b> { $charity } kann nicht sofort eingreifen.
    Wenn das Kind in Sicherheit ist, können Sie zurückkommen und das beteiligte Konto melden.
report-done-danger =
    <b>Wenn ein Kind gerade in Gefahr ist, rufen Sie sofort den Notruf an.</b> { $charity } kann nicht sofort eingreifen: Wir prüfen Meldungen später.
    Ehrenamtliche von { $charity } prüfen jede Meldung, und Meldungen zum selben Konto werden zu einem Fall zusammengeführt.
report-trading-warning = <b>Öffnen Sie keine Gruppen oder Links, die diese Konten teilen, treten Sie nicht bei und laden Sie nichts herunter</b>, auch nicht zur Kontrolle. Schicken Sie uns nur die Links zu den Konten.

## The follow-up a young person may choose (flows/young.yaml follow_up; docs/follow-up.md)
young-followup-ask =
    Soll ich später hier nachfragen, ob dieses Konto weg ist?
    Das ist eine einzige automatische Nachricht von diesem Bot, mit höchstens einer Erinnerung. Kein Mensch schreibt dir, und niemand erfährt, wer du bist. Wenn jemand anderes diesen Chat lesen könnte, wähle „Nein, danke“. Du kannst es jederzeit mit /stopcontact beenden.
young-followup-yes = Ja, frag später nach
young-followup-no = Nein, danke
young-done-followup =
    Wir geben Meldungen wie deine an die Stellen weiter, die handeln können. Wir können nicht sofort eingreifen: <b>Wenn du in Gefahr bist, ruf den Notruf an.</b>
    Kein Mensch von uns wird dich kontaktieren. Dieser Bot fragt einmal wegen des Kontos nach, wie du es wolltest; /stopcontact beendet das. Wenn du reden willst, sind die Beratungsstellen oben für dich da, und du kannst jederzeit hierher zurückkommen.
