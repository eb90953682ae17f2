# E-Mails an das Postfach der Organisation (docs/forwarding.md). Nur Text: keine HTML-Tags.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] 1 Neuigkeit
       *[other] { $events } Neuigkeiten
    } zu { $cases ->
        [one] 1 Fall
       *[other] { $cases } Fällen
    }: { $list }
forward-digest-intro = { $events ->
        [one] Das ist seit der letzten Zusammenfassung passiert.
       *[other] Diese { $events } Dinge sind seit der letzten Zusammenfassung passiert.
    }
forward-title-new-case = Neuer Fall: { $account }
forward-title-tip = Neuer Hinweis { $reference } zu diesem Fall
forward-title-status = Status jetzt: { $status }
forward-title-closed = Abgeschlossen: { $outcome }
forward-title-merged = Fall #{ $source } wurde mit diesem Fall zusammengeführt
forward-title-outcome = Was die Plattform getan hat: { $outcome }
forward-title-question = Eine meldende Person hat auf eure Frage geantwortet ({ $reference })
forward-title-followup = Nachfrage zu { $reference }: { $answer }
forward-title-erased = Hinweis { $reference } wurde gelöscht
forward-followup-gone = das Konto ist weg
forward-followup-still_there = das Konto ist noch da
forward-followup-unsure = die Person weiß es nicht
forward-erased-body = Hinweis { $reference } wurde auf Wunsch der meldenden Person oder eines Betreibers gelöscht. Bitte löscht ihn auch aus euren eigenen Unterlagen.
forward-heading-tip = Der Hinweis
forward-heading-case = Fall #{ $id }
forward-field-status = Status
forward-field-level = Priorität
forward-field-category = Kategorie
forward-field-platform = Plattform
forward-field-account = Konto
forward-field-tips = Hinweise
forward-field-reporters = Personen
forward-field-told = Der Plattform gemeldet
forward-field-opened = Eröffnet
forward-field-assignee = Übernommen von
forward-field-outcome = Ergebnis
forward-field-merged-into = Zusammengeführt mit
forward-field-reference = Kennung
forward-field-filed = Eingegangen
forward-field-accounts = Konten
forward-field-related = Verknüpfte Konten
forward-field-danger = Ein Kind in Gefahr
forward-field-country = Land
forward-field-language = Sprache
forward-field-consent = Darf kontaktiert werden
forward-field-details = In eigenen Worten
forward-details-withheld = (nicht in E-Mails: bitte am Schreibtisch der Ehrenamtlichen lesen)
forward-footer = Von Tipline gesendet. Nichts in dieser E-Mail verrät, wer gemeldet hat. Links sind so geschrieben, dass sie sich nicht versehentlich öffnen (hxxps, [.]).
