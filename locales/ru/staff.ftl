## Рабочее место волонтёров: всё, что читают волонтёры, на языке TIPLINE_STAFF_LANGUAGE (по умолчанию английский).
## Эти тексты нужны только на языке персонала; остальные языки — для заявителей.
## Плейсхолдеры экранируются до отправки в Telegram; в тексте можно использовать <b>, <i> и <code>.
## Термины: case = дело; tip = жалоба; reporter = заявитель; claim = закрепить дело за собой; queue = очередь.
## Команды, их ключевые слова (in_progress, removed, mine, page, 7d, csv, add…) и обозначения аргументов
## (ID, LINK, PLATFORM…) не переводятся: ключевые слова читает код, а обозначения в подсказках (desk-usage-…) те же, что в /help.

## Карточки дел
desk-card-title = <b>Дело #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Закреплено за <b>{ $alias }</b>
desk-card-closed = <b>Закрыто:</b> { $outcome }
desk-card-merged = <b>Присоединено к делу #{ $into }</b>; его жалобы теперь там.
desk-card-account = <b>Аккаунт:</b> { $account }
desk-certainty-link = указан по ссылке
desk-certainty-username = указан по имени пользователя
desk-certainty-phone = указан по номеру телефона
desk-certainty-display_name = указан только по отображаемому имени: проверьте, что это тот же аккаунт
desk-certainty-unknown = сообщивший не знал аккаунт
desk-card-others = <b>Связанные аккаунты:</b> { $accounts }
desk-card-more-accounts = …и другие: /case { $id }
desk-card-platform = <b>Платформа:</b> { $platform } · <b>Категория:</b> { $category }
desk-card-tips = <b>Жалобы:</b> { $tips } · первая { $first } · последняя { $last }
desk-card-told = <b>Сообщено платформе:</b> { $told }
desk-card-contact = <b>Заявители, согласные на связь:</b> { $consenting }
desk-card-latest = <b>Последние жалобы</b>
desk-card-tip = { $reference } · заявитель #{ $reporter } ({ $reporter_tips ->
        [one] { $reporter_tips } жалоба
        [few] { $reporter_tips } жалобы
       *[other] { $reporter_tips } жалоб
    }) · { $country } · { $language } · сообщено платформе: { $reported } · согласие на связь: { $consent }
desk-card-danger = <b>Заявитель сообщил, что ребёнок в опасности.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (без подробностей)
desk-truncated = { $text }…

## Приоритет с объяснением («СРОЧНО: сексуальные изображения; 4 жалобы от 3 человек за 2 дня»)
desk-level-urgent = СРОЧНО
desk-level-high = высокий приоритет
desk-level-normal = обычный приоритет
desk-level-low = низкий приоритет
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [one] { $tips } жалоба
        [few] { $tips } жалобы
       *[other] { $tips } жалоб
    } от { $people ->
        [one] { $people } человека
       *[other] { $people } человек
    }
desk-why-count-span = { $tips ->
        [one] { $tips } жалоба
        [few] { $tips } жалобы
       *[other] { $tips } жалоб
    } от { $people ->
        [one] { $people } человека
       *[other] { $people } человек
    } за { $span }
desk-span-hours = { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[other] { $hours } часов
    }
desk-span-days = { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }
desk-why-danger = ребёнок может быть в опасности
desk-why-told = платформе сообщено
desk-why-not-told = платформе ещё не сообщено
desk-why-and = { $first }; { $then }

## Статусы, итоги, категории и ответы — так, как их видят волонтёры
desk-status-new = новое
desk-status-in_progress = в работе
desk-status-reported_to_platform = передано платформе
desk-status-escalated = передано на горячую линию или в полицию
desk-status-closed = закрыто
desk-outcome-removed = удалено
desk-outcome-no_violation = нарушений не найдено
desk-outcome-duplicate = дубликат
desk-outcome-not_enough_information = недостаточно информации
desk-category-sexual_imagery = сексуальные изображения
desk-category-grooming = груминг
desk-category-sexualised_comments = сексуализированные комментарии
desk-category-collecting_photos = сбор фото детей
desk-category-stolen_photos = украденные фото детей
desk-category-trading_network = сеть обмена
desk-category-other = другое
desk-told-yes = да, заявителем
desk-told-not_yet = ещё нет
desk-told-unknown = не указано
desk-told-us = да, нами
desk-yes = да
desk-no = нет
desk-unknown = ?
desk-none = нет
desk-list-more = { $first }, { $then }

## Кнопки (простой текст)
desk-button-claim = Взять себе
desk-button-unclaim = Вернуть в очередь
desk-button-in_progress = В работе
desk-button-reported_to_platform = Передано платформе
desk-button-escalated = Эскалировано
desk-button-close = Закрыть…
desk-button-reopen = Открыть снова
desk-button-details = Подробнее
desk-button-next = Дальше ▸
desk-button-outcome-removed = Удалено
desk-button-outcome-no_violation = Нарушений нет
desk-button-outcome-duplicate = Дубликат
desk-button-outcome-not_enough_information = Мало информации

## Ответы на действия
desk-close-ask = С каким итогом закрыть дело #{ $id }?
desk-done-claimed = Дело #{ $id } закреплено за вами.
desk-done-unclaimed = Дело #{ $id } снова в очереди.
desk-done-note = Заметка добавлена к делу #{ $id }.
desk-done-status = Дело #{ $id } теперь: { $status }.
desk-done-reopened = Дело #{ $id } снова открыто.
desk-done-merged = Дело #{ $source } присоединено к делу #{ $target }.
desk-done-linked = Связь добавлена: она появится в сети дела #{ $id }.
desk-done-asked = Вопрос отправлен { $count ->
        [1] заявителю
        [one] { $count } заявителю
       *[other] { $count } заявителям
    } по делу #{ $id } ({ $tips }). Ответы придут под карточкой дела.
desk-told-reporters = { $count ->
        [1] Заявителю сообщено.
        [one] Сообщено { $count } заявителю.
       *[other] Сообщено { $count } заявителям.
    }

## Отказы
desk-refused-not_allowed = Ваша роль этого не позволяет.
desk-refused-no_case = Дела #{ $case } нет.
desk-refused-closed = Дело #{ $case } закрыто. Координатор может открыть его снова командой /reopen.
desk-refused-merged = Дело #{ $case } присоединено к делу #{ $into }: работайте с ним.
desk-refused-not_closed = Дело #{ $case } не закрыто.
desk-refused-claimed_by = Это дело закреплено за { $alias }.
desk-refused-already_yours = Дело #{ $case } уже закреплено за вами.
desk-refused-not_claimed = Дело #{ $case } ни за кем не закреплено.
desk-refused-same_status = У дела #{ $case } уже этот статус.
desk-refused-bad_status = Такого статуса нет. Используйте: in_progress, reported, escalated (или /close ID OUTCOME).
desk-refused-needs_outcome = Для закрытия нужен итог: removed, no_violation, duplicate или not_enough_information.
desk-refused-same_case = Это то же самое дело.
desk-refused-same_account = Это аккаунт самого дела.
desk-refused-reopen_conflict = По аккаунту дела #{ $case } уже есть открытое дело: #{ $other }. Объедините их вместо этого.
desk-refused-no_consent = Никто из заявителей по делу #{ $case } не согласился на связь.
desk-refused-no_tip = Жалоба { $reference } не относится к этому делу, или с её заявителем нельзя связаться.
desk-refused-empty_note = Заметка пустая.
desk-refused-empty_question = Вопрос пустой.
desk-refused-too_long = Слишком длинно: нужно меньше { $limit ->
        [one] { $limit } символа
       *[other] { $limit } символов
    }.
desk-refused-stale = Эта кнопка устарела.

## Команды
desk-help =
    <b>Рабочее место волонтёров</b>
    /queue [status] [platform] [category] [mine] [page N] — открытые дела, самые срочные сначала
    /case ID — дело целиком: история и связанные дела
    /find LINK или /find PLATFORM @handle — дела по аккаунту
    /claim ID · /unclaim ID — закрепить дело за собой или вернуть в очередь
    /note ID text — добавить заметку
    /status ID in_progress|reported|escalated — сменить статус
    /close ID removed|no_violation|duplicate|not_enough_information — закрыть с итогом
    /ask ID question (или /ask TIP-XXXXXX question) — задать вопрос заявителям, согласившимся на связь
    /link ID LINK или /link ID OTHER-ID — отметить аккаунты как связанные
    /merge ID INTO-ID · /reopen ID (для координаторов)
    /stats [7d|30d|FROM [TO]] · /export [FROM [TO]] [csv|json] (для координаторов)
    /volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE] (для администраторов)
## Меню команд группы волонтёров (Telegram показывает эти описания, когда волонтёр набирает «/»; не больше 256 символов каждое)
desk-command-desk = Что умеет рабочее место волонтёров
desk-command-queue = Открытые дела, самые срочные сначала
desk-command-case = Дело целиком: жалобы, история и связанные дела
desk-command-find = Найти дела по аккаунту
desk-command-claim = Закрепить дело за собой
desk-command-unclaim = Вернуть дело в очередь
desk-command-note = Добавить заметку к делу
desk-command-status = Сменить статус дела: в работе, передано платформе, эскалировано
desk-command-close = Закрыть дело с итогом
desk-command-ask = Задать вопрос заявителям, согласившимся на связь
desk-command-link = Отметить аккаунты как связанные
desk-command-merge = Объединить два дела (для координаторов)
desk-command-reopen = Снова открыть закрытое дело (для координаторов)
desk-command-stats = Статистика за период (для координаторов)
desk-command-export = Выгрузить дела в CSV или JSON (для координаторов)
desk-command-volunteers = Команда и роли (для администраторов)
desk-usage = Формат: { $usage }
desk-usage-queue = /queue [status] [platform] [category] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find LINK или /find PLATFORM @handle
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID text
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (чтобы закрыть дело: /close ID OUTCOME)
desk-usage-close = /close ID OUTCOME
desk-usage-merge = /merge ID INTO-ID
desk-usage-link = /link ID LINK или /link ID OTHER-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID question или /ask TIP-XXXXXX question
desk-usage-volunteers = /volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE]
desk-bad-period = Не удалось распознать период. Укажите 7d, 30d или даты вида 2026-01-31.

## /queue и /find
desk-queue-heading = <b>Очередь</b> · стр. { $page }
desk-queue-heading-filtered = <b>Очередь</b>: { $filters } · стр. { $page }
desk-queue-mine = мои дела
desk-queue-empty = С такими фильтрами в очереди ничего нет.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] { $tips } жалоба
        [few] { $tips } жалобы
       *[other] { $tips } жалоб
    } · { $status }
desk-queue-assignee = закреплено за { $alias }
desk-find-heading = <b>Дела по аккаунту { $account }</b>
desk-find-none = Дел по аккаунту { $account } нет.
desk-find-named = (упомянут в жалобе)
desk-find-unreadable = Не удалось распознать аккаунт. Вставьте полную ссылку или укажите платформу: /find instagram @name

## /case
desk-history-heading = <b>История</b> (показано { $shown } из { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = система
desk-actor-reporter = заявитель
desk-actor-cli = консоль сервера
desk-action-case_opened = открыто по жалобе { $tip }
desk-action-tip_added = добавлена жалоба { $tip }
desk-action-claimed = закреплено
desk-action-unclaimed = возвращено в очередь
desk-action-note = заметка: { $text }
desk-action-status = статус: { $before } → { $after }
desk-action-status-closed = закрыто: { $outcome }
desk-action-reopened = открыто снова
desk-action-merged_into = присоединено к делу #{ $case }
desk-action-merged_from = к этому делу присоединено дело #{ $case }
desk-action-linked = связано: { $what }
desk-action-asked = вопрос заявителю по { $tips }: { $text }
desk-action-answered = ответ по { $tip }: { $text }
desk-action-notified = { $count ->
        [1] заявителю
        [one] { $count } заявителю
       *[other] { $count } заявителям
    } сообщено: { $status }
desk-action-other = { $action }
desk-network-heading = <b>Связанные дела</b> ({ $accounts ->
        [one] { $accounts } аккаунт
        [few] { $accounts } аккаунта
       *[other] { $accounts } аккаунтов
    } в пределах { $depth ->
        [one] { $depth } шага
       *[other] { $depth } шагов
    })
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] { $depth } шаг
        [few] { $depth } шага
       *[other] { $depth } шагов
    }
desk-network-none = Нет других дел с этими же аккаунтами или со ссылками на них.
desk-network-more = …и другие: сеть больше, чем показано.

## Ветка дела (ответы под его карточкой)
desk-thread-tip = К этому делу добавлена новая жалоба { $reference }: { $why }
desk-thread-answer = <b>Ответ заявителя #{ $reporter }</b> по { $reference }:
    { $text }

## /stats
desk-stats-heading = <b>Статистика</b> с { $since } по { $until }
desk-stats-totals = { $cases ->
        [one] { $cases } новое дело
        [few] { $cases } новых дела
       *[other] { $cases } новых дел
    }, { $tips ->
        [one] { $tips } жалоба
        [few] { $tips } жалобы
       *[other] { $tips } жалоб
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = По статусам сейчас
desk-stats-by-platform = По платформам
desk-stats-by-category = По категориям
desk-stats-count = { $name } { $count }
desk-stats-first-action = <b>Время до первого действия:</b> медиана { $median }, среднее { $mean } (обработано { $acted } из { $cases })
desk-stats-no-action = <b>Время до первого действия:</b> пока ни по одному делу не было действий
desk-duration-minutes = { $minutes } мин
desk-duration-hours = { $hours } ч
desk-duration-days = { $days } дн.

## /export
desk-export-started = Готовлю выгрузку (с { $since } по { $until }). Она появится здесь в виде файла.
desk-export-caption = Выгрузка Tipline с { $since } по { $until }: { $cases ->
        [one] { $cases } дело
        [few] { $cases } дела
       *[other] { $cases } дел
    }, { $tips ->
        [one] { $tips } жалоба
        [few] { $tips } жалобы
       *[other] { $tips } жалоб
    }. Без данных, по которым можно узнать заявителей.
desk-export-too-large = Выгрузка с { $since } по { $until } занимает { $size } МБ, а Telegram принимает файлы не больше 50 МБ. Запросите более короткий период или выполните <code>tipline cases export</code> на сервере.

## /volunteers
desk-volunteers-heading = <b>Волонтёры</b>
desk-volunteer-line = { $alias } · { $role } · с { $date } (добавил(а) { $by })
desk-volunteer-added = { $alias } теперь в команде, роль: { $role }.
desk-volunteer-removed = { $alias } больше не в команде волонтёров. Дела, закреплённые за { $alias }, вернулись в очередь.
desk-volunteer-role = У { $alias } теперь роль: { $role }.
desk-volunteer-error = Не выполнено: { $error }
desk-role-volunteer = волонтёр
desk-role-coordinator = координатор
desk-role-admin = администратор
desk-volunteer-error-bad_user_id = ID пользователя Telegram — положительное число (ID самого человека, а не группы).
desk-volunteer-error-bad_alias = псевдоним должен состоять из 1–32 символов (латинские буквы, цифры, «.», «_» или «-») и начинаться с буквы или цифры.
desk-volunteer-error-bad_role = роль может быть только volunteer, coordinator или admin.
desk-volunteer-error-exists = этот пользователь Telegram или этот псевдоним уже есть в команде волонтёров.
desk-volunteer-error-reserved_alias = псевдонимы system, reporter и cli зарезервированы для бота, заявителей и командной строки сервера; выберите другой.
desk-volunteer-error-not_found = в команде волонтёров нет «{ $who }».

## После жалобы (issue 16): решения платформ, повторные вопросы, эскалация, подотчётность

desk-why-still-up = всё ещё на месте через { $days } дн. после первой жалобы
desk-card-platform-outcome = <b>Платформа:</b> { $outcome } (проверено { $when }, { $alias })
desk-card-followups = <b>Ответы сообщивших:</b> { $still } — всё ещё на месте, { $gone } — удалён, { $unsure } — не могут понять
desk-card-did-not-act = ⚠️ <b>Платформа не приняла мер за 48 ч</b> (по словам сообщившего, { $when } аккаунт был на месте)
desk-button-platform-outcome = Решение платформы
desk-platform-ask = Что платформа сделала с аккаунтом из дела #{ $id }?
desk-done-platform-outcome = Дело #{ $id }: решение платформы записано: { $outcome } (проверено { $when }).
desk-platform-outcome-removed = удалён
desk-platform-outcome-restricted = ограничен
desk-platform-outcome-still_up = всё ещё на месте
desk-platform-outcome-refused = платформа отказала
desk-platform-outcome-unknown = неизвестно
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>Сводка для эскалации, дело #{ $id }</b> (без данных о сообщивших)
    <b>Платформа:</b> { $platform }
    <b>Аккаунты:</b>
    { $accounts }
    <b>Первая жалоба:</b> { $first } · <b>последняя:</b> { $last }
    <b>Независимых сообщивших:</b> { $reporters } (жалоб: { $tips })
    <b>Категории:</b> { $categories }
    <b>Сами пожаловались платформе:</b> { $told }
    <b>Что сделала платформа, по нашим проверкам:</b>
    { $checks }
    <b>Ответы на повторный вопрос:</b> { $still } — на месте, { $gone } — удалён, { $unsure } — не могут понять
desk-pstats-heading = <b>Подотчётность платформ</b> с { $since } по { $until }: жалоб на аккаунты — { $reported }, удалено — { $removed }
desk-pstats-line = { $name }: жалоб { $reported } · удалено ≤48 ч { $h48 }, ≤7 дн { $d7 }, ≤30 дн { $d30 } · медиана { $median } ч · на месте { $still } · отказ { $refused }
desk-pstats-none = За этот период не было первых жалоб ни на один аккаунт.
desk-chart-title = Что сделали платформы, { $since } – { $until }: жалоб на аккаунты { $reported }, удалено { $removed }
desk-chart-caption = Подотчётность платформ: жалоб на аккаунты { $reported }, удалено { $removed } (по проверкам волонтёров).
desk-chart-reported = аккаунтов, на которые пожаловались
desk-chart-hours = медиана часов до удаления
desk-chart-none = ни одного не удалено
desk-chart-removed-48h = удалён за 48 ч
desk-chart-removed-7d = удалён за 7 дней
desk-chart-removed-later = удалён позже
desk-chart-restricted = ограничен
desk-chart-still-up = всё ещё на месте
desk-chart-refused = платформа отказала
desk-chart-unchecked = ещё не проверен
desk-action-platform_outcome = решение платформы: { $outcome } (проверено { $checked })
desk-action-follow_up = ответ на повторный вопрос по { $tip }: { $answer }
desk-action-platform_did_not_act = платформа не приняла мер за 48 ч ({ $tip })
desk-refused-bad_outcome = Решение — одно из: removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = День проверки не может быть в будущем или раньше открытия дела.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [ГГГГ-ММ-ДД проверки]
desk-usage-escalate = /escalate ID
desk-command-outcome = Записать, что сделала платформа
desk-command-escalate = Сводка для регулятора или платформы

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = сообщение { $tip } стёрто по запросу
desk-text-erased = [стёрто]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX: отметить жалобу как злоупотребление (автор блокируется, не узнавая об этом) · /unblock TIP-XXXXXX: отменить
desk-card-fresh-only = ⚠️ Все авторы жалоб по этому делу новые: никто из них раньше не присылал жалоб. Проверьте, прежде чем действовать.
desk-card-tip-abuse = 🚫 Отмечена как злоупотребление: не учитывается.
desk-card-short = <b>Дело #{ $id }</b> · { $level } · { $status } · жалоб: { $tips }. Полная карточка слишком длинная, чтобы показать её здесь: /case { $id }
desk-button-abuse = Злоупотребление…
desk-abuse-ask = Какая жалоба в деле #{ $id } — злоупотребление? Её автор больше не сможет присылать жалобы (он об этом не узнает). /unblock TIP-… отменяет это.
desk-done-abuse = { $tip } отмечена как злоупотребление: автор заблокирован, дело #{ $id } переоценено без неё. /unblock { $tip } отменяет это.
desk-done-unblocked = Автор { $tip } снова может присылать жалобы, и его жалобы снова учитываются (дело #{ $id }).
desk-export-private = Выгрузка придёт в ваш личный чат с ботом, а не сюда. Если её нет, откройте чат с ботом, нажмите «Старт» и запросите снова.
desk-refused-bad_reference = «{ $reference }» — не номер жалобы (номера выглядят так: TIP-7KQ2F9).
desk-refused-unknown_tip = Жалобы { $reference } нет.
desk-refused-already_abuse = { $reference } уже отмечена как злоупотребление.
desk-refused-not_blocked = Автор { $reference } не заблокирован.
desk-action-abuse_marked = отметил(а) { $tip } как злоупотребление (автор заблокирован)
desk-action-abuse_lifted = снял(а) блокировку с автора { $tip }
desk-action-tip_set_aside = жалоба { $tip } от заблокированного автора отложена
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Отметить жалобу как злоупотребление (блокирует автора)
desk-command-unblock = Отменить /abuse: автор снова может присылать жалобы
desk-volunteer-leaving-group = Этого человека также удаляют из этой группы (для этого бот должен быть здесь администратором с правом блокировать участников).
desk-remove-failed = ⚠️ Не удалось удалить { $alias } из группы волонтёров ({ $reason }): этот человек всё ещё может читать все карточки. Сделайте бота администратором с правом блокировать участников или удалите человека вручную.
desk-stranger-joined = ⚠️ В эту группу вступил человек, которого нет в списке волонтёров (ID пользователя Telegram { $user }): он может читать все карточки. Удалите его или добавьте командой /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ В эту группу вступил человек, которого нет в списке волонтёров (ID пользователя Telegram { $user }), и он был удалён. Если он должен быть здесь, добавьте его командой /volunteers add { $user } ALIAS и пригласите снова.
