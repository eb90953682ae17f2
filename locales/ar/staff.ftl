## مكتب المتطوعين: كل ما يقرؤه المتطوعون، بلغة TIPLINE_STAFF_LANGUAGE (الإنجليزية افتراضيًا).
## لا تلزم هذه النصوص إلا بلغة الفريق؛ أما اللغات الأخرى فهي للمُبلِّغين.
## تُنظَّف العناصر النائبة قبل وصولها إلى Telegram؛ ويمكن أن يحتوي النص على <b> و<i> و<code>.
## المصطلحات: case = قضية؛ tip = بلاغ؛ reporter = مُبلِّغ؛ claim = تولّي القضية (مُسنَدة إلى)؛ queue = قائمة الانتظار.
## الأوامر وكلماتها المفتاحية (in_progress وremoved وmine وpage و7d وcsv وadd…) ورموز الوسائط (ID وLINK وPLATFORM…)
## تبقى بالإنجليزية: فالبرنامج يقرأ الكلمات المفتاحية، وتبقى رموز الوسائط في أسطر طريقة الاستخدام (desk-usage-…) كما في ‎/help.
## علامات الاتجاه غير المرئية، كما في tipline.ftl: U+200E قبل / و# و@ وبعد الرقم الذي يليها (مثل ‎#{ $id }‎)؛
## وU+200F في أول السطر الذي يبدأ بعنصر نائب أو باسم لاتيني حتى يبقى من اليمين إلى اليسار؛ وU+200E في أول
## أسطر الأوامر في ‎/help؛ وU+2066 وU+2069 حول «المنصة والحساب» حتى لا ينقلب ترتيبهما. يُرجى الإبقاء عليها.

## بطاقات القضايا
desk-card-title = <b>القضية ‎#{ $id }‎</b> · { $level } · { $status }
desk-card-claimed = مُسنَدة إلى <b>{ $alias }</b>
desk-card-closed = <b>مُغلقة:</b> { $outcome }
desk-card-merged = <b>دُمجت في القضية ‎#{ $into }‎</b>، وبلاغاتها موجودة هناك الآن.
desk-card-account = <b>الحساب:</b> { $account }
desk-certainty-link = حُدِّد برابطه
desk-certainty-username = حُدِّد باسم المستخدم
desk-certainty-phone = حُدِّد برقم هاتف
desk-certainty-display_name = حُدِّد باسم ظاهر فقط: تحقّق من أنه الحساب نفسه
desk-certainty-unknown = لم يعرف المُبلِّغ الحساب
desk-card-others = <b>الحسابات المرتبطة:</b> { $accounts }
desk-card-more-accounts = …وغيرها: ‎/case { $id }‎
desk-card-platform = <b>المنصة:</b> { $platform } · <b>الفئة:</b> { $category }
desk-card-tips = <b>البلاغات:</b> { $tips } · أولها { $first } · آخرها { $last }
desk-card-told = <b>الإبلاغ إلى المنصة:</b> { $told }
desk-card-contact = <b>المُبلِّغون الموافقون على التواصل:</b> { $consenting }
desk-card-latest = <b>أحدث البلاغات</b>
desk-card-tip = ‏{ $reference } · المُبلِّغ ‎#{ $reporter }‎ ({ $reporter_tips ->
        [zero] { $reporter_tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $reporter_tips } بلاغات
        [many] { $reporter_tips } بلاغًا
       *[other] { $reporter_tips } بلاغ
    }) · { $country } · { $language } · إبلاغ المنصة: { $reported } · الموافقة على التواصل: { $consent }
desk-card-danger = <b>ذكر المُبلِّغ أن طفلًا في خطر.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (لم تُذكر تفاصيل)
desk-truncated = { $text }…

## الأولوية وأسبابها («عاجلة: صور جنسية؛ 4 بلاغات من 3 أشخاص خلال يومين»)
desk-level-urgent = عاجلة
desk-level-high = أولوية عالية
desk-level-normal = أولوية عادية
desk-level-low = أولوية منخفضة
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [zero] { $tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $tips } بلاغات
        [many] { $tips } بلاغًا
       *[other] { $tips } بلاغ
    } من { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    }
desk-why-count-span = { $tips ->
        [zero] { $tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $tips } بلاغات
        [many] { $tips } بلاغًا
       *[other] { $tips } بلاغ
    } من { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    } خلال { $span }
desk-span-hours = { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }
desk-span-days = { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
desk-why-danger = قد يكون طفل في خطر
desk-why-told = أُبلغت المنصة
desk-why-not-told = لم تُبلَّغ المنصة بعد
desk-why-and = { $first }؛ { $then }

## الحالات والنتائج والفئات والإجابات، كما يقرؤها المتطوعون
desk-status-new = جديدة
desk-status-in_progress = قيد العمل
desk-status-reported_to_platform = أُبلغت المنصة
desk-status-escalated = أُحيلت إلى الخط الساخن أو الشرطة
desk-status-closed = مُغلقة
desk-outcome-removed = تمت الإزالة
desk-outcome-no_violation = لم تُرصد مخالفة
desk-outcome-duplicate = مكرّرة
desk-outcome-not_enough_information = معلومات غير كافية
desk-category-sexual_imagery = صور جنسية
desk-category-grooming = استدراج
desk-category-sexualised_comments = تعليقات جنسية
desk-category-collecting_photos = جمع صور أطفال
desk-category-stolen_photos = صور أطفال مسروقة
desk-category-trading_network = شبكة تبادل
desk-category-other = أخرى
desk-told-yes = نعم، من قِبل مُبلِّغ
desk-told-not_yet = ليس بعد
desk-told-unknown = غير مذكور
desk-told-us = نعم، من قِبلنا
desk-yes = نعم
desk-no = لا
desk-unknown = ؟
desk-none = لا يوجد
desk-list-more = { $first }، { $then }

## الأزرار (نص عادي)
desk-button-claim = تولّي القضية
desk-button-unclaim = إعادة إلى القائمة
desk-button-in_progress = قيد العمل
desk-button-reported_to_platform = أُبلغت المنصة
desk-button-escalated = أُحيلت
desk-button-close = إغلاق…
desk-button-reopen = إعادة فتح
desk-button-details = التفاصيل
desk-button-next = الصفحة التالية ◂
desk-button-outcome-removed = تمت الإزالة
desk-button-outcome-no_violation = لا مخالفة
desk-button-outcome-duplicate = مكرّرة
desk-button-outcome-not_enough_information = معلومات غير كافية

## الردود على الإجراءات
desk-close-ask = بأي نتيجة تُغلق القضية ‎#{ $id }‎؟
desk-done-claimed = أصبحت القضية ‎#{ $id }‎ مُسنَدة إليك.
desk-done-unclaimed = عادت القضية ‎#{ $id }‎ إلى قائمة الانتظار.
desk-done-note = أُضيفت ملاحظة إلى القضية ‎#{ $id }‎.
desk-done-status = حالة القضية ‎#{ $id }‎ الآن: { $status }.
desk-done-reopened = أُعيد فتح القضية ‎#{ $id }‎.
desk-done-merged = دُمجت القضية ‎#{ $source }‎ في القضية ‎#{ $target }‎.
desk-done-linked = تم الربط: سيظهر ذلك في شبكة القضية ‎#{ $id }‎.
desk-done-asked = أُرسل السؤال إلى { $count ->
        [zero] { $count } مُبلِّغ
        [one] المُبلِّغ
        [two] مُبلِّغَين
        [few] { $count } مُبلِّغين
        [many] { $count } مُبلِّغًا
       *[other] { $count } مُبلِّغ
    } في القضية ‎#{ $id }‎ ({ $tips }). تصل الإجابات تحت بطاقة القضية.
desk-told-reporters = { $count ->
        [zero] لم يُبلَّغ أي مُبلِّغ.
        [one] أُبلغ المُبلِّغ.
        [two] أُبلغ مُبلِّغان.
        [few] أُبلغ { $count } مُبلِّغين.
        [many] أُبلغ { $count } مُبلِّغًا.
       *[other] أُبلغ { $count } مُبلِّغ.
    }

## حالات الرفض
desk-refused-not_allowed = دورك لا يسمح بذلك.
desk-refused-no_case = لا توجد قضية ‎#{ $case }‎.
desk-refused-closed = القضية ‎#{ $case }‎ مُغلقة. يمكن لأحد المنسّقين إعادة فتحها بالأمر ‎/reopen.
desk-refused-merged = دُمجت القضية ‎#{ $case }‎ في القضية ‎#{ $into }‎: يُرجى العمل على تلك القضية.
desk-refused-not_closed = القضية ‎#{ $case }‎ ليست مُغلقة.
desk-refused-claimed_by = هذه القضية مُسنَدة إلى { $alias }.
desk-refused-already_yours = القضية ‎#{ $case }‎ مُسنَدة إليك بالفعل.
desk-refused-not_claimed = القضية ‎#{ $case }‎ غير مُسنَدة إلى أحد.
desk-refused-same_status = القضية ‎#{ $case }‎ في هذه الحالة بالفعل.
desk-refused-bad_status = هذه ليست حالة. يُرجى استخدام: in_progress أو reported أو escalated. وللإغلاق: ‎/close ID OUTCOME
desk-refused-needs_outcome = يتطلب الإغلاق نتيجة: removed أو no_violation أو duplicate أو not_enough_information.
desk-refused-same_case = هذه هي القضية نفسها.
desk-refused-same_account = هذا هو حساب القضية نفسها.
desk-refused-reopen_conflict = لحساب القضية ‎#{ $case }‎ قضية مفتوحة بالفعل: ‎#{ $other }‎. يُرجى الدمج بدلًا من ذلك.
desk-refused-no_consent = لم يوافق أي مُبلِّغ في القضية ‎#{ $case }‎ على التواصل.
desk-refused-no_tip = البلاغ { $reference } ليس من بلاغات هذه القضية، أو لا يمكن التواصل مع مُرسِله.
desk-refused-empty_note = الملاحظة فارغة.
desk-refused-empty_question = السؤال فارغ.
desk-refused-too_long = النص طويل جدًا: يُرجى ألّا يبلغ { $limit ->
        [zero] { $limit } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }.
desk-refused-stale = هذا الزر لم يعد صالحًا.

## الأوامر
desk-help =
    <b>مكتب المتطوعين</b>
    ‎/queue [status] [platform] [category] [mine] [page N]: القضايا المفتوحة، الأكثر إلحاحًا أولًا
    ‎/case ID: القضية كاملةً، مع سجلّها والقضايا المرتبطة بها
    ‎/find LINK · /find PLATFORM @handle: القضايا المتعلقة بحساب
    ‎/claim ID · /unclaim ID: تولّي القضية أو إعادتها إلى قائمة الانتظار
    ‎/note ID text: إضافة ملاحظة
    ‎/status ID in_progress|reported|escalated: تغيير الحالة
    ‎/close ID removed|no_violation|duplicate|not_enough_information: إغلاق القضية بنتيجة
    ‎/ask ID question · /ask TIP-XXXXXX question: سؤال المُبلِّغين الذين وافقوا على التواصل (في القضية كلها، أو في بلاغ واحد)
    ‎/link ID LINK · /link ID OTHER-ID: تحديد حسابات مترابطة
    ‎/merge ID INTO-ID · /reopen ID: دمج القضايا وإعادة فتحها (للمنسّقين)
    ‎/stats [7d|30d|FROM [TO]] · /export [FROM [TO]] [csv|json]: الإحصاءات والتصدير (للمنسّقين)
    ‎/volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE]: إدارة المتطوعين (للمشرفين)
## قائمة أوامر مجموعة المتطوعين (يعرضها Telegram عندما يكتب المتطوع ‎/؛ 256 حرفًا كحدٍّ أقصى لكلٍّ منها)
desk-command-desk = ما يمكن لمكتب المتطوعين فعله
desk-command-queue = القضايا المفتوحة، الأكثر إلحاحًا أولًا
desk-command-case = القضية كاملةً: بلاغاتها وسجلّها والقضايا المرتبطة بها
desk-command-find = البحث عن القضايا المتعلقة بحساب
desk-command-claim = تولّي قضية
desk-command-unclaim = إعادة قضية إلى قائمة الانتظار
desk-command-note = إضافة ملاحظة إلى قضية
desk-command-status = تغيير حالة القضية: قيد العمل، أُبلغت المنصة، أُحيلت إلى الخط الساخن أو الشرطة
desk-command-close = إغلاق القضية بنتيجتها
desk-command-ask = سؤال المُبلِّغين الذين وافقوا على التواصل
desk-command-link = تحديد حسابات مترابطة
desk-command-merge = دمج قضيتين (للمنسّقين)
desk-command-reopen = إعادة فتح قضية مُغلقة (للمنسّقين)
desk-command-stats = إحصاءات فترة محددة (للمنسّقين)
desk-command-export = تصدير القضايا بصيغة CSV أو JSON (للمنسّقين)
desk-command-volunteers = الفريق وأدوار أعضائه (للمشرفين)
desk-usage = طريقة الاستخدام: { $usage }
desk-usage-queue = ‎/queue [status] [platform] [category] [mine] [page N]
desk-usage-case = ‎/case ID
desk-usage-find = ‎/find LINK أو ‎/find PLATFORM ‎@handle
desk-usage-claim = ‎/claim ID
desk-usage-unclaim = ‎/unclaim ID
desk-usage-note = ‎/note ID text
desk-usage-status = ‎/status ID in_progress|reported|escalated
desk-usage-status-close = ‎/status ID in_progress|reported|escalated (وللإغلاق: ‎/close ID OUTCOME)
desk-usage-close = ‎/close ID OUTCOME
desk-usage-merge = ‎/merge ID INTO-ID
desk-usage-link = ‎/link ID LINK أو ‎/link ID OTHER-ID
desk-usage-reopen = ‎/reopen ID
desk-usage-ask = ‎/ask ID question أو ‎/ask TIP-XXXXXX question
desk-usage-volunteers = ‎/volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE]
desk-bad-period = تعذّرت قراءة هذه المدة. يُرجى استخدام 7d أو 30d أو تواريخ مثل 2026-01-31.

## ‎/queue و‎/find
desk-queue-heading = <b>قائمة الانتظار</b> · الصفحة { $page }
desk-queue-heading-filtered = <b>قائمة الانتظار</b>: { $filters } · الصفحة { $page }
desk-queue-mine = قضاياي
desk-queue-empty = لا توجد قضايا في قائمة الانتظار تطابق عوامل التصفية هذه.
desk-queue-line = ‏<b>‎#{ $id }‎</b> · { $level } · { $category } · ⁦{ $platform } { $account }⁩ · { $tips ->
        [zero] { $tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $tips } بلاغات
        [many] { $tips } بلاغًا
       *[other] { $tips } بلاغ
    } · { $status }
desk-queue-assignee = مُسنَدة إلى { $alias }
desk-find-heading = <b>القضايا المتعلقة بالحساب { $account }</b>
desk-find-none = لا توجد قضية تتعلق بالحساب { $account }.
desk-find-named = (مذكور في بلاغ)
desk-find-unreadable = تعذّر التعرّف على حساب في ذلك. يُرجى لصق الرابط كاملًا، أو ذكر المنصة: ‎/find instagram ‎@name

## ‎/case
desk-history-heading = <b>السجل</b> (آخر { $shown } من أصل { $total })
desk-history-line = ‏{ $when } · { $actor } · { $what }
desk-actor-system = النظام
desk-actor-reporter = المُبلِّغ
desk-actor-cli = سطر أوامر الخادم
desk-action-case_opened = فُتحت بالبلاغ { $tip }
desk-action-tip_added = أُضيف البلاغ { $tip }
desk-action-claimed = تولّي القضية
desk-action-unclaimed = إعادة القضية إلى قائمة الانتظار
desk-action-note = ملاحظة: { $text }
desk-action-status = الحالة: { $before } ← { $after }
desk-action-status-closed = مُغلقة: { $outcome }
desk-action-reopened = أُعيد فتحها
desk-action-merged_into = دُمجت في القضية ‎#{ $case }‎
desk-action-merged_from = دُمجت القضية ‎#{ $case }‎ في هذه القضية
desk-action-linked = رُبطت بـ { $what }
desk-action-asked = سؤال إلى مُبلِّغ { $tips }: { $text }
desk-action-answered = إجابة بشأن { $tip }: { $text }
desk-action-notified = أُبلغ { $count ->
        [zero] { $count } مُبلِّغ
        [one] المُبلِّغ
        [two] مُبلِّغان
        [few] { $count } مُبلِّغين
        [many] { $count } مُبلِّغًا
       *[other] { $count } مُبلِّغ
    } بالحالة: { $status }
desk-action-other = { $action }
desk-network-heading = <b>القضايا المرتبطة</b> ({ $accounts ->
        [zero] { $accounts } حساب
        [one] حساب واحد
        [two] حسابان
        [few] { $accounts } حسابات
        [many] { $accounts } حسابًا
       *[other] { $accounts } حساب
    } ضمن { $depth ->
        [zero] { $depth } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $depth } خطوات
        [many] { $depth } خطوةً
       *[other] { $depth } خطوة
    })
desk-network-line = ‏‎#{ $id }‎ · ⁦{ $platform } { $account }⁩ · { $status } · { $depth ->
        [zero] { $depth } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $depth } خطوات
        [many] { $depth } خطوةً
       *[other] { $depth } خطوة
    }
desk-network-none = لا توجد قضية أخرى تشترك في هذه الحسابات أو ترتبط بها.
desk-network-more = …وغيرها: الشبكة أكبر مما هو معروض.

## سلسلة القضية (الردود تحت بطاقتها)
desk-thread-tip = أُضيف بلاغ جديد { $reference } إلى هذه القضية: { $why }
desk-thread-answer = <b>إجابة من المُبلِّغ ‎#{ $reporter }‎</b> بشأن { $reference }:
    { $text }

## ‎/stats
desk-stats-heading = <b>الإحصاءات</b> من { $since } إلى { $until }
desk-stats-totals = { $cases ->
        [zero] { $cases } قضية جديدة
        [one] قضية جديدة واحدة
        [two] قضيتان جديدتان
        [few] { $cases } قضايا جديدة
        [many] { $cases } قضيةً جديدةً
       *[other] { $cases } قضية جديدة
    }، و{ $tips ->
        [zero] { $tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $tips } بلاغات
        [many] { $tips } بلاغًا
       *[other] { $tips } بلاغ
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = حسب الحالة الآن
desk-stats-by-platform = حسب المنصة
desk-stats-by-category = حسب الفئة
desk-stats-count = { $name } ({ $count })
desk-stats-first-action = <b>الوقت حتى أول إجراء:</b> الوسيط { $median }، والمتوسط { $mean } (اتُّخذ إجراء في { $acted } من أصل { $cases })
desk-stats-no-action = <b>الوقت حتى أول إجراء:</b> لم يُتخذ إجراء في أي قضية بعد
desk-duration-minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }
desk-duration-hours = { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }
desk-duration-days = { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }

## ‎/export
desk-export-started = جارٍ إعداد ملف التصدير (من { $since } إلى { $until }). وسيُنشر هنا كملف.
desk-export-caption = تصدير Tipline، من { $since } إلى { $until }: { $cases ->
        [zero] { $cases } قضية
        [one] قضية واحدة
        [two] قضيتان
        [few] { $cases } قضايا
        [many] { $cases } قضيةً
       *[other] { $cases } قضية
    }، و{ $tips ->
        [zero] { $tips } بلاغ
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $tips } بلاغات
        [many] { $tips } بلاغًا
       *[other] { $tips } بلاغ
    }. دون أي بيانات تكشف هوية المُبلِّغين.
desk-export-too-large = حجم تصدير الفترة من { $since } إلى { $until } هو { $size } ميغابايت، بينما يقبل Telegram ملفات حتى 50 ميغابايت. يُرجى طلب فترة أقصر، أو تشغيل الأمر ⁦<code>tipline cases export</code>⁩ على الخادم.

## ‎/volunteers
desk-volunteers-heading = <b>المتطوعون</b>
desk-volunteer-line = ‏{ $alias } · { $role } · منذ { $date } (الإضافة: { $by })
desk-volunteer-added = تمت إضافة { $alias } بدور { $role }.
desk-volunteer-removed = تمت إزالة { $alias } من قائمة المتطوعين، وأُعيدت القضايا المُسنَدة إلى { $alias } إلى قائمة الانتظار.
desk-volunteer-role = أصبح دور { $alias } الآن: { $role }.
desk-volunteer-error = لم يتم التنفيذ: { $error }
desk-role-volunteer = متطوع
desk-role-coordinator = منسّق
desk-role-admin = مشرف
desk-volunteer-error-bad_user_id = معرّف مستخدم Telegram رقم موجب (معرّف الشخص نفسه، لا معرّف مجموعة).
desk-volunteer-error-bad_alias = الاسم المستعار من 1 إلى 32 رمزًا (حروف لاتينية أو أرقام أو «.» أو «_» أو «-»)، ويبدأ بحرف أو رقم.
desk-volunteer-error-bad_role = الدور واحد مما يلي فقط: volunteer أو coordinator أو admin.
desk-volunteer-error-exists = مستخدم Telegram هذا أو هذا الاسم المستعار مسجَّل بالفعل بين المتطوعين.
desk-volunteer-error-reserved_alias = الأسماء المستعارة system وreporter وcli محجوزة للبوت وللمبلِّغين ولسطر أوامر الخادم؛ اختر اسمًا آخر.
desk-volunteer-error-not_found = لا يوجد بين المتطوعين من يطابق «{ $who }».

## بعد البلاغ (issue 16): قرارات المنصّات، المتابعة، التصعيد، المساءلة

desk-why-still-up = ما زال موجودًا بعد { $days } يومًا من أول بلاغ
desk-card-platform-outcome = <b>المنصّة:</b> { $outcome } (تحقّق { $alias } في { $when })
desk-card-followups = <b>متابعة المبلّغين:</b> { $still } ما زال موجودًا، { $gone } اختفى، { $unsure } لا يعرف
desk-card-did-not-act = ⚠️ <b>لم تتصرّف المنصّة خلال 48 ساعة</b> (قال أحد المبلّغين إنه ما زال موجودًا في { $when })
desk-button-platform-outcome = قرار المنصّة
desk-platform-ask = ماذا فعلت المنصّة بحساب الحالة #{ $id }؟
desk-done-platform-outcome = الحالة #{ $id }: سُجّل قرار المنصّة: { $outcome } (تم التحقّق في { $when }).
desk-platform-outcome-removed = أُزيل
desk-platform-outcome-restricted = قُيّد
desk-platform-outcome-still_up = ما زال موجودًا
desk-platform-outcome-refused = رفضت المنصّة
desk-platform-outcome-unknown = غير معروف
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>ملخّص للتصعيد، الحالة #{ $id }</b> (دون هوية المبلّغين)
    <b>المنصّة:</b> { $platform }
    <b>الحسابات:</b>
    { $accounts }
    <b>أول بلاغ:</b> { $first } · <b>آخر بلاغ:</b> { $last }
    <b>مبلّغون مستقلّون:</b> { $reporters } ({ $tips } بلاغات)
    <b>الفئات:</b> { $categories }
    <b>مبلّغون أبلغوا المنصّة بأنفسهم:</b> { $told }
    <b>ما فعلته المنصّة بحسب تحقّقنا:</b>
    { $checks }
    <b>إجابات المتابعة:</b> { $still } ما زال موجودًا، { $gone } اختفى، { $unsure } لا يعرف
desk-pstats-heading = <b>مساءلة المنصّات</b> من { $since } إلى { $until }: { $reported } حسابات مُبلَّغ عنها، { $removed } أُزيلت
desk-pstats-line = { $name }: { $reported } مُبلَّغ عنها · أُزيلت ≤48 س { $h48 }، ≤7 أيام { $d7 }، ≤30 يومًا { $d30 } · الوسيط { $median } س · ما زالت { $still } · رُفضت { $refused }
desk-pstats-none = لم يُبلَّغ عن أي حساب لأول مرة في هذه الفترة.
desk-chart-title = ما فعلته المنصّات، { $since } إلى { $until }: { $reported } حسابات مُبلَّغ عنها، { $removed } أُزيلت
desk-chart-caption = مساءلة المنصّات: { $reported } حسابات مُبلَّغ عنها، { $removed } أُزيلت (بحسب تحقّق المتطوعين).
desk-chart-reported = الحسابات المُبلَّغ عنها
desk-chart-hours = وسيط الساعات حتى الإزالة
desk-chart-none = لم يُزل أي حساب
desk-chart-removed-48h = أُزيل خلال 48 ساعة
desk-chart-removed-7d = أُزيل خلال 7 أيام
desk-chart-removed-later = أُزيل لاحقًا
desk-chart-restricted = قُيّد
desk-chart-still-up = ما زال موجودًا
desk-chart-refused = رفضت المنصّة
desk-chart-unchecked = لم يُتحقّق منه بعد
desk-action-platform_outcome = قرار المنصّة: { $outcome } (تم التحقّق { $checked })
desk-action-follow_up = إجابة متابعة بشأن { $tip }: { $answer }
desk-action-platform_did_not_act = لم تتصرّف المنصّة خلال 48 ساعة ({ $tip })
desk-refused-bad_outcome = القرار واحد من: removed، restricted، still_up، refused، unknown.
desk-refused-bad_checked_at = لا يمكن أن يكون يوم التحقّق في المستقبل أو قبل فتح الحالة.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [YYYY-MM-DD يوم التحقّق]
desk-usage-escalate = /escalate ID
desk-command-outcome = سجّل ما فعلته المنصّة
desk-command-escalate = ملخّص لجهة رقابية أو للمنصّة

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = حُذف البلاغ { $tip } بناءً على طلب
desk-text-erased = [محذوف]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = ‎/abuse TIP-XXXXXX: وسم بلاغ بأنه إساءة (يُحظر صاحبه دون إعلامه) · ‎/unblock TIP-XXXXXX: التراجع عن ذلك
desk-card-fresh-only = ⚠️ جميع المُبلِّغين في هذه الحالة جدد: لم يرسل أيٌّ منهم بلاغًا من قبل. تحقّقوا قبل اتخاذ أي إجراء.
desk-card-tip-abuse = 🚫 موسوم بأنه إساءة: لا يُحتسب.
desk-card-short = <b>الحالة #{ $id }</b> · { $level } · { $status } · { $tips } بلاغات. البطاقة الكاملة أطول من أن تُعرض هنا: ‎/case { $id }
desk-button-abuse = إساءة…
desk-abuse-ask = أيّ بلاغ في الحالة #{ $id } هو إساءة؟ سيُمنع صاحبه من إرسال البلاغات (دون إعلامه). ‎/unblock TIP-… يتراجع عن ذلك.
desk-done-abuse = وُسم { $tip } بأنه إساءة: حُظر صاحبه وأُعيد تقييم الحالة #{ $id } من دونه. ‎/unblock { $tip } يتراجع عن ذلك.
desk-done-unblocked = يمكن لصاحب { $tip } إرسال البلاغات من جديد، وعادت بلاغاته تُحتسب (الحالة #{ $id }).
desk-export-private = سيصلك ملف التصدير في محادثتك الخاصة مع البوت، لا هنا. إن لم يصل، افتح محادثة مع البوت واضغط «ابدأ» ثم اطلبه مرة أخرى.
desk-refused-bad_reference = «{ $reference }» ليس رقم بلاغ (أرقام البلاغات تبدو هكذا: TIP-7KQ2F9).
desk-refused-unknown_tip = لا يوجد بلاغ { $reference }.
desk-refused-already_abuse = { $reference } موسوم بالفعل بأنه إساءة.
desk-refused-not_blocked = صاحب { $reference } غير محظور.
desk-action-abuse_marked = وسم { $tip } بأنه إساءة (حُظر المُبلِّغ)
desk-action-abuse_lifted = رفع الحظر عن صاحب { $tip }
desk-action-tip_set_aside = البلاغ { $tip } من مُبلِّغ محظور وُضع جانبًا
desk-usage-abuse = ‎/abuse TIP-XXXXXX
desk-usage-unblock = ‎/unblock TIP-XXXXXX
desk-command-abuse = وسم بلاغ بأنه إساءة (يحظر صاحبه)
desk-command-unblock = التراجع عن ‎/abuse: يمكن للمُبلِّغ الإبلاغ من جديد
desk-volunteer-leaving-group = ويجري أيضًا إخراجه من هذه المجموعة (يجب أن يكون البوت مشرفًا هنا ومسموحًا له بحظر الأعضاء).
desk-remove-failed = ⚠️ تعذّر إخراج { $alias } من مجموعة المتطوعين ({ $reason }): ما زال بإمكانه قراءة كل البطاقات. اجعلوا البوت مشرفًا مسموحًا له بحظر الأعضاء، أو أخرجوه يدويًا.
desk-stranger-joined = ⚠️ انضم إلى هذه المجموعة شخص ليس في قائمة المتطوعين (معرّف مستخدم تيليجرام { $user }): يمكنه قراءة كل البطاقات. أخرجوه، أو أضيفوه عبر /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ انضم إلى هذه المجموعة شخص ليس في قائمة المتطوعين (معرّف مستخدم تيليجرام { $user }) وتم إخراجه. إن كان ينبغي أن يكون هنا، فأضيفوه عبر /volunteers add { $user } ALIAS ثم ادعوه من جديد.
