## Tipline: die Texte des Gesprächs, auf Deutsch.
## Platzhalter: { $charity } der Name der Organisation; { $platform }, { $country }, { $account }, { $example }
## beschreiben die laufende Meldung. Texte dürfen Telegram-HTML verwenden: <b>, <i>, <a href="...">.
## Übersetzung: Anrede mit „Sie“; „hotline“ = „Meldestelle“, „helpline“ = „Hilfsangebot“ / „Beratungsstelle“.

greeting =
    { $charity ->
        [Tipline] Hallo. Hier ist Tipline.
       *[other] Hallo. Hier ist Tipline, ein Angebot von { $charity }.
    }
    Wir helfen Ihnen, Konten zu melden, die Kinder im Internet ausbeuten: bei der Plattform, bei der zuständigen Meldestelle und bei uns.
    Wir sind nicht die Polizei. <b>Wenn ein Kind gerade in Gefahr ist, rufen Sie die Notrufnummer Ihres Landes an.</b>
help =
    Antworten Sie über die Buttons. Sie können auch Folgendes eingeben:
    /start: neu beginnen
    /cancel: die laufende Meldung abbrechen
    /language: eine andere Sprache wählen
    /mytips: Ihre Meldungen und was daraus geworden ist
    /stopcontact: Wir kontaktieren Sie nicht mehr zu Ihren Meldungen
    /forget: Wir vergessen Sie (nach einer Rückfrage)
    /help: diese Nachricht
    Bitte senden Sie hier niemals Fotos, Videos oder Dateien.

menu-ask = Was möchten Sie tun?
menu-report = Ein verdächtiges Konto melden
menu-parent = Ich bin Mutter oder Vater und brauche Rat
menu-danger = Ein Kind ist gerade in Gefahr
menu-about = Über uns und Datenschutz
menu-language = Sprache
language-name = Deutsch
language-ask = Welche Sprache möchten Sie? Sie können sie jederzeit mit /language ändern.
button-menu = Hauptmenü
button-yes = Ja
button-no = Nein
button-skip = Überspringen

about-privacy =
    <b>Über Tipline</b>
    { $charity ->
        [Tipline] Tipline ist ein Meldedienst zum Schutz von Kindern.
       *[other] Tipline wird von { $charity } betrieben.
    }
    Wir sammeln Meldungen über Konten, die Kinder ausbeuten, und drängen Plattformen und Aufsichtsbehörden zum Handeln. Wir sind nicht die Polizei.

    <b>Was wir speichern</b>
    Ihre Meldung: was Sie gesehen haben, die Plattform, die Links zu den Konten und was Sie uns mitteilen wollten. Wir speichern weder Ihren Namen noch Ihren Telegram-Benutzernamen oder Ihre Telefonnummer. Wir kennen Sie nur über einen Code, der aus Ihrem Chat gebildet wird. So erkennen wir, dass zwei Meldungen von derselben Person stammen, ohne zu wissen, wer Sie sind.
    Wenn Sie einer Kontaktaufnahme zustimmen, speichern wir nur eine verschlüsselte Möglichkeit, Ihnen hier in diesem Chat zu schreiben, und sonst nichts.

    <b>Wer Ihre Meldung sieht</b>
    Nur geschulte Ehrenamtliche von { $charity }. Die Ehrenamtlichen sehen nie, wer Sie sind.

    <b>Wie lange</b>
    Eine nicht abgeschlossene Meldung wird { $draft_hours } { $draft_hours ->
        [one] Stunde
       *[other] Stunden
    } nach Ihrer letzten Nachricht gelöscht; wenn Sie wiederkommen, sagen wir es Ihnen. Nach { $idle_days } { $idle_days ->
        [one] Tag
       *[other] Tagen
    } ohne Nachricht vergessen wir diesen Chat ganz, auch Ihre Sprache.
    Meldungen werden aufbewahrt, solange ihr Fall offen ist. { $retention_days } { $retention_days ->
        [one] Tag
       *[other] Tage
    } nachdem ein Fall geschlossen wurde, werden Ihre Texte, Ihre Antworten und der Weg, Sie zu erreichen, gelöscht; nur Zahlen und Kategorien bleiben, für die Statistik.
    Senden Sie jederzeit /forget, und wir vergessen Sie: diesen Chat, den Weg, Sie zu erreichen, und was Sie in Ihren Meldungen geschrieben haben.

## Fehler und Unterbrechungen
error-use-buttons = Bitte wählen Sie einen der Buttons unten.
error-empty = Diese Nachricht war leer. Bitte versuchen Sie es noch einmal.
error-too-long = Das ist zu lang ({ $length } Zeichen). Bitte schreiben Sie höchstens { $limit } Zeichen.
error-stale-button = Dieser Button gehört zu einer früheren Nachricht. Hier geht es weiter:
error-unknown-command = Den Befehl /{ $command } kenne ich nicht. Geben Sie /help ein, um zu sehen, was ich verstehe.
error-country-unknown = Ich konnte kein Land mit dem Namen „{ $text }“ finden. Bitte geben Sie den vollständigen Namen oder den Ländercode aus zwei Buchstaben ein (zum Beispiel DE, AT, CH).
error-nothing-to-cancel = Gerade läuft keine Meldung. Es gibt also nichts abzubrechen.
media-refused =
    Bitte senden Sie hier keine Fotos, Videos oder Dateien. Wir laden sie nie herunter und speichern sie nie. Diese Nachricht wurde gelöscht, wo das möglich war.
    <b>Wenn der Inhalt sexuelle Bilder eines Kindes zeigt: Speichern Sie ihn nicht, machen Sie keinen Screenshot davon und teilen Sie ihn mit niemandem, auch nicht, um ihn zu melden.</b> Das kann selbst eine Straftat sein. Notieren Sie stattdessen den Link und den Namen des Kontos und melden Sie es bei der Meldestelle. Dieser Bot zeigt Ihnen, wo.
cancel-confirm = Diese Meldung abbrechen? Keine Ihrer Antworten wird gespeichert.
cancel-done = Meldung abgebrochen. Es wurde nichts gespeichert.
cancel-kept = Gut, machen wir weiter.

## Akute Gefahr
danger-emergency =
    <b>Wenn ein Kind gerade in Gefahr ist, rufen Sie jetzt die Notrufnummer an.</b>
    { $routes }
    Sagen Sie, was passiert und wo, wenn Sie es wissen.
danger-next-ask = Wenn das Kind in Sicherheit ist, können Sie auch das beteiligte Konto melden.
danger-continue = Ein Konto melden
danger-done = Jetzt nicht

## Länder
country-ask = In welchem Land sind Sie? Ihre Antwort bestimmt, welche Meldestelle und welche Hilfsangebote wir Ihnen zeigen. Wählen Sie unten ein Land aus oder geben Sie den Namen ein.
country-ask-danger = In welchem Land sind Sie? Wählen Sie unten ein Land aus oder geben Sie den Namen ein. Dann zeigen wir Ihnen die Notrufnummer.
country-ask-guessed = Ist das Ihr Land: { $country }? Dann tippen Sie unten auf den Namen. Sie können auch ein anderes Land wählen oder eingeben. Ihre Antwort bestimmt, welche Meldestelle und welche Hilfsangebote wir Ihnen zeigen.
country-ask-danger-guessed = Ist das Ihr Land: { $country }? Dann tippen Sie unten auf den Namen. Sie können auch ein anderes Land wählen oder eingeben. Dann zeigen wir Ihnen die Notrufnummer.
country-ask-change = Ihr Land: { $country }. Wählen Sie ein anderes Land oder geben Sie es ein.

## Die Meldung
report-safety-ask = Zuerst: Ist ein Kind gerade in unmittelbarer Gefahr?
report-safety-yes = Ja, ein Kind ist in Gefahr
report-safety-no = Nein
report-category-ask = Was haben Sie gesehen?
category-sexual_imagery = Sexuelle Bilder oder Videos eines Kindes
category-grooming = Ein Erwachsener, der ein Kind sexuell anspricht
category-sexualised_comments = Sexualisierte Kommentare zu Fotos von Kindern
category-collecting_photos = Ein Konto, das Fotos von Kindern sammelt oder weiterverbreitet
category-trading_network = Konten, die sich rund um Kinder austauschen oder vernetzen
category-other = Etwas anderes
report-csam-warning =
    <b>Wichtig: Machen Sie keine Screenshots von den Bildern, laden Sie sie nicht herunter, speichern und teilen Sie sie nicht, auch nicht als Beweis.</b> Das kann selbst eine Straftat sein. Wir werden Sie nicht bitten, die Bilder zu beschreiben.
    Wir brauchen nur den Link zum Konto. Wir zeigen Ihnen die Meldestelle, die die Bilder entfernen lassen kann.
report-platform-ask = Wo haben Sie es gesehen?
platform-other = Eine andere Website oder App
report-account-ask =
    Bitte senden Sie den Link zum Konto auf { $platform } oder den @Benutzernamen: den Namen, der im Profil oder über den Beiträgen steht.
    Zum Beispiel: { $example }
    Wenn Sie beides nicht haben, tippen Sie auf „Ich kenne den Link nicht“.
report-account-ask-other = Bitte senden Sie den vollständigen Link zum Konto oder zur Seite, beginnend mit https://
report-account-unknown = Ich kenne den Link nicht
report-related-ask = Sind weitere Konten beteiligt (zum Beispiel Konten, die kommentieren, teilen oder darauf verlinken)?
report-related-yes = Ja, weiteres Konto hinzufügen
report-related-no = Nein
report-related-input = Senden Sie den Link oder den @Benutzernamen des anderen Kontos. Tippen Sie auf „Das ist alles“, wenn Sie fertig sind.
report-related-done = Das ist alles
account-switch-platform =
    Dieser Link ist von { $other }, nicht von { $platform }: { $link }
    Stattdessen dieses { $other }-Konto melden?
account-post-kept =
    Danke, ich habe diesen Link als Beweis notiert: { $post }
    Er führt zu einem Beitrag, nicht zu dem Konto, das ihn gepostet hat. Bitte senden Sie den @Benutzernamen, wie er beim Beitrag steht, oder den Link zum Profil. Wenn Sie ihn nicht sehen, tippen Sie auf „Ich kenne den Link nicht“.
account-added = Hinzugefügt: { $account }
account-duplicate = { $account } ist schon in dieser Meldung.

report-platform-routes =
    <b>Bitte melden Sie das Konto auch direkt bei { $platform }.</b> Plattformen handeln schneller, wenn bei ihnen Meldungen eingehen.
    { $routes }
report-platform-routes-other =
    <b>Bitte melden Sie es auch direkt auf der Website oder in der App</b>, über die Melden-Funktion oder die Hilfeseiten. Websites und Apps handeln schneller, wenn bei ihnen Meldungen eingehen.
    { $routes }
route-item =
    <b>{ $label }: { $name }</b>
    { $contact }
report-reported-ask = Haben Sie es bei { $platform } gemeldet?
report-reported-ask-other = Haben Sie es auf dieser Website oder in dieser App gemeldet?
reported-yes = Ja, ich habe es gemeldet
reported-not_yet = Noch nicht

report-details-ask = Gibt es noch etwas, das wir wissen sollten? Zum Beispiel, was Sie gesehen haben, wann, oder wie die Konten zusammenhängen. Bitte geben Sie keine privaten Daten von irgendjemandem an. Sie können diesen Schritt überspringen.
report-details-ask-csam = Gibt es noch etwas, das wir wissen sollten, etwa wann Sie es gesehen haben oder wie die Konten zusammenhängen? <b>Bitte beschreiben Sie die Bilder nicht.</b> Sie können diesen Schritt überspringen.

report-hotline-routes =
    <b>Sie können es auch bei der Meldestelle dort melden, wo Sie leben ({ $country }):</b>
    { $routes }

report-consent-ask = Darf jemand aus dem ehrenamtlichen Team von { $charity } Ihnen hier in diesem Chat eine Frage oder Neuigkeiten zu dieser Meldung schicken? Die Ehrenamtlichen sehen nie, wer Sie sind. Sie können Ihre Meinung jederzeit ändern.
report-consent-yes = Ja, Sie dürfen mich kontaktieren
report-consent-no = Nein, danke

report-review =
    <b>Bitte prüfen Sie Ihre Meldung</b>
    Was Sie gesehen haben: { $category }
    Wo: { $platform }
    Konto: { $accounts }
    Weitere Konten: { $related }
    Bei der Plattform gemeldet: { $reported }
    Details: { $details }
    Wann Sie es gesehen haben: { $seen }
    Geschätztes Alter des Kindes: { $age }
    Sie kennen das Kind: { $knows }
    Warnzeichen: { $risks }
    Ihr Land: { $country }
    Dürfen wir Sie kontaktieren: { $consent }
review-none = keine
review-reported-yes = ja
review-reported-not_yet = noch nicht
review-yes = ja
review-no = nein
review-submit = Meldung senden
review-edit = Etwas ändern
review-cancel = Abbrechen
report-edit-ask = Was möchten Sie ändern?
edit-category = Was ich gesehen habe
edit-account = Plattform und Konto
edit-related = Weitere Konten hinzufügen
edit-reported = Bei der Plattform gemeldet
edit-details = Details
edit-country = Land
edit-consent = Kontakt
edit-back = Zurück zur Übersicht

tip-submitted =
    <b>Danke. Ihre Meldung wurde gesendet.</b>
    Ihre Referenznummer ist <b>{ $reference }</b>. Bewahren Sie sie auf, wenn Sie später zu dieser Meldung nachfragen möchten.
report-done =
    Wie es weitergeht: Jemand aus dem ehrenamtlichen Team von { $charity } prüft jede Meldung. Meldungen zum selben Konto werden in einem Fall zusammengeführt. So können wir mehr Druck auf die Plattform machen, damit sie handelt.
    Wenn Sie das Konto wiedersehen oder weitere ähnliche Konten entdecken, können Sie jederzeit erneut melden.

## Ihre Meldungen (/mytips) und Kontakt
mytips =
    <b>Ihre Meldungen</b>
    { $tips }
mytips-none = Sie haben aus diesem Chat noch keine Meldungen gesendet.
mytips-item = { $reference } · { $date } · { $platform }: { $status }
tip-status-received = eingegangen
tip-status-reviewing = wird von Ehrenamtlichen geprüft
tip-status-reported = von uns bei der Plattform gemeldet
tip-status-escalated = an die Meldestelle oder die Polizei weitergegeben
tip-status-closed-removed = abgeschlossen: Der Inhalt oder das Konto wurde entfernt
tip-status-closed-no_violation = abgeschlossen: Die Plattform hat keinen Verstoß festgestellt
tip-status-closed-duplicate = abgeschlossen: bereits in einem anderen Fall gemeldet
tip-status-closed-not_enough_information = abgeschlossen: nicht genug Informationen, um zu handeln
tip-status-closed-other = abgeschlossen
consent-withdrawn = Erledigt. Wir kontaktieren Sie zu keiner Ihrer Meldungen mehr. Ihre Meldungen bleiben bei uns und werden weiter bearbeitet.
relay-question =
    <b>Jemand aus dem ehrenamtlichen Team hat eine Frage zu Ihrer Meldung { $reference }:</b>
    { $question }
    Sie müssen nicht antworten. Die Person sieht nicht, wer Sie sind.
relay-answer-button = Antworten
relay-answer-ask = Schreiben Sie Ihre Antwort und senden Sie sie ab. Bitte senden Sie keine Fotos oder Dateien. Mit /cancel brechen Sie ab, wenn Sie lieber nicht antworten möchten.
relay-answer-sent = Danke. Ihre Antwort wurde weitergegeben.
relay-answer-cancelled = In Ordnung, es wurde keine Antwort gesendet.
tip-status-notice =
    <b>Neuigkeiten zu Ihrer Meldung { $reference }</b>
    Status: { $status }
    Danke, dass Sie es gemeldet haben.

## Was Telegram über den Bot zeigt: sein Befehlsmenü und sein Profil (reiner Text, kein HTML)
command-start = Neu beginnen
command-help = Was dieser Bot versteht
command-cancel = Die laufende Meldung abbrechen
console-banner = Tipline-Konsole. Tippen Sie eine Zahl, um einen Button zu drücken, /quit zum Beenden.
console-farewell = Auf Wiedersehen. Ihre bisherigen Antworten bleiben gespeichert; /start beginnt von vorn.
console-prompt = Sie
bot-short-description = Konten melden, die Kinder online ausbeuten: bei der Plattform, der Meldestelle und { $charity }.
bot-description =
    { $charity ->
        [Tipline] Tipline ist ein Meldedienst zum Schutz von Kindern.
       *[other] Tipline wird von { $charity } betrieben.
    }
    Melden Sie ein Konto, das Kinder im Internet ausbeutet: Wir zeigen Ihnen, wie Sie es bei der Plattform und bei der zuständigen Meldestelle melden, und geben Ihre Meldung an { $charity } weiter.
    Wir sind nicht die Polizei. Wenn ein Kind gerade in Gefahr ist, rufen Sie die Notrufnummer Ihres Landes an.

## Datenschutz (Issue 12): eine Person vergessen, abgelaufene Entwürfe
forget-confirm = Sollen wir Sie vergessen? Wir löschen diesen Chat, den Weg, Sie zu erreichen, und was Sie in Ihren Meldungen geschrieben haben. Die Meldungen selbst bleiben, ohne Ihre Worte, damit die Fälle weiterlaufen können. Das lässt sich nicht rückgängig machen.
forget-done = Erledigt: Wir haben Sie vergessen. Wenn Sie wieder schreiben, beginnen wir, als hätten wir uns nie gesprochen.
forget-kept = In Ordnung, es wurde nichts gelöscht.
draft-expired = Ihre nicht abgeschlossene Meldung wurde gelöscht, weil eine Weile keine Antwort kam. Sie können gern neu beginnen.

## Limits against floods (issue 13)
account-related-limit = Damit sind es { $limit } weitere Konten, mehr passen nicht in eine Meldung. Machen wir mit dieser Meldung weiter; die übrigen Konten können Sie später in einer neuen Meldung schicken.
limit-slow-down =
    Sie schicken gerade sehr schnell Nachrichten, deshalb mache ich kurz Pause. In etwa { $seconds } Sekunden können Sie weitermachen.
    <b>Wenn ein Kind gerade in Gefahr ist, rufen Sie sofort den Notruf in Ihrem Land an.</b>
limit-tips-per-day =
    <b>Diese Meldung konnte noch nicht gesendet werden:</b> Sie haben heute schon so viele Meldungen geschickt, wie eine Person an einem Tag schicken kann. Ab { $when } können Sie eine neue senden.
    Der Meldeweg der Plattform selbst, den wir Ihnen oben gezeigt haben, funktioniert weiterhin: Sie können ihn sofort nutzen.
    <b>Wenn ein Kind gerade in Gefahr ist, rufen Sie sofort den Notruf in Ihrem Land an.</b>
