## Was eine Meldestelle wissen möchte, in den Zeilen jeder Meldung auf der Karte und in /case.
desk-card-self-report = <b>Von der jungen Person selbst gemeldet, der es passiert.</b> Dringend. Nie kontaktieren: Sie wurde nicht gefragt.
desk-fact-seen = gesehen: { $when }
desk-fact-age = geschätztes Alter: { $age }
desk-fact-knows = kennt das Kind: { $knows }
desk-fact-risks = Risiken: { $risks }
desk-seen-today = heute
desk-seen-week = diese Woche
desk-seen-earlier = früher
desk-age-under_10 = unter 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = unklar
desk-risk-meeting = Treffen geplant
desk-risk-threats = Drohungen oder Erpressung
desk-risk-money = Geld verlangt
desk-risk-identifiable = Kind erkennbar
