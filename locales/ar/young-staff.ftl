## ما يطلبه خط الإبلاغ، في سطور كل بلاغ على البطاقة وفي ‎/case‎.
desk-card-self-report = <b>أرسله الشخص الصغير الذي يحدث له هذا بنفسه.</b> عاجل. لا تتواصلوا معه أبدًا: لم يُسأل عن ذلك.
desk-fact-seen = شوهد: { $when }
desk-fact-age = العمر الظاهر: { $age }
desk-fact-knows = المُبلّغ يعرف الطفل: { $knows }
desk-fact-risks = علامات الخطر: { $risks }
desk-seen-today = اليوم
desk-seen-week = هذا الأسبوع
desk-seen-earlier = قبل ذلك
desk-age-under_10 = أقل من 10
desk-age-10_12 = 10-12
desk-age-13_15 = 13-15
desk-age-16_17 = 16-17
desk-age-unsure = غير معروف
desk-risk-meeting = لقاء مخطط له
desk-risk-threats = تهديد أو ابتزاز
desk-risk-money = طلب مال
desk-risk-identifiable = يمكن التعرف على الطفل
