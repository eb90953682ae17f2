## Ce que demande une ligne de signalement, sur les lignes de chaque signalement (carte et /case).
desk-card-self-report = <b>Envoyé par la personne jeune à qui cela arrive.</b> Urgent. Ne jamais la contacter : on ne le lui a pas demandé.
desk-fact-seen = vu : { $when }
desk-fact-age = âge apparent : { $age }
desk-fact-knows = connaît l'enfant : { $knows }
desk-fact-risks = risques : { $risks }
desk-seen-today = aujourd'hui
desk-seen-week = cette semaine
desk-seen-earlier = plus tôt
desk-age-under_10 = moins de 10 ans
desk-age-10_12 = 10-12 ans
desk-age-13_15 = 13-15 ans
desk-age-16_17 = 16-17 ans
desk-age-unsure = ne sait pas
desk-risk-meeting = rencontre prévue
desk-risk-threats = menaces ou chantage
desk-risk-money = argent demandé
desk-risk-identifiable = enfant identifiable
