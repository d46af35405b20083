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
