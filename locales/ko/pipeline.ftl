## 회원 유치 파이프라인과 기한이 지난 후속 조치 (crates/meetings)

pipeline-title = 회원 유치 파이프라인
pipeline-intro = 사무국이 회원으로 유치하려는 기관을 지역별로, 첫 접촉부터 가입까지 보여 줍니다. '회원'과 (디렉터리에 신청이 기록된 경우) '신청 중'은 디렉터리의 회원 자격에 따라 저절로 바뀝니다.
pipeline-network = 네트워크
pipeline-region = 지역
pipeline-all-regions = 모든 지역
pipeline-region-none = 지역 정보 없음
pipeline-show = 보기
pipeline-empty = 이 파이프라인에는 아직 기관이 없습니다. 아래에서 추가하거나, 디렉터리에 상태가 '가입 검토(잠재 회원)'인 회원 자격을 기록하세요.
pipeline-refused = 보드가 변경되지 않았습니다:
pipeline-stage-contacted = 접촉
pipeline-stage-interested = 관심
pipeline-stage-applying = 신청 중
pipeline-stage-member = 회원
pipeline-stage-dropped = 중단
pipeline-last-met = 최근 면담
pipeline-never-met = 아직 없음
pipeline-since = 이 단계 시작일:
pipeline-open-follow-ups = 진행 중인 후속 조치 { $count }건
pipeline-overdue-follow-ups = { $count }건 기한 초과
pipeline-move-to = → { $stage }
pipeline-move-aria = { $organisation }을(를) '{ $stage }' 단계로 옮기기
pipeline-held-member = 회원: 디렉터리에 활동 회원 자격이 기록되어 있습니다.
pipeline-held-applying = 디렉터리에 가입 신청이 기록되어 있습니다.
pipeline-see-membership = 회원 자격 보기
pipeline-moved = { $organisation }: 이제 '{ $stage }' 단계입니다.
pipeline-add = 파이프라인에 기관 추가
pipeline-add-organisation = 기관
pipeline-add-hint = 디렉터리 주소의 기관 이름: /organisations/lublin이면 lublin.
pipeline-add-stage = 단계
pipeline-add-button = 파이프라인에 추가

pipeline-panel-title = 기한이 지난 나의 후속 조치
pipeline-panel-none = 기한이 지난 후속 조치가 없습니다.
pipeline-panel-count = 후속 조치 { $count }건의 기한이 지났습니다.

err-pipeline-move = 이 단계로는 옮길 수 없습니다('{ $detail }'): '회원'은 디렉터리의 회원 자격을 따르며, 중단된 기관은 '접촉' 단계부터 다시 시작합니다.
err-pipeline-by-directory = 이 기관의 단계는 디렉터리의 회원 자격이 정합니다. 회원 자격을 변경하세요.
err-pipeline-on-board = 이 기관은 이미 보드에 있습니다('{ $detail }' 단계).

mail-follow-ups-overdue-subject = 기한이 지난 후속 조치 { $count }건
mail-follow-ups-overdue-body = { $name } 님,

    담당하신 다음 후속 조치의 기한이 지났습니다.

    { $list }

    교류 기록에서 각각 완료 또는 중단으로 표시해 주세요: { $link }
mail-follow-ups-overdue-line = { $due }: { $title } ({ $organisation })

cli-remind-done = 기한이 지난 후속 조치 알림: { $queued }건 대기열에 추가, { $already }명은 오늘 이미 알림을 받았습니다.
