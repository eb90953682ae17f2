## What a hotline asks for, on a tip's lines in the card and /case (bot/desk/cards.py).
desk-card-self-report = <b>Filed by the young person it is happening to.</b> Urgent. Never contact them; they were not asked.
desk-fact-seen = seen: { $when }
desk-fact-age = apparent age: { $age }
desk-fact-knows = reporter knows the child: { $knows }
desk-fact-risks = risks: { $risks }
desk-seen-today = today
desk-seen-week = this week
desk-seen-earlier = earlier
desk-age-under_10 = under 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = not sure
desk-risk-meeting = meeting planned
desk-risk-threats = threats or blackmail
desk-risk-money = money asked
desk-risk-identifiable = child identifiable
