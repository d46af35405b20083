## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = Таны уулзалтууд
match-event-line = { $days } · { $zone } цагаар
match-closed-note = Энэ арга хэмжээний уулзалтын хүсэлт хүлээн авах хугацаа дууссан: таны уулзалтын хуваарь энд хэвээр байна.
match-find-people = Уулзах хүн хайх
match-back-registration = Таны бүртгэл
match-agenda = Таны уулзалтын хуваарь
match-agenda-empty = Танд одоогоор товлосон уулзалт алга. Зөвшөөрсөн уулзалтуудыг нарийн бичгийн газар цагийн хуваарьт оруулсны дараа энд харагдана.
match-col-time = Цаг
match-col-table = Ширээ
match-col-with = Хэнтэй
match-col-notes = Тэмдэглэл
match-col-slot = Цагийн завсар
match-col-tables = Ширээний тоо
match-col-used = Уулзалтын тоо
match-col-actions = Үйлдэл
match-col-person = Оролцогч
match-col-pending = Хариу хүлээж буй
match-col-accepted = Зөвшөөрсөн
match-col-placed = Товлосон
match-col-why = Товлогдоогүй шалтгаан
match-interpreter-with = Хэлмэрч: { $name }
match-confirmed = баталгаажсан
match-download-pdf = Уулзалтын хуваарь татах (PDF)
match-download-ics = Календарьт нэмэх (iCal)
match-incoming = Танд ирсэн хүсэлт
match-outgoing = Таны илгээсэн хүсэлт
match-none-yet = Одоогоор алга.
match-none-sent = Та одоогоор хэнд ч уулзалтын хүсэлт илгээгээгүй байна.
match-accept = Зөвшөөрөх
match-decline = Татгалзах
match-withdraw = Буцаан татах
match-cancel-meeting = Уулзалтыг цуцлах
match-profile = Таны профайл
match-profile-hint = Бусад оролцогчид уулзах хүн хайхдаа таны санал болгож буй зүйл, хэрэгцээ, сэдэв, хэлийг харна. Таны и-мэйл хаяг хэзээ ч харагдахгүй.
match-offers = Таны санал болгох зүйл
match-offers-hint = Мэргэжлийн туршлага, төсөл, санхүүжилт, шийдэл.
match-needs = Таны хайж буй зүйл
match-needs-hint = Түнш байгууллага, техник эдийн засгийн үндэслэл, туршилтын төсөл, зөвлөгөө.
match-themes = Сэдвүүд
match-languages = Уулзалтад ашиглах хэл
match-languages-hint = Таслалаар тусгаарласан хэлний код, жишээ нь en, ko.
match-max-meetings = Уулзалтын дээд тоо
match-available = Таны чөлөөтэй цаг
match-available-hint = Оролцох боломжгүй цагийн завсруудын тэмдэглэгээг арилгана уу.
match-save-profile = Профайл хадгалах
match-saved-profile = Таны профайл хадгалагдлаа.
match-saved-request = Боллоо: таны хүсэлтүүд шинэчлэгдлээ.
match-saved-sent = Таны хүсэлт илгээгдлээ. Хариу ирмэгц танд мэдэгдэнэ.
match-people-title = Уулзах хүмүүс
match-search = Хайлт
match-theme = Сэдэв
match-language = Хэл
match-any = Бүгд
match-filter = Шүүх
match-people-count = { $count ->
    [one] Нэг хүн
   *[other] { $count } хүн
}
match-see-requests = Хүсэлтүүдээ харах
match-request-meeting = Уулзалт хүсэх
match-message = Зурвас (яагаад уулзахыг хүсэж буй тухай)
match-companions = Тантай хамт ирэх хамтран ажиллагсад
match-send-request = Хүсэлт илгээх
match-status-pending = хариу хүлээж буй
match-status-accepted = зөвшөөрсөн
match-status-declined = татгалзсан
match-status-withdrawn = буцаан татсан
match-status-expired = хариугүйгээр хугацаа дууссан
match-status-cancelled = цуцалсан
match-ics-summary = Уулзалт: { $with }
match-ics-location = Ширээ № { $table }, { $event }
match-pdf-footer = Таны код: { $code } · энэ хуваарийг энгэрийн тэмдгийнхээ хамт авч явна уу
match-staff-title = Уулзалтын зохицуулалт
match-not-set-up = Энэ арга хэмжээнд уулзалтын зохицуулалт хараахан тохируулагдаагүй байна: эхлүүлэхийн тулд доорх тохиргоог хадгална уу.
match-stat-participants = оролцогч
match-stat-pending = хариу хүлээж буй хүсэлт
match-stat-accepted = зөвшөөрсөн уулзалт
match-stat-without = товлосон уулзалтгүй оролцогч
match-run-title = Хуваарь гаргах
match-run-intro = Хуваарилагч нь зөвшөөрсөн уулзалт бүрийг түүний бүх оролцогч чөлөөтэй байгаа цагийн завсар болон ширээнд байршуулж, аль болох олон хүнд эхлээд дор хаяж нэг уулзалт ногдуулахыг эрхэмлэнэ. Түгжсэн уулзалтууд байрандаа үлдэнэ; хожуу ирсэн хүсэлтүүдийн хувьд дахин ажиллуулна уу.
match-run = Хуваарилагчийг ажиллуулах
match-running = Хуваарь гаргаж байна…
match-run-line = Сүүлийн ажиллуулалт: { $scheduled } уулзалт товлогдсон, { $unscheduled } товлогдоогүй. Эрэмбийн оноо { $total }, батлагдсан дээд хэмжээ { $bound } ({ $ms } мс).
match-plan-pdf = Танхимын ширээний байршлын зураг (PDF)
match-meetings = Уулзалтууд
match-no-meetings = Одоогоор зөвшөөрсөн уулзалт алга.
match-side-a = А тал
match-side-b = Б тал
match-by-staff = нарийн бичгийн газар товлосон
match-locked = түгжсэн
match-unplaced = товлогдоогүй
match-lock = Түгжих
match-unlock = Түгжээ тайлах
match-place = Байршуулах
match-arrange = Уулзалт товлох
match-priority = Эрэмбэ (1–10)
match-scheduler-decides = Хуваарилагч шийднэ
match-people-staff = Хэнд хэдэн уулзалт ногдсон
match-why-no-accepted = зөвшөөрсөн уулзалтгүй
match-why-not-run = зөвшөөрснөөс хойш хуваарь гаргаагүй
match-short-no_requests = зөвшөөрсөн уулзалтгүй
match-short-no_common_availability = хоёр тал зэрэг чөлөөтэй цагийн завсар алга
match-short-capacity = цагийн завсар, ширээ эсвэл хэлмэрч бүгд завгүй
match-remind = { $count ->
    [one] Уулзалтгүй нэг оролцогчид сануулга илгээх
   *[other] Уулзалтгүй { $count } оролцогчид сануулга илгээх
}
match-slots = Цагийн завсар ба ширээ
match-tables-suggestion = { $meetings } зөвшөөрсөн уулзалт, { $slots } цагийн завсар: нэг завсарт ойролцоогоор { $tables } ширээ байвал хуваарилагчид шаардлагатай 10–20 %-ийн нөөц үлдэнэ.
match-delete = Устгах
match-day = Өдөр
match-start = Эхлэх
match-end = Дуусах
match-add-slot = Цагийн завсар нэмэх
match-settings = Тохиргоо
match-open = Хүсэлт нээлттэй: оролцогчид хүсэлт илгээж, хариулж болно
match-request-days = Хүсэлтийн хүчинтэй хугацаа (хоног)
match-theme-en = Сэдэв (англи хэлээр)
match-theme-ko = Сэдэв (солонгос хэлээр)
match-save-settings = Тохиргоо хадгалах
match-interpreters = Хэлмэрчид
match-interpreter-name = Нэр
match-interpreter-languages = Хэл (код)
match-add-interpreter = Хэлмэрч нэмэх
match-done-settings = Тохиргоо хадгалагдлаа.
match-done-slot = Цагийн завсар нэмэгдлээ.
match-done-slot-deleted = Цагийн завсар устгагдлаа.
match-done-interpreter = Хэлмэрч нэмэгдлээ.
match-done-meeting = Уулзалт товлогдлоо.
match-done-placed = Уулзалт шинэчлэгдлээ.
match-done-scheduled = Хуваарь гарлаа.
match-done-reminded = Сануулгууд илгээх дараалалд орлоо.
progress-reading = Хүсэлт болон чөлөөтэй цагийг уншиж байна…
progress-scheduling = Уулзалтуудыг хуваарилж байна…
progress-saving = Хуваарийг хадгалж байна…
err-match-busy = Энэ уулзалтын нэг оролцогч тэр үед өөр ширээнд байна.
err-match-closed = Энэ арга хэмжээний уулзалтын хүсэлт хүлээн авах хугацаа дууссан.
err-match-delegation-other-side = Таны уулзахыг хүсэж буй хүн тантай хамт ирэх бүрэлдэхүүнд давхар орж болохгүй.
err-match-duplicate = Та хоёрын хооронд аль хэдийн хүсэлт байна.
err-match-instance = Одоогийн нөхцөлд хуваарь гаргах боломжгүй: { $detail }
err-match-interpreter-languages = Дор хаяж хоёр хэл оруулна уу.
err-match-lock-unplaced = Түгжихээс өмнө уулзалтыг байршуулна уу.
err-match-locked = Нарийн бичгийн газар энэ уулзалтыг баталгаажуулсан; өөрчлөх бол тэдэнд хандана уу.
err-match-no-slot = Таны чөлөөтэй байх дор хаяж нэг цагийн завсар сонгоно уу.
err-match-no-slots = Эхлээд уулзалтын цагийн завсар нэмнэ үү.
err-match-not-accepted = Зөвхөн зөвшөөрсөн уулзалтыг байршуулах боломжтой (одоогийн төлөв: { $detail }).
err-match-not-participant = Энэ арга хэмжээний уулзалтын зохицуулалтын оролцогч биш байна.
err-match-not-pending = Энэ хүсэлт хариу хүлээхээ больсон байна ({ $detail }).
err-match-range = { $detail } хооронд байх ёстой.
err-match-request-changed = Энэ хооронд хүсэлт өөрчлөгдсөн; одоогийн байдлыг доор харуулав.
err-match-self = Та өөртөө уулзалтын хүсэлт илгээх боломжгүй.
err-match-slot-locked = Энэ цагийн завсарт түгжсэн уулзалт ({ $detail }) байна: эхлээд шилжүүлэх эсвэл түгжээг тайлна уу.
err-match-slot-outside = Арга хэмжээний өдрүүдээс гадуур байна ({ $detail }).
err-match-slot-overlap = Өөр цагийн завсартай давхцаж байна.
err-match-table-taken = Ширээ № { $detail } энэ цагийн завсарт аль хэдийн эзлэгдсэн байна.
err-match-unavailable = Энэ уулзалтын нэг оролцогч энэ цагийн завсарт чөлөөгүй байна.
audit-action-matchmaking-settings = уулзалтын зохицуулалтын тохиргоог хадгалсан
audit-action-matchmaking-slot = уулзалтын цагийн завсар нэмсэн
audit-action-matchmaking-slot-delete = уулзалтын цагийн завсар устгасан
audit-action-matchmaking-interpreter = хэлмэрч нэмсэн
audit-action-matchmaking-profile = уулзалтын профайлыг хадгалсан
audit-action-match-request = уулзалт хүссэн
audit-action-match-meeting = нарийн бичгийн газар уулзалт товлосон
audit-action-match-place = уулзалтыг байршуулсан
audit-action-match-schedule = уулзалтын хуваарь гаргасан
audit-action-match-remind = уулзалтгүй оролцогчдод сануулга илгээсэн
mail-match-request-subject = { $from } { $event } арга хэмжээний үеэр тантай уулзахыг хүсэж байна
mail-match-request-body = Эрхэм хүндэт { $name } танаа,

    { $from } { $event } арга хэмжээний үеэр тантай уулзахыг хүсэж байна.{ $message }

    Хүсэлтийг өөрийн хуудсан дээрээс зөвшөөрөх эсвэл татгалзана уу:
    { $link }
mail-match-accepted-subject = { $other } таны уулзалтын хүсэлтийг зөвшөөрлөө
mail-match-accepted-body = Эрхэм хүндэт { $name } танаа,

    { $other } { $event } арга хэмжээний үеэр уулзах таны хүсэлтийг зөвшөөрлөө. Нарийн бичгийн газар уулзалтын цаг болон ширээг товлох бөгөөд энэ нь таны уулзалтын хуваарьт харагдана:
    { $link }
mail-match-declined-subject = { $other } таны уулзалтын хүсэлтээс татгалзлаа
mail-match-declined-body = Эрхэм хүндэт { $name } танаа,

    { $other } { $event } арга хэмжээний үеэр тантай уулзах боломжгүй байна. Бусад оролцогч тантай уулзаж магадгүй тул өөрийн хуудсан дээрээс уулзах хүмүүсээ хайна уу:
    { $link }
mail-match-reminder-subject = { $event }: танд одоогоор товлосон уулзалт алга
mail-match-reminder-body = Эрхэм хүндэт { $name } танаа,

    Таны { $event } арга хэмжээний уулзалтын хуваарьт одоогоор уулзалт алга байна. Уулзах хүмүүсээ хайж, хүсэлт илгээн, таны хариуг хүлээж буй хүсэлтүүдэд хариулна уу:
    { $link }
audit-action-accepted = хүсэлтийг зөвшөөрсөн
audit-action-declined = хүсэлтээс татгалзсан
audit-action-withdrawn = хүсэлтийг буцаан татсан
audit-action-cancelled = уулзалтыг цуцалсан
cli-demo-matchmaking = WeGO-ASCN хотын дарга нарын бага хурлын уулзалтын зохицуулалт ачааллаа: { $scheduled } уулзалт товлогдсон, { $unscheduled } товлогдоогүй

match-card-offers = Санал болгох зүйл
match-card-needs = Хайж буй зүйл
match-card-languages = Уулзалтын хэл
event-matchmaking = Уулзалтын зохицуулалт
match-panel-title = Энэ арга хэмжээний уулзалтууд
match-panel-line = { $scheduled ->
    [0] Одоогоор товлосон уулзалт алга
    [one] Нэг уулзалт товлогдсон
   *[other] { $scheduled } уулзалт товлогдсон
}; { $waiting ->
    [0] таны хариуг хүлээж буй хүсэлт алга.
    [one] таны хариуг хүлээж буй нэг хүсэлт байна.
   *[other] таны хариуг хүлээж буй { $waiting } хүсэлт байна.
}
match-panel-link = Уулзах хүн хайж, уулзалтын хуваариа харах
match-rank-none = —
match-rank-1 = Дугуй ширээний уулзалт: нэгдүгээр сонголт
match-rank-2 = Дугуй ширээний уулзалт: хоёрдугаар сонголт
match-rank-3 = Дугуй ширээний уулзалт: гуравдугаар сонголт
match-rank-hint = Мини дугуй ширээний уулзалтууд нь ширээний боломжийн хэрээр хүн бүрийг нэгдүгээр сонголттой нь аль болох ойр суулгана.
match-roundtables = Таны дугуй ширээний уулзалтууд
match-roundtable-line = { $round }-р ээлж: { $theme }, ширээ № { $table }
err-match-no-themes = Эхлээд арга хэмжээний сэдвүүдийг тохируулна уу.
match-roundtables-title = Мини дугуй ширээний уулзалтууд
match-roundtables-intro = { $count ->
    [one] Нэг оролцогч сэдвүүдийг эрэмбэлсэн байна.
   *[other] { $count } оролцогч сэдвүүдийг эрэмбэлсэн байна.
} Хуваарилалт нь ширээнүүдийн боломжийн хэрээр хүн бүрд хамгийн өндөр нийт сэтгэл ханамжийг олгож, үүнийгээ нотолно.
match-rounds = Ээлжийн тоо
match-tables-per-theme = Сэдэв тус бүрийн ширээний тоо
match-seats = Нэг ширээний суудлын тоо
match-no-repeat = Хэн ч нэг сэдэвт хоёр удаа суухгүй (оновчтой байдал нотлогдсон хэвээр)
match-mix-countries = Ширээ бүрд өөр өөр улсын оролцогчдыг холих (эвристик арга: оновчтой утгаас зөрүүг харуулна)
match-assign = Суудал хуваарилах
match-round = { $round }-р ээлж
match-roundtables-exact = Сэтгэл ханамж { $total } — нотлогдсон оновчтой утга.
match-roundtables-gap = Сэтгэл ханамж { $total }, нотлогдсон оновчтой утга { $bound } (зөрүү { $gap } нь улсуудыг холихын үнэ).
match-roundtables-link = Мини дугуй ширээний уулзалтууд
audit-action-roundtables = дугуй ширээний суудал хуваарилсан

match-pages = Оролцогчдын жагсаалтын хуудас
match-page-previous = ← Өмнөх
match-page-next = Дараах: { $pages }-ийн { $page }-р хуудас →
match-col-when = Хэзээ
match-request-refused = { $name }-д илгээх хүсэлт илгээгдсэнгүй: шалтгааныг картаас нь үзнэ үү.
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = Тай хэл
lang-id = Индонез хэл
lang-tl = Тагалог хэл
lang-vi = Вьетнам хэл
lang-ms = Малай хэл
lang-km = Кхмер хэл
lang-lo = Лаос хэл
lang-my = Мьянмар хэл
