## O que um canal de denúncia pede, nas linhas de cada denúncia no cartão e no /case.
desk-card-self-report = <b>Enviada pela pessoa jovem com quem isso está acontecendo.</b> Urgente. Nunca entrar em contato: ela não foi consultada.
desk-fact-seen = visto: { $when }
desk-fact-age = idade aparente: { $age }
desk-fact-knows = quem denuncia conhece a criança: { $knows }
desk-fact-risks = riscos: { $risks }
desk-seen-today = hoje
desk-seen-week = esta semana
desk-seen-earlier = antes
desk-age-under_10 = menos de 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = não sabe
desk-risk-meeting = encontro marcado
desk-risk-threats = ameaças ou chantagem
desk-risk-money = pediram dinheiro
desk-risk-identifiable = criança identificável
