## Что нужно горячей линии, в строках каждого сообщения на карточке и в /case.
desk-card-self-report = <b>Прислал(а) сам(а) подросток, с которым это происходит.</b> Срочно. Никогда не связываться: его (её) об этом не спрашивали.
desk-fact-seen = когда: { $when }
desk-fact-age = возраст на вид: { $age }
desk-fact-knows = знает ребёнка: { $knows }
desk-fact-risks = риски: { $risks }
desk-seen-today = сегодня
desk-seen-week = на этой неделе
desk-seen-earlier = раньше
desk-age-under_10 = младше 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = неизвестно
desk-risk-meeting = запланирована встреча
desk-risk-threats = угрозы или шантаж
desk-risk-money = требуют деньги
desk-risk-identifiable = ребёнка можно узнать
