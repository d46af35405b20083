# Hansa — каталог интерфейса на русском языке (эталон — английский каталог: все остальные языки следуют его ключам).

## Navigation and frame
nav-skip = Перейти к содержанию
nav-main = Главное меню
nav-home = Главная
nav-directory = Справочник членов
nav-map = Карта
nav-networks = Сети
nav-api = API
nav-staff = Секретариат
nav-audit = Журнал аудита
nav-login = Войти
nav-logout = Выйти
nav-language = Язык
footer-about = Hansa — справочник членов сети городов и органов местного самоуправления.

## Languages
lang-en = Английский
lang-ko = Корейский
lang-zh = Китайский
lang-ja = Японский
lang-ru = Русский
lang-mn = Монгольский

## Home
home-title = Наша сеть городов
home-lead = Города, региональные правительства, ведомства и партнёры работают вместе — найдите члена сети, его представительства и людей, которые действуют от его имени.
home-stats = Ключевые показатели
home-stat-organisations = организации
home-stat-members = действующие члены
home-stat-countries = страны
home-stat-networks = сети
home-map = Где находятся наши члены
home-networks = Сети
home-network-members = { $count ->
    [one] { $count } действующий член
    [few] { $count } действующих члена
    [many] { $count } действующих членов
   *[other] { $count } действующего члена
}
home-offices = Региональные представительства
office-closed = закрыто

## Directory
dir-title = Справочник членов
dir-filters = Фильтры
dir-search = Поиск
dir-search-placeholder = Название на любом языке, например Кёнджу, Gyeongju или 경주
dir-search-button = Найти
dir-any = Любой
dir-apply = Применить
dir-reset = Сбросить
dir-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
dir-empty = Нет организаций, соответствующих этим фильтрам.
dir-pages = Страницы
dir-prev = Назад
dir-next = Вперёд
dir-page = Страница { $page }

## Map
map-title = Члены по всему миру
map-label = Карта мира: действующие члены по странам (всего { $count })
map-caption = Действующие члены по странам; чем темнее цвет, тем больше членов.
map-more = Число членов по регионам и странам
map-by-region = По регионам
map-by-country = По странам
map-members = Члены

## Fields
field-name = Название
field-name-other = Название на другом языке
field-other-lang = Другой язык (код)
field-kind = Тип
field-country = Страна
field-region = Регион мира
field-network = Сеть
field-status = Статус
field-slug = Краткое имя в ссылках
field-default-lang = Собственный язык (код)
field-parent = Входит в состав
field-website = Веб-сайт
field-description = Описание
field-logo = Логотип
field-date = Дата
field-event = Событие
field-note = Примечание
field-since = с
field-until = по
field-email = Эл. почта
field-password = Пароль
field-role = Роль
field-organisation-slug = Организация (краткое имя, для контактных лиц)
hint-other-lang = Код языка, например tr, pl, hu, th, pt, es, ar.
hint-slug = Если оставить пустым, будет создано из английского названия.
hint-default-lang = Язык, на котором пишет организация, например ko для Gyeongju-si.
hint-parent = Краткое имя провинции или региона, в состав которого она входит, например gyeongsangbuk-do.

## Kinds of organisation
kind-city = Город
kind-regional_government = Региональное правительство
kind-national_agency = Национальное ведомство
kind-company = Компания
kind-university = Университет
kind-international_organisation = Международная организация
kind-ngo = НКО

## World regions
region-africa = Африка
region-north-america = Северная Америка
region-latin-america-caribbean = Латинская Америка и Карибский бассейн
region-east-asia = Восточная Азия
region-southeast-asia = Юго-Восточная Азия
region-south-asia = Южная Азия
region-central-asia = Центральная Азия
region-west-asia = Западная Азия
region-europe = Европа
region-oceania = Океания

## Membership statuses
status-prospect = Потенциальный член
status-applicant = Кандидат
status-active = Действующий
status-lapsed = Задолженность по взносам
status-suspended = Приостановлено
status-withdrawn = Вышел из состава

## History events
event-founded = Основание
event-renamed = Переименование
event-merged = Слияние
event-split = Разделение
event-dissolved = Упразднение

## Governance
body-general_assembly = Генеральная ассамблея
body-executive_committee = Исполнительный комитет
body-subcommittee = Подкомитет
body-working_group = Рабочая группа
body-sessions = Сессии
body-session-number = Сессия { $number }
body-seats = Члены и должностные лица
role-chair = Председатель
role-vice_chair = Заместитель председателя
role-member = Член
role-secretariat = Секретариат
network-members = Члены
network-run-by = Управляется

## Organisation page
org-names = Названия
org-founding = Член-учредитель
org-edit = Изменить
org-logo-of = Логотип:
org-memberships = Членство
org-no-memberships = Сведений о членстве нет.
org-change-status = Изменить статус
org-offices = Размещённые региональные представительства
org-bodies = Места в руководящих органах
org-people = Люди
org-children = Включает
org-history = История
org-no-history = История не записана.
org-add-history = Добавить событие в историю
org-add-membership = Добавить членство
org-logo-upload = Загрузить логотип
history-old-name = Прежнее название или присоединённая организация (на английском)
logo-hint = PNG, JPEG, GIF или WebP, не более 512 КБ.
person-focal-point = Контактное лицо
person-positions = Должности
person-contact = Контактные данные
private-hint = Персональные данные: видны только сотрудникам секретариата.

## Forms
form-save = Сохранить
form-cancel = Отмена
form-upload = Загрузить
form-choose = Выберите…
form-from-country = По стране
form-has-errors = Исправьте поля ниже; ничего не сохранено.

## Staff
staff-title = Рабочее место секретариата
staff-new-org = Новая организация
staff-import = Импорт организаций
staff-import-hint = Каждая строка проверяется до того, как что-либо будет записано.
staff-export = Импорт и экспорт
staff-export-hint = Отмена импорта; экспорт организаций, членства или людей в XLSX или CSV.
import-help = Загрузите таблицу (XLSX, ODS или CSV) со строкой заголовков. Прежде чем что-либо будет записано, вы сопоставите её столбцы с полями и выберете, что делать со строками, совпадающими с организациями, которые уже есть в справочнике. Известные столбцы: slug, kind, name_en, name_ko (или любой name_<язык>), default_lang, country, region, parent, website, founding_member, description_en.
import-file = Таблица (XLSX, ODS, CSV)
import-preview = Проверить файл
import-line = Строка
import-result = Результат
import-create = будет создана
import-update = обновит существующую
import-valid = Готово строк: { $count }
import-invalid = Строк с ошибками: { $count }
import-commit = Импортировать строки ({ $count })
import-commit-skip = Импортировать корректные строки ({ $count }), остальные пропустить
import-created = Создано: { $count }
import-updated = Обновлено: { $count }
import-skipped = Пропущено: { $count }

## Accounts
login-title = Вход
login-submit = Войти
login-failed = Неверный адрес эл. почты или пароль.
login-wait-seconds = Слишком много неудачных попыток. Подождите { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} и попробуйте снова.
login-wait-minutes = Слишком много неудачных попыток. Подождите { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} и попробуйте снова.
password-title = Смена пароля
password-current = Текущий пароль
password-new = Новый пароль (не менее 10 символов)
password-wrong = Текущий пароль указан неверно.
password-changed = Пароль изменён. Остальные сеансы завершены.
admin-users = Учётные записи
admin-new-user = Новая учётная запись
role-user-admin = Администратор
role-user-staff = Сотрудник секретариата
role-user-focal_point = Контактное лицо члена
role-user-delegate = Делегат
role-user-jury = Член жюри
audit-when = Когда
audit-who = Кто
audit-what = Действие
audit-entity = Запись
audit-changes = Изменения

## API page
api-title = JSON API
api-lead = У каждой страницы справочника есть JSON-аналог. Машиночитаемое описание (OpenAPI 3.1) находится по адресу
api-method = Метод
api-path = Путь
api-summary = Назначение
api-auth = Аутентификация
api-auth-text = Чтение открыто для всех. Для изменений нужна учётная запись сотрудника: передайте API-токен (hansa user token) как Bearer-токен или используйте сеанс с выполненным входом и заголовком X-CSRF-Token.

## Problems
problem-invalid = Некоторые данные введены неверно
problem-conflict = Такая запись уже существует
problem-not-found = Не найдено
problem-forbidden = У вас нет прав на это действие
problem-unauthorized = Пожалуйста, войдите
problem-csrf = Срок действия формы истёк или она была отправлена не с этого сайта. Обновите страницу и попробуйте снова.
problem-too-many = Слишком много запросов
problem-too-large = Запрос слишком большой
problem-bad-request = Не удалось прочитать запрос
problem-storage = База данных сейчас недоступна. Попробуйте ещё раз чуть позже.

## Field errors ($detail is a limit or the offending value)
err-required = Это поле обязательно.
err-too-long = Слишком длинно: не более { $detail } символов.
err-slug = Используйте от 2 до 64 строчных латинских букв, цифр и дефисов (например, city-of-ryde).
err-choice = «{ $detail }» — недопустимый вариант.
err-country = «{ $detail }» — не код страны ISO 3166-1 (например, KR, PL, EC).
err-language = «{ $detail }» — не код языка (например, ko, zh, pt-br).
err-url = «{ $detail }» — не веб-адрес, начинающийся с https://.
err-date = «{ $detail }» — не дата (ГГГГ-ММ-ДД).
err-period = Дата окончания раньше даты начала.
err-parent-cycle = Организация не может входить в состав самой себя или одной из своих частей.
err-unknown = «{ $detail }» не найдено.
err-taken = «{ $detail }» уже занято.
err-duplicate = «{ $detail }» встречается дважды.
err-email = Это не адрес электронной почты.
err-phone = Используйте только цифры, пробелы и + - ( ).
err-password-short = Не менее { $detail } символов.
err-control-chars = Невидимые управляющие символы не допускаются.
err-status-move = Членство нельзя перевести в статус «{ $detail }» из текущего статуса.
err-status-history = Статус не совпадает с последним шагом истории.
err-already-member = «{ $detail }» уже имеет членство в этой сети.
err-seat-holder = Место занимает либо организация, либо человек — ровно один из них.
err-number = Должно быть числом от 1 до 10000.
err-boolean = «{ $detail }» — не значение да/нет (true/false).
err-not-image = Этот файл не является изображением PNG, JPEG, GIF или WebP.
err-too-large = Файл слишком большой: не более { $detail } КБ.
err-body-too-large = Запрос слишком большой: не более { $detail } КБ.
err-upload = Не удалось прочитать загруженный файл.
err-json = Не удалось прочитать тело JSON: { $detail }
err-query = Не удалось прочитать строку запроса: { $detail }
err-internal = Непредвиденная ошибка: { $detail }
err-bundle-syntax = Не удалось прочитать файл пакета: { $detail }
err-csv-encoding = Файл не является корректным текстом в выбранной кодировке (первая ошибка в строке { $detail }). Выберите другую кодировку или сохраните файл в формате «CSV UTF-8».
err-csv-syntax = Не удалось прочитать CSV: { $detail }
err-csv-unknown-column = Нераспознанные столбцы: { $detail }. Сопоставьте их с полями или пропустите.
err-csv-duplicate-column = Столбец «{ $detail }» встречается дважды.
err-csv-missing-column = В файле нужен столбец { $detail } (или столбец slug либо id для поиска существующих записей).
err-csv-too-many-rows = Слишком много строк: не более { $detail } в одном файле. Разделите файл и импортируйте части.
err-csv-too-large = Файл слишком большой: не более { $detail } МБ.
err-csv-empty = В файле (или в его первом листе с данными) нет строк.

## People and offices (staff forms)
staff-new-person = Новый человек
staff-new-office = Новое региональное представительство
field-family-name = Фамилия
field-given-name = Имя
field-name-order = Порядок имени
name-order-family_first = Сначала фамилия (корейский, китайский, японский, венгерский)
name-order-given_first = Сначала имя
field-native-name = Имя в родной письменности
field-honorific = Обращение (Mr., Ms., Dr.)
field-phone = Телефон
field-focal-point-for = Контактное лицо организации (краткое имя организации)
field-position-organisation = Должность в организации (краткое имя организации)
field-position-title = Название должности
field-host = Принимающая организация (краткое имя)
field-city = Город
field-region-covered = Охватываемый регион
staff-new-network = Новая сеть
staff-new-body = Новый руководящий орган
field-run-by = Управляется (краткое имя организации)
field-membership-types = Типы членства, по одному на строку: код = Название
field-number = Номер
field-place = Место проведения
field-holder = Обладатель места (краткое имя организации или человека)
body-add-session = Добавить сессию
body-add-seat = Добавить место
office-close = Закрыть представительство
office-close-on = Дата закрытия
person-add-position = Добавить должность
org-archived = Организация перенесена в архив: она сохранена вместе с историей, но больше не отображается в справочнике.
org-archive = Архивировать
org-restore = Вернуть в справочник
person-erase = Удалить этого человека
person-erase-hint = Удаление по запросу безвозвратно стирает человека, его должности и места; в журнале аудита остаётся только номер записи.
person-erase-confirm = Введите { $slug } для подтверждения
err-confirm = Для подтверждения введите точно «{ $detail }».
import-checking = Проверяем файл…
import-writing = Записываем строки одной транзакцией…
progress-started = Начинаем…
progress-checked = Проверено строк: { $done } из { $total }
progress-written = Записано строк: { $done } из { $total }
progress-done = Готово: { $done } из { $total }
org-runs = Руководит сетью

## Audit log actions
audit-action-create = создано
audit-action-update = изменено
audit-action-add-history = добавлено событие истории
audit-action-import = импорт
audit-action-set-logo = логотип загружен
audit-action-change-status = статус изменён
audit-action-change-password = пароль изменён
audit-action-reset-password = пароль сброшен
audit-action-archive = архивировано
audit-action-restore = восстановлено
audit-action-erase = удалено по запросу
audit-action-close-office = представительство закрыто
audit-action-add-session = сессия добавлена
audit-action-add-seat = место добавлено
audit-action-add-position = должность добавлена
err-form = Не удалось прочитать форму: { $detail }

## API operations (the /api page)
api-op-list = Список организаций (фильтры, поиск на любом языке, постраничный вывод)
api-op-show = Одна организация с членством и историей
api-op-create = Создать организацию (секретариат)
api-op-update = Изменить организацию (секретариат или её контактное лицо)
api-op-networks = Сети и их типы членства
api-op-memberships = Членство в сети
api-op-create_membership = Записать членство с историей статусов (секретариат)
api-op-offices = Региональные представительства, действующие и закрытые
api-op-people = Люди (только общедоступные поля)
api-op-person = Один человек (контактные данные только для секретариата)
api-op-country_counts = Действующие члены по странам
api-op-import_csv = Импорт организаций из CSV (секретариат)
api-op-bodies = Руководящие органы с сессиями и местами
api-op-create_network = Создать сеть с типами членства (секретариат)
api-op-create_office = Записать региональное представительство (секретариат)
api-op-create_body = Создать руководящий орган с сессиями и местами (секретариат)
api-op-create_person = Добавить человека с должностями (секретариат)
api-op-add_history = Добавить датированное событие истории (секретариат)
api-op-change_status = Изменить статус членства (секретариат)

## API tokens and field-level permissions
tokens-title = API-токены
tokens-intro = Токены позволяют другим программам (сайту, CRM) работать с API от вашего имени. Заведите для каждой программы свой токен, чтобы отозвать один, не останавливая остальные. При смене пароля токены сохраняются.
tokens-shown-once = Скопируйте токен сейчас: он показывается только один раз и больше не будет виден.
tokens-none = У вас пока нет API-токенов.
tokens-name = Название
tokens-name-example = например, синхронизация сайта
tokens-scope = Права
tokens-scope-read = только чтение
tokens-scope-write = чтение и изменение
tokens-created = Создан
tokens-expires = Истекает
tokens-expires-days = Срок действия в днях (пусто — бессрочно)
tokens-last-used = Последнее использование
tokens-state = Состояние
tokens-never = никогда
tokens-revoked = отозван
tokens-expired = истёк
tokens-revoke = Отозвать
tokens-new = Новый токен
tokens-create = Создать токен
audit-via-token = с токеном «{ $token }»
audit-action-create-token = создан API-токен
audit-action-revoke-token = отозван API-токен
err-secretariat-field = Изменить это может только секретариат.
err-range = Допустимо значение в пределах { $detail }.
err-changed-meanwhile = Кто-то изменил это в тот же момент (было: { $detail }); проверьте и повторите.
org-form-focal-note = Здесь можно изменить названия вашей организации, описание, сайт и логотип. Краткое имя, тип, вышестоящую организацию, страну, регион и статус члена-основателя ведёт секретариат: чтобы их изменить, напишите ему.

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = Совпадает с несколькими организациями ({ $detail }); добавьте столбец slug, чтобы указать нужную.
err-import-bad-field = «{ $detail }» — поле, неизвестное импорту.
err-import-blank-header = В столбце { $detail } есть значения, но нет заголовка. Задайте заголовок (при объединённых ячейках заголовка он остаётся пустым).
err-import-changed-since = После предварительного просмотра кто-то изменил «{ $detail }». Проверьте файл ещё раз.
err-import-mapping = Не удалось прочитать сопоставление столбцов: укажите пары заголовок = поле.
err-import-slug-twice = Этот slug уже встречается в одной из предыдущих строк: { $detail }.
err-import-slug-taken = Значение slug «{ $detail }» уже принадлежит организации из справочника.
err-import-two-columns = С одним полем сопоставлены два столбца: { $detail }.
err-import-undone = Этот импорт уже отменён.
err-sheet-unreadable = Не удалось прочитать таблицу: { $detail }
import-encoding = Кодировка текста (для CSV-файлов)
import-encoding-auto = Определить автоматически (UTF-8, UTF-16, Windows-1252)
import-read-as = Прочитано как { $detail }
import-columns = Столбцы
import-column = Столбец в файле
import-column-unknown = не распознан — будет пропущен, если не выбрать поле
import-field = Поле
import-field-id = ID (для поиска существующих записей)
import-field-slug = slug (для поиска существующих записей)
import-field-kind = Тип
import-field-default_lang = Собственный язык
import-field-country = Страна (код ISO)
import-field-region = Регион
import-field-parent = Вышестоящая организация (slug)
import-field-website = Веб-сайт
import-field-founding_member = Член-учредитель
import-field-ignore = — Пропустить этот столбец —
import-duplicates = Строки, совпадающие с существующими организациями
import-match-by = Как искать совпадения
import-match-auto = По столбцу slug или id, если он есть в файле, иначе по названию и стране
import-match-key = По столбцу slug или id
import-match-name_country = По названию (на любом языке) и стране
import-on-match = Что делать при совпадении
import-on-skip = Пропустить строку (ничего не менять)
import-on-update = Обновить: значения из столбцов файла заменяют сохранённые
import-on-fill = Дополнить: заполнить только поля, которые сейчас пусты
import-on-create = Всё равно создать новую организацию
import-empty-clears = Пустые ячейки стирают сохранённые значения (при обновлении)
import-recheck = Проверить заново с этими настройками
import-rows = Что произойдёт с каждой строкой
import-count-new = Новых: { $count }
import-count-changes = С изменениями: { $count }
import-count-unchanged = Без изменений: { $count }
import-count-duplicates = Дубликатов: { $count }
import-count-problems = С ошибками: { $count }
import-new = новая
import-change = изменяет { $detail }
import-unchanged = { $detail } без изменений
import-duplicate-line = повтор строки { $detail }, пропущено
import-duplicate-record = совпадает с { $detail }, пропущено
import-problem = не импортируется
import-empty = (пусто)
import-nothing-to-write = Этот файл ничего не изменит в справочнике.
import-nothing-written = Записывать ничего не пришлось: всё, что есть в файле, уже содержится в справочнике.
import-done = Импортировано: { $detail }. Ниже этот импорт можно отменить.
import-undo-archived = Созданных записей перенесено в архив: { $count }
import-undo-restored = Изменённых записей восстановлено: { $count }
import-undo-refused = Оставлено как есть: { $count }
import-undo-refused-help = Эти записи были изменены после импорта, поэтому при отмене они оставлены как есть:
import-export = Экспорт
import-export-organisations = Организации
import-export-memberships = Членство
import-export-people = Люди
imports-title = История импорта
imports-none = Импортов пока не было.
imports-when = Когда
imports-who = Кто
imports-file = Файл
imports-undo = Отменить
imports-undone = отменён

# Outbox: messages to people (/staff/messages)
messages-title = Сообщения
messages-title-one = Сообщение { $id }
messages-hint = Сообщения людям — подтверждения, места из листа ожидания, визовые приглашения — ставятся в очередь вместе с изменением, которое их вызвало, и отправляются через почтовый сервер.
messages-card-hint = Подтверждения и письма участникам, а также неотправленные.
messages-no-relay = Почтовый сервер не настроен: сообщения ждут здесь, пока его не укажут (--smtp-url или HANSA_SMTP_URL).
messages-relay = Отправка через { $relay }.
messages-status = Статус
messages-created = В очереди с
messages-kind = Вид
messages-recipient = Кому
messages-subject = Тема
messages-attempts = Попытки
messages-last-error = Последняя ошибка
messages-next-attempt = Следующая попытка
messages-sent-at = Отправлено
messages-entity = Запись
messages-language = Язык
messages-body = Текст
messages-none = Сообщений нет.
messages-send-again = Отправить снова
messages-about-same = Другие сообщения об этой записи
messages-back = Все сообщения
message-status-queued = В очереди
message-status-sending = Отправляется
message-status-sent = Отправлено
message-status-failed = Ошибка
message-kind-registration-confirmed = Регистрация подтверждена
message-kind-registration-waitlisted = В листе ожидания
message-kind-registration-promoted = Место из листа ожидания
message-kind-registration-approved = Регистрация одобрена
message-kind-visa-letter = Визовое приглашение
cli-mail-relay = Почта уходит через { $relay }
cli-mail-none = Почтовый сервер не настроен (--smtp-url): сообщения ждут в исходящих, сотрудники видят их на /staff/messages

# Command line
cli-error = ошибка
cli-not-found = Не найдено.
cli-forbidden = Действие не разрешено.
cli-storage = Ошибка базы данных: { $detail }
cli-reading = чтение { $detail }
cli-opening = открытие { $detail }
cli-accepted-columns = Допустимые столбцы: { $detail }. Укажите --mapping FILE, чтобы сопоставить остальные, или --ignore-unknown.
cli-import-refused = Ничего не импортировано: исправьте строки выше или укажите --skip-invalid, чтобы записать остальные.
cli-import-done = Импорт #{ $id } записан за { $ms } мс. Отменить его: hansa import undo { $id }
cli-bundle-loaded = Загружено: организаций — { $organisations }, сетей — { $networks }, записей о членстве — { $memberships }, представительств — { $offices }, руководящих органов — { $bodies }, людей — { $people }.
cli-progress-line = { $phase }: { $done }
cli-phase-checked = проверено строк
cli-phase-written = записано строк
cli-phase-organisations = организации
cli-phase-networks = сети
cli-phase-memberships = членство
cli-phase-people = люди
cli-demo-loading = Загрузка демонстрационного справочника…
cli-demo-exists = В базе данных уже есть организации ({ $count }); демонстрационные данные повторно не загружены.
cli-demo-sign-in = Демо-вход: admin@example.org / { $detail }  (а также staff@, focal@, delegate@example.org)
cli-account-exists = Учётная запись с адресом эл. почты { $detail } уже существует.
cli-account-created = Создана учётная запись { $email } с ролью { $role }.
cli-password = Пароль: { $detail }
cli-password-reset = Пароль для { $detail } сброшен; все сеансы этой учётной записи завершены.
cli-token-issued = Токен #{ $id } «{ $name }» ({ $scope }) для { $email }; показывается только сейчас:
cli-token-revoked = Токен #{ $id } «{ $name }» отозван.
cli-running = Hansa работает на http://{ $addr }  (база данных: { $database })
cli-public-url = Адрес для читателей: { $detail }
cli-migrated = База данных { $detail } в актуальном состоянии.
network-public-statuses = Члены, видимые для всех
network-public-statuses-help = Сотрудники всегда видят все записи о членстве. Посетителям, в открытом API, в выгрузках для посетителей, в подсчётах и на карте показываются только отмеченные здесь статусы; потенциальных членов и кандидатов (работу по привлечению) обычно не показывают.

## Events
nav-events = Мероприятия
events-title = Мероприятия
events-upcoming = Предстоящие
events-past = Прошедшие мероприятия
events-none = Мероприятий пока нет.
event-kind = Тип
event-kind-forum = Форум
event-kind-general_assembly = Генеральная ассамблея
event-kind-mayoral_conference = Конференция мэров
event-kind-subcommittee_meeting = Заседание подкомитета
event-kind-side_event = Параллельное мероприятие
event-kind-workshop = Семинар-практикум
event-kind-training = Программа обучения
event-status-draft = Черновик
event-status-published = Опубликовано
event-status-closed = Закрыто
event-status-archived = В архиве
event-role-host = Принимающая сторона
event-role-organiser = Организатор
event-role-co_organiser = Соорганизатор
event-role-sponsor = Спонсор
event-role-partner = Партнёр
event-theme = Тема
event-dates = Даты
event-venue = Место проведения
event-online = Онлайн
event-zone = часовой пояс { $zone }, { $offset }
event-edition = { $series }, № { $number }
session-kind-opening_ceremony = Церемония открытия
session-kind-keynote = Ключевой доклад
session-kind-plenary = Пленарное заседание
session-kind-expert_session = Экспертная сессия
session-kind-panel = Панельная дискуссия
session-kind-special_lecture = Специальная лекция
session-kind-local_government_session = Сессия органов местного самоуправления
session-kind-roundtable = Круглый стол
session-kind-breakout = Секционное заседание
session-kind-site_visit = Ознакомительный визит
session-kind-side_meeting = Встреча на полях
session-kind-orientation = Вводная сессия
session-kind-module = Модуль
session-kind-ceremony = Церемония
session-kind-networking = Нетворкинг
session-kind-registration = Регистрация
session-kind-break = Перерыв
participant-role-speaker = Выступающие
participant-role-moderator = Модератор
participant-role-panelist = Участники дискуссии
participant-role-presenter = Докладчики
participant-role-chair = Председатель
participant-role-rapporteur = Раппортёр
participant-role-remarks = С приветственным словом
session-channel = { $language } — канал { $channel }
programme-title = Программа
programme-room = Зал
programme-all-rooms = Все залы
programme-show = Показать
programme-slides = слайды
programme-languages = Языки
programme-interpretation = Синхронный перевод
programme-empty = Программа ещё не опубликована.
conflicts-title = Накладки в программе
conflict-person = { $person } участвует одновременно в двух сессиях: { $first } и { $second }.
conflict-room = Зал { $room } забронирован дважды: { $first } и { $second }.
conflict-outside = Сессия { $session } выходит за рамки дней мероприятия.
conflict-ends-before = Сессия { $session } заканчивается раньше, чем начинается.
date-long = { $day } { $month } { $year }
date-range = { $first } – { $last }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
err-time-zone = «{ $detail }» — неизвестный часовой пояс (используйте имя IANA, например Asia/Seoul).
err-datetime = «{ $detail }» — не дата и время (используйте формат 2023-12-07T09:30).
err-time-skipped = { $detail } не существует в этом часовом поясе: при переходе на летнее время часы пропускают этот момент.
err-time-repeated = { $detail } наступает в этом часовом поясе дважды при переходе с летнего времени; выберите время вне этого часа.
err-event-too-long = Мероприятие может длиться не более { $detail } дн.
err-coordinates = Укажите и широту (от −90 до 90), и долготу (от −180 до 180) — или не указывайте ни то, ни другое.
err-session-ends-before = Сессия { $detail } заканчивается раньше, чем начинается.
err-session-outside = Сессия { $detail } выходит за рамки дней мероприятия.
err-room-double-booked = Зал уже забронирован на это время ({ $detail }).
err-events-file = Не удаётся прочитать файл мероприятий: { $detail }
cli-demo-events = Загружено мероприятий: { $count }
programme-calendar = Добавить всю программу в календарь (.ics)
session-calendar = Добавить в календарь
person-profile = Профиль в справочнике
person-calendar = Добавить мою программу в календарь (.ics)
person-programme = Программа
programme-your-time = ваше время
err-registered-twice = Этот адрес электронной почты уже зарегистрирован на это мероприятие.
err-category-not-offered = У этого мероприятия нет категории «{ $detail }».
err-registration-closed = Регистрация на это мероприятие не открыта.
err-category-full = В категории «{ $detail }» нет свободных мест.
err-passport-name-for-visa = Для визового приглашения нужно имя, как в паспорте.
err-registration-status = Регистрацию в статусе «{ $detail }» нельзя перевести в этот статус.
programme-frab = формат frab для видеогрупп и приложений конференций
category-head_of_delegation = Глава делегации
category-delegate = Делегат
category-speaker = Выступающий
category-partner = Партнёр
category-press = СМИ
category-observer = Наблюдатель
category-staff = Персонал
regstatus-pending = Ожидает одобрения
regstatus-approved = Одобрена
regstatus-rejected = Не принята
regstatus-waitlisted = В листе ожидания
regstatus-cancelled = Отменена
regstatus-attended = Явка отмечена
registration-action-approved = Одобрить
registration-action-rejected = Отклонить
registration-action-attended = Отметить явку
answer-yes = Да
answer-no = Нет
filter-all = Все
list-showing = { $first }–{ $last } из { $total }
hint-native-name = В вашей родной письменности, например 임병진 или 林炳辰.
hint-passport-name = Точно как в паспорте — для визового приглашения.
hint-reg-email = Сюда будут отправлены подтверждение регистрации и уведомления об изменении её статуса.
register-title = Регистрация: { $event }
register-about = Сведения о вас
register-category = Категория участия
register-position = Должность
register-organisation = Организация
register-protocol = Перевод, питание и доступность
register-interpretation = Перевод на язык
register-no-interpretation = Перевод не нужен
register-dietary = Особенности питания
register-accessibility = Потребности в доступной среде
register-visa = Виза
register-visa-letter = Мне нужно визовое приглашение
register-passport-name = Имя как в паспорте
register-questions = Вопросы организаторов
register-submit = Зарегистрироваться
register-privacy = Секретариат использует эти сведения только для организации мероприятия; имена как в паспорте, особенности питания и потребности в доступной среде никогда не публикуются.
register-places = Места
register-places-left = Осталось мест
register-places-open = Без ограничений
register-places-count = Осталось: { $count }
register-waiting-list = Только лист ожидания
register-deadline = Регистрация завершается { $deadline }.
register-for-delegation = Вы регистрируете делегацию (организация: { $organisation }); каждое должностное лицо получает отдельную регистрацию, код и бейдж.
registration-title = Ваша регистрация
registration-status = Статус
registration-waiting = № { $position } в листе ожидания
registration-code = Регистрационный код
registration-keep-link = Сохраните адрес этой страницы: по нему вы сможете просмотреть или отменить регистрацию. Код также указан на вашем бейдже.
registration-details = Введённые сведения
registration-history = История
registration-cancel = Отменить мою регистрацию
registration-cancel-confirm = Отменить эту регистрацию? Ваше место перейдёт следующему участнику из листа ожидания.
delegation-title = Делегация
delegation-add = Зарегистрировать ещё одно должностное лицо
delegation-added = { $name }: регистрация выполнена.
delegation-empty = В этой делегации пока никто не зарегистрирован.
staff-registrations-title = Регистрации
staff-registrations-search = Имя, эл. почта или код
staff-places-held = Занято
staff-places-capacity = Всего мест
staff-actions = Действия
staff-register-someone = Зарегистрировать участника
event-register = Зарегистрироваться
event-registrations = Регистрации (секретариат)
err-registration-deadline = Регистрация на это мероприятие завершена.
err-question-choices = Для вопроса с выбором нужно не менее двух вариантов ответа.
err-question-no-choices = У вопроса типа «{ $detail }» не может быть вариантов ответа.
hint-family-name = Как в паспорте. Если у вас только одно имя, укажите его здесь.
progress-badges = Изготовлено бейджей: { $done } из { $total }
badges-title = Бейджи
badges-intro = Бейджи печатаются только для одобренных регистраций: на них указываются имя в родной письменности и латиницей, организация, страна, цвет категории и QR-код для отметки явки.
badges-which = Какие бейджи печатать
badges-layout = Формат бумаги
badges-layout-a6 = A6, один бейдж на странице (принтер для бейджей)
badges-layout-a4 = A4, четыре бейджа на листе, с метками для резки
badges-codes = Регистрационные коды
hint-badges-codes = Оставьте поле пустым, чтобы напечатать бейджи для всех одобренных регистраций (выбранной категории), или перечислите коды через пробел или с новой строки, чтобы перепечатать отдельные бейджи.
badges-print = Создать PDF
badges-making = Готовим бейджи…
event-badges = Бейджи
err-badge-not-approved = Бейдж для { $detail } не изготавливается: бейджи выдаются только по одобренным регистрациям.
err-no-badges = Нет одобренных регистраций, для которых можно напечатать бейдж.
err-badge-render = Не удалось изготовить бейджи: { $detail }
event-check-in = Отметка явки
checkin-title = Отметка явки
checkin-day = День
checkin-session = Сессия
checkin-whole-day = Весь день
checkin-online = Онлайн: каждое сканирование отправляется сразу.
checkin-offline = Офлайн: сканирования сохраняются на этом устройстве и будут отправлены, когда восстановится сеть.
checkin-waiting = ожидают отправки
checkin-of-expected = из { $expected } отмечены
checkin-code = Код, QR-код или имя
hint-checkin-code = Отсканируйте бейдж (сканер вводит данные в это поле), введите код под QR-кодом или часть имени.
checkin-submit = Отметить
checkin-camera = Сканировать камерой
checkin-recent = Только что
checkin-conflicts = Требуют внимания
checkin-checked_in = явка отмечена
checkin-duplicate = явка уже отмечена
checkin-replayed = уже получено
checkin-unknown = нет регистрации с таким кодом
checkin-wrong_event = бейдж другого мероприятия
checkin-not_admitted = нет допуска (регистрация не одобрена)
checkin-invalid = не день и не сессия этого мероприятия
checkin-queued = явка отмечена, ожидает отправки
checkin-first-at = первая отметка
checkin-choose = Подходят несколько человек: выберите одного.
checkin-no-match = В списке никто не найден.
err-device = Необходимо указать идентификатор устройства стойки (от 1 до 64 символов).
err-too-many = Не более { $detail } за один раз.
figures-title = Участие
figures-headline = Делегатов: { $delegates } — от { $organisations ->
        [one] { $organisations } органа местного самоуправления или организации
       *[other] { $organisations } органов местного самоуправления и организаций
    } из { $countries ->
        [one] { $countries } страны
       *[other] { $countries } стран
    }
figures-more-than = более { $count }
figures-csv = Данные в формате CSV
figures-by-country = По странам
figures-by-category = По категориям
figures-by-day = По дням
figures-people = Человек
figures-registered = Подсчитано по отметкам явки и данным об участии; регистраций с закреплённым местом: { $count }.
event-figures = Статистика участия
cli-demo-delegates = Делегатов, зарегистрированных и отмеченных на форуме NEAR 2023: { $count }
delegates-import-title = Импорт списка делегатов
delegates-import-intro = Таблица (CSV, XLSX или ODS) со строкой заголовков: family_name, given_name, email и, если есть такие сведения, category, honorific, native_name, position, organisation (краткое имя из справочника или название как есть), country (KR, CN, JP…), interpretation_language, dietary, accessibility, visa_letter, passport_name, а также answer:<код вопроса> для собственных вопросов мероприятия. Сначала файл проверяется; ничего не записывается, пока все строки не будут верны.
delegates-import-file = Таблица
delegates-import-check = Проверить файл
delegates-import-go = Импортировать регистрации ({ $count })
delegates-import-summary = Прочитано строк: { $rows } ({ $read_as }); с ошибками: { $problems }.
delegates-import-problems = Строки, которые нужно исправить (ничего не импортировано)
delegates-import-problem = Ошибка
delegates-import-written = Импортировано регистраций: { $count }.
staff-import-delegates = Импорт списка делегатов
err-delegate-columns = В файле есть столбцы, неизвестные импорту: { $detail }. Переименуйте или удалите их, чтобы их содержимое не было потеряно.
err-delegate-columns-missing = В файле нужен столбец «{ $detail }».
err-delegate-duplicate = Этот же адрес эл. почты уже указан в строке { $detail }.
programme-list-view = Список
programme-grid-view = Сетка расписания
programme-elsewhere = Другое место
programme-time = Время
checkin-waiting-one = ожидает отправки
register-about-official = Регистрируемое должностное лицо
delegation-add-first = Зарегистрировать должностное лицо
message-kind-registration-received = Регистрация получена
message-kind-registration-rejected = Регистрация не принята
message-kind-registration-cancelled = Регистрация отменена
mail-registration-received-subject = Регистрация получена: { $event }
mail-registration-received-body = Уважаемый(-ая) { $name }!

    Мы получили Вашу регистрацию на мероприятие «{ $event }». Секретариат сообщит Вам о её подтверждении.

    Ваш регистрационный код: { $code }
    Просмотреть или отменить регистрацию: { $link }
mail-registration-confirmed-subject = Регистрация подтверждена: { $event }
mail-registration-confirmed-body = Уважаемый(-ая) { $name }!

    Ваша регистрация на мероприятие «{ $event }» подтверждена.

    Ваш регистрационный код: { $code } (он также указан на Вашем бейдже)
    Просмотреть или отменить регистрацию: { $link }
mail-registration-waitlisted-subject = В листе ожидания: { $event }
mail-registration-waitlisted-body = Уважаемый(-ая) { $name }!

    Все места в Вашей категории участия на мероприятии «{ $event }» заняты, поэтому Вы внесены в лист ожидания под номером { $position }. Когда место освободится, его получит первый в листе ожидания, и ему сразу же об этом сообщат.

    Ваш регистрационный код: { $code }
    Проверить своё место в листе ожидания или выйти из него: { $link }
mail-registration-promoted-subject = Для Вас освободилось место: { $event }
mail-registration-promoted-body = Уважаемый(-ая) { $name }!

    На мероприятии «{ $event }» освободилось место, и оно предоставлено Вам. Статус Вашей регистрации: { $status }.

    Ваш регистрационный код: { $code }
    Просмотреть или отменить регистрацию: { $link }
mail-registration-approved-subject = Регистрация одобрена: { $event }
mail-registration-approved-body = Уважаемый(-ая) { $name }!

    Секретариат одобрил Вашу регистрацию на мероприятие «{ $event }».

    Ваш регистрационный код: { $code } (он также указан на Вашем бейдже)
    Просмотреть или отменить регистрацию: { $link }
mail-registration-rejected-subject = Ваша регистрация на мероприятие «{ $event }»
mail-registration-rejected-body = Уважаемый(-ая) { $name }!

    К сожалению, секретариат не смог принять Вашу регистрацию на мероприятие «{ $event }».

    Ваш регистрационный код: { $code }
mail-registration-cancelled-subject = Регистрация отменена: { $event }
mail-registration-cancelled-body = Уважаемый(-ая) { $name }!

    Ваша регистрация на мероприятие «{ $event }» отменена. Если Вы этого не делали, пожалуйста, напишите в секретариат.

    Ваш регистрационный код: { $code }
privacy-title = Хранимые персональные данные
privacy-intro = Что это мероприятие всё ещё хранит о каждом человеке. Имена как в паспорте, особенности питания и потребности в доступной среде никогда не показываются публично, в журналах или в общедоступных выгрузках; они удаляются вместе с человеком.
privacy-totals = Всего
privacy-registrations = Регистрации
privacy-answers = Ответы
privacy-check-ins = Отметки явки
privacy-messages = Сообщения
privacy-erase-title = Удалить человека
privacy-erase-hint = Все регистрации с этим адресом эл. почты на всех мероприятиях удаляются вместе с их историей, отметками явки и сообщениями. Бейджи печатаются по регистрациям, поэтому больше ни один из них напечатать нельзя. Это действие нельзя отменить.
privacy-erase = Удалить
privacy-erase-confirm = Удалить все регистрации этого человека вместе с отметками явки и сообщениями? Это действие нельзя отменить.
privacy-erased = Удалено регистраций вместе с отметками явки и сообщениями: { $count }.
event-privacy = Персональные данные
visa-title = Визовые приглашения
visa-intro = Люди, запросившие визовое приглашение. Проверьте в предпросмотре имя как в паспорте, затем выдайте приглашение: участник получит уведомление по эл. почте и скачает его на странице своей регистрации. Приглашение выдаётся только по одобренным регистрациям.
visa-none = Никто не запрашивал визовое приглашение.
visa-letter = Приглашение
visa-requested = На рассмотрении
visa-issued = Выдано
visa-refused = Отказано
visa-preview = Предпросмотр (PDF)
visa-issue = Выдать
visa-refuse = Отказать
visa-download = Ваше визовое приглашение (PDF)
visa-secretariat = Секретариат
visa-reference = Исх. № { $code }
visa-letter-title = Приглашение для оформления визы
visa-letter-p1 = { $organiser } имеет честь пригласить { $name } принять участие в мероприятии «{ $event }», которое пройдёт { $dates } (место проведения: { $venue }).
visa-letter-p2 = Просим компетентные органы оказать содействие в выдаче визы, необходимой для участия в мероприятии. Организаторы отвечают за программу мероприятия; проезд и проживание организуются по договорённости с правительством или организацией участника.
visa-letter-p3 = Настоящее письмо выдано исключительно для оформления визы и само по себе не налагает на организаторов никаких финансовых обязательств.
visa-signature = С уважением,
mail-visa-letter-subject = Ваше визовое приглашение
mail-visa-letter-body = Уважаемый(-ая) { $name }!

    Ваше визовое приглашение готово. Скачать его можно здесь: { $link }

    Ваш регистрационный код: { $code }
err-visa-not-asked = В этой регистрации визовое приглашение не запрашивалось.
err-visa-not-approved = Визовое приглашение выдаётся только по одобренным регистрациям (статус этой регистрации: «{ $detail }»).
event-visa-letters = Визовые приглашения

## Staff editors of events
editor-events-title = Мероприятия — секретариат
editor-new-event = Новое мероприятие
editor-edit-event = Изменить мероприятие
editor-all-events = Все мероприятия (секретариат)
editor-programme-title = Программа — секретариат
editor-status = Статус
editor-actions = Действия
editor-edit = Изменить
editor-public-page = Публичная страница
editor-basics = Основные сведения
editor-title = Название
editor-series = Серия
editor-description = Описание
editor-place = Адрес и онлайн
editor-starts-on = Первый день
editor-ends-on = Последний день
editor-time-zone = Часовой пояс
editor-edition = Номер в серии
editor-venue-address = Адрес места проведения
editor-latitude = Широта
editor-longitude = Долгота
editor-online-url = Ссылка для онлайн-участия
editor-organisations = Организации и их роли
editor-organisation = Организация
editor-role = Роль
editor-cell = { $column }, строка { $row }
editor-zone = часовой пояс { $detail }
editor-new-session = Добавить сессию
editor-edit-session = Изменить сессию
editor-delete-session = Удалить эту сессию
editor-delete-confirm = Удалить эту сессию из программы? Уже зарегистрированные отметки явки сохранятся.
editor-session-kind = Тип сессии
editor-starts-at = Начало
editor-ends-at = Окончание
editor-online = Онлайн-сессия (время показывается также в часовом поясе каждого пользователя)
editor-no-room = Без зала
editor-rooms = Залы
editor-no-rooms = пока нет
editor-time = Время
editor-people = Участники
editor-interpretation = Каналы синхронного перевода
editor-participants = Участники сессии
editor-contributions = Выступления по порядку
editor-col-language = Язык
editor-col-channel = Канал или кабина
editor-col-person = Человек (краткое имя в справочнике)
editor-col-role = Роль
editor-col-title_en = Название (на английском)
editor-col-title_ko = Название (на корейском)
editor-col-organisation = Организация (краткое имя)
editor-col-presenter = Докладчик (краткое имя)
editor-col-slides_url = Слайды (ссылка)
editor-col-slug = Краткое имя
editor-col-name_en = Название (на английском)
editor-col-name_ko = Название (на корейском)
editor-col-capacity = Число мест
editor-part-speaker = Выступающий
editor-part-moderator = Модератор
editor-part-panelist = Участник дискуссии
editor-part-presenter = Докладчик
editor-part-chair = Председатель
editor-part-rapporteur = Раппортёр
editor-part-remarks = Приветственное слово
editor-saved-event = Мероприятие сохранено.
editor-saved-session = Сессия сохранена.
editor-saved-deleted = Сессия удалена.
editor-saved-rooms = Залы сохранены.
editor-saved-changed = Тем временем кто-то изменил программу; ничего не удалено. Проверьте и повторите.
hint-event-slug = Адрес мероприятия: /events/short-name. Если оставить пустым, будет создан из английского названия; позже изменить нельзя.
hint-time-zone = Имя IANA, например Asia/Seoul, Europe/Berlin, UTC. Всё время в программе указывается в этом часовом поясе.
hint-edition = Номер в серии: 14 для 14-го заседания подкомитета.
hint-online-url = Для онлайн- и гибридных мероприятий: ссылка для подключения участников.
hint-event-organisations = Принимающие стороны, организаторы, соорганизаторы, спонсоры и партнёры — по краткому имени в справочнике (например, gyeongsangbuk-do). Пустые строки пропускаются.
hint-session-slug = Адрес сессии в программе и календарях. Если оставить пустым, будет создан из английского названия.
hint-event-zone = В часовом поясе мероприятия ({ $detail }).
hint-languages = Языки выступлений — коды через запятую: en, ko.
hint-editor-interpretation = На какой язык идёт перевод и на каком канале приёмника или в какой кабине, например en / 1.
hint-editor-participants = Люди из справочника по краткому имени (например, lim-byung-jin) с должностью, которую они занимали в то время.
hint-editor-contributions = Доклады в порядке выступления.
hint-editor-rooms = Залы места проведения (или онлайн-каналы). Зал, который используется сессией, удалить нельзя.
err-slug-taken = Краткое имя «{ $detail }» уже занято другим мероприятием.
err-event-changed = Кто-то сохранил это мероприятие после того, как вы его открыли. Ваши изменения остались в форме: проверьте мероприятие ещё раз, затем сохраните.
err-event-status-move = Мероприятие нельзя перевести в статус «{ $detail }» из текущего статуса (черновик → опубликовано → закрыто → в архиве).
err-room-in-use = Зал «{ $detail }» всё ещё используется сессией.
err-room-capacity = Число мест должно быть целым числом не меньше 0.
err-not-a-number = «{ $detail }» — не число.
err-participant-row = Укажите и человека, и его роль.
err-contribution-title = У выступления должно быть название.
editor-more-languages = Китайский, японский, русский, монгольский
editor-open-current = Открыть текущую версию в новой вкладке
editor-edit-programme = Редактировать программу
editor-saved-created = Мероприятие создано как черновик. Добавьте залы и сессии, затем опубликуйте его.
editor-no-sessions = Сессий пока нет.
staff-events = Мероприятия и программы
staff-events-hint = Создание мероприятий, редактирование программы, залов и участников
err-ends-before-start = Заканчивается раньше, чем начинается.
err-outside-event-days = Выходит за дни мероприятия.
cli-scheduling = Составляется расписание встреч …
cli-scheduled = Запланировано встреч: { $scheduled } из { $meetings }; сумма приоритетов { $total } при верхней границе { $bound } ({ $percent } %), { $ms } мс → { $output }
cli-roundtables-done = Рассадка за круглыми столами записана в { $output }

## Outreach log (crates/meetings)
staff-outreach = Журнал контактов
staff-outreach-hint = Двусторонние встречи с городами и последующие действия
outreach-title = Журнал контактов
outreach-new = Записать встречу
outreach-edit = Изменить встречу
outreach-meeting = Встреча
outreach-meeting-on = Встреча { $date }
outreach-meetings = Встречи
outreach-met-on = Дата
outreach-place = Место
outreach-hint-place = Город и площадка, если встреча прошла не на мероприятии из календаря
outreach-event = Мероприятие
outreach-hint-event = Слаг мероприятия (например, near-forum-2023), если встреча прошла на нём
outreach-topics = Темы
outreach-hint-topics = Теги через запятую, например electric buses, hydrogen
outreach-notes = Заметки
outreach-hint-notes = Только для сотрудников: никогда не показываются на публичных страницах
outreach-outcome = Итог
outreach-organisations = Организации
outreach-ours = Наши участники
outreach-theirs = Их участники
outreach-col-organisations = Организация
outreach-col-ours = Человек
outreach-col-theirs = Человек
outreach-hint-organisations = Хотя бы одна организация, по слагу (например, lublin)
outreach-hint-ours = Люди секретариата, по слагу (например, park-jung-sook)
outreach-hint-theirs = Люди делегации, по слагу (например, lim-byung-jin)
outreach-my-follow-ups = Мои задачи
outreach-follow-ups = Последующие действия
outreach-no-follow-ups = Задач нет.
outreach-add-follow-up = Добавить задачу
outreach-none = Встречи ещё не записаны.
outreach-filter-tag = Тема
outreach-filter = Отобрать
outreach-filter-clear = Показать все
outreach-follow-up-title = Задача
outreach-organisation = Организация
outreach-owner = Ответственный
outreach-due-on = Срок
outreach-leads-to = Ведёт к
outreach-reference = Ссылка
outreach-hint-reference = Слаг мероприятия, премия, сеть
outreach-status = Статус
outreach-overdue = просрочено
outreach-mark-done = Выполнено
outreach-mark-dropped = Отменить
outreach-status-open = Открыта
outreach-status-done = Выполнена
outreach-status-dropped = Отменена
outreach-leads-event_registration = Регистрация на мероприятие
outreach-leads-prize_application = Заявка на премию
outreach-leads-membership = Членство
outreach-leads-regional_office = Региональный офис
outreach-leads-other = Другое
outreach-timeline-of = История: { $name }
outreach-timeline-empty = С этой организацией пока ничего не записано.
outreach-public-page = Публичная страница
outreach-kind-meeting = Встреча
outreach-kind-follow-up = Задача
outreach-kind-membership = Членство
err-outreach-place-or-event = Укажите место или мероприятие (или оба).
err-outreach-no-organisation = Укажите хотя бы одну организацию.
err-outreach-too-many-topics = Не более { $detail } тем.
err-outreach-owner-not-staff = Ответственным может быть только сотрудник.
err-outreach-file = Не удалось прочитать файл контактов: { $detail }
err-follow-up-closed = Эта задача закрыта и не меняется.
err-follow-up-status = Задача переходит только из открытой в выполненную или отменённую (не в «{ $detail }»).
cli-demo-outreach = Загружен журнал контактов: встреч { $meetings }, задач { $follow_ups }
outreach-saved-meeting = Встреча сохранена.
outreach-saved-follow-up = Задача добавлена.
outreach-saved-status = Задача закрыта.
outreach-meeting-with = Встреча: { $organisations }, { $date }
outreach-narrowed-organisation = Только встречи с { $organisation }.
outreach-narrowed-year = Только встречи { $year } года.
outreach-narrowed-both = Только встречи с { $organisation } в { $year } году.
