## Der Arbeitsbereich der Ehrenamtlichen: alles, was Ehrenamtliche lesen, in TIPLINE_STAFF_LANGUAGE (Standard: Englisch).
## Nur die Sprache des Teams braucht diese Texte; die anderen Sprachen sind für die Meldenden.
## Platzhalter werden maskiert, bevor sie Telegram erreichen; der Text darf <b>, <i> und <code> verwenden.
## Übersetzung: Anrede mit „Sie“; case = „Fall“, tip = „Meldung“, reporter = „meldende Person“ (Plural „Meldende“),
## claim = „übernehmen“, outcome = „Ergebnis“. Schlüsselwörter der Befehle (in_progress, removed, mine, page, add …)
## bleiben englisch: Der Bot liest sie genau so.

## Fallkarten
desk-card-title = <b>Fall #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Übernommen von <b>{ $alias }</b>
desk-card-closed = <b>Abgeschlossen:</b> { $outcome }
desk-card-merged = <b>In Fall #{ $into } zusammengeführt</b>: Die Meldungen dieses Falls sind jetzt dort.
desk-card-account = <b>Konto:</b> { $account }
desk-certainty-link = über den Link benannt
desk-certainty-username = über den Benutzernamen benannt
desk-certainty-phone = über eine Telefonnummer benannt
desk-certainty-display_name = nur über einen Anzeigenamen benannt: prüfen, ob es dasselbe Konto ist
desk-certainty-unknown = die meldende Person kannte das Konto nicht
desk-card-others = <b>Verknüpfte Konten:</b> { $accounts }
desk-card-more-accounts = … und weitere: /case { $id }
desk-card-platform = <b>Plattform:</b> { $platform } · <b>Kategorie:</b> { $category }
desk-card-tips = <b>Meldungen:</b> { $tips } · erste am { $first } · letzte am { $last }
desk-card-told = <b>Bei der Plattform gemeldet:</b> { $told }
desk-card-contact = <b>Meldende mit Kontakterlaubnis:</b> { $consenting }
desk-card-latest = <b>Neueste Meldungen</b>
desk-card-tip = { $reference } · meldende Person #{ $reporter } ({ $reporter_tips ->
        [one] { $reporter_tips } Meldung
       *[other] { $reporter_tips } Meldungen
    }) · { $country } · { $language } · Plattform informiert: { $reported } · Kontakt: { $consent }
desk-card-danger = <b>Die meldende Person gibt an, dass ein Kind in Gefahr ist.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (keine Angaben)
desk-truncated = { $text }…

## Die Priorität, erklärt („DRINGEND: sexuelle Bilder; 4 Meldungen von 3 Personen in 2 Tagen“)
desk-level-urgent = DRINGEND
desk-level-high = hohe Priorität
desk-level-normal = normale Priorität
desk-level-low = niedrige Priorität
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [one] { $tips } Meldung
       *[other] { $tips } Meldungen
    } von { $people ->
        [one] { $people } Person
       *[other] { $people } Personen
    }
desk-why-count-span = { $tips ->
        [one] { $tips } Meldung
       *[other] { $tips } Meldungen
    } von { $people ->
        [one] { $people } Person
       *[other] { $people } Personen
    } in { $span }
# desk-span-* werden nur nach „in“ in desk-why-count-span eingesetzt: daher Dativ („in 2 Tagen“).
desk-span-hours = { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
desk-span-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
desk-why-danger = ein Kind ist möglicherweise in Gefahr
desk-why-told = die Plattform wurde informiert
desk-why-not-told = die Plattform wurde noch nicht informiert
desk-why-and = { $first }; { $then }

## Status, Ergebnisse, Kategorien und Antworten, wie Ehrenamtliche sie lesen
desk-status-new = neu
desk-status-in_progress = in Bearbeitung
desk-status-reported_to_platform = bei der Plattform gemeldet
desk-status-escalated = an Meldestelle oder Polizei weitergegeben
desk-status-closed = abgeschlossen
desk-outcome-removed = entfernt
desk-outcome-no_violation = kein Verstoß festgestellt
desk-outcome-duplicate = Duplikat
desk-outcome-not_enough_information = nicht genug Informationen
desk-category-sexual_imagery = sexuelle Bilder
desk-category-grooming = Cybergrooming
desk-category-sexualised_comments = sexualisierte Kommentare
desk-category-collecting_photos = Sammeln von Kinderfotos
desk-category-stolen_photos = gestohlene Kinderfotos
desk-category-trading_network = Tauschnetzwerk
desk-category-other = Sonstiges
desk-told-yes = ja, von einer meldenden Person
desk-told-not_yet = noch nicht
desk-told-unknown = keine Angabe
desk-told-us = ja, von uns
desk-yes = ja
desk-no = nein
desk-unknown = ?
desk-none = keine
desk-list-more = { $first }, { $then }

## Buttons (reiner Text)
desk-button-claim = Übernehmen
desk-button-unclaim = Freigeben
desk-button-in_progress = In Bearbeitung
desk-button-reported_to_platform = Bei Plattform gemeldet
desk-button-escalated = Weitergegeben
desk-button-close = Abschließen…
desk-button-reopen = Wieder öffnen
desk-button-details = Details
desk-button-next = Nächste Seite ▸
desk-button-outcome-removed = Entfernt
desk-button-outcome-no_violation = Kein Verstoß
desk-button-outcome-duplicate = Duplikat
desk-button-outcome-not_enough_information = Zu wenig Infos

## Antworten auf Aktionen
desk-close-ask = Mit welchem Ergebnis soll Fall #{ $id } abgeschlossen werden?
desk-done-claimed = Sie haben Fall #{ $id } übernommen.
desk-done-unclaimed = Fall #{ $id } ist wieder in der Warteschlange.
desk-done-note = Notiz zu Fall #{ $id } hinzugefügt.
desk-done-status = Fall #{ $id } hat jetzt den Status: { $status }.
desk-done-reopened = Fall #{ $id } ist wieder offen.
desk-done-merged = Fall #{ $source } wurde in Fall #{ $target } zusammengeführt.
desk-done-linked = Verknüpft: Es erscheint jetzt im Netzwerk von Fall #{ $id }.
desk-done-asked = Frage gesendet an { $count ->
        [one] die meldende Person
       *[other] { $count } Meldende
    } von Fall #{ $id } ({ $tips }). Antworten erscheinen unter der Karte des Falls.
desk-told-reporters = { $count ->
        [one] Die meldende Person wurde informiert.
       *[other] { $count } Meldende wurden informiert.
    }

## Ablehnungen
desk-refused-not_allowed = Ihre Rolle erlaubt das nicht.
desk-refused-no_case = Es gibt keinen Fall #{ $case }.
desk-refused-closed = Fall #{ $case } ist abgeschlossen. Jemand aus der Koordination kann ihn mit /reopen wieder öffnen.
desk-refused-merged = Fall #{ $case } wurde in Fall #{ $into } zusammengeführt: Arbeiten Sie dort weiter.
desk-refused-not_closed = Fall #{ $case } ist nicht abgeschlossen.
desk-refused-claimed_by = { $alias } hat diesen Fall übernommen.
desk-refused-already_yours = Sie haben Fall #{ $case } bereits übernommen.
desk-refused-not_claimed = Niemand hat Fall #{ $case } übernommen.
desk-refused-same_status = Fall #{ $case } hat diesen Status bereits.
desk-refused-bad_status = Das ist kein Status. Verwenden Sie: in_progress, reported, escalated (oder /close ID ERGEBNIS).
desk-refused-needs_outcome = Zum Abschließen braucht es ein Ergebnis: removed, no_violation, duplicate oder not_enough_information.
desk-refused-same_case = Das ist derselbe Fall.
desk-refused-same_account = Das ist das Konto des Falls selbst.
desk-refused-reopen_conflict = Zum Konto von Fall #{ $case } gibt es schon einen offenen Fall: #{ $other }. Führen Sie die Fälle stattdessen zusammen.
desk-refused-no_consent = Keine meldende Person von Fall #{ $case } hat einer Kontaktaufnahme zugestimmt.
desk-refused-no_tip = { $reference } ist keine Meldung dieses Falls, oder die meldende Person kann nicht kontaktiert werden.
desk-refused-empty_note = Die Notiz ist leer.
desk-refused-empty_question = Die Frage ist leer.
desk-refused-too_long = Das ist zu lang: Bitte bleiben Sie unter { $limit } Zeichen.
desk-refused-stale = Dieser Button ist veraltet.

## Befehle
desk-help =
    <b>Arbeitsbereich der Ehrenamtlichen</b>
    /queue [Status] [Plattform] [Kategorie] [mine] [page N]: offene Fälle, die dringendsten zuerst
    /case ID: ein Fall vollständig, mit Verlauf und verbundenen Fällen
    /find LINK oder /find PLATTFORM @name: Fälle zu einem Konto
    /claim ID · /unclaim ID
    /note ID Text
    /status ID in_progress|reported|escalated
    /close ID removed|no_violation|duplicate|not_enough_information
    /ask ID Frage (oder /ask TIP-XXXXXX Frage): fragt die Meldenden, die einer Kontaktaufnahme zugestimmt haben
    /link ID LINK oder /link ID ANDERE-ID: Konten als verbunden markieren
    /merge ID ZIEL-ID · /reopen ID (Koordination)
    /stats [7d|30d|VON [BIS]] · /export [VON [BIS]] [csv|json] (Koordination)
    /volunteers [add NUTZER-ID ALIAS [ROLLE] | remove ALIAS | role ALIAS ROLLE] (Admins)
## Befehlsmenü der Gruppe der Ehrenamtlichen (Telegram zeigt diese Texte, wenn Ehrenamtliche „/“ tippen; jeweils höchstens 256 Zeichen)
desk-command-desk = Was der Arbeitsbereich der Ehrenamtlichen kann
desk-command-queue = Offene Fälle, die dringendsten zuerst
desk-command-case = Ein Fall vollständig: Meldungen, Verlauf und verbundene Fälle
desk-command-find = Fälle zu einem Konto finden
desk-command-claim = Einen Fall übernehmen
desk-command-unclaim = Einen Fall freigeben
desk-command-note = Eine Notiz zu einem Fall hinzufügen
desk-command-status = Status eines Falls ändern: in Bearbeitung, bei der Plattform gemeldet, weitergegeben
desk-command-close = Einen Fall mit Ergebnis abschließen
desk-command-ask = Meldende fragen, die einer Kontaktaufnahme zugestimmt haben
desk-command-link = Konten als verbunden markieren
desk-command-merge = Zwei Fälle zusammenführen (Koordination)
desk-command-reopen = Einen abgeschlossenen Fall wieder öffnen (Koordination)
desk-command-stats = Zahlen für einen Zeitraum (Koordination)
desk-command-export = Fälle als CSV oder JSON exportieren (Koordination)
desk-command-volunteers = Das Team und seine Rollen (Admins)
desk-usage = Verwendung: { $usage }
desk-usage-queue = /queue [Status] [Plattform] [Kategorie] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find LINK oder /find PLATTFORM @name
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID Text
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (zum Abschließen: /close ID ERGEBNIS)
desk-usage-close = /close ID ERGEBNIS
desk-usage-merge = /merge ID ZIEL-ID
desk-usage-link = /link ID LINK oder /link ID ANDERE-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID Frage oder /ask TIP-XXXXXX Frage
desk-usage-volunteers = /volunteers [add NUTZER-ID ALIAS [ROLLE] | remove ALIAS | role ALIAS ROLLE]
desk-bad-period = Diesen Zeitraum konnte ich nicht lesen. Verwenden Sie 7d, 30d oder Daten wie 2026-01-31.

## /queue und /find
desk-queue-heading = <b>Warteschlange</b> · Seite { $page }
desk-queue-heading-filtered = <b>Warteschlange</b>: { $filters } · Seite { $page }
desk-queue-mine = meine Fälle
desk-queue-empty = Mit diesen Filtern ist nichts in der Warteschlange.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] { $tips } Meldung
       *[other] { $tips } Meldungen
    } · { $status }
desk-queue-assignee = übernommen von { $alias }
desk-find-heading = <b>Fälle zu { $account }</b>
desk-find-none = Kein Fall betrifft { $account }.
desk-find-named = (in einer Meldung genannt)
desk-find-unreadable = Das konnte ich nicht als Konto erkennen. Fügen Sie einen vollständigen Link ein oder nennen Sie die Plattform: /find instagram @name

## /case
desk-history-heading = <b>Verlauf</b> (neueste Einträge: { $shown } von { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = System
desk-actor-reporter = meldende Person
desk-actor-cli = Serverkonsole
desk-action-case_opened = eröffnet mit Meldung { $tip }
desk-action-tip_added = Meldung { $tip } hinzugekommen
desk-action-claimed = übernommen
desk-action-unclaimed = freigegeben
desk-action-note = Notiz: { $text }
desk-action-status = Status { $before } → { $after }
desk-action-status-closed = abgeschlossen: { $outcome }
desk-action-reopened = wieder geöffnet
desk-action-merged_into = in Fall #{ $case } zusammengeführt
desk-action-merged_from = Fall #{ $case } in diesen Fall zusammengeführt
desk-action-linked = verknüpft: { $what }
desk-action-asked = Frage an die meldende Person von { $tips }: { $text }
desk-action-answered = Antwort zu { $tip }: { $text }
desk-action-notified = { $count ->
        [one] die meldende Person wurde
       *[other] { $count } Meldende wurden
    } informiert: { $status }
desk-action-other = { $action }
desk-network-heading = <b>Verbundene Fälle</b> ({ $accounts ->
        [one] { $accounts } Konto
       *[other] { $accounts } Konten
    } im Umkreis von { $depth ->
        [one] { $depth } Schritt
       *[other] { $depth } Schritten
    })
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] { $depth } Schritt
       *[other] { $depth } Schritte
    }
desk-network-none = Kein anderer Fall teilt diese Konten oder ist mit ihnen verknüpft.
desk-network-more = … und weitere: Das Netzwerk ist größer als hier gezeigt.

## Der Thread des Falls (Antworten unter seiner Karte)
desk-thread-tip = Neue Meldung { $reference } ist zu diesem Fall hinzugekommen: { $why }
desk-thread-answer = <b>Antwort der meldenden Person #{ $reporter }</b> zu { $reference }:
    { $text }

## /stats
desk-stats-heading = <b>Statistik</b> von { $since } bis { $until }
desk-stats-totals = { $cases ->
        [one] { $cases } neuer Fall
       *[other] { $cases } neue Fälle
    }, { $tips ->
        [one] { $tips } Meldung
       *[other] { $tips } Meldungen
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = Nach aktuellem Status
desk-stats-by-platform = Nach Plattform
desk-stats-by-category = Nach Kategorie
desk-stats-count = { $name } ({ $count })
desk-stats-first-action = <b>Zeit bis zur ersten Bearbeitung:</b> Median { $median }, Mittelwert { $mean } (bearbeitet: { $acted } von { $cases })
desk-stats-no-action = <b>Zeit bis zur ersten Bearbeitung:</b> noch kein Fall bearbeitet
desk-duration-minutes = { $minutes } Min.
desk-duration-hours = { $hours } Std.
desk-duration-days = { $days } Tg.

## /export
desk-export-started = Der Export wird vorbereitet ({ $since } bis { $until }). Er wird hier als Datei gepostet.
desk-export-caption = Tipline-Export, { $since } bis { $until }: { $cases ->
        [one] { $cases } Fall
       *[other] { $cases } Fälle
    }, { $tips ->
        [one] { $tips } Meldung
       *[other] { $tips } Meldungen
    }. Keine Identitäten von Meldenden.
desk-export-too-large = Der Export von { $since } bis { $until } ist { $size } MB groß; Telegram nimmt Dateien bis 50 MB an. Wählen Sie einen kürzeren Zeitraum oder führen Sie <code>tipline cases export</code> auf dem Server aus.

## /volunteers
desk-volunteers-heading = <b>Ehrenamtliche</b>
desk-volunteer-line = { $alias } · { $role } · seit { $date } (hinzugefügt von { $by })
desk-volunteer-added = { $alias } wurde mit der Rolle { $role } hinzugefügt.
desk-volunteer-removed = { $alias } gehört nicht mehr zum ehrenamtlichen Team; die Fälle dieser Person sind wieder in der Warteschlange.
desk-volunteer-role = { $alias } hat jetzt die Rolle { $role }.
desk-volunteer-error = Nicht ausgeführt: { $error }
desk-role-volunteer = Ehrenamt
desk-role-coordinator = Koordination
desk-role-admin = Administration
desk-volunteer-error-bad_user_id = Eine Telegram-Nutzer-ID ist eine positive Zahl (die der Person, nicht die einer Gruppe).
desk-volunteer-error-bad_alias = Ein Alias hat 1 bis 32 Zeichen (lateinische Buchstaben, Ziffern, „.“, „_“ oder „-“) und beginnt mit einem Buchstaben oder einer Ziffer.
desk-volunteer-error-bad_role = Als Rolle sind volunteer, coordinator oder admin möglich.
desk-volunteer-error-exists = Dieses Telegram-Konto oder dieser Alias gehört bereits zum ehrenamtlichen Team.
desk-volunteer-error-reserved_alias = Die Aliasse system, reporter und cli sind für den Bot, Meldende und die Kommandozeile des Servers reserviert; bitte einen anderen wählen.
desk-volunteer-error-not_found = „{ $who }“ gehört nicht zum ehrenamtlichen Team.

## Nach der Meldung (Issue 16): Reaktionen der Plattformen, Nachfragen, nächste Schritte, Rechenschaft

desk-why-still-up = { $days } Tage nach der ersten Meldung noch online
desk-card-platform-outcome = <b>Plattform:</b> { $outcome } (geprüft am { $when } von { $alias })
desk-card-followups = <b>Nachfrage bei Meldenden:</b> { $still } noch da, { $gone } weg, { $unsure } unklar
desk-card-did-not-act = ⚠️ <b>Die Plattform hat nicht innerhalb von 48 h gehandelt</b> (laut einer meldenden Person am { $when } noch da)
desk-button-platform-outcome = Reaktion der Plattform
desk-platform-ask = Was hat die Plattform mit dem Konto von Fall #{ $id } gemacht?
desk-done-platform-outcome = Fall #{ $id }: Reaktion der Plattform erfasst: { $outcome } (geprüft am { $when }).
desk-platform-outcome-removed = entfernt
desk-platform-outcome-restricted = eingeschränkt
desk-platform-outcome-still_up = noch online
desk-platform-outcome-refused = Plattform hat abgelehnt
desk-platform-outcome-unknown = unbekannt
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>Zusammenfassung zur Weitergabe, Fall #{ $id }</b> (ohne Identität der Meldenden)
    <b>Plattform:</b> { $platform }
    <b>Konten:</b>
    { $accounts }
    <b>Erstmals gemeldet:</b> { $first } · <b>zuletzt:</b> { $last }
    <b>Unabhängige Meldende:</b> { $reporters } ({ $tips } Meldungen)
    <b>Kategorien:</b> { $categories }
    <b>Meldende, die es selbst der Plattform gemeldet haben:</b> { $told }
    <b>Was die Plattform getan hat, laut unseren Prüfungen:</b>
    { $checks }
    <b>Antworten auf die Nachfrage:</b> { $still } noch da, { $gone } weg, { $unsure } unklar
desk-pstats-heading = <b>Rechenschaft der Plattformen</b> { $since } bis { $until }: { $reported } Konten gemeldet, { $removed } entfernt
desk-pstats-line = { $name }: { $reported } gemeldet · entfernt ≤48 h { $h48 }, ≤7 T { $d7 }, ≤30 T { $d30 } · Median { $median } h · noch online { $still } · abgelehnt { $refused }
desk-pstats-none = In diesem Zeitraum wurde kein Konto zum ersten Mal gemeldet.
desk-chart-title = Was die Plattformen getan haben, { $since } bis { $until }: { $reported } Konten gemeldet, { $removed } entfernt
desk-chart-caption = Rechenschaft der Plattformen: { $reported } Konten gemeldet, { $removed } entfernt (Prüfungen der Ehrenamtlichen).
desk-chart-reported = gemeldete Konten
desk-chart-hours = Median der Stunden bis zur Entfernung
desk-chart-none = keines entfernt
desk-chart-removed-48h = entfernt innerhalb von 48 h
desk-chart-removed-7d = entfernt innerhalb von 7 Tagen
desk-chart-removed-later = später entfernt
desk-chart-restricted = eingeschränkt
desk-chart-still-up = noch online
desk-chart-refused = Plattform hat abgelehnt
desk-chart-unchecked = noch nicht geprüft
desk-action-platform_outcome = Reaktion der Plattform: { $outcome } (geprüft { $checked })
desk-action-follow_up = Antwort auf die Nachfrage zu { $tip }: { $answer }
desk-action-platform_did_not_act = die Plattform hat nicht innerhalb von 48 h gehandelt ({ $tip })
desk-refused-bad_outcome = Die Reaktion ist eine von: removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = Der Prüftag darf nicht in der Zukunft oder vor der Eröffnung des Falls liegen.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [JJJJ-MM-TT geprüft]
desk-usage-escalate = /escalate ID
desk-command-outcome = Erfassen, was die Plattform getan hat
desk-command-escalate = Zusammenfassung für eine Aufsicht oder die Plattform

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = Meldung { $tip } auf Wunsch gelöscht
desk-text-erased = [gelöscht]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX: eine Meldung als Missbrauch markieren (die meldende Person wird gesperrt, ohne es zu erfahren) · /unblock TIP-XXXXXX: rückgängig machen
desk-card-fresh-only = ⚠️ Alle Meldenden dieses Falls sind neu: Keine dieser Personen hatte vorher etwas gemeldet. Bitte prüfen, bevor ihr handelt.
desk-card-tip-abuse = 🚫 Als Missbrauch markiert: zählt nicht.
desk-card-short = <b>Fall #{ $id }</b> · { $level } · { $status } · { $tips } Meldungen. Die vollständige Karte ist zu lang für diese Stelle: /case { $id }
desk-button-abuse = Missbrauch…
desk-abuse-ask = Welche Meldung in Fall #{ $id } ist Missbrauch? Die meldende Person kann dann keine Meldungen mehr senden (sie erfährt es nicht). /unblock TIP-… macht es rückgängig.
desk-done-abuse = { $tip } ist als Missbrauch markiert: Die meldende Person ist gesperrt, und Fall #{ $id } wurde ohne diese Meldung neu bewertet. /unblock { $tip } macht es rückgängig.
desk-done-unblocked = Die Person hinter { $tip } kann wieder melden, und ihre Meldungen zählen wieder (Fall #{ $id }).
desk-export-private = Der Export kommt in Ihrem privaten Chat mit dem Bot an, nicht hier. Falls nicht, öffnen Sie einen Chat mit dem Bot, tippen Sie auf Starten und fragen Sie noch einmal.
desk-refused-bad_reference = „{ $reference }“ ist keine Meldungsnummer (sie sehen so aus: TIP-7KQ2F9).
desk-refused-unknown_tip = Es gibt keine Meldung { $reference }.
desk-refused-already_abuse = { $reference } ist schon als Missbrauch markiert.
desk-refused-not_blocked = Die Person hinter { $reference } ist nicht gesperrt.
desk-action-abuse_marked = hat { $tip } als Missbrauch markiert (meldende Person gesperrt)
desk-action-abuse_lifted = hat die Sperre der Person hinter { $tip } aufgehoben
desk-action-tip_set_aside = Meldung { $tip } einer gesperrten Person beiseitegelegt
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Eine Meldung als Missbrauch markieren (sperrt die meldende Person)
desk-command-unblock = /abuse rückgängig machen: Die Person kann wieder melden
desk-volunteer-leaving-group = Die Person wird auch aus dieser Gruppe entfernt (dafür muss der Bot hier Admin sein und Mitglieder sperren dürfen).
desk-remove-failed = ⚠️ { $alias } konnte nicht aus der Gruppe der Ehrenamtlichen entfernt werden ({ $reason }) und kann weiterhin jede Fallkarte lesen. Macht den Bot zum Admin mit dem Recht, Mitglieder zu sperren, oder entfernt die Person von Hand.
desk-stranger-joined = ⚠️ Jemand, der nicht auf der Liste der Ehrenamtlichen steht, ist dieser Gruppe beigetreten (Telegram-Nutzer-ID { $user }) und kann jede Fallkarte lesen. Entfernt die Person oder nehmt sie mit /volunteers add { $user } ALIAS auf.
desk-stranger-removed = ⚠️ Jemand, der nicht auf der Liste der Ehrenamtlichen steht, ist dieser Gruppe beigetreten (Telegram-Nutzer-ID { $user }) und wurde wieder entfernt. Gehört die Person dazu, nehmt sie mit /volunteers add { $user } ALIAS auf und ladet sie erneut ein.
