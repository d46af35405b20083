## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = 나의 회담
match-event-line = { $days } · { $zone } 시간 기준
match-closed-note = 이 행사의 회담 요청 접수가 마감되었습니다. 회담 일정은 계속 이 페이지에서 확인하실 수 있습니다.
match-find-people = 회담 상대 찾기
match-back-registration = 나의 등록
match-agenda = 나의 회담 일정
match-agenda-empty = 아직 배정된 회담이 없습니다. 수락된 회담은 사무국이 일정을 배정하면 여기에 표시됩니다.
match-col-time = 시간
match-col-table = 테이블
match-col-with = 상대
match-col-notes = 비고
match-col-slot = 시간대
match-col-tables = 테이블 수
match-col-used = 회담 수
match-col-actions = 작업
match-col-person = 참가자
match-col-pending = 답변 대기
match-col-accepted = 수락
match-col-placed = 배정
match-col-why = 미배정 사유
match-interpreter-with = 통역사: { $name }
match-confirmed = 확정
match-download-pdf = 회담 일정 내려받기 (PDF)
match-download-ics = 캘린더에 추가 (iCal)
match-incoming = 받은 요청
match-outgoing = 보낸 요청
match-none-yet = 아직 없습니다.
match-none-sent = 아직 회담을 요청하지 않으셨습니다.
match-accept = 수락
match-decline = 거절
match-withdraw = 철회
match-cancel-meeting = 회담 취소
match-profile = 나의 프로필
match-profile-hint = 다른 참가자가 회담 상대를 찾을 때 귀하가 제공할 수 있는 것, 찾고 있는 것, 주제, 사용 언어를 볼 수 있습니다. 이메일 주소는 공개되지 않습니다.
match-offers = 제공할 수 있는 것
match-offers-hint = 전문 지식, 사업, 재원, 솔루션 등.
match-needs = 찾고 있는 것
match-needs-hint = 협력 파트너, 타당성 조사, 시범 사업, 자문 등.
match-themes = 주제
match-languages = 회담 가능 언어
match-languages-hint = 쉼표로 구분한 언어 코드입니다. 예: en, ko.
match-max-meetings = 최대 회담 수
match-available = 참석 가능 시간
match-available-hint = 참석할 수 없는 시간대는 선택을 해제하세요.
match-save-profile = 프로필 저장
match-saved-profile = 프로필이 저장되었습니다.
match-saved-request = 처리되었습니다. 요청 내역이 최신 상태로 반영되었습니다.
match-saved-sent = 요청을 보냈습니다. 상대방이 답변하면 알려 드리겠습니다.
match-people-title = 회담 상대
match-search = 검색
match-theme = 주제
match-language = 언어
match-any = 전체
match-filter = 필터 적용
match-people-count = { $count ->
   *[other] { $count }명
}
match-see-requests = 요청 내역 보기
match-request-meeting = 회담 요청
match-message = 메시지 (회담을 희망하는 이유)
match-companions = 동행하는 동료
match-send-request = 요청 보내기
match-status-pending = 답변 대기 중
match-status-accepted = 수락됨
match-status-declined = 거절됨
match-status-withdrawn = 철회됨
match-status-expired = 답변 없이 만료됨
match-status-cancelled = 취소됨
match-ics-summary = 회담: { $with }
match-ics-location = { $event }, { $table }번 테이블
match-pdf-footer = 등록 코드: { $code } · 이 회담 일정을 명찰과 함께 지참하십시오
match-staff-title = 회담 매칭
match-not-set-up = 이 행사에는 아직 회담 매칭이 설정되지 않았습니다. 시작하려면 아래 설정을 저장하세요.
match-stat-participants = 참가자
match-stat-pending = 답변 대기 중인 요청
match-stat-accepted = 수락된 회담
match-stat-without = 배정된 회담이 없는 참가자
match-run-title = 일정 배정
match-run-intro = 자동 배정은 수락된 모든 회담을 참석자 전원이 참석 가능한 시간대와 테이블에 배치하며, 가능한 한 많은 참가자가 먼저 최소 한 건의 회담을 갖도록 합니다. 고정된 회담은 그대로 유지됩니다. 늦게 들어온 요청은 다시 실행하여 반영하세요.
match-run = 자동 배정 실행
match-running = 배정 중…
match-run-line = 최근 실행: 회담 { $scheduled }건 배정, { $unscheduled }건 제외. 우선순위 점수 { $total } (증명된 최대치 { $bound }, { $ms } ms).
match-plan-pdf = 회의장 테이블 배치도 (PDF)
match-meetings = 회담
match-no-meetings = 아직 수락된 회담이 없습니다.
match-side-a = A측
match-side-b = B측
match-by-staff = 사무국 주선
match-locked = 고정됨
match-unplaced = 미배정
match-lock = 고정
match-unlock = 고정 해제
match-place = 배치
match-arrange = 회담 주선
match-priority = 우선순위 (1–10)
match-scheduler-decides = 자동 배정에 맡김
match-people-staff = 참가자별 회담 현황
match-why-no-accepted = 수락된 회담 없음
match-why-not-run = 수락 이후 아직 배정하지 않음
match-short-no_requests = 수락된 회담 없음
match-short-no_common_availability = 양측이 모두 참석 가능한 시간대 없음
match-short-capacity = 시간대, 테이블 또는 통역사가 모두 배정됨
match-remind = { $count ->
   *[other] 회담이 없는 참가자 { $count }명에게 알림 보내기
}
match-slots = 시간대 및 테이블
match-tables-suggestion = 수락된 회담 { $meetings }건, 시간대 { $slots }개: 시간대당 약 { $tables }개의 테이블을 두면 자동 배정에 필요한 10–20 %의 여유가 생깁니다.
match-delete = 삭제
match-day = 날짜
match-start = 시작
match-end = 종료
match-add-slot = 시간대 추가
match-settings = 설정
match-open = 요청 접수 중: 참가자가 요청을 보내고 답변할 수 있음
match-request-days = 요청 유효 기간 (일)
match-theme-en = 주제 (영어)
match-theme-ko = 주제 (한국어)
match-save-settings = 설정 저장
match-interpreters = 통역사
match-interpreter-name = 이름
match-interpreter-languages = 언어 (코드)
match-add-interpreter = 통역사 추가
match-done-settings = 설정이 저장되었습니다.
match-done-slot = 시간대가 추가되었습니다.
match-done-slot-deleted = 시간대가 삭제되었습니다.
match-done-interpreter = 통역사가 추가되었습니다.
match-done-meeting = 회담이 주선되었습니다.
match-done-placed = 회담이 변경되었습니다.
match-done-scheduled = 일정 배정이 완료되었습니다.
match-done-reminded = 알림이 발송 대기열에 등록되었습니다.
progress-reading = 요청과 참석 가능 시간을 읽는 중…
progress-scheduling = 회담을 배정하는 중…
progress-saving = 일정을 저장하는 중…
err-match-busy = 이 회담의 참석자 중 한 명이 그 시간에 다른 테이블에 배정되어 있습니다.
err-match-closed = 이 행사의 회담 요청 접수가 마감되었습니다.
err-match-delegation-other-side = 회담을 요청하는 상대방을 동행자로 함께 지정할 수는 없습니다.
err-match-duplicate = 두 분 사이에 이미 요청이 있습니다.
err-match-instance = 현재 상태로는 일정을 만들 수 없습니다: { $detail }
err-match-interpreter-languages = 언어를 두 개 이상 입력하세요.
err-match-lock-unplaced = 회담을 고정하기 전에 먼저 배치하세요.
err-match-locked = 사무국이 확정한 회담입니다. 변경하려면 사무국에 요청하세요.
err-match-no-slot = 참석 가능한 시간대를 하나 이상 선택하세요.
err-match-no-slots = 먼저 회담 시간대를 추가하세요.
err-match-not-accepted = 수락된 회담만 배치할 수 있습니다 (현재 상태: { $detail }).
err-match-not-participant = 이 행사의 회담 매칭 참가자가 아닙니다.
err-match-not-pending = 이 요청은 더 이상 답변을 기다리고 있지 않습니다 ({ $detail }).
err-match-range = { $detail } 사이의 값이어야 합니다.
err-match-request-changed = 그사이 이 요청이 변경되었습니다. 현재 상태는 다음과 같습니다.
err-match-self = 자기 자신에게 회담을 요청할 수 없습니다.
err-match-slot-locked = 이 시간대에 고정된 회담({ $detail })이 있습니다. 먼저 옮기거나 고정을 해제하세요.
err-match-slot-outside = 행사 기간({ $detail })을 벗어납니다.
err-match-slot-overlap = 다른 시간대와 겹칩니다.
err-match-table-taken = { $detail }번 테이블은 이 시간대에 이미 배정되어 있습니다.
err-match-unavailable = 이 회담의 참석자 중 한 명이 이 시간대에 참석할 수 없습니다.
audit-action-matchmaking-settings = 회담 매칭 설정 저장
audit-action-matchmaking-slot = 회담 시간대 추가
audit-action-matchmaking-slot-delete = 회담 시간대 삭제
audit-action-matchmaking-interpreter = 통역사 추가
audit-action-matchmaking-profile = 회담 매칭 프로필 저장
audit-action-match-request = 회담 요청
audit-action-match-meeting = 사무국의 회담 주선
audit-action-match-place = 회담 배치
audit-action-match-schedule = 회담 일정 배정
audit-action-match-remind = 회담이 없는 참가자에게 알림
mail-match-request-subject = { $from } 님이 { $event }에서 회담을 요청하셨습니다
mail-match-request-body = { $name } 님께

    { $from } 님께서 { $event }에서 귀하와의 회담을 희망하십니다.{ $message }

    귀하의 페이지에서 요청을 수락하거나 거절하실 수 있습니다:
    { $link }
mail-match-accepted-subject = { $other } 님이 회담 요청을 수락하셨습니다
mail-match-accepted-body = { $name } 님께

    { $other } 님께서 { $event } 회담 요청을 수락하셨습니다. 사무국에서 회담 시간과 테이블을 배정하면 귀하의 회담 일정에 표시됩니다:
    { $link }
mail-match-declined-subject = { $other } 님이 회담 요청을 수락하지 않으셨습니다
mail-match-declined-body = { $name } 님께

    { $other } 님께서는 { $event }에서 회담이 어렵다고 회신하셨습니다. 다른 참가자와의 회담은 가능할 수 있으니, 귀하의 페이지에서 회담 상대를 찾아보시기 바랍니다:
    { $link }
mail-match-reminder-subject = { $event }: 아직 배정된 회담이 없습니다
mail-match-reminder-body = { $name } 님께

    { $event } 회담 일정에 아직 귀하의 회담이 없습니다. 회담 상대를 찾아 요청을 보내시고, 귀하의 답변을 기다리는 요청에도 회신해 주시기 바랍니다:
    { $link }
audit-action-accepted = 요청 수락
audit-action-declined = 요청 거절
audit-action-withdrawn = 요청 철회
audit-action-cancelled = 회담 취소
cli-demo-matchmaking = WeGO-ASCN 시장 회의의 회담 매칭을 불러왔습니다: 회담 { $scheduled }건 배정, { $unscheduled }건 미배정

event-matchmaking = 회담 매칭
match-panel-title = 이 행사의 회담
match-panel-line = { $scheduled ->
    [0] 아직 배정된 회담이 없습니다
   *[other] 배정된 회담 { $scheduled }건
}; { $waiting ->
    [0] 답변을 기다리는 요청이 없습니다.
   *[other] 답변을 기다리는 요청 { $waiting }건.
}
match-panel-link = 만날 분을 찾고 일정 보기
match-rank-none = —
match-rank-1 = 라운드테이블: 1순위
match-rank-2 = 라운드테이블: 2순위
match-rank-3 = 라운드테이블: 3순위
match-rank-hint = 미니 라운드테이블은 테이블이 허용하는 한 모두를 1순위에 가깝게 배정합니다.
match-roundtables = 나의 라운드테이블
match-roundtable-line = { $round }라운드: { $theme }, { $table }번 테이블
err-match-no-themes = 먼저 행사의 주제를 설정하십시오.
match-roundtables-title = 미니 라운드테이블
match-roundtables-intro = 참가자 { $count }명이 주제 순위를 정했습니다. 배정은 테이블이 허용하는 최고의 총 만족도를 모두에게 제공하며, 이를 증명합니다.
match-rounds = 라운드 수
match-tables-per-theme = 주제별 테이블 수
match-seats = 테이블당 좌석 수
match-no-repeat = 같은 주제에 두 번 앉지 않기 (최적성 증명 유지)
match-mix-countries = 테이블마다 국가 섞기 (휴리스틱: 최적값과의 차이 표시)
match-assign = 좌석 배정
match-round = { $round }라운드
match-roundtables-exact = 만족도 { $total }, 증명된 최적값입니다.
match-roundtables-gap = 만족도 { $total } (증명된 최적값 { $bound }, 차이 { $gap }: 국가 섞기의 대가)
match-roundtables-link = 미니 라운드테이블
audit-action-roundtables = 라운드테이블 좌석 배정

match-card-offers = 제공
match-card-needs = 찾는 것
match-card-languages = 회담 언어

match-pages = 참가자 목록 페이지
match-page-previous = ← 이전
match-page-next = 다음: { $page } / { $pages } 페이지 →
match-col-when = 일시
match-request-refused = { $name } 님께 요청을 보내지 못했습니다. 해당 카드에서 이유를 확인하십시오.
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = 태국어
lang-id = 인도네시아어
lang-tl = 타갈로그어
lang-vi = 베트남어
lang-ms = 말레이어
lang-km = 크메르어
lang-lo = 라오어
lang-my = 미얀마어
