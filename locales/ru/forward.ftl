# Письма в почтовый ящик организации (docs/forwarding.md). Только текст: без HTML-тегов.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] { $events } обновление
        [few] { $events } обновления
       *[other] { $events } обновлений
    } по { $cases ->
        [one] { $cases } делу
       *[other] { $cases } делам
    }: { $list }
forward-digest-intro = { $events ->
        [one] Вот что произошло с прошлой сводки.
       *[other] Вот что произошло с прошлой сводки (событий: { $events }).
    }
forward-title-new-case = Новое дело: { $account }
forward-title-tip = Новое сообщение { $reference } по этому делу
forward-title-status = Статус теперь: { $status }
forward-title-closed = Закрыто: { $outcome }
forward-title-merged = Дело #{ $source } объединено с этим
forward-title-outcome = Что сделала платформа: { $outcome }
forward-title-question = Человек ответил на ваш вопрос ({ $reference })
forward-title-followup = Повторный вопрос по { $reference }: { $answer }
forward-title-erased = Сообщение { $reference } удалено
forward-followup-gone = аккаунта больше нет
forward-followup-still_there = аккаунт всё ещё на месте
forward-followup-unsure = человек не смог сказать
forward-erased-body = Сообщение { $reference } удалено по просьбе того, кто его отправил, или оператора. Пожалуйста, удалите его и из своих записей.
forward-heading-tip = Сообщение
forward-heading-case = Дело #{ $id }
forward-field-status = Статус
forward-field-level = Приоритет
forward-field-category = Категория
forward-field-platform = Платформа
forward-field-account = Аккаунт
forward-field-tips = Сообщений
forward-field-reporters = людей
forward-field-told = Сообщено платформе
forward-field-opened = Открыто
forward-field-assignee = Ведёт
forward-field-outcome = Итог
forward-field-merged-into = Объединено с
forward-field-reference = Номер
forward-field-filed = Отправлено
forward-field-accounts = Аккаунты
forward-field-related = Связанные аккаунты
forward-field-danger = Ребёнок в опасности
forward-field-country = Страна
forward-field-language = Язык
forward-field-consent = Можно связаться
forward-field-details = Своими словами
forward-details-withheld = (в письма не входит: читайте в панели волонтёров)
forward-footer = Отправлено Tipline. Ничто в этом письме не указывает на того, кто сообщил. Ссылки записаны так, чтобы их нельзя было открыть случайно (hxxps, [.]).
