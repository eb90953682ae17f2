# Nach der Meldung (Issue 16): der Meldetext zum Einfügen, die Nachfrage, und wohin, wenn die Plattform nicht handelt.

## Der Meldetext zum Einfügen

report-paste-button = Geben Sie mir einen Text zum Einfügen
report-paste =
    Hier ist er. Kopieren Sie ihn und fügen Sie ihn dort ein, wo { $platform } nach einer Beschreibung fragt:

    <pre>{ $paste }</pre>

    Er enthält nur, was Sie uns gesagt haben.
paste-account = Ich melde dieses Konto: { $account }
paste-category-sexual_imagery = Es teilt sexuelle Bilder von Kindern.
paste-category-grooming = Es spricht Kinder sexuell oder manipulativ an (Cybergrooming).
paste-category-sexualised_comments = Es postet sexualisierte Kommentare über Kinder.
paste-category-collecting_photos = Es sammelt Fotos von Kindern und postet sie sexualisiert erneut.
paste-category-stolen_photos = Es postet Fotos von Kindern erneut, die aus den Konten anderer Leute stammen.
paste-category-trading_network = Es gehört zu einem Netzwerk, das sexuelle Inhalte von Kindern tauscht.
paste-category-other = Es bringt Kinder in Gefahr.
paste-related = Verbundene Konten: { $related }
paste-policy = Ich bin überzeugt, dass dies gegen Ihre Richtlinie „{ $policy }“ verstößt: { $url }
paste-no-policy = Ich bin überzeugt, dass dies gegen Ihre Regeln zum Kinderschutz verstößt.
paste-closing = Bitte prüfen Sie dieses Konto und entfernen Sie es.

## Die Nachfrage

report-followup-ask =
    Dürfen wir später noch einmal nachfragen, ob die Plattform das Konto entfernt hat?
    Wir fragen einmal, höchstens mit einer Erinnerung. Mit /stopcontact können Sie das jederzeit beenden.
report-followup-yes = Ja, fragt nach
report-followup-no = Nein, danke
followup-question =
    { $reminder ->
        [yes] <b>Eine kleine Erinnerung zu Ihrer Meldung { $reference }</b>
       *[no] <b>Wir fragen nach zu Ihrer Meldung { $reference }</b>
    }
    Ist dieses { $platform }-Konto noch da? { $account }
    Schauen Sie bitte nur nach, wenn es sich für Sie gut anfühlt.
followup-question-young =
    { $reminder ->
        [yes] <b>Eine kleine Erinnerung zu deiner Meldung { $reference }</b>
       *[no] <b>Wir fragen nach zu deiner Meldung { $reference }</b>
    }
    Ist dieses { $platform }-Konto noch da? { $account }
    Wenn es dir immer noch passiert, musst du damit nicht allein bleiben: Erzähl es einem Erwachsenen, dem du vertraust. Du hast nichts falsch gemacht.
followup-gone = Es ist weg
followup-still = Es ist noch da
followup-unsure = Weiß ich nicht
followup-answer = { $body }
followup-thanks-gone = Danke fürs Nachschauen. Gute Nachricht: Das Konto ist weg. Der Verein hat es vermerkt.
followup-thanks-unsure = Danke fürs Nachschauen. Wir haben vermerkt, dass Sie es nicht sagen können; unsere Ehrenamtlichen sehen auch nach.
followup-closed = Danke. Diese Frage ist schon abgeschlossen, deshalb wurde nichts geändert.
followup-still-intro =
    Danke, dass Sie es uns sagen. Die Plattform hat nicht gehandelt, und der Verein hat das vermerkt.
    Hier können Sie sich als Nächstes hinwenden:
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = Dort werden Sie gefragt nach: { $facts }.
followup-young-still = Wenn es dir immer noch passiert: Erzähl es einem Erwachsenen, dem du vertraust, und blockiere das Konto. Nichts davon ist deine Schuld.

## Die Regeln der nächsten Schritte, in einfachen Worten

escalation-rule-esafety = eSafety Commissioner (Australien): Hat eine Plattform Cybermobbing gegen ein Kind nicht innerhalb von 48 Stunden nach Ihrer Meldung entfernt, können Sie sich bei eSafety beschweren. Darstellungen sexuellen Kindesmissbrauchs können Sie eSafety sofort melden.
escalation-rule-police-now = Das ist Sache der Polizei: Cybergrooming oder Missbrauchsdarstellungen können Sie sofort anzeigen, ohne auf die Plattform zu warten.
escalation-rule-rhc = Report Harmful Content (Vereinigtes Königreich) hilft, sobald Sie bei der Plattform gemeldet haben: wenn sie geantwortet hat, es sei keine Regel verletzt, oder wenn Sie seit über einer Woche auf eine Antwort wartest.
escalation-rule-hotline = Die Beschwerdestelle deines Landes nimmt solche Meldungen jederzeit an; sag dort, dass die Plattform nicht gehandelt hat.
escalation-rule-ncmec = Die CyberTipline des NCMEC nimmt Meldungen von allen an, auf Wunsch anonym, jederzeit; Sie müssen nicht auf die Plattform warten.
escalation-rule-inhope = INHOPE nennt die Meldestelle deines Landes: Melde es dort und erwähne, dass die Plattform nicht gehandelt hat.
escalation-rule-dsa = In der EU können Sie der Plattform nach dem Gesetz über digitale Dienste (DSA) eine förmliche Meldung rechtswidriger Inhalte schicken. Die Plattform muss darüber entscheiden und Ihnen ihre Gründe nennen. Nutzen Sie das Formular der Plattform für „rechtswidrige Inhalte“ und schreiben Sie dazu, dass es eine Meldung nach Artikel 16 ist.
escalation-asks-when_reported = wann Sie es der Plattform gemeldet haben
escalation-asks-how_reported = wie Sie es gemeldet haben (in der App oder über ein Webformular)
escalation-asks-platform_answer = was die Plattform geantwortet hat, falls sie geantwortet hat
escalation-asks-account_links = der Link zum Konto
escalation-asks-your_contact = Ihr Name und Ihre E-Mail-Adresse (nicht nötig bei Darstellungen sexuellen Kindesmissbrauchs)
