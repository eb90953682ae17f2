# بعد البلاغ (issue 16): نص البلاغ الجاهز للصق، والمتابعة، وإلى أين تتوجّه إن لم تتصرّف المنصّة.

## نص البلاغ الجاهز للصق

report-paste-button = أعطني نصًّا جاهزًا للصق
report-paste =
    إليك النص. انسخه والصقه حيث يطلب منك { $platform } وصف المشكلة:

    <pre>{ $paste }</pre>

    لا يقول إلا ما أخبرتنا به.
paste-account = أبلّغ عن هذا الحساب: { $account }
paste-category-sexual_imagery = ينشر صورًا جنسية لأطفال.
paste-category-grooming = يتواصل مع أطفال بطريقة جنسية أو تلاعبية (استدراج).
paste-category-sexualised_comments = ينشر تعليقات جنسية عن أطفال.
paste-category-collecting_photos = يجمع صور أطفال ويعيد نشرها بطريقة جنسية.
paste-category-stolen_photos = يعيد نشر صور أطفال مأخوذة من حسابات أشخاص آخرين.
paste-category-trading_network = جزء من شبكة تتبادل محتوى جنسيًا لأطفال.
paste-category-other = يعرّض أطفالًا للخطر.
paste-related = حسابات مرتبطة: { $related }
paste-policy = أعتقد أن هذا يخالف سياستكم "{ $policy }": { $url }
paste-no-policy = أعتقد أن هذا يخالف قواعدكم لحماية الأطفال.
paste-closing = يُرجى مراجعة هذا الحساب وإزالته.

## المتابعة

report-followup-ask =
    هل يمكننا أن نعود إليك لاحقًا لنسألك إن كانت المنصّة قد أزالت الحساب؟
    نسأل مرة واحدة، مع تذكير واحد على الأكثر. يمكنك إيقاف ذلك في أي وقت بالأمر /stopcontact.
report-followup-yes = نعم، تابعوا معي
report-followup-no = لا، شكرًا
followup-question =
    { $reminder ->
        [yes] <b>تذكير لطيف بشأن بلاغك { $reference }</b>
       *[no] <b>نعود إليك بشأن بلاغك { $reference }</b>
    }
    هل ما زال حساب { $platform } هذا موجودًا؟ { $account }
    لا تنظر إليه إلا إذا كنت مرتاحًا لذلك.
followup-question-young =
    { $reminder ->
        [yes] <b>تذكير لطيف بشأن بلاغك { $reference }</b>
       *[no] <b>نعود إليك بشأن بلاغك { $reference }</b>
    }
    هل ما زال حساب { $platform } هذا موجودًا؟ { $account }
    إن كان ما يحدث لك ما زال مستمرًا، فلست مضطرًا لمواجهته وحدك: أخبر شخصًا بالغًا تثق به. أنت لم تفعل شيئًا خاطئًا.
followup-gone = اختفى
followup-still = ما زال موجودًا
followup-unsure = لا أستطيع أن أعرف
followup-answer = { $body }
followup-thanks-gone = شكرًا على التحقّق. خبر جيد: الحساب اختفى. وقد سجّلت الجمعية ذلك.
followup-thanks-unsure = شكرًا على التحقّق. سجّلنا أنك لم تستطع أن تعرف؛ وسيتحقّق متطوعونا أيضًا.
followup-closed = شكرًا. هذا السؤال مغلق بالفعل، لذا لم يتغيّر شيء.
followup-still-intro =
    شكرًا لإخبارنا. لم تتصرّف المنصّة، وقد سجّلت الجمعية ذلك.
    إليك الجهات التي يمكنك التوجّه إليها الآن:
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = سيطلبون منك: { $facts }.
followup-young-still = إن كان ما يحدث لك ما زال مستمرًا: أخبر شخصًا بالغًا تثق به، واحظر الحساب. لا شيء من هذا ذنبك.

## قواعد كل جهة بكلمات بسيطة

escalation-rule-esafety = مفوّض السلامة الإلكترونية في أستراليا (eSafety): إن لم تُزل المنصّة التنمّر الإلكتروني ضد طفل خلال 48 ساعة من بلاغك، يمكنك تقديم شكوى إلى eSafety. ويمكن الإبلاغ عن مواد الاعتداء الجنسي على الأطفال إليه فورًا.
escalation-rule-police-now = هذا من شأن الشرطة: يمكنك الإبلاغ عن الاستدراج أو مواد الاعتداء فورًا دون انتظار المنصّة.
escalation-rule-rhc = خدمة Report Harmful Content (المملكة المتحدة) تتدخّل بعد أن تكون قد أبلغت المنصّة: إذا ردّت بأنه لم تُخالَف أي قاعدة، أو إذا انتظرت أكثر من أسبوع دون رد.
escalation-rule-hotline = الخط الوطني للإبلاغ في بلدك يستقبل بلاغات كهذه في أي وقت؛ أخبرهم أن المنصّة لم تتصرّف.
escalation-rule-ncmec = خط CyberTipline التابع لـ NCMEC يستقبل البلاغات من أي شخص، وبدون ذكر الاسم إن أردت، في أي وقت؛ لا حاجة لانتظار المنصّة.
escalation-rule-inhope = تدلّك INHOPE على الخط الوطني للإبلاغ في بلدك: أبلغ هناك واذكر أن المنصّة لم تتصرّف.
escalation-rule-dsa = في الاتحاد الأوروبي، يتيح لك قانون الخدمات الرقمية إرسال إشعار رسمي بمحتوى غير قانوني إلى المنصّة. وعليها أن تبتّ فيه وتشرح لك أسبابها. استخدم نموذج "المحتوى غير القانوني" في المنصّة واذكر أنك ترسل إشعارًا بموجب المادة 16.
escalation-asks-when_reported = متى أبلغت المنصّة
escalation-asks-how_reported = كيف أبلغت (داخل التطبيق أو عبر نموذج على الويب)
escalation-asks-platform_answer = بماذا ردّت المنصّة، إن ردّت
escalation-asks-account_links = رابط الحساب
escalation-asks-your_contact = اسمك وبريدك الإلكتروني (غير مطلوبين في حالة مواد الاعتداء الجنسي على الأطفال)
