## Воронка привлечения членов и просроченные задачи (crates/meetings)

pipeline-title = Воронка привлечения членов
pipeline-intro = Организации, которые секретариат привлекает в члены, по регионам — от первого контакта до вступления. Стадии «Член» и (если заявка записана в справочнике) «Подаёт заявку» следуют за членством организации в справочнике сами.
pipeline-network = Сеть
pipeline-region = Регион
pipeline-all-regions = Все регионы
pipeline-region-none = Регион не указан
pipeline-show = Показать
pipeline-empty = В этой воронке пока нет организаций. Добавьте организацию ниже или запишите в справочнике членство со статусом «Потенциальный член».
pipeline-refused = Доска не изменена:
pipeline-stage-contacted = Контакт
pipeline-stage-interested = Интерес
pipeline-stage-applying = Подаёт заявку
pipeline-stage-member = Член
pipeline-stage-dropped = Отказ
pipeline-last-met = Последняя встреча
pipeline-never-met = ещё не было
pipeline-since = На этой стадии с
pipeline-open-follow-ups = { $count ->
    [one] { $count } открытая задача
    [few] { $count } открытые задачи
    [many] { $count } открытых задач
   *[other] { $count } открытой задачи
}
pipeline-overdue-follow-ups = просрочено: { $count }
pipeline-move-to = → { $stage }
pipeline-move-aria = Перевести { $organisation } на стадию «{ $stage }»
pipeline-held-member = Член: действующее членство записано в справочнике.
pipeline-held-applying = Заявка записана в справочнике.
pipeline-see-membership = Посмотреть членство
pipeline-moved = { $organisation } теперь на стадии «{ $stage }».
pipeline-add = Добавить организацию в воронку
pipeline-add-organisation = Организация
pipeline-add-hint = Её адрес в справочнике: lublin для /organisations/lublin.
pipeline-add-stage = Стадия
pipeline-add-button = Добавить в воронку

pipeline-panel-title = Мои просроченные задачи
pipeline-panel-none = Просроченных задач нет.
pipeline-panel-count = { $count ->
    [one] { $count } ваша задача просрочена.
    [few] { $count } ваши задачи просрочены.
    [many] { $count } ваших задач просрочено.
   *[other] { $count } вашей задачи просрочено.
}

err-pipeline-move = Так переместить нельзя (на «{ $detail }»): стадия «Член» следует за членством в справочнике, а после отказа работа начинается снова с «Контакта».
err-pipeline-by-directory = Стадию этой организации определяет её членство в справочнике: измените членство.
err-pipeline-on-board = Эта организация уже на доске (на стадии «{ $detail }»).

mail-follow-ups-overdue-subject = { $count ->
    [one] Просрочена { $count } задача
    [few] Просрочены { $count } задачи
    [many] Просрочено { $count } задач
   *[other] Просрочено { $count } задачи
}
mail-follow-ups-overdue-body = { $name }, здравствуйте!

    Срок ваших задач истёк:

    { $list }

    Отметьте каждую как выполненную или отменённую в журнале контактов: { $link }
mail-follow-ups-overdue-line = { $due }: { $title } ({ $organisation })

cli-remind-done = Напоминания о просроченных задачах: поставлено в очередь { $queued }, уже получили сегодня { $already }.
