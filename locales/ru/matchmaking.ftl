## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = Ваши встречи
match-event-line = { $days } · часовой пояс { $zone }
match-closed-note = Приём запросов на встречи на этом мероприятии закрыт; ваш график встреч остаётся на этой странице.
match-find-people = Найти собеседников
match-back-registration = Ваша регистрация
match-agenda = Ваш график встреч
match-agenda-empty = Для вас пока не назначено ни одной встречи. Принятые встречи появятся здесь, как только секретариат включит их в расписание.
match-col-time = Время
match-col-table = Стол
match-col-with = С кем
match-col-notes = Примечания
match-col-slot = Слот
match-col-tables = Столы
match-col-used = Встречи
match-col-actions = Действия
match-col-person = Участник
match-col-pending = Ожидают ответа
match-col-accepted = Приняты
match-col-placed = В расписании
match-col-why = Почему нет встреч
match-interpreter-with = Переводчик: { $name }
match-confirmed = подтверждена
match-download-pdf = Скачать график встреч (PDF)
match-download-ics = Добавить в календарь (iCal)
match-incoming = Запросы вам
match-outgoing = Ваши запросы
match-none-yet = Пока нет.
match-none-sent = Вы ещё никому не направили запрос.
match-accept = Принять
match-decline = Отклонить
match-withdraw = Отозвать
match-cancel-meeting = Отменить встречу
match-profile = Ваш профиль
match-profile-hint = Другие участники, подбирая собеседников, видят, что вы предлагаете и что ищете, ваши темы и языки. Ваш адрес эл. почты никогда не показывается.
match-offers = Что вы предлагаете
match-offers-hint = Экспертиза, проекты, финансирование, решения.
match-needs = Что вы ищете
match-needs-hint = Партнёры, технико-экономические обоснования, пилотные проекты, консультации.
match-themes = Темы
match-languages = Языки встреч
match-languages-hint = Коды языков через запятую, например en, ko.
match-max-meetings = Максимум встреч
match-available = Когда вы свободны
match-available-hint = Снимите отметки со слотов, в которые вы не можете участвовать.
match-save-profile = Сохранить профиль
match-saved-profile = Ваш профиль сохранён.
match-saved-request = Готово: ваши запросы обновлены.
match-saved-sent = Ваш запрос отправлен. Мы сообщим вам, когда на него ответят.
match-people-title = Собеседники
match-search = Поиск
match-theme = Тема
match-language = Язык
match-any = Любой
match-filter = Применить фильтр
match-people-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
match-see-requests = Посмотреть ваши запросы
match-request-meeting = Запросить встречу
match-message = Сообщение (почему вы хотели бы встретиться)
match-companions = Коллеги, которые придут вместе с вами
match-send-request = Отправить запрос
match-status-pending = ожидает ответа
match-status-accepted = принят
match-status-declined = отклонён
match-status-withdrawn = отозван
match-status-expired = истёк без ответа
match-status-cancelled = отменён
match-ics-summary = Встреча: { $with }
match-ics-location = Стол { $table }, { $event }
match-pdf-footer = Ваш код: { $code } · храните этот график вместе с бейджем
match-staff-title = Подбор встреч
match-not-set-up = Подбор встреч для этого мероприятия ещё не настроен: чтобы начать, сохраните настройки ниже.
match-stat-participants = участники
match-stat-pending = запросы ждут ответа
match-stat-accepted = принятые встречи
match-stat-without = без встречи в расписании
match-run-title = Расписание
match-run-intro = Планировщик ставит каждую принятую встречу в слот и за стол, когда свободны все её участники, и в первую очередь старается обеспечить хотя бы одной встречей как можно больше людей. Закреплённые встречи остаются на своих местах; для запросов, поступивших позже, запустите его ещё раз.
match-run = Запустить планировщик
match-running = Составляем расписание…
match-run-line = Последний запуск: назначено встреч { $scheduled }, не назначено { $unscheduled }. Баллы приоритета { $total } из доказанного максимума { $bound } ({ $ms } мс).
match-plan-pdf = План расстановки столов в зале (PDF)
match-meetings = Встречи
match-no-meetings = Принятых встреч пока нет.
match-side-a = Сторона А
match-side-b = Сторона Б
match-by-staff = назначена секретариатом
match-locked = закреплена
match-unplaced = не в расписании
match-lock = Закрепить
match-unlock = Открепить
match-place = Разместить
match-arrange = Назначить встречу
match-priority = Приоритет (1–10)
match-scheduler-decides = На усмотрение планировщика
match-people-staff = Сколько встреч у каждого
match-why-no-accepted = нет принятых встреч
match-why-not-run = после принятия расписание ещё не составлялось
match-short-no_requests = нет принятых встреч
match-short-no_common_availability = нет слота, в котором свободны обе стороны
match-short-capacity = все слоты, столы или переводчики заняты
match-remind = { $count ->
    [one] Напомнить { $count } участнику без встреч
    [few] Напомнить { $count } участникам без встреч
    [many] Напомнить { $count } участникам без встреч
   *[other] Напомнить участникам без встреч ({ $count })
}
match-slots = Слоты и столы
match-tables-suggestion = Принятых встреч: { $meetings }, слотов: { $slots }. Около { $tables } столов на слот оставят запас 10–20 %, необходимый планировщику.
match-delete = Удалить
match-day = День
match-start = Начало
match-end = Окончание
match-add-slot = Добавить слот
match-settings = Настройки
match-open = Приём запросов открыт: участники могут отправлять запросы и отвечать на них
match-request-days = Срок действия запроса (дней)
match-theme-en = Тема (на английском)
match-theme-ko = Тема (на корейском)
match-save-settings = Сохранить настройки
match-interpreters = Переводчики
match-interpreter-name = Имя
match-interpreter-languages = Языки (коды)
match-add-interpreter = Добавить переводчика
match-done-settings = Настройки сохранены.
match-done-slot = Слот добавлен.
match-done-slot-deleted = Слот удалён.
match-done-interpreter = Переводчик добавлен.
match-done-meeting = Встреча назначена.
match-done-placed = Встреча обновлена.
match-done-scheduled = Расписание составлено.
match-done-reminded = Напоминания поставлены в очередь.
progress-reading = Читаем запросы и свободное время участников…
progress-scheduling = Распределяем встречи…
progress-saving = Сохраняем расписание…
err-match-busy = Один из участников этой встречи в это время находится за другим столом.
err-match-closed = Приём запросов на встречи на этом мероприятии закрыт.
err-match-delegation-other-side = Человек, которому вы направляете запрос, не может одновременно входить в число сопровождающих вас коллег.
err-match-duplicate = Между вами уже есть запрос.
err-match-instance = Составить расписание при нынешних данных невозможно: { $detail }
err-match-interpreter-languages = Укажите не менее двух языков.
err-match-lock-unplaced = Прежде чем закрепить встречу, разместите её.
err-match-locked = Эту встречу подтвердил секретариат; чтобы изменить её, обратитесь в секретариат.
err-match-no-slot = Выберите хотя бы один слот, когда вы свободны.
err-match-no-slots = Сначала добавьте слоты для встреч.
err-match-not-accepted = Разместить можно только принятую встречу (текущий статус: { $detail }).
err-match-not-participant = Не является участником подбора встреч на этом мероприятии.
err-match-not-pending = Этот запрос больше не ожидает ответа ({ $detail }).
err-match-range = Значение должно быть в пределах { $detail }.
err-match-request-changed = Тем временем этот запрос изменился; ниже показано его текущее состояние.
err-match-self = Нельзя запросить встречу с самим собой.
err-match-slot-locked = В этом слоте есть закреплённые встречи ({ $detail }): сначала перенесите или открепите их.
err-match-slot-outside = За пределами дней мероприятия ({ $detail }).
err-match-slot-overlap = Пересекается с другим слотом.
err-match-table-taken = Стол { $detail } в этом слоте уже занят.
err-match-unavailable = Один из участников этой встречи не свободен в этом слоте.
audit-action-matchmaking-settings = настройки подбора встреч сохранены
audit-action-matchmaking-slot = слот для встреч добавлен
audit-action-matchmaking-slot-delete = слот для встреч удалён
audit-action-matchmaking-interpreter = переводчик добавлен
audit-action-matchmaking-profile = профиль для подбора встреч сохранён
audit-action-match-request = запрошена встреча
audit-action-match-meeting = встреча назначена секретариатом
audit-action-match-place = встреча размещена
audit-action-match-schedule = составлено расписание встреч
audit-action-match-remind = напоминания участникам без встреч
mail-match-request-subject = { $from } предлагает встретиться на мероприятии «{ $event }»
mail-match-request-body = Уважаемый(-ая) { $name }!

    { $from } хотел(а) бы встретиться с Вами на мероприятии «{ $event }».{ $message }

    Принять или отклонить запрос можно на Вашей странице:
    { $link }
mail-match-accepted-subject = { $other } принял(а) Ваш запрос на встречу
mail-match-accepted-body = Уважаемый(-ая) { $name }!

    { $other } принял(а) Ваш запрос на встречу на мероприятии «{ $event }». Секретариат назначит время и стол для встречи; она появится в Вашем графике встреч:
    { $link }
mail-match-declined-subject = { $other } отклонил(а) Ваш запрос на встречу
mail-match-declined-body = Уважаемый(-ая) { $name }!

    { $other } не может встретиться с Вами на мероприятии «{ $event }». Возможно, с Вами встретятся другие участники: подберите собеседников на Вашей странице:
    { $link }
mail-match-reminder-subject = У Вас пока нет встреч в расписании мероприятия «{ $event }»
mail-match-reminder-body = Уважаемый(-ая) { $name }!

    В Вашем графике на мероприятии «{ $event }» пока нет ни одной встречи. Подберите собеседников, отправьте запросы и ответьте на те, что ждут Вашего ответа:
    { $link }
audit-action-accepted = запрос принят
audit-action-declined = запрос отклонён
audit-action-withdrawn = запрос отозван
audit-action-cancelled = встреча отменена
cli-demo-matchmaking = Загружен подбор встреч конференции мэров WeGO-ASCN: встреч в расписании — { $scheduled }, не размещено — { $unscheduled }

match-card-offers = Предлагает
match-card-needs = Ищет
match-card-languages = Языки встреч
event-matchmaking = Подбор встреч
match-panel-title = Встречи на этом мероприятии
match-panel-line = { $scheduled ->
    [0] Встреч в расписании пока нет
    [one] { $scheduled } встреча в расписании
    [few] { $scheduled } встречи в расписании
    [many] { $scheduled } встреч в расписании
   *[other] { $scheduled } встречи в расписании
}; { $waiting ->
    [0] нет запросов, ожидающих вашего ответа.
    [one] { $waiting } запрос ожидает вашего ответа.
    [few] { $waiting } запроса ожидают вашего ответа.
    [many] { $waiting } запросов ожидают вашего ответа.
   *[other] { $waiting } запроса ожидают вашего ответа.
}
match-panel-link = Найти собеседников и посмотреть ваш график встреч
match-rank-none = —
match-rank-1 = Круглый стол: первый выбор
match-rank-2 = Круглый стол: второй выбор
match-rank-3 = Круглый стол: третий выбор
match-rank-hint = На мини-круглых столах каждый получает место, максимально близкое к своему первому выбору, насколько позволяют столы.
match-roundtables = Ваши круглые столы
match-roundtable-line = Раунд { $round }: { $theme }, стол { $table }
err-match-no-themes = Сначала задайте темы мероприятия.
match-roundtables-title = Мини-круглые столы
match-roundtables-intro = { $count ->
    [one] { $count } участник расставил темы в порядке предпочтения.
    [few] { $count } участника расставили темы в порядке предпочтения.
    [many] { $count } участников расставили темы в порядке предпочтения.
   *[other] { $count } участника расставили темы в порядке предпочтения.
} Распределение обеспечивает всем максимальную суммарную удовлетворённость, какую позволяют столы, и доказывает это.
match-rounds = Число раундов
match-tables-per-theme = Столов на тему
match-seats = Мест за столом
match-no-repeat = Никто не попадает на одну тему дважды (оптимальность по-прежнему доказывается)
match-mix-countries = Смешивать страны за каждым столом (эвристика: показывается отставание от оптимума)
match-assign = Распределить места
match-round = Раунд { $round }
match-roundtables-exact = Удовлетворённость { $total } — доказанный оптимум.
match-roundtables-gap = Удовлетворённость { $total } при доказанном оптимуме { $bound } (разрыв { $gap } — цена смешивания стран).
match-roundtables-link = Мини-круглые столы
audit-action-roundtables = места за круглыми столами распределены

match-pages = Страницы списка участников
match-page-previous = ← Назад
match-page-next = Далее: страница { $page } из { $pages } →
match-col-when = Когда
match-request-refused = Ваш запрос участнику { $name } не отправлен: причина указана на его карточке.
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = тайский
lang-id = индонезийский
lang-tl = тагальский
lang-vi = вьетнамский
lang-ms = малайский
lang-km = кхмерский
lang-lo = лаосский
lang-my = бирманский
