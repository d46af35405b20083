## Гишүүн татах самбар ба хугацаа хэтэрсэн дараагийн ажлууд (crates/meetings)

pipeline-title = Гишүүн татах самбар
pipeline-intro = Нарийн бичгийн газрын гишүүнээр татахаар ажиллаж буй байгууллагууд, бүс нутгаар, анхны холбоо бариснаас гишүүн болох хүртэл. «Гишүүн» болон (лавлахад өргөдөл бүртгэгдсэн бол) «Өргөдөл гаргаж буй» үе шат нь лавлах дахь гишүүнчлэлийг дагаж өөрөө өөрчлөгдөнө.
pipeline-network = Сүлжээ
pipeline-region = Бүс нутаг
pipeline-all-regions = Бүх бүс нутаг
pipeline-region-none = Бүс нутаг бүртгэгдээгүй
pipeline-show = Харуулах
pipeline-empty = Энэ самбарт одоогоор байгууллага алга. Доор нэмэх, эсвэл лавлахад «Боломжит гишүүн» төлөвтэй гишүүнчлэл бүртгэнэ үү.
pipeline-refused = Самбар өөрчлөгдсөнгүй:
pipeline-stage-contacted = Холбоо барьсан
pipeline-stage-interested = Сонирхолтой
pipeline-stage-applying = Өргөдөл гаргаж буй
pipeline-stage-member = Гишүүн
pipeline-stage-dropped = Зогсоосон
pipeline-last-met = Сүүлд уулзсан
pipeline-never-met = хараахан үгүй
pipeline-since = Энэ үе шатанд орсон:
pipeline-open-follow-ups = Нээлттэй ажил: { $count }
pipeline-overdue-follow-ups = { $count } хугацаа хэтэрсэн
pipeline-move-to = → { $stage }
pipeline-move-aria = { $organisation }-г «{ $stage }» үе шат руу шилжүүлэх
pipeline-held-member = Гишүүн: идэвхтэй гишүүнчлэл нь лавлахад бүртгэлтэй.
pipeline-held-applying = Өргөдөл нь лавлахад бүртгэлтэй.
pipeline-see-membership = Гишүүнчлэлийг харах
pipeline-moved = { $organisation } одоо «{ $stage }» үе шатанд байна.
pipeline-add = Самбарт байгууллага нэмэх
pipeline-add-organisation = Байгууллага
pipeline-add-hint = Лавлах дахь хаяг: /organisations/lublin бол lublin.
pipeline-add-stage = Үе шат
pipeline-add-button = Самбарт нэмэх

pipeline-panel-title = Миний хугацаа хэтэрсэн ажлууд
pipeline-panel-none = Хугацаа хэтэрсэн ажил алга.
pipeline-panel-count = Таны { $count } ажлын хугацаа хэтэрсэн байна.

err-pipeline-move = Ингэж шилжүүлэх боломжгүй («{ $detail }» руу): «Гишүүн» нь лавлах дахь гишүүнчлэлийг дагадаг, зогсоосон байгууллага «Холбоо барьсан»-аас дахин эхэлнэ.
err-pipeline-by-directory = Энэ байгууллагын үе шатыг лавлах дахь гишүүнчлэл тодорхойлно: гишүүнчлэлийг өөрчилнө үү.
err-pipeline-on-board = Энэ байгууллага самбарт аль хэдийн байна («{ $detail }»).

mail-follow-ups-overdue-subject = Хугацаа хэтэрсэн { $count } ажил
mail-follow-ups-overdue-body = Эрхэм { $name },

    Таны хариуцсан дараах ажлуудын хугацаа хэтэрсэн байна:

    { $list }

    Харилцааны бүртгэлд тус бүрийг дууссан эсвэл цуцалсан гэж тэмдэглэнэ үү: { $link }
mail-follow-ups-overdue-line = { $due }: { $title } ({ $organisation })

cli-remind-done = Хугацаа хэтэрсэн ажлын сануулга: { $queued } дараалалд орсон, { $already } хүнд өнөөдөр аль хэдийн сануулсан.
