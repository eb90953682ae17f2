## Lo que pide una línea de denuncia, en las líneas de cada aviso de la tarjeta y de /case.
desk-card-self-report = <b>Lo envió la persona joven a la que le está pasando.</b> Urgente. No contactar nunca: no se le preguntó.
desk-fact-seen = visto: { $when }
desk-fact-age = edad aparente: { $age }
desk-fact-knows = quien denuncia conoce al menor: { $knows }
desk-fact-risks = riesgos: { $risks }
desk-seen-today = hoy
desk-seen-week = esta semana
desk-seen-earlier = antes
desk-age-under_10 = menos de 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = no lo sabe
desk-risk-meeting = encuentro previsto
desk-risk-threats = amenazas o chantaje
desk-risk-money = piden dinero
desk-risk-identifiable = menor identificable
