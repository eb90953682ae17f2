# رسائل البريد المرسلة إلى صندوق بريد الجمعية (docs/forwarding.md). نص عادي: بلا وسوم HTML.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] تحديث واحد
        [two] تحديثان
        [few] { $events } تحديثات
       *[other] { $events } تحديث
    } في { $cases ->
        [one] حالة واحدة
        [two] حالتين
        [few] { $cases } حالات
       *[other] { $cases } حالة
    }: { $list }
forward-digest-intro = { $events ->
        [one] هذا ما حدث منذ الملخص الأخير.
       *[other] هذه الأمور التي حدثت منذ الملخص الأخير ({ $events }).
    }
forward-title-new-case = حالة جديدة: { $account }
forward-title-tip = بلاغ جديد { $reference } في هذه الحالة
forward-title-status = الحالة الآن: { $status }
forward-title-closed = أُغلقت: { $outcome }
forward-title-merged = دُمجت الحالة #{ $source } في هذه الحالة
forward-title-outcome = ما فعلته المنصة: { $outcome }
forward-title-question = أجاب أحد المبلّغين عن سؤالكم ({ $reference })
forward-title-followup = متابعة { $reference }: { $answer }
forward-title-erased = حُذف البلاغ { $reference }
forward-followup-gone = الحساب لم يعد موجودًا
forward-followup-still_there = الحساب ما زال موجودًا
forward-followup-unsure = لم يستطع المبلّغ أن يعرف
forward-erased-body = حُذف البلاغ { $reference } بطلب من صاحبه أو من أحد المشغّلين. يُرجى حذفه من سجلاتكم أيضًا.
forward-heading-tip = البلاغ
forward-heading-case = الحالة #{ $id }
forward-field-status = الحالة
forward-field-level = الأولوية
forward-field-category = الفئة
forward-field-platform = المنصة
forward-field-account = الحساب
forward-field-tips = البلاغات
forward-field-reporters = مبلّغين
forward-field-told = أُبلغت المنصة
forward-field-opened = فُتحت
forward-field-assignee = يتولاها
forward-field-outcome = النتيجة
forward-field-merged-into = دُمجت في
forward-field-reference = المرجع
forward-field-filed = أُرسل
forward-field-accounts = الحسابات
forward-field-related = حسابات مرتبطة
forward-field-danger = طفل في خطر
forward-field-country = البلد
forward-field-language = اللغة
forward-field-consent = يقبل التواصل
forward-field-details = بكلماته
forward-details-withheld = (لا يُرسل بالبريد: اقرؤوه في لوحة المتطوعين)
forward-footer = أرسله Tipline. لا شيء في هذه الرسالة يكشف هوية المبلّغ. الروابط مكتوبة بطريقة لا تُفتح بالخطأ (hxxps و[.]).
