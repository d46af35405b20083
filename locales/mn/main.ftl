# Hansa — монгол хэлний интерфейсийн каталог (англи каталог нь жишиг: бусад бүх хэл түүний түлхүүрүүдийг дагана).

## Navigation and frame
nav-skip = Үндсэн агуулга руу шилжих
nav-main = Үндсэн цэс
nav-home = Нүүр
nav-directory = Гишүүдийн лавлах
nav-map = Газрын зураг
nav-networks = Сүлжээнүүд
nav-api = API
nav-staff = Нарийн бичгийн газар
nav-audit = Аудитын бүртгэл
nav-login = Нэвтрэх
nav-logout = Гарах
nav-language = Хэл
footer-about = Hansa — хотууд болон орон нутгийн засаг захиргаадын сүлжээний гишүүдийн лавлах.

## Languages
lang-en = Англи хэл
lang-ko = Солонгос хэл
lang-zh = Хятад хэл
lang-ja = Япон хэл
lang-ru = Орос хэл
lang-mn = Монгол хэл

## Home
home-title = Манай хотуудын сүлжээ
home-lead = Хотууд, бүс нутгийн засаг захиргаа, агентлагууд болон түншүүд хамтран ажилладаг — гишүүн, түүний оффисууд болон түүнийг төлөөлөн ажилладаг хүмүүсийг хайж олоорой.
home-stats = Гол үзүүлэлтүүд
home-stat-organisations = байгууллага
home-stat-members = идэвхтэй гишүүн
home-stat-countries = улс
home-stat-networks = сүлжээ
home-map = Манай гишүүд хаана байна
home-networks = Сүлжээнүүд
home-network-members = { $count ->
    [one] { $count } идэвхтэй гишүүн
   *[other] { $count } идэвхтэй гишүүн
}
home-offices = Бүсийн оффисууд
office-closed = хаагдсан

## Directory
dir-title = Гишүүдийн лавлах
dir-filters = Шүүлтүүр
dir-search = Хайлт
dir-search-placeholder = Аль ч хэл дээрх нэр, жишээ нь Кёнжү, Gyeongju эсвэл 경주
dir-search-button = Хайх
dir-any = Бүгд
dir-apply = Хэрэглэх
dir-reset = Цэвэрлэх
dir-count = { $count ->
    [one] { $count } байгууллага
   *[other] { $count } байгууллага
}
dir-empty = Эдгээр шүүлтүүрт тохирох байгууллага алга.
dir-pages = Хуудаснууд
dir-prev = Өмнөх
dir-next = Дараах
dir-page = { $page }-р хуудас

## Map
map-title = Дэлхий даяарх гишүүд
map-label = Улс тус бүрээрх { $count } идэвхтэй гишүүнийг харуулсан дэлхийн газрын зураг
map-caption = Улс тус бүрээрх идэвхтэй гишүүд; өнгө нь тод байх тусам гишүүд олон.
map-more = Бүс нутаг болон улсаарх тоо
map-by-region = Бүс нутгаар
map-by-country = Улсаар
map-members = Гишүүд

## Fields
field-name = Нэр
field-name-other = Өөр хэл дээрх нэр
field-other-lang = Өөр хэл (код)
field-kind = Төрөл
field-country = Улс
field-region = Дэлхийн бүс нутаг
field-network = Сүлжээ
field-status = Төлөв
field-slug = Холбоос дахь товч нэр
field-default-lang = Өөрийн хэл (код)
field-parent = Харьяалал
field-website = Вэбсайт
field-description = Тайлбар
field-logo = Лого
field-date = Огноо
field-event = Үйл явдал
field-note = Тэмдэглэл
field-since = эхэлсэн
field-until = дууссан
field-email = И-мэйл
field-password = Нууц үг
field-role = Үүрэг
field-organisation-slug = Байгууллага (товч нэр, хариуцсан ажилтнуудад)
hint-other-lang = tr, pl, hu, th, pt, es, ar гэх мэт хэлний код.
hint-slug = Хоосон орхивол англи нэрээс автоматаар үүснэ.
hint-default-lang = Байгууллагын бичдэг хэл, жишээ нь Gyeongju-si-д ko.
hint-parent = Харьяалагддаг муж эсвэл бүс нутгийн товч нэр, жишээ нь gyeongsangbuk-do.

## Kinds of organisation
kind-city = Хот
kind-regional_government = Бүс нутгийн засаг захиргаа
kind-national_agency = Үндэсний агентлаг
kind-company = Компани
kind-university = Их сургууль
kind-international_organisation = Олон улсын байгууллага
kind-ngo = ТББ

## World regions
region-africa = Африк
region-north-america = Хойд Америк
region-latin-america-caribbean = Латин Америк ба Карибын бүс
region-east-asia = Зүүн Ази
region-southeast-asia = Зүүн өмнөд Ази
region-south-asia = Өмнөд Ази
region-central-asia = Төв Ази
region-west-asia = Баруун Ази
region-europe = Европ
region-oceania = Океани

## Membership statuses
status-prospect = Боломжит гишүүн
status-applicant = Өргөдөл гаргагч
status-active = Идэвхтэй
status-lapsed = Хураамж төлөгдөөгүй
status-suspended = Түдгэлзүүлсэн
status-withdrawn = Гарсан

## History events
event-founded = Үүсгэн байгуулагдсан
event-renamed = Нэр өөрчлөгдсөн
event-merged = Нэгдсэн
event-split = Хуваагдсан
event-dissolved = Татан буугдсан

## Governance
body-general_assembly = Ерөнхий ассамблей
body-executive_committee = Гүйцэтгэх хороо
body-subcommittee = Дэд хороо
body-working_group = Ажлын хэсэг
body-sessions = Чуулганууд
body-session-number = { $number }-р чуулган
body-seats = Гишүүд ба албан тушаалтнууд
role-chair = Дарга
role-vice_chair = Дэд дарга
role-member = Гишүүн
role-secretariat = Нарийн бичгийн газар
network-members = Гишүүд
network-run-by = Удирдан зохион байгуулагч

## Organisation page
org-names = Нэрс
org-founding = Үүсгэн байгуулагч гишүүн
org-edit = Засах
org-logo-of = Лого:
org-memberships = Гишүүнчлэл
org-no-memberships = Гишүүнчлэл бүртгэгдээгүй байна.
org-change-status = Төлөв өөрчлөх
org-offices = Байршуулсан бүсийн оффисууд
org-bodies = Удирдах байгууллагууд дахь суудал
org-people = Хүмүүс
org-children = Бүрэлдэхүүнд
org-history = Түүх
org-no-history = Түүх бүртгэгдээгүй байна.
org-add-history = Түүхэн үйл явдал нэмэх
org-add-membership = Гишүүнчлэл нэмэх
org-logo-upload = Лого байршуулах
history-old-name = Хуучин нэр, эсвэл нэгдсэн байгууллага (англиар)
logo-hint = PNG, JPEG, GIF эсвэл WebP, хамгийн ихдээ 512 KB.
person-focal-point = Хариуцсан ажилтан
person-positions = Албан тушаалууд
person-contact = Холбоо барих мэдээлэл
private-hint = Хувийн мэдээлэл: зөвхөн нарийн бичгийн газрын ажилтнууд харна.

## Forms
form-save = Хадгалах
form-cancel = Цуцлах
form-upload = Байршуулах
form-choose = Сонгох…
form-from-country = Улсаас хамааран
form-has-errors = Доорх талбаруудыг засна уу; юу ч хадгалагдаагүй.

## Staff
staff-title = Нарийн бичгийн газрын ажлын орчин
staff-new-org = Шинэ байгууллага
staff-import = Байгууллага импортлох
staff-import-hint = Юу ч бичихээс өмнө мөр бүрийг урьдчилан харна.
staff-export = Импорт ба экспорт
staff-export-hint = Импортыг буцаах; байгууллага, гишүүнчлэл эсвэл хүмүүсийг XLSX эсвэл CSV хэлбэрээр экспортлох.
import-help = Гарчгийн мөртэй хүснэгт (XLSX, ODS эсвэл CSV) байршуулна уу. Юу ч бичихээс өмнө та багануудыг талбаруудтай тааруулж, лавлахад аль хэдийн байгаа байгууллагуудтай тохирох мөрүүдийг хэрхэхийг сонгоно. Танигдах баганууд: slug, kind, name_en, name_ko (эсвэл дурын name_<хэл>), default_lang, country, region, parent, website, founding_member, description_en.
import-file = Хүснэгт (XLSX, ODS, CSV)
import-preview = Файлыг шалгах
import-line = Мөр
import-result = Үр дүн
import-create = шинээр үүснэ
import-update = байгаа бичлэгийг шинэчилнэ
import-valid = { $count } мөр бэлэн
import-invalid = { $count } мөрөнд алдаа байна
import-commit = { $count } мөр импортлох
import-commit-skip = Зөв { $count } мөрийг импортлож, бусдыг алгасах
import-created = { $count } үүссэн
import-updated = { $count } шинэчлэгдсэн
import-skipped = { $count } алгассан

## Accounts
login-title = Нэвтрэх
login-submit = Нэвтрэх
login-failed = И-мэйл эсвэл нууц үг буруу байна.
login-wait-seconds = Амжилтгүй оролдлого хэт олон байна. { $seconds } секунд хүлээгээд дахин оролдоно уу.
login-wait-minutes = Амжилтгүй оролдлого хэт олон байна. { $minutes } минут хүлээгээд дахин оролдоно уу.
password-title = Нууц үг солих
password-current = Одоогийн нууц үг
password-new = Шинэ нууц үг (дор хаяж 10 тэмдэгт)
password-wrong = Одоогийн нууц үг буруу байна.
password-changed = Таны нууц үг солигдлоо. Бусад сешнүүдээс гаргалаа.
admin-users = Бүртгэлүүд
admin-new-user = Шинэ бүртгэл
role-user-admin = Администратор
role-user-staff = Нарийн бичгийн газрын ажилтан
role-user-focal_point = Гишүүний хариуцсан ажилтан
role-user-delegate = Төлөөлөгч
role-user-jury = Шүүгч
audit-when = Хэзээ
audit-who = Хэн
audit-what = Үйлдэл
audit-entity = Бичлэг
audit-changes = Өөрчлөлтүүд

## API page
api-title = JSON API
api-lead = Лавлахын хуудас бүр JSON хувилбартай. Машинаар уншигдах тодорхойлолт (OpenAPI 3.1) дараах хаягт байна:
api-method = Арга
api-path = Зам
api-summary = Юу хийдэг
api-auth = Баталгаажуулалт
api-auth-text = Унших нь нээлттэй. Өөрчлөлт хийхэд ажилтны бүртгэл шаардлагатай: API токеныг (hansa user token) Bearer токен болгон илгээх, эсвэл нэвтэрсэн сешнийг X-CSRF-Token толгойтой хамт ашиглана уу.

## Problems
problem-invalid = Оруулсан зарим мэдээлэл буруу байна
problem-conflict = Энэ аль хэдийн байна
problem-not-found = Олдсонгүй
problem-forbidden = Танд үүнийг хийх эрх байхгүй
problem-unauthorized = Нэвтэрнэ үү
problem-csrf = Маягтын хугацаа дууссан эсвэл энэ сайтаас илгээгдээгүй байна. Хуудсаа дахин ачаалаад дахин оролдоно уу.
problem-too-many = Хүсэлт хэт олон байна
problem-too-large = Хүсэлт хэт том байна
problem-bad-request = Хүсэлтийг уншиж чадсангүй
problem-storage = Мэдээллийн сан одоогоор ажиллахгүй байна. Хэсэг хугацааны дараа дахин оролдоно уу.

## Field errors ($detail is a limit or the offending value)
err-required = Энэ талбарыг заавал бөглөнө.
err-too-long = Хэт урт: хамгийн ихдээ { $detail } тэмдэгт.
err-slug = Латин жижиг үсэг, тоо, зураасаас 2–64 тэмдэгт ашиглана уу (жишээ нь city-of-ryde).
err-choice = “{ $detail }” нь сонголтуудын нэг биш.
err-country = “{ $detail }” нь ISO 3166-1 улсын код биш (жишээ нь KR, PL, EC).
err-language = “{ $detail }” нь хэлний код биш (жишээ нь ko, zh, pt-br).
err-url = “{ $detail }” нь https://-ээр эхэлсэн вэб хаяг биш.
err-date = “{ $detail }” нь огноо биш (YYYY-MM-DD).
err-period = Дуусах огноо эхлэх огнооноос өмнө байна.
err-parent-cycle = Байгууллага өөрөө өөрийнхөө эсвэл өөрийн бүрэлдэхүүн хэсгийн харьяанд байж болохгүй.
err-unknown = “{ $detail }” олдсонгүй.
err-taken = “{ $detail }” аль хэдийн ашиглагдсан байна.
err-duplicate = “{ $detail }” хоёр удаа орсон байна.
err-email = Энэ нь и-мэйл хаяг биш.
err-phone = Зөвхөн тоо, хоосон зай болон + - ( ) ашиглана уу.
err-password-short = Дор хаяж { $detail } тэмдэгт оруулна уу.
err-control-chars = Үл харагдах удирдлагын тэмдэгт ашиглахыг хориглоно.
err-status-move = Гишүүнчлэлийг одоогийн төлвөөс “{ $detail }” төлөв рүү шилжүүлэх боломжгүй.
err-status-history = Төлөв нь түүхийн сүүлийн алхамтай таарахгүй байна.
err-already-member = “{ $detail }” энэ сүлжээнд аль хэдийн гишүүнчлэлтэй байна.
err-seat-holder = Суудлыг байгууллага эсвэл хүн — яг аль нэг нь эзэмшинэ.
err-number = 1-ээс 10000 хүртэлх тоо байх ёстой.
err-boolean = “{ $detail }” нь тийм/үгүй (true/false) утга биш.
err-not-image = Энэ файл PNG, JPEG, GIF эсвэл WebP зураг биш.
err-too-large = Файл хэт том байна: хамгийн ихдээ { $detail } KB.
err-body-too-large = Хүсэлт хэт том байна: хамгийн ихдээ { $detail } KB.
err-upload = Байршуулсан файлыг уншиж чадсангүй.
err-json = JSON агуулгыг уншиж чадсангүй: { $detail }
err-query = Хүсэлтийн мөрийг (query string) уншиж чадсангүй: { $detail }
err-internal = Гэнэтийн алдаа: { $detail }
err-bundle-syntax = Багц файлыг уншиж чадсангүй: { $detail }
err-csv-encoding = Файл сонгосон кодчиллоор зөв текст биш байна (эхний алдаа { $detail }-р мөрөнд). Өөр кодчилол сонгох эсвэл “CSV UTF-8” хэлбэрээр хадгална уу.
err-csv-syntax = CSV-г уншиж чадсангүй: { $detail }
err-csv-unknown-column = Танигдаагүй баганууд: { $detail }. Тэдгээрийг талбартай тааруулах эсвэл үл тоохоор сонгоно уу.
err-csv-duplicate-column = “{ $detail }” багана хоёр удаа орсон байна.
err-csv-missing-column = Файлд { $detail } багана хэрэгтэй (эсвэл байгаа бичлэгийг олох slug эсвэл id багана).
err-csv-too-many-rows = Мөр хэт олон байна: нэг файлд хамгийн ихдээ { $detail }. Файлаа хувааж, хэсэг тус бүрээр импортлоно уу.
err-csv-too-large = Файл хэт том байна: хамгийн ихдээ { $detail } MB.
err-csv-empty = Файлд (эсвэл өгөгдөлтэй эхний хуудсанд нь) мөр алга.

## People and offices (staff forms)
staff-new-person = Шинэ хүн
staff-new-office = Шинэ бүсийн оффис
field-family-name = Овог
field-given-name = Нэр
field-name-order = Нэрийн дараалал
name-order-family_first = Овгийг эхэнд (солонгос, хятад, япон, унгар)
name-order-given_first = Нэрийг эхэнд
field-native-name = Төрөлх бичгээрх нэр
field-honorific = Хүндэтгэлийн хэллэг (Mr., Ms., Dr.)
field-phone = Утас
field-focal-point-for = Хариуцсан ажилтан болох байгууллага (байгууллагын товч нэр)
field-position-organisation = Ажилладаг байгууллага (байгууллагын товч нэр)
field-position-title = Албан тушаалын нэр
field-host = Хүлээн авагч байгууллага (товч нэр)
field-city = Хот
field-region-covered = Хамрах бүс нутаг
staff-new-network = Шинэ сүлжээ
staff-new-body = Шинэ удирдах байгууллага
field-run-by = Удирдан зохион байгуулагч (байгууллагын товч нэр)
field-membership-types = Гишүүнчлэлийн төрлүүд, мөр бүрт нэг: код = Нэр
field-number = Дугаар
field-place = Газар
field-holder = Суудал эзэмшигч (байгууллага эсвэл хүний товч нэр)
body-add-session = Чуулган нэмэх
body-add-seat = Суудал нэмэх
office-close = Оффисыг хаах
office-close-on = Хаагдсан огноо
person-add-position = Албан тушаал нэмэх
org-archived = Энэ байгууллагыг архивласан: түүхийн хамт хадгалагдсан боловч лавлахад харагдахаа больсон.
org-archive = Архивлах
org-restore = Лавлахад сэргээх
person-erase = Энэ хүнийг устгах
person-erase-hint = Хүсэлтээр устгахад тухайн хүн, түүний албан тушаал, суудлыг бүрмөсөн устгана; аудитын бүртгэлд зөвхөн бичлэгийн дугаар үлдэнэ.
person-erase-confirm = Баталгаажуулахын тулд { $slug } гэж бичнэ үү
err-confirm = Баталгаажуулахын тулд яг “{ $detail }” гэж бичнэ үү.
import-checking = Файлыг шалгаж байна…
import-writing = Мөрүүдийг нэг гүйлгээгээр бичиж байна…
progress-started = Эхэлж байна…
progress-checked = Шалгасан мөр: { $total }-аас { $done }
progress-written = Бичсэн мөр: { $total }-аас { $done }
progress-done = Дууссан: { $total }-аас { $done }
org-runs = Удирддаг сүлжээ

## Audit log actions
audit-action-create = үүсгэсэн
audit-action-update = өөрчилсөн
audit-action-add-history = түүхийн үйл явдал нэмсэн
audit-action-import = импорт
audit-action-set-logo = лого тохируулсан
audit-action-change-status = төлөв өөрчилсөн
audit-action-change-password = нууц үг солисон
audit-action-reset-password = нууц үг сэргээсэн
audit-action-archive = архивласан
audit-action-restore = сэргээсэн
audit-action-erase = хүсэлтээр устгасан
audit-action-close-office = оффис хаасан
audit-action-add-session = чуулган нэмсэн
audit-action-add-seat = суудал нэмсэн
audit-action-add-position = албан тушаал нэмсэн
err-form = Маягтыг уншиж чадсангүй: { $detail }

## API operations (the /api page)
api-op-list = Байгууллагуудын жагсаалт (шүүлтүүр, аль ч хэлээр хайх, хуудаслалт)
api-op-show = Нэг байгууллага, түүний гишүүнчлэл ба түүх
api-op-create = Байгууллага үүсгэх (Нарийн бичгийн газар)
api-op-update = Байгууллагыг өөрчлөх (Нарийн бичгийн газар эсвэл түүний хариуцсан ажилтан)
api-op-networks = Сүлжээнүүд ба тэдгээрийн гишүүнчлэлийн төрлүүд
api-op-memberships = Сүлжээний гишүүнчлэлүүд
api-op-create_membership = Гишүүнчлэлийг төлөвийн түүхийн хамт бүртгэх (Нарийн бичгийн газар)
api-op-offices = Бүсийн оффисууд, ажиллаж буй болон хаагдсан
api-op-people = Хүмүүс (зөвхөн нийтэд нээлттэй талбарууд)
api-op-person = Нэг хүн (холбоо барих мэдээлэл зөвхөн Нарийн бичгийн газарт)
api-op-country_counts = Улс тус бүрээрх идэвхтэй гишүүд
api-op-import_csv = CSV файлаас байгууллага импортлох (Нарийн бичгийн газар)
api-op-bodies = Чуулган, суудлын хамт удирдах байгууллагууд
api-op-create_network = Сүлжээг гишүүнчлэлийн төрлүүдийн хамт үүсгэх (Нарийн бичгийн газар)
api-op-create_office = Бүсийн оффис бүртгэх (Нарийн бичгийн газар)
api-op-create_body = Удирдах байгууллагыг чуулган, суудлын хамт үүсгэх (Нарийн бичгийн газар)
api-op-create_person = Хүнийг албан тушаалын хамт нэмэх (Нарийн бичгийн газар)
api-op-add_history = Огноотой түүхэн үйл явдал нэмэх (Нарийн бичгийн газар)
api-op-change_status = Гишүүнчлэлийн төлөв өөрчлөх (Нарийн бичгийн газар)

## API tokens and field-level permissions
tokens-title = API токен
tokens-intro = Токен нь бусад програм (вэб сайт, CRM) таны нэрээр API ашиглах боломж олгоно. Програм бүрт тусдаа токен үүсгэвэл нэгийг нь цуцлахад бусад нь ажилласаар байна. Нууц үгээ солиход токенууд хэвээр үлдэнэ.
tokens-shown-once = Энэ токеныг одоо хуулж аваарай: зөвхөн нэг удаа харагдах бөгөөд дахин харах боломжгүй.
tokens-none = Танд одоогоор API токен алга.
tokens-name = Нэр
tokens-name-example = ж: Вэб сайтын синк
tokens-scope = Эрх
tokens-scope-read = зөвхөн унших
tokens-scope-write = унших ба өөрчлөх
tokens-created = Үүсгэсэн
tokens-expires = Дуусах
tokens-expires-days = Хүчинтэй хоног (хоосон бол хугацаагүй)
tokens-last-used = Сүүлд ашигласан
tokens-state = Төлөв
tokens-never = хэзээ ч
tokens-revoked = цуцлагдсан
tokens-expired = хугацаа дууссан
tokens-revoke = Цуцлах
tokens-new = Шинэ токен
tokens-create = Токен үүсгэх
audit-via-token = “{ $token }” токеноор
audit-action-create-token = API токен үүсгэсэн
audit-action-revoke-token = API токен цуцалсан
err-secretariat-field = Үүнийг зөвхөн нарийн бичгийн газар өөрчилж чадна.
err-range = { $detail } хооронд байх ёстой.
err-changed-meanwhile = Яг тэр мөчид өөр хүн өөрчилсөн байна (өмнө нь: { $detail }); дахин шалгаад оролдоно уу.
org-form-focal-note = Энд байгууллагынхаа нэр, тайлбар, вэб сайт, логог өөрчилж болно. Товч нэр, төрөл, дээд байгууллага, улс, бүс, үүсгэн байгуулагч гишүүн эсэхийг нарийн бичгийн газар хөтөлдөг: өөрчлөх бол тэдэнд хандана уу.

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = Хэд хэдэн байгууллагатай тохирч байна ({ $detail }); алийг нь болохыг заахын тулд slug багана нэмнэ үү.
err-import-bad-field = “{ $detail }” нь импортод танигдах талбар биш.
err-import-blank-header = { $detail } баганад утга байгаа боловч гарчиг алга. Гарчиг өгнө үү (нэгтгэсэн гарчгийн нүднүүд үүнийг хоосон үлдээдэг).
err-import-changed-since = Урьдчилан харсны дараа хэн нэгэн “{ $detail }”-г өөрчилсөн байна. Файлыг дахин шалгана уу.
err-import-mapping = Баганын тааруулгыг уншиж чадсангүй: гарчиг = талбар хосоор өгнө үү.
err-import-slug-twice = Энэ slug өмнөх мөрөнд ч бас байна: { $detail }.
err-import-slug-taken = “{ $detail }” slug лавлахад байгаа нэг байгууллагад аль хэдийн оноогдсон байна.
err-import-two-columns = Хоёр багана нэг талбарт тааруулагдсан байна: { $detail }.
err-import-undone = Энэ импортыг аль хэдийн буцаасан.
err-sheet-unreadable = Хүснэгтийг уншиж чадсангүй: { $detail }
import-encoding = Текстийн кодчилол (CSV файл)
import-encoding-auto = Автоматаар тодорхойлох (UTF-8, UTF-16, Windows-1252)
import-read-as = { $detail } хэлбэрээр уншсан
import-columns = Баганууд
import-column = Файл дахь багана
import-column-unknown = танигдаагүй — талбар сонгохгүй бол үл тооцно
import-field = Талбар
import-field-id = Id (байгаа бичлэгийг олох)
import-field-slug = slug (байгаа бичлэгийг олох)
import-field-kind = Төрөл
import-field-default_lang = Өөрийн хэл
import-field-country = Улс (ISO код)
import-field-region = Бүс нутаг
import-field-parent = Дээд байгууллага (slug)
import-field-website = Вэбсайт
import-field-founding_member = Үүсгэн байгуулагч гишүүн
import-field-ignore = — Энэ баганыг үл тоох —
import-duplicates = Байгаа байгууллагуудтай тохирох мөрүүд
import-match-by = Тохирлыг юугаар хайх
import-match-auto = Файлд slug эсвэл id багана байвал түүгээр, үгүй бол нэр ба улсаар
import-match-key = slug эсвэл id багана
import-match-name_country = Нэр (аль ч хэл дээр) ба улс
import-on-match = Тохирол бүрийг хэрхэх
import-on-skip = Мөрийг алгасах (юу ч өөрчлөхгүй)
import-on-update = Шинэчлэх: файлын баганууд хадгалагдсан утгыг орлоно
import-on-fill = Нөхөх: одоо хоосон байгаа талбаруудыг л бөглөнө
import-on-create = Ямар ч байсан шинэ байгууллага үүсгэх
import-empty-clears = Хоосон нүд хадгалагдсан утгыг арилгана (Шинэчлэх үед)
import-recheck = Эдгээр сонголтоор дахин шалгах
import-rows = Мөр бүрт юу болох вэ
import-count-new = { $count } шинэ
import-count-changes = { $count } өөрчлөлттэй
import-count-unchanged = { $count } өөрчлөгдөөгүй
import-count-duplicates = { $count } давхардсан
import-count-problems = { $count } алдаатай
import-new = шинэ
import-change = { $detail } өөрчлөгдөнө
import-unchanged = { $detail } өөрчлөгдөхгүй
import-duplicate-line = { $detail }-р мөртэй давхардсан, алгассан
import-duplicate-record = тохирол: { $detail }, алгассан
import-problem = импортлогдоогүй
import-empty = (хоосон)
import-nothing-to-write = Энэ файл лавлахад юу ч өөрчлөхгүй.
import-nothing-written = Бичих шаардлагагүй байлаа: файлд байгаа бүх зүйл лавлахад аль хэдийн байна.
import-done = Импортлосон: { $detail }. Доор буцаах боломжтой.
import-undo-archived = Үүсгэсэн { $count } бичлэгийг архивласан
import-undo-restored = Өөрчилсөн { $count } бичлэгийг сэргээсэн
import-undo-refused = { $count } хэвээр үлдсэн
import-undo-refused-help = Эдгээр бичлэг импортын дараа өөрчлөгдсөн тул буцаалтаар хэвээр үлдээлээ:
import-export = Экспорт
import-export-organisations = Байгууллагууд
import-export-memberships = Гишүүнчлэлүүд
import-export-people = Хүмүүс
imports-title = Импортын түүх
imports-none = Одоогоор импорт хийгээгүй байна.
imports-when = Хэзээ
imports-who = Хэн
imports-file = Файл
imports-undo = Буцаах
imports-undone = буцаасан

# Outbox: messages to people (/staff/messages)
messages-title = Мессеж
messages-title-one = Мессеж { $id }
messages-hint = Хүмүүст илгээх мессеж (бүртгэлийн баталгаа, хүлээлгийн жагсаалт, визний урилга) нь түүнийг үүсгэсэн өөрчлөлттэй хамт дараалалд орж, шуудангийн серверээр илгээгдэнэ.
messages-card-hint = Хүмүүст илгээсэн баталгаа, захидал болон илгээгдээгүй мессежүүд.
messages-no-relay = Шуудангийн сервер тохируулаагүй байна: тохируулах хүртэл мессежүүд энд хүлээнэ (--smtp-url эсвэл HANSA_SMTP_URL).
messages-relay = { $relay }-ээр илгээнэ.
messages-status = Төлөв
messages-created = Дараалалд орсон
messages-kind = Төрөл
messages-recipient = Хүлээн авагч
messages-subject = Гарчиг
messages-attempts = Оролдлого
messages-last-error = Сүүлийн алдаа
messages-next-attempt = Дараагийн оролдлого
messages-sent-at = Илгээсэн
messages-entity = Холбогдох бичлэг
messages-language = Хэл
messages-body = Эх бичвэр
messages-none = Мессеж алга.
messages-send-again = Дахин илгээх
messages-about-same = Энэ бичлэгийн бусад мессеж
messages-back = Бүх мессеж
message-status-queued = Дараалалд
message-status-sending = Илгээж байна
message-status-sent = Илгээсэн
message-status-failed = Амжилтгүй
message-kind-registration-confirmed = Бүртгэл баталгаажсан
message-kind-registration-waitlisted = Хүлээлгийн жагсаалтад
message-kind-registration-promoted = Хүлээлгийн жагсаалтаас орсон
message-kind-registration-approved = Бүртгэл зөвшөөрөгдсөн
message-kind-visa-letter = Визний урилга
cli-mail-relay = Шуудан { $relay }-ээр илгээгдэнэ
cli-mail-none = Шуудангийн сервер тохируулаагүй (--smtp-url): мессежүүд илгээх хайрцагт хүлээж, ажилтнууд /staff/messages хуудсанд харна

# Command line
cli-error = алдаа
cli-not-found = Олдсонгүй.
cli-forbidden = Зөвшөөрөгдөөгүй.
cli-storage = Мэдээллийн санд алдаа гарлаа: { $detail }
cli-reading = { $detail } уншиж байна
cli-opening = { $detail } нээж байна
cli-accepted-columns = Зөвшөөрөгдөх баганууд: { $detail }. Бусдыг нь тааруулахын тулд --mapping FILE, эсвэл --ignore-unknown өгнө үү.
cli-import-refused = Юу ч импортлоогүй: дээрх мөрүүдийг засах, эсвэл бусдыг нь бичихийн тулд --skip-invalid өгнө үү.
cli-import-done = #{ $id } импортыг { $ms } ms-д бичлээ. Буцаах команд: hansa import undo { $id }
cli-bundle-loaded = Ачааллаа: { $organisations } байгууллага, { $networks } сүлжээ, { $memberships } гишүүнчлэл, { $offices } оффис, { $bodies } удирдах байгууллага, { $people } хүн.
cli-progress-line = { $phase }: { $done }
cli-phase-checked = шалгасан мөр
cli-phase-written = бичсэн мөр
cli-phase-organisations = байгууллага
cli-phase-networks = сүлжээ
cli-phase-memberships = гишүүнчлэл
cli-phase-people = хүмүүс
cli-demo-loading = Туршилтын лавлахыг ачаалж байна …
cli-demo-exists = Мэдээллийн санд аль хэдийн { $count } байгууллага байна; туршилтын өгөгдлийг дахин ачаалаагүй.
cli-demo-sign-in = Туршилтын нэвтрэлт: admin@example.org / { $detail }  (мөн staff@, focal@, delegate@example.org)
cli-account-exists = { $detail } и-мэйлтэй бүртгэл аль хэдийн байна.
cli-account-created = { $role } эрхтэй { $email } бүртгэл үүсгэлээ.
cli-password = Нууц үг: { $detail }
cli-password-reset = { $detail } бүртгэлийн нууц үгийг сэргээлээ; түүний бүх сешнээс гаргасан.
cli-token-issued = Токен #{ $id } “{ $name }” ({ $scope }), эзэмшигч { $email }; зөвхөн одоо харуулж байна:
cli-token-revoked = Токен #{ $id } “{ $name }” цуцлагдлаа.
cli-running = Hansa http://{ $addr } дээр ажиллаж байна  (мэдээллийн сан: { $database })
cli-public-url = Уншигчид { $detail } хаягаар хандана
cli-migrated = { $detail } мэдээллийн сан хамгийн сүүлийн хувилбартай байна.
network-public-statuses = Олон нийтэд харагдах гишүүд
network-public-statuses-help = Ажилтнууд бүх гишүүнчлэлийг үргэлж харна. Зочид, нийтийн API, зочдод зориулсан экспорт, тоон мэдээлэл болон газрын зураг зөвхөн энд тэмдэглэсэн төлвүүдийг харуулна; боломжит гишүүд болон өргөдөл гаргагчдыг (гишүүн татах үйл явц) ихэвчлэн нийтэд харуулдаггүй.

## Events
nav-events = Арга хэмжээ
events-title = Арга хэмжээ
events-upcoming = Удахгүй болох
events-past = Өнгөрсөн арга хэмжээ
events-none = Одоогоор арга хэмжээ байхгүй байна.
event-kind = Төрөл
event-kind-forum = Форум
event-kind-general_assembly = Ерөнхий ассамблей
event-kind-mayoral_conference = Хотын дарга нарын бага хурал
event-kind-subcommittee_meeting = Дэд хорооны хурал
event-kind-side_event = Дагалдах арга хэмжээ
event-kind-workshop = Семинар
event-kind-training = Сургалтын хөтөлбөр
event-status-draft = Ноорог
event-status-published = Нийтэлсэн
event-status-closed = Хаагдсан
event-status-archived = Архивласан
event-role-host = Хүлээн авагч тал
event-role-organiser = Зохион байгуулагч
event-role-co_organiser = Хамтран зохион байгуулагч
event-role-sponsor = Ивээн тэтгэгч
event-role-partner = Түнш
event-theme = Сэдэв
event-dates = Огноо
event-venue = Болох газар
event-online = Онлайн
event-zone = { $zone } цагаар, { $offset }
event-edition = { $series }, { $number }-р удаа
session-kind-opening_ceremony = Нээлтийн ёслол
session-kind-keynote = Үндсэн илтгэл
session-kind-plenary = Нэгдсэн хуралдаан
session-kind-expert_session = Шинжээчдийн хуралдаан
session-kind-panel = Панел хэлэлцүүлэг
session-kind-special_lecture = Тусгай лекц
session-kind-local_government_session = Орон нутгийн засаг захиргааны хуралдаан
session-kind-roundtable = Дугуй ширээний уулзалт
session-kind-breakout = Салбар хуралдаан
session-kind-site_visit = Газар дээр нь танилцах
session-kind-side_meeting = Хажуугийн уулзалт
session-kind-orientation = Танилцуулга уулзалт
session-kind-module = Модуль
session-kind-ceremony = Ёслол
session-kind-networking = Харилцаа тогтоох уулзалт
session-kind-registration = Бүртгэл
session-kind-break = Завсарлага
participant-role-speaker = Илтгэгчид
participant-role-moderator = Модератор
participant-role-panelist = Панелын оролцогчид
participant-role-presenter = Танилцуулагчид
participant-role-chair = Даргалагч
participant-role-rapporteur = Тэмдэглэл хөтлөгч
participant-role-remarks = Үг хэлэгчид
session-channel = { $language } — { $channel }-р суваг
programme-title = Хөтөлбөр
programme-room = Танхим
programme-all-rooms = Бүх танхим
programme-show = Харуулах
programme-slides = слайд
programme-languages = Хэл
programme-interpretation = Синхрон орчуулга
programme-empty = Хөтөлбөрийг хараахан нийтлээгүй байна.
conflicts-title = Хөтөлбөрийн давхцал
conflict-person = { $person } нэгэн зэрэг хоёр хуралдаанд оролцохоор байна: { $first } ба { $second }.
conflict-room = { $room } танхим давхар захиалагдсан байна: { $first } ба { $second }.
conflict-outside = { $session } хуралдаан арга хэмжээний өдрүүдээс гадуур байна.
conflict-ends-before = { $session } хуралдаан эхлэхээсээ өмнө дуусч байна.
date-long = { $year } оны { $month } { $day }
date-range = { $first } – { $last }
month-1 = 1-р сарын
month-2 = 2-р сарын
month-3 = 3-р сарын
month-4 = 4-р сарын
month-5 = 5-р сарын
month-6 = 6-р сарын
month-7 = 7-р сарын
month-8 = 8-р сарын
month-9 = 9-р сарын
month-10 = 10-р сарын
month-11 = 11-р сарын
month-12 = 12-р сарын
weekday-1 = даваа гараг
weekday-2 = мягмар гараг
weekday-3 = лхагва гараг
weekday-4 = пүрэв гараг
weekday-5 = баасан гараг
weekday-6 = бямба гараг
weekday-7 = ням гараг
err-time-zone = “{ $detail }” нь бидний мэдэх цагийн бүс биш (Asia/Seoul зэрэг IANA нэр ашиглана уу).
err-datetime = “{ $detail }” нь огноо ба цаг биш (2023-12-07T09:30 хэлбэрээр бичнэ үү).
err-time-skipped = { $detail } энэ цагийн бүсэд байхгүй: зуны цаг эхлэхэд цаг энэ хугацааг алгасдаг.
err-time-repeated = Зуны цаг дуусахад { $detail } энэ цагийн бүсэд хоёр удаа тохиодог; тэр нэг цагаас гадуурх цагийг сонгоно уу.
err-event-too-long = Арга хэмжээ хамгийн ихдээ { $detail } өдөр үргэлжилж болно.
err-coordinates = Өргөрөг (−90-ээс 90 хүртэл) болон уртраг (−180-аас 180 хүртэл) хоёуланг нь оруулах эсвэл аль алиныг нь хоосон орхино уу.
err-session-ends-before = { $detail } хуралдаан эхлэхээсээ өмнө дуусч байна.
err-session-outside = { $detail } хуралдаан арга хэмжээний өдрүүдээс гадуур байна.
err-room-double-booked = Энэ танхим тухайн цагт аль хэдийн захиалагдсан байна ({ $detail }).
err-events-file = Арга хэмжээний файлыг уншиж чадсангүй: { $detail }
cli-demo-events = Ачаалсан арга хэмжээ: { $count }
programme-calendar = Хөтөлбөрийг бүхэлд нь календарьт нэмэх (.ics)
session-calendar = Календарьт нэмэх
person-profile = Гишүүдийн жагсаалт дахь танилцуулга
person-calendar = Миний хөтөлбөрийг календарьт нэмэх (.ics)
person-programme = Хөтөлбөр
programme-your-time = таны цаг
err-registered-twice = Энэ и-мэйл хаяг энэ арга хэмжээнд аль хэдийн бүртгэгдсэн байна.
err-category-not-offered = Энэ арга хэмжээнд «{ $detail }» ангилал байхгүй.
err-registration-closed = Энэ арга хэмжээний бүртгэл нээгдээгүй байна.
err-category-full = «{ $detail }» ангилалд сул суудал алга.
err-passport-name-for-visa = Визний урилга авахад паспорт дээрх нэр шаардлагатай.
err-registration-status = «{ $detail }» төлөвтэй бүртгэлийг тэр төлөвт шилжүүлэх боломжгүй.
programme-frab = frab формат, видео баг болон хурлын аппликейшнд
category-head_of_delegation = Төлөөлөгчдийн тэргүүн
category-delegate = Төлөөлөгч
category-speaker = Илтгэгч
category-partner = Түнш
category-press = Хэвлэл мэдээлэл
category-observer = Ажиглагч
category-staff = Ажилтан
regstatus-pending = Зөвшөөрөл хүлээж буй
regstatus-approved = Зөвшөөрсөн
regstatus-rejected = Хүлээн аваагүй
regstatus-waitlisted = Хүлээлгийн жагсаалтад
regstatus-cancelled = Цуцалсан
regstatus-attended = Оролцсон
registration-action-approved = Зөвшөөрөх
registration-action-rejected = Татгалзах
registration-action-attended = Оролцсоныг тэмдэглэх
answer-yes = Тийм
answer-no = Үгүй
filter-all = Бүгд
list-showing = { $first }–{ $last } (нийт { $total })
hint-native-name = Өөрийн төрөлх бичгээр, жишээ нь 임병진 эсвэл 林炳辰.
hint-passport-name = Визний урилгад зориулж паспорт дээрхтэй яг адилхан бичнэ үү.
hint-reg-email = Бүртгэлийн баталгаажуулалт болон төлөвийн аливаа өөрчлөлтийг энэ хаяг руу илгээнэ.
register-title = Бүртгүүлэх: { $event }
register-about = Таны тухай
register-category = Оролцох ангилал
register-position = Албан тушаал
register-organisation = Байгууллага
register-protocol = Орчуулга, хоол, хүртээмж
register-interpretation = Орчуулах хэл
register-no-interpretation = Орчуулга шаардлагагүй
register-dietary = Хоолны онцгой хэрэгцээ
register-accessibility = Хүртээмжийн хэрэгцээ
register-visa = Виз
register-visa-letter = Надад визний урилга хэрэгтэй
register-passport-name = Паспорт дээрх нэр
register-questions = Зохион байгуулагчдын асуулт
register-submit = Бүртгүүлэх
register-privacy = Нарийн бичгийн газар эдгээр мэдээллийг зөвхөн арга хэмжээг зохион байгуулахад ашиглана; паспорт дээрх нэр, хоолны болон хүртээмжийн хэрэгцээг хэзээ ч олон нийтэд харуулахгүй.
register-places = Суудал
register-places-left = Үлдсэн суудал
register-places-open = Хязгааргүй
register-places-count = Үлдсэн: { $count }
register-waiting-list = Зөвхөн хүлээлгийн жагсаалт
register-deadline = Бүртгэл хаагдах хугацаа: { $deadline }.
register-for-delegation = Та дараах байгууллагын албан тушаалтнуудыг төлөөлөгчдийн бүрэлдэхүүнээр бүртгэж байна: { $organisation }. Хүн бүр өөрийн бүртгэл, код, энгэрийн тэмдэгтэй болно.
registration-title = Таны бүртгэл
registration-status = Төлөв
registration-waiting = Хүлээлгийн жагсаалтын { $position }-р дугаар
registration-code = Бүртгэлийн код
registration-keep-link = Энэ хуудасны хаягийг хадгалаарай: үүгээр бүртгэлээ харах эсвэл цуцлах боломжтой. Код таны энгэрийн тэмдэг дээр мөн бий.
registration-details = Таны оруулсан мэдээлэл
registration-history = Түүх
registration-cancel = Бүртгэлээ цуцлах
registration-cancel-confirm = Энэ бүртгэлийг цуцлах уу? Таны суудал хүлээлгийн жагсаалтын дараагийн хүнд шилжинэ.
delegation-title = Төлөөлөгчдийн бүрэлдэхүүн
delegation-add = Өөр албан тушаалтан бүртгэх
delegation-added = { $name } бүртгэгдлээ.
delegation-empty = Энэ төлөөлөгчдийн бүрэлдэхүүнд одоогоор хэн ч бүртгэгдээгүй байна.
staff-registrations-title = Бүртгэлүүд
staff-registrations-search = Нэр, и-мэйл эсвэл код
staff-places-held = Эзэлсэн
staff-places-capacity = Нийт суудал
staff-actions = Үйлдэл
staff-register-someone = Өөр хүнийг бүртгэх
event-register = Бүртгүүлэх
event-registrations = Бүртгэлүүд (Нарийн бичгийн газар)
err-registration-deadline = Энэ арга хэмжээний бүртгэл хаагдсан.
err-question-choices = Сонголттой асуултад дор хаяж хоёр сонголт байх ёстой.
err-question-no-choices = «{ $detail }» төрлийн асуултад сонголт байх ёсгүй.
hint-family-name = Паспорт дээрхтэй адил. Хэрэв та ганц нэртэй бол энд бичнэ үү.
progress-badges = Бэлтгэсэн энгэрийн тэмдэг: { $total }-аас { $done }
badges-title = Энгэрийн тэмдэг
badges-intro = Энгэрийн тэмдгийг зөвхөн зөвшөөрсөн бүртгэлд хэвлэнэ. Тэмдэг дээр төрөлх бичгээрх болон латин үсгээрх нэр, байгууллага, улс, ангиллын өнгө, ирц бүртгэлийн QR код байна.
badges-which = Хэвлэх энгэрийн тэмдэг
badges-layout = Цаас
badges-layout-a6 = A6, нэг хуудсанд нэг тэмдэг (энгэрийн тэмдгийн принтер)
badges-layout-a4 = A4, нэг хуудсанд дөрвөн тэмдэг, зүсэх тэмдэглэгээтэй
badges-codes = Бүртгэлийн кодууд
hint-badges-codes = Хоосон орхивол (сонгосон ангиллын) зөвшөөрсөн бүх бүртгэлийн тэмдгийг хэвлэнэ; заримыг нь дахин хэвлэх бол кодуудыг зай эсвэл шинэ мөрөөр тусгаарлан бичнэ үү.
badges-print = PDF үүсгэх
badges-making = Энгэрийн тэмдгийг бэлтгэж байна…
event-badges = Энгэрийн тэмдэг
err-badge-not-approved = { $detail } бүртгэлд энгэрийн тэмдэг гаргахгүй: зөвхөн зөвшөөрсөн бүртгэлд тэмдэг олгоно.
err-no-badges = Энгэрийн тэмдэг хэвлэх зөвшөөрсөн бүртгэл алга.
err-badge-render = Энгэрийн тэмдгийг бэлтгэж чадсангүй: { $detail }
event-check-in = Ирц бүртгэл
checkin-title = Ирц бүртгэл
checkin-day = Өдөр
checkin-session = Хуралдаан
checkin-whole-day = Бүтэн өдөр
checkin-online = Онлайн: уншуулалт бүрийг тэр даруй илгээнэ.
checkin-offline = Офлайн: уншуулалтууд энэ төхөөрөмжид хадгалагдаж, сүлжээ сэргэхэд илгээгдэнэ.
checkin-waiting = уншуулалт илгээгдэхийг хүлээж байна
checkin-of-expected = / { $expected } хүний ирц бүртгэгдсэн
checkin-code = Код, QR код эсвэл нэр
hint-checkin-code = Энгэрийн тэмдгийг уншуулах (сканнер энэ талбарт бичнэ), QR кодын доорх кодыг бичих, эсвэл нэрийн хэсгийг бичнэ үү.
checkin-submit = Ирц бүртгэх
checkin-camera = Камераар уншуулах
checkin-recent = Дөнгөж сая
checkin-conflicts = Шалгах шаардлагатай
checkin-checked_in = ирц бүртгэгдлээ
checkin-duplicate = ирц өмнө нь бүртгэгдсэн
checkin-replayed = аль хэдийн хүлээн авсан
checkin-unknown = энэ кодтой бүртгэл алга
checkin-wrong_event = өөр арга хэмжээний тэмдэг
checkin-not_admitted = нэвтрүүлэхгүй (бүртгэл зөвшөөрөгдөөгүй)
checkin-invalid = энэ арга хэмжээний өдөр эсвэл хуралдаан биш
checkin-queued = ирц бүртгэгдсэн, илгээгдэхийг хүлээж байна
checkin-first-at = анх бүртгэгдсэн
checkin-choose = Хэд хэдэн хүн тохирч байна: нэгийг нь сонгоно уу.
checkin-no-match = Жагсаалтад тохирох хүн алга.
err-device = Ирц бүртгэлийн цэг аль төхөөрөмж болохоо заах ёстой (1–64 тэмдэгт).
err-too-many = Нэг удаад хамгийн ихдээ { $detail }.
figures-title = Ирц
figures-headline = { $countries } улсын { $organisations } орон нутгийн засаг захиргаа болон байгууллагын { $delegates } төлөөлөгч
figures-more-than = { $count } гаруй
figures-csv = Тоон мэдээ CSV хэлбэрээр
figures-by-country = Улсаар
figures-by-category = Ангиллаар
figures-by-day = Өдрөөр
figures-people = Хүний тоо
figures-registered = Ирц бүртгэл болон оролцооны тэмдэглэлээр тоолсон; { $count } бүртгэл суудал эзэлсэн.
event-figures = Ирцийн тоон мэдээ
cli-demo-delegates = NEAR форум 2023-т бүртгүүлж, ирцээ бүртгүүлсэн төлөөлөгч: { $count }
delegates-import-title = Төлөөлөгчдийн жагсаалт импортлох
delegates-import-intro = Гарчгийн мөртэй хүснэгт (CSV, XLSX эсвэл ODS): family_name, given_name, email, мөн байгаа бол category, honorific, native_name, position, organisation (лавлах дахь товч нэр, эсвэл бичигдсэн хэвээрх нэр), country (KR, CN, JP…), interpretation_language, dietary, accessibility, visa_letter, passport_name, түүнчлэн арга хэмжээний өөрийн асуултуудад answer:<асуултын код>. Файлыг эхлээд шалгана; бүх мөр зөв болтол юу ч бичигдэхгүй.
delegates-import-file = Хүснэгт
delegates-import-check = Файлыг шалгах
delegates-import-go = { $count } бүртгэл импортлох
delegates-import-summary = { $rows } мөр уншсан ({ $read_as }); { $problems } мөрөнд алдаа байна.
delegates-import-problems = Засах шаардлагатай мөрүүд (юу ч импортлоогүй)
delegates-import-problem = Алдаа
delegates-import-written = { $count } бүртгэл импортлогдлоо.
staff-import-delegates = Төлөөлөгчдийн жагсаалт импортлох
err-delegate-columns = Файлд импортод танигдахгүй баганууд байна: { $detail }. Тэдгээрийн агуулга алдагдахгүйн тулд нэрийг нь өөрчлөх эсвэл устгана уу.
err-delegate-columns-missing = Файлд «{ $detail }» багана хэрэгтэй.
err-delegate-duplicate = Ижил и-мэйл хаяг { $detail }-р мөрөнд аль хэдийн байна.
programme-list-view = Жагсаалт
programme-grid-view = Цагийн хуваарь
programme-elsewhere = Бусад газар
programme-time = Цаг
checkin-waiting-one = уншуулалт илгээгдэхийг хүлээж байна
register-about-official = Бүртгэж буй албан тушаалтан
delegation-add-first = Албан тушаалтан бүртгэх
message-kind-registration-received = Бүртгэл хүлээн авсан
message-kind-registration-rejected = Бүртгэлийг хүлээн аваагүй
message-kind-registration-cancelled = Бүртгэл цуцлагдсан
mail-registration-received-subject = Бүртгэл хүлээн авлаа: { $event }
mail-registration-received-body = Эрхэм хүндэт { $name } танаа,

    Бид таны { $event } арга хэмжээнд бүртгүүлсэн бүртгэлийг хүлээн авлаа. Нарийн бичгийн газар таны бүртгэлийг баталгаажуулж мэдэгдэнэ.

    Таны бүртгэлийн код: { $code }
    Бүртгэлээ харах эсвэл цуцлах: { $link }
mail-registration-confirmed-subject = Бүртгэл баталгаажлаа: { $event }
mail-registration-confirmed-body = Эрхэм хүндэт { $name } танаа,

    Таны { $event } арга хэмжээний бүртгэл баталгаажлаа.

    Таны бүртгэлийн код: { $code } (таны энгэрийн тэмдэг дээр мөн бий)
    Бүртгэлээ харах эсвэл цуцлах: { $link }
mail-registration-waitlisted-subject = Хүлээлгийн жагсаалтад: { $event }
mail-registration-waitlisted-body = Эрхэм хүндэт { $name } танаа,

    { $event } арга хэмжээнд таны ангиллын бүх суудал дүүрсэн тул та хүлээлгийн жагсаалтын { $position }-р дугаарт орлоо. Суудал чөлөөлөгдөхөд жагсаалтын эхний хүн түүнийг авч, даруй мэдэгдэл хүлээн авна.

    Таны бүртгэлийн код: { $code }
    Хүлээлгийн жагсаалт дахь байраа харах эсвэл жагсаалтаас гарах: { $link }
mail-registration-promoted-subject = Танд суудал гарлаа: { $event }
mail-registration-promoted-body = Эрхэм хүндэт { $name } танаа,

    { $event } арга хэмжээнд суудал чөлөөлөгдөж, танд олгогдлоо. Таны бүртгэлийн одоогийн төлөв: { $status }.

    Таны бүртгэлийн код: { $code }
    Бүртгэлээ харах эсвэл цуцлах: { $link }
mail-registration-approved-subject = Бүртгэл зөвшөөрөгдлөө: { $event }
mail-registration-approved-body = Эрхэм хүндэт { $name } танаа,

    Нарийн бичгийн газар таны { $event } арга хэмжээний бүртгэлийг зөвшөөрлөө.

    Таны бүртгэлийн код: { $code } (таны энгэрийн тэмдэг дээр мөн бий)
    Бүртгэлээ харах эсвэл цуцлах: { $link }
mail-registration-rejected-subject = Таны { $event } арга хэмжээний бүртгэл
mail-registration-rejected-body = Эрхэм хүндэт { $name } танаа,

    Нарийн бичгийн газар таны { $event } арга хэмжээний бүртгэлийг хүлээн авах боломжгүй болсныг харамсалтайгаар мэдэгдэж байна.

    Таны бүртгэлийн код: { $code }
mail-registration-cancelled-subject = Бүртгэл цуцлагдлаа: { $event }
mail-registration-cancelled-body = Эрхэм хүндэт { $name } танаа,

    Таны { $event } арга хэмжээний бүртгэл цуцлагдлаа. Хэрэв та үүнийг өөрөө хийгээгүй бол Нарийн бичгийн газарт бичнэ үү.

    Таны бүртгэлийн код: { $code }
privacy-title = Хадгалж буй хувийн мэдээлэл
privacy-intro = Энэ арга хэмжээ хүн бүрийн талаар одоо ч хадгалж буй мэдээлэл. Паспорт дээрх нэр, хоолны болон хүртээмжийн хэрэгцээг олон нийтэд, лог файлд эсвэл нийтэд зориулсан экспортод хэзээ ч харуулахгүй; тухайн хүнийг устгахад эдгээр нь хамт устана.
privacy-totals = Нийт
privacy-registrations = Бүртгэл
privacy-answers = Хариулт
privacy-check-ins = Ирцийн бүртгэл
privacy-messages = Мессеж
privacy-erase-title = Хүнийг устгах
privacy-erase-hint = Энэ и-мэйл хаягаар хийсэн бүх арга хэмжээний бүх бүртгэлийг түүх, ирцийн бүртгэл, мессежийн хамт устгана. Энгэрийн тэмдгийг бүртгэлээс хэвлэдэг тул дахин хэвлэх боломжгүй болно. Үүнийг буцаах боломжгүй.
privacy-erase = Устгах
privacy-erase-confirm = Энэ хүний бүх бүртгэлийг ирцийн бүртгэл, мессежийн хамт устгах уу? Үүнийг буцаах боломжгүй.
privacy-erased = { $count } бүртгэлийг ирцийн бүртгэл, мессежийн хамт устгалаа.
event-privacy = Хувийн мэдээлэл
visa-title = Визний урилга
visa-intro = Визний урилга хүссэн хүмүүс. Урьдчилан харах хэсэгт паспорт дээрх нэрийг шалгаад урилгыг олгоно уу: бүртгүүлэгчид и-мэйлээр мэдэгдэх бөгөөд тэрээр өөрийн бүртгэлийн хуудаснаас урилгаа татаж авна. Урилгыг зөвхөн зөвшөөрөгдсөн бүртгэлд олгоно.
visa-none = Визний урилга хүссэн хүн алга.
visa-letter = Урилга
visa-requested = Хянах
visa-issued = Олгосон
visa-refused = Татгалзсан
visa-preview = Урьдчилан харах (PDF)
visa-issue = Олгох
visa-refuse = Татгалзах
visa-download = Таны визний урилга (PDF)
visa-secretariat = Нарийн бичгийн газар
visa-reference = Дугаар: { $code }
visa-letter-title = Виз мэдүүлэхэд зориулсан урилга
visa-letter-p1 = { $organiser } нь { $dates } хугацаанд { $venue } газарт болох { $event } арга хэмжээнд { $name } нэртэй оролцогчийг урьж байгаадаа таатай байна.
visa-letter-p2 = Энэхүү оролцоонд шаардлагатай визийг олгож өгөхийг холбогдох эрх бүхий байгууллагаас хүндэтгэн хүсье. Арга хэмжээний хөтөлбөрийг зохион байгуулагчид хариуцна; зорчих болон байрлах асуудлыг оролцогчийн засгийн газар эсвэл байгууллагатай тохиролцсоны дагуу зохион байгуулна.
visa-letter-p3 = Энэхүү захидлыг зөвхөн виз мэдүүлэхэд зориулан олгож байгаа бөгөөд энэ нь дангаараа зохион байгуулагчдад ямар нэгэн зардлын үүрэг хүлээлгэхгүй.
visa-signature = Хүндэтгэсэн,
mail-visa-letter-subject = Таны визний урилга
mail-visa-letter-body = Эрхэм хүндэт { $name } танаа,

    Таны визний урилга бэлэн боллоо. Та дараах холбоосоор татаж авна уу: { $link }

    Таны бүртгэлийн код: { $code }
err-visa-not-asked = Энэ бүртгэлд визний урилга хүсээгүй байна.
err-visa-not-approved = Визний урилгыг зөвхөн зөвшөөрөгдсөн бүртгэлд олгоно (энэ бүртгэлийн төлөв: «{ $detail }»).
event-visa-letters = Визний урилга

## Staff editors of events
editor-events-title = Арга хэмжээнүүд — Нарийн бичгийн газар
editor-new-event = Шинэ арга хэмжээ
editor-edit-event = Арга хэмжээг засах
editor-all-events = Бүх арга хэмжээ (Нарийн бичгийн газар)
editor-programme-title = Хөтөлбөр — Нарийн бичгийн газар
editor-status = Төлөв
editor-actions = Үйлдэл
editor-edit = Засах
editor-public-page = Нийтийн хуудас
editor-basics = Үндсэн мэдээлэл
editor-title = Гарчиг
editor-series = Цуврал
editor-description = Тайлбар
editor-place = Хаяг ба онлайн
editor-starts-on = Эхний өдөр
editor-ends-on = Сүүлийн өдөр
editor-time-zone = Цагийн бүс
editor-edition = Дугаар
editor-venue-address = Болох газрын хаяг
editor-latitude = Өргөрөг
editor-longitude = Уртраг
editor-online-url = Онлайн холбоос
editor-organisations = Байгууллагууд ба тэдгээрийн үүрэг
editor-organisation = Байгууллага
editor-role = Үүрэг
editor-cell = { $column }, { $row }-р мөр
editor-zone = { $detail } цагаар
editor-new-session = Хуралдаан нэмэх
editor-edit-session = Хуралдааныг засах
editor-delete-session = Энэ хуралдааныг устгах
editor-delete-confirm = Энэ хуралдааныг хөтөлбөрөөс устгах уу? Үүнд аль хэдийн бүртгэгдсэн ирц хадгалагдана.
editor-session-kind = Хуралдааны төрөл
editor-starts-at = Эхлэх
editor-ends-at = Дуусах
editor-online = Онлайн хуралдаан (үзэгч бүрийн цагийн бүсээр мөн харуулна)
editor-no-room = Танхимгүй
editor-rooms = Танхимууд
editor-no-rooms = одоогоор алга
editor-time = Цаг
editor-people = Хүмүүс
editor-interpretation = Орчуулгын сувгууд
editor-participants = Хуралдаанд оролцох хүмүүс
editor-contributions = Илтгэлүүд, дарааллаар нь
editor-col-language = Хэл
editor-col-channel = Суваг эсвэл бүхээг
editor-col-person = Хүн (лавлах дахь товч нэр)
editor-col-role = Үүрэг
editor-col-title_en = Гарчиг (англи)
editor-col-title_ko = Гарчиг (солонгос)
editor-col-organisation = Байгууллага (товч нэр)
editor-col-presenter = Танилцуулагч (товч нэр)
editor-col-slides_url = Слайд (холбоос)
editor-col-slug = Товч нэр
editor-col-name_en = Нэр (англи)
editor-col-name_ko = Нэр (солонгос)
editor-col-capacity = Суудлын тоо
editor-part-speaker = Илтгэгч
editor-part-moderator = Модератор
editor-part-panelist = Панелын оролцогч
editor-part-presenter = Танилцуулагч
editor-part-chair = Даргалагч
editor-part-rapporteur = Тэмдэглэл хөтлөгч
editor-part-remarks = Үг хэлэгч
editor-saved-event = Арга хэмжээг хадгаллаа.
editor-saved-session = Хуралдааныг хадгаллаа.
editor-saved-deleted = Хуралдааныг устгалаа.
editor-saved-rooms = Танхимуудыг хадгаллаа.
editor-saved-changed = Энэ хооронд өөр хүн хөтөлбөрийг өөрчилсөн тул юу ч устгагдаагүй. Дахин шалгаад оролдоно уу.
hint-event-slug = Хаяг нь: /events/short-name. Хоосон орхивол англи гарчгаас автоматаар үүснэ; дараа нь өөрчлөх боломжгүй.
hint-time-zone = IANA нэр, жишээ нь Asia/Seoul, Europe/Berlin, UTC. Хөтөлбөрийн бүх цагийг энэ бүсээр заана.
hint-edition = Цуврал дахь дугаар: 14 дэх Дэд хорооны хуралд 14.
hint-online-url = Онлайн болон хосолсон арга хэмжээнд: оролцогчдын нэгдэх хаяг.
hint-event-organisations = Хүлээн авагч, зохион байгуулагч, хамтран зохион байгуулагч, ивээн тэтгэгч, түншүүдийг лавлах дахь товч нэрээр нь оруулна уу (жишээ нь gyeongsangbuk-do). Хоосон мөрийг тооцохгүй.
hint-session-slug = Хөтөлбөр болон календарь дахь хаяг. Хоосон орхивол англи гарчгаас автоматаар үүснэ.
hint-event-zone = Арга хэмжээний цагийн бүсээр ({ $detail }).
hint-languages = Хуралдаанд ярих хэлнүүдийн кодыг таслалаар тусгаарлан бичнэ үү: en, ko.
hint-editor-interpretation = Аль хэл рүүх орчуулга хүлээн авагчийн аль суваг эсвэл бүхээгт байгааг заана уу, жишээ нь en / 1.
hint-editor-participants = Лавлах дахь хүмүүсийг товч нэрээр нь (жишээ нь lim-byung-jin), тухайн үед эрхэлж байсан албан тушаалын хамт оруулна уу.
hint-editor-contributions = Илтгэлүүдийг тавигдах дарааллаар нь оруулна уу.
hint-editor-rooms = Болох газрын танхимууд (эсвэл онлайн сувгууд). Хуралдаанд ашиглагдаж буй танхимыг устгах боломжгүй.
err-slug-taken = “{ $detail }” товч нэрийг өөр арга хэмжээ ашиглаж байна.
err-event-changed = Таныг энэ арга хэмжээг нээсний дараа өөр хүн хадгалсан байна. Таны өөрчлөлт маягтад хэвээр байна: арга хэмжээг дахин шалгаад хадгална уу.
err-event-status-move = Арга хэмжээг одоогийн төлвөөс “{ $detail }” төлөв рүү шилжүүлэх боломжгүй (ноорог → нийтэлсэн → хаагдсан → архивласан).
err-room-in-use = “{ $detail }” танхимыг хуралдаан ашигласаар байна.
err-room-capacity = Суудлын тоо 0 буюу түүнээс их бүхэл тоо байх ёстой.
err-not-a-number = “{ $detail }” нь тоо биш.
err-participant-row = Хүн болон түүний үүргийг хоёуланг нь оруулна уу.
err-contribution-title = Илтгэл гарчигтай байх ёстой.
editor-more-languages = Хятад, япон, орос, монгол хэл
editor-open-current = Одоогийн хувилбарыг шинэ цонхонд нээх
editor-edit-programme = Хөтөлбөр засах
editor-saved-created = Арга хэмжээг ноорог байдлаар үүсгэлээ. Танхим, хуралдаануудаа нэмээд нийтэлнэ үү.
editor-no-sessions = Хуралдаан хараахан алга.
staff-events = Арга хэмжээ ба хөтөлбөр
staff-events-hint = Арга хэмжээ үүсгэж, хөтөлбөр, танхим, оролцогчдыг засах
err-ends-before-start = Эхлэхээсээ өмнө дуусаж байна.
err-outside-event-days = Арга хэмжээний өдрүүдээс гадуур байна.
cli-scheduling = Уулзалтын хүсэлтийн хуваарь гаргаж байна …
cli-scheduled = { $meetings } уулзалтаас { $scheduled }-ийг хуваарилав: эрэмбийн нийлбэр { $total }, дээд хязгаар { $bound } ({ $percent } %), { $ms } мс → { $output }
cli-roundtables-done = Дугуй ширээний суудлыг { $output }-д бичлээ
