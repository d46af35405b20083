# Hansa — 한국어 인터페이스 카탈로그 (기준은 영어 카탈로그이며, 모든 키는 영어 카탈로그를 따릅니다).

## Navigation and frame
nav-skip = 본문으로 건너뛰기
nav-main = 주 메뉴
nav-home = 홈
nav-directory = 회원 명부
nav-map = 지도
nav-networks = 네트워크
nav-api = API
nav-staff = 사무국
nav-audit = 감사 로그
nav-login = 로그인
nav-logout = 로그아웃
nav-language = 언어
footer-about = Hansa — 도시 및 지방정부 네트워크의 회원 명부입니다.

## Languages
lang-en = 영어
lang-ko = 한국어
lang-zh = 중국어
lang-ja = 일본어
lang-ru = 러시아어
lang-mn = 몽골어

## Home
home-title = 우리 도시 네트워크
home-lead = 도시, 지방정부, 기관, 파트너가 함께 일합니다. 회원과 그 사무소, 회원을 대표하는 사람들을 찾아보세요.
home-stats = 주요 현황
home-stat-organisations = 기관
home-stat-members = 활동 회원
home-stat-countries = 국가
home-stat-networks = 네트워크
home-map = 회원 분포
home-networks = 네트워크
home-network-members = 활동 회원 { $count }곳
home-offices = 지역사무소
office-closed = 폐쇄됨

## Directory
dir-title = 회원 명부
dir-filters = 필터
dir-search = 검색
dir-search-placeholder = 어느 언어로든 이름 입력, 예: 경주 또는 Gyeongju
dir-search-button = 검색
dir-any = 전체
dir-apply = 적용
dir-reset = 초기화
dir-count = 기관 { $count }곳
dir-empty = 이 필터에 맞는 기관이 없습니다.
dir-pages = 페이지
dir-prev = 이전
dir-next = 다음
dir-page = { $page }페이지

## Map
map-title = 전 세계의 회원
map-label = 국가별 활동 회원 { $count }곳을 나타낸 세계 지도
map-caption = 국가별 활동 회원 수입니다. 색이 진할수록 회원이 많습니다.
map-more = 지역별·국가별 회원 수
map-by-region = 지역별
map-by-country = 국가별
map-members = 회원

## Fields
field-name = 이름
field-name-other = 다른 언어로 된 이름
field-other-lang = 다른 언어 (코드)
field-kind = 유형
field-country = 국가
field-region = 세계 지역
field-network = 네트워크
field-status = 상태
field-slug = 링크용 약칭
field-default-lang = 기본 언어 (코드)
field-parent = 상위 기관
field-website = 웹사이트
field-description = 설명
field-logo = 로고
field-date = 날짜
field-event = 사건
field-note = 비고
field-since = 시작일
field-until = 종료일
field-email = 이메일
field-password = 비밀번호
field-role = 역할
field-organisation-slug = 기관 (약칭, 담당자(포컬 포인트)용)
hint-other-lang = tr, pl, hu, th, pt, es, ar 등의 언어 코드입니다.
hint-slug = 비워 두면 영어 이름으로 자동 생성됩니다.
hint-default-lang = 기관이 사용하는 언어입니다. 예: 경주시는 ko.
hint-parent = 소속된 도(道) 또는 지역의 약칭입니다. 예: gyeongsangbuk-do.

## Kinds of organisation
kind-city = 도시
kind-regional_government = 지방정부
kind-national_agency = 국가기관
kind-company = 기업
kind-university = 대학
kind-international_organisation = 국제기구
kind-ngo = 비정부기구(NGO)

## World regions
region-africa = 아프리카
region-north-america = 북아메리카
region-latin-america-caribbean = 라틴아메리카 및 카리브
region-east-asia = 동아시아
region-southeast-asia = 동남아시아
region-south-asia = 남아시아
region-central-asia = 중앙아시아
region-west-asia = 서아시아
region-europe = 유럽
region-oceania = 오세아니아

## Membership statuses
status-prospect = 가입 검토(잠재 회원)
status-applicant = 가입 신청
status-active = 활동 회원
status-lapsed = 회비 미납(자격 정지 전)
status-suspended = 자격 정지
status-withdrawn = 탈퇴

## History events
event-founded = 설립
event-renamed = 명칭 변경
event-merged = 통합
event-split = 분리
event-dissolved = 해산

## Governance
body-general_assembly = 총회
body-executive_committee = 집행위원회
body-subcommittee = 분과위원회
body-working_group = 실무그룹
body-sessions = 회기
body-session-number = 제{ $number }차 회의
body-seats = 위원 및 임원
role-chair = 의장
role-vice_chair = 부의장
role-member = 위원
role-secretariat = 사무국
network-members = 회원
network-run-by = 운영 주체

## Organisation page
org-names = 이름
org-founding = 창립 회원
org-edit = 편집
org-logo-of = 로고:
org-memberships = 회원 자격
org-no-memberships = 기록된 회원 자격이 없습니다.
org-change-status = 상태 변경
org-offices = 유치한 지역사무소
org-bodies = 거버넌스 기구 내 의석
org-people = 인물
org-children = 하위 기관
org-history = 연혁
org-no-history = 기록된 연혁이 없습니다.
org-add-history = 연혁 항목 추가
org-add-membership = 회원 자격 추가
org-logo-upload = 로고 업로드
history-old-name = 이전 이름 또는 통합된 기관 (영어)
logo-hint = PNG, JPEG, GIF 또는 WebP, 최대 512 KB.
person-focal-point = 담당자(포컬 포인트)
person-positions = 직책
person-contact = 연락처
private-hint = 개인정보: 사무국 직원만 볼 수 있습니다.

## Forms
form-save = 저장
form-cancel = 취소
form-upload = 업로드
form-choose = 선택…
form-from-country = 국가에 따름
form-has-errors = 아래 항목을 수정하세요. 아무것도 저장되지 않았습니다.

## Staff
staff-title = 사무국 작업 공간
staff-new-org = 새 기관
staff-import = 기관 가져오기
staff-import-hint = 저장하기 전에 모든 행을 미리 확인합니다.
staff-export = 가져오기 및 내보내기
staff-export-hint = 가져오기를 되돌리거나, 기관·회원 자격·인물 목록을 XLSX 또는 CSV로 내보냅니다.
import-help = 머리글 행이 있는 스프레드시트(XLSX, ODS 또는 CSV)를 업로드하세요. 저장하기 전에 각 열을 필드에 연결하고, 명부에 이미 있는 기관과 일치하는 행을 어떻게 처리할지 선택합니다. 인식되는 열: slug, kind, name_en, name_ko (또는 임의의 name_<언어>), default_lang, country, region, parent, website, founding_member, description_en.
import-file = 스프레드시트 (XLSX, ODS, CSV)
import-preview = 파일 확인
import-line = 행
import-result = 결과
import-create = 새로 생성됨
import-update = 기존 항목을 갱신함
import-valid = 준비된 행 { $count }개
import-invalid = 문제가 있는 행 { $count }개
import-commit = { $count }개 행 가져오기
import-commit-skip = 유효한 행 { $count }개를 가져오고 나머지는 건너뛰기
import-created = { $count }개 생성됨
import-updated = { $count }개 갱신됨
import-skipped = { $count }개 건너뜀

## Accounts
login-title = 로그인
login-submit = 로그인
login-failed = 이메일 또는 비밀번호가 올바르지 않습니다.
login-wait-seconds = 실패한 시도가 너무 많습니다. { $seconds }초 후에 다시 시도하세요.
login-wait-minutes = 실패한 시도가 너무 많습니다. { $minutes }분 후에 다시 시도하세요.
password-title = 비밀번호 변경
password-current = 현재 비밀번호
password-new = 새 비밀번호 (10자 이상)
password-wrong = 현재 비밀번호가 올바르지 않습니다.
password-changed = 비밀번호가 변경되었습니다. 다른 세션은 로그아웃되었습니다.
admin-users = 계정
admin-new-user = 새 계정
role-user-admin = 관리자
role-user-staff = 사무국 직원
role-user-focal_point = 회원 담당자(포컬 포인트)
role-user-delegate = 대표단
role-user-jury = 심사위원
audit-when = 일시
audit-who = 사용자
audit-what = 작업
audit-entity = 레코드
audit-changes = 변경 내용

## API page
api-title = JSON API
api-lead = 모든 회원 명부 페이지에는 대응하는 JSON이 있습니다. 기계 판독용 명세(OpenAPI 3.1)는 다음 주소에 있습니다:
api-method = 메서드
api-path = 경로
api-summary = 기능
api-auth = 인증
api-auth-text = 조회는 누구나 할 수 있습니다. 변경하려면 직원 계정이 필요합니다. API 토큰(hansa user token)을 Bearer 토큰으로 보내거나, 로그인한 세션에서 X-CSRF-Token 헤더와 함께 요청하세요.

## Problems
problem-invalid = 일부 입력이 올바르지 않습니다
problem-conflict = 이미 존재합니다
problem-not-found = 찾을 수 없습니다
problem-forbidden = 이 작업을 수행할 권한이 없습니다
problem-unauthorized = 로그인하세요
problem-csrf = 양식이 만료되었거나 이 사이트에서 전송되지 않았습니다. 페이지를 새로 고친 후 다시 시도하세요.
problem-too-many = 요청이 너무 많습니다
problem-too-large = 요청이 너무 큽니다
problem-bad-request = 요청을 읽을 수 없습니다
problem-storage = 지금은 데이터베이스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.

## Field errors ($detail is a limit or the offending value)
err-required = 필수 항목입니다.
err-too-long = 너무 깁니다: 최대 { $detail }자입니다.
err-slug = 영문 소문자, 숫자, 하이픈으로 2–64자를 사용하세요 (예: city-of-ryde).
err-choice = “{ $detail }”은(는) 선택 항목에 없습니다.
err-country = “{ $detail }”은(는) ISO 3166-1 국가 코드가 아닙니다 (예: KR, PL, EC).
err-language = “{ $detail }”은(는) 언어 코드가 아닙니다 (예: ko, zh, pt-br).
err-url = “{ $detail }”은(는) https://로 시작하는 웹 주소가 아닙니다.
err-date = “{ $detail }”은(는) 날짜(YYYY-MM-DD)가 아닙니다.
err-period = 종료일이 시작일보다 앞섭니다.
err-parent-cycle = 기관은 자기 자신이나 자신의 하위 기관에 속할 수 없습니다.
err-unknown = “{ $detail }”을(를) 찾을 수 없습니다.
err-taken = “{ $detail }”은(는) 이미 사용 중입니다.
err-duplicate = “{ $detail }”이(가) 두 번 나옵니다.
err-email = 올바른 이메일 주소가 아닙니다.
err-phone = 숫자, 공백, + - ( )만 사용하세요.
err-password-short = { $detail }자 이상 입력하세요.
err-control-chars = 보이지 않는 제어 문자는 허용되지 않습니다.
err-status-move = 현재 상태에서 “{ $detail }”(으)로 회원 자격을 변경할 수 없습니다.
err-status-history = 상태가 연혁의 마지막 단계와 일치하지 않습니다.
err-already-member = “{ $detail }”은(는) 이미 이 네트워크의 회원 자격이 있습니다.
err-seat-holder = 의석은 기관 또는 개인 중 정확히 하나가 보유해야 합니다.
err-number = 1에서 10000 사이의 숫자여야 합니다.
err-boolean = “{ $detail }”은(는) 예/아니요(true/false) 값이 아닙니다.
err-not-image = 이 파일은 PNG, JPEG, GIF 또는 WebP 이미지가 아닙니다.
err-too-large = 파일이 너무 큽니다: 최대 { $detail } KB입니다.
err-body-too-large = 요청이 너무 큽니다: 최대 { $detail } KB입니다.
err-upload = 업로드된 파일을 읽을 수 없습니다.
err-json = JSON 본문을 읽을 수 없습니다: { $detail }
err-query = 쿼리 문자열을 읽을 수 없습니다: { $detail }
err-internal = 예기치 않은 문제: { $detail }
err-bundle-syntax = 번들 파일을 읽을 수 없습니다: { $detail }
err-csv-encoding = 파일이 선택한 인코딩의 올바른 텍스트가 아닙니다 ({ $detail }행에서 첫 문제 발견). 다른 인코딩을 선택하거나 “CSV UTF-8” 형식으로 저장하세요.
err-csv-syntax = CSV를 읽을 수 없습니다: { $detail }
err-csv-unknown-column = 인식되지 않은 열: { $detail }. 필드에 연결하거나 무시하도록 설정하세요.
err-csv-duplicate-column = “{ $detail }” 열이 두 번 나옵니다.
err-csv-missing-column = 파일에 { $detail } 열이 필요합니다 (또는 기존 레코드를 찾을 slug 열이나 id 열).
err-csv-too-many-rows = 행이 너무 많습니다: 파일당 최대 { $detail }행입니다. 파일을 나누어 가져오세요.
err-csv-too-large = 파일이 너무 큽니다: 최대 { $detail } MB입니다.
err-csv-empty = 파일(또는 데이터가 있는 첫 번째 시트)에 행이 없습니다.

## 인물 및 사무소 (사무국 양식)
staff-new-person = 새 인물
staff-new-office = 새 지역사무소
field-family-name = 성
field-given-name = 이름
field-name-order = 이름 순서
name-order-family_first = 성을 먼저 (한국어, 중국어, 일본어, 헝가리어)
name-order-given_first = 이름을 먼저
field-native-name = 원어 표기 이름
field-honorific = 경칭 (Mr., Ms., Dr.)
field-phone = 전화번호
field-focal-point-for = 담당 기관 (기관 약칭)
field-position-organisation = 소속 기관 (기관 약칭)
field-position-title = 직함
field-host = 유치 기관 (기관 약칭)
field-city = 도시
field-region-covered = 담당 지역
staff-new-network = 새 네트워크
staff-new-body = 새 거버넌스 기구
field-run-by = 운영 기관 (기관 약칭)
field-membership-types = 회원 유형, 한 줄에 하나씩: 코드 = 이름
field-number = 차수
field-place = 장소
field-holder = 자리 보유자 (기관 또는 인물 약칭)
body-add-session = 회의 추가
body-add-seat = 자리 추가
office-close = 사무소 폐쇄
office-close-on = 폐쇄일
person-add-position = 직위 추가
org-archived = 보관된 기관입니다. 연혁과 함께 보존되지만 목록에는 표시되지 않습니다.
org-archive = 보관
org-restore = 명부에 복원
person-erase = 이 인물 삭제
person-erase-hint = 요청에 따른 삭제는 인물과 직위, 자리를 영구히 지웁니다. 감사 로그에는 기록 번호만 남습니다.
person-erase-confirm = 확인하려면 { $slug }을(를) 입력하세요
err-confirm = 확인하려면 “{ $detail }”을(를) 정확히 입력하세요.
import-checking = 파일을 확인하는 중…
import-writing = 한 트랜잭션으로 행을 기록하는 중…
progress-started = 시작하는 중…
progress-checked = 확인한 행: { $total }개 중 { $done }개
progress-written = 기록한 행: { $total }개 중 { $done }개
progress-done = 완료: { $total }개 중 { $done }개
org-runs = 운영하는 네트워크

## Audit log actions
audit-action-create = 생성
audit-action-update = 변경
audit-action-add-history = 연혁 추가
audit-action-import = 가져오기
audit-action-set-logo = 로고 등록
audit-action-change-status = 상태 변경
audit-action-change-password = 비밀번호 변경
audit-action-reset-password = 비밀번호 재설정
audit-action-archive = 보관
audit-action-restore = 복원
audit-action-erase = 요청에 따른 삭제
audit-action-close-office = 사무소 폐쇄
audit-action-add-session = 회의 추가
audit-action-add-seat = 자리 추가
audit-action-add-position = 직위 추가
err-form = 양식을 읽을 수 없습니다: { $detail }

## API 작업 (/api 페이지)
api-op-list = 기관 목록 (필터, 모든 언어로 검색, 페이지 나누기)
api-op-show = 기관 하나와 회원 자격, 연혁
api-op-create = 기관 생성 (사무국)
api-op-update = 기관 변경 (사무국 또는 해당 기관 담당자)
api-op-networks = 네트워크와 회원 유형
api-op-memberships = 네트워크의 회원 자격
api-op-create_membership = 상태 이력과 함께 회원 자격 기록 (사무국)
api-op-offices = 지역사무소 (운영 중 및 폐쇄)
api-op-people = 인물 (공개 항목만)
api-op-person = 인물 한 명 (연락처는 사무국만)
api-op-country_counts = 국가별 활동 회원 수
api-op-import_csv = CSV에서 기관 가져오기 (사무국)
api-op-bodies = 회의와 자리를 포함한 거버넌스 기구
api-op-create_network = 회원 유형과 함께 네트워크 생성 (사무국)
api-op-create_office = 지역사무소 기록 (사무국)
api-op-create_body = 회의와 자리를 포함한 거버넌스 기구 생성 (사무국)
api-op-create_person = 직위와 함께 인물 추가 (사무국)
api-op-add_history = 날짜가 있는 연혁 추가 (사무국)
api-op-change_status = 회원 자격 상태 변경 (사무국)

## API tokens and field-level permissions
tokens-title = API 토큰
tokens-intro = 토큰을 쓰면 다른 프로그램(웹사이트, CRM)이 내 이름으로 API를 사용할 수 있습니다. 프로그램마다 토큰을 따로 만들면 하나만 폐기해도 나머지는 계속 작동합니다. 비밀번호를 바꿔도 토큰은 유지됩니다.
tokens-shown-once = 지금 이 토큰을 복사하세요. 한 번만 표시되며 다시 볼 수 없습니다.
tokens-none = 아직 API 토큰이 없습니다.
tokens-name = 이름
tokens-name-example = 예: 웹사이트 동기화
tokens-scope = 권한
tokens-scope-read = 읽기 전용
tokens-scope-write = 읽기 및 변경
tokens-created = 생성일
tokens-expires = 만료일
tokens-expires-days = 만료까지 일수 (비우면 만료 없음)
tokens-last-used = 마지막 사용
tokens-state = 상태
tokens-never = 없음
tokens-revoked = 폐기됨
tokens-expired = 만료됨
tokens-revoke = 폐기
tokens-new = 새 토큰
tokens-create = 토큰 만들기
audit-via-token = 토큰 “{ $token }” 사용
audit-action-create-token = API 토큰 생성
audit-action-revoke-token = API 토큰 폐기
err-secretariat-field = 사무국만 변경할 수 있습니다.
err-range = { $detail } 사이여야 합니다.
err-changed-meanwhile = 다른 사람이 같은 순간에 변경했습니다(이전 값: { $detail }). 다시 확인한 뒤 시도하세요.
org-form-focal-note = 여기에서 소속 기관의 이름, 설명, 웹사이트, 로고를 바꿀 수 있습니다. 약칭, 유형, 상위 기관, 국가, 권역, 창립 회원 여부는 사무국이 관리합니다. 바꾸려면 사무국에 연락하세요.

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = 여러 기관과 일치합니다 ({ $detail }). 어느 기관인지 지정하려면 slug 열을 추가하세요.
err-import-bad-field = “{ $detail }”은(는) 가져오기에서 사용할 수 있는 필드가 아닙니다.
err-import-blank-header = { $detail } 열에 값은 있지만 머리글이 없습니다. 머리글을 입력하세요 (병합된 머리글 셀은 비어 있는 것으로 처리됩니다).
err-import-changed-since = 미리 보기 이후에 다른 사람이 “{ $detail }”을(를) 변경했습니다. 파일을 다시 확인하세요.
err-import-mapping = 열 연결 정보를 읽을 수 없습니다. 머리글 = 필드 형식의 쌍으로 지정하세요.
err-import-slug-twice = 이 slug는 앞의 행에도 나옵니다: { $detail }.
err-import-slug-taken = slug “{ $detail }”은(는) 이미 명부의 다른 기관이 사용하고 있습니다.
err-import-two-columns = 두 열이 같은 필드에 연결되어 있습니다: { $detail }.
err-import-undone = 이미 되돌린 가져오기입니다.
err-sheet-unreadable = 스프레드시트를 읽을 수 없습니다: { $detail }
import-encoding = 텍스트 인코딩 (CSV 파일)
import-encoding-auto = 자동 감지 (UTF-8, UTF-16, Windows-1252)
import-read-as = { $detail }(으)로 읽음
import-columns = 열
import-column = 파일의 열
import-column-unknown = 인식되지 않음 — 필드를 선택하지 않으면 무시됩니다
import-field = 필드
import-field-id = ID (기존 레코드 찾기)
import-field-slug = slug (기존 레코드 찾기)
import-field-kind = 유형
import-field-default_lang = 기본 언어
import-field-country = 국가 (ISO 코드)
import-field-region = 지역
import-field-parent = 상위 기관 (slug)
import-field-website = 웹사이트
import-field-founding_member = 창립 회원
import-field-ignore = — 이 열 무시 —
import-duplicates = 기존 기관과 일치하는 행
import-match-by = 일치 여부 판단 기준
import-match-auto = 파일에 slug 또는 id 열이 있으면 그 열, 없으면 이름과 국가
import-match-key = slug 또는 id 열
import-match-name_country = 이름 (모든 언어) 및 국가
import-on-match = 일치하는 행 처리 방법
import-on-skip = 행 건너뛰기 (아무것도 변경하지 않음)
import-on-update = 갱신: 파일의 열 값으로 저장된 값을 바꿉니다
import-on-fill = 채우기: 현재 비어 있는 필드만 채웁니다
import-on-create = 그래도 새 기관 생성
import-empty-clears = 빈 셀은 저장된 값을 지웁니다 (갱신 시)
import-recheck = 이 설정으로 다시 확인
import-rows = 행별 처리 예정 내용
import-count-new = 신규 { $count }개
import-count-changes = 변경 { $count }개
import-count-unchanged = 변경 없음 { $count }개
import-count-duplicates = 중복 { $count }개
import-count-problems = 문제 { $count }개
import-new = 신규
import-change = { $detail } 변경
import-unchanged = { $detail } 변경 없음
import-duplicate-line = { $detail }행과 중복, 건너뜀
import-duplicate-record = { $detail }와(과) 일치, 건너뜀
import-problem = 가져오지 않음
import-empty = (비어 있음)
import-nothing-to-write = 이 파일로 명부에서 바뀌는 내용이 없습니다.
import-nothing-written = 기록할 내용이 없었습니다. 파일의 모든 내용이 이미 명부에 있습니다.
import-done = 가져오기 완료: { $detail }. 아래에서 되돌릴 수 있습니다.
import-undo-archived = 생성된 레코드 { $count }개 보관됨
import-undo-restored = 변경된 레코드 { $count }개 복원됨
import-undo-refused = { $count }개는 그대로 둠
import-undo-refused-help = 다음 레코드는 가져오기 이후에 변경되어 되돌리지 않고 그대로 두었습니다:
import-export = 내보내기
import-export-organisations = 기관
import-export-memberships = 회원 자격
import-export-people = 인물
imports-title = 가져오기 내역
imports-none = 아직 가져오기 내역이 없습니다.
imports-when = 일시
imports-who = 사용자
imports-file = 파일
imports-undo = 되돌리기
imports-undone = 되돌림

# Outbox: messages to people (/staff/messages)
messages-title = 메시지
messages-title-one = 메시지 { $id }
messages-hint = 참가자에게 보내는 메시지(등록 확인, 대기자 명단, 비자 초청장)는 그 원인이 된 변경과 함께 대기열에 들어가고, 메일 릴레이를 통해 발송됩니다.
messages-card-hint = 참가자에게 보낸 확인 메일과 서한, 발송에 실패한 메시지.
messages-no-relay = 메일 릴레이가 설정되지 않았습니다. 설정될 때까지 메시지는 여기에서 대기합니다(--smtp-url 또는 HANSA_SMTP_URL).
messages-relay = { $relay }을(를) 통해 발송합니다.
messages-status = 상태
messages-created = 대기열 등록 시각
messages-kind = 종류
messages-recipient = 받는 사람
messages-subject = 제목
messages-attempts = 시도 횟수
messages-last-error = 마지막 오류
messages-next-attempt = 다음 시도
messages-sent-at = 발송 시각
messages-entity = 대상 기록
messages-language = 언어
messages-body = 본문
messages-none = 메시지가 없습니다.
messages-send-again = 다시 보내기
messages-about-same = 이 기록에 관한 다른 메시지
messages-back = 전체 메시지
message-status-queued = 대기 중
message-status-sending = 발송 중
message-status-sent = 발송됨
message-status-failed = 실패
message-kind-registration-confirmed = 등록 확인
message-kind-registration-waitlisted = 대기자 명단 등록
message-kind-registration-promoted = 대기자 명단에서 참가 확정
message-kind-registration-approved = 등록 승인
message-kind-visa-letter = 비자 초청장
cli-mail-relay = 메일은 { $relay }을(를) 통해 발송됩니다
cli-mail-none = 메일 릴레이가 설정되지 않았습니다(--smtp-url). 메시지는 발신함에서 대기하며 직원은 /staff/messages 에서 볼 수 있습니다

# Command line
cli-error = 오류
cli-not-found = 찾을 수 없습니다.
cli-forbidden = 허용되지 않습니다.
cli-storage = 데이터베이스 오류: { $detail }
cli-reading = { $detail } 읽는 중
cli-opening = { $detail } 여는 중
cli-accepted-columns = 사용할 수 있는 열: { $detail }. 나머지 열을 연결하려면 --mapping FILE을, 무시하려면 --ignore-unknown을 지정하세요.
cli-import-refused = 아무것도 가져오지 않았습니다. 위의 행을 수정하거나, 나머지 행만 기록하려면 --skip-invalid를 지정하세요.
cli-import-done = 가져오기 #{ $id }을(를) { $ms } ms 만에 기록했습니다. 되돌리려면: hansa import undo { $id }
cli-bundle-loaded = 기관 { $organisations }곳, 네트워크 { $networks }개, 회원 자격 { $memberships }건, 사무소 { $offices }곳, 거버넌스 기구 { $bodies }개, 인물 { $people }명을 불러왔습니다.
cli-progress-line = { $phase }: { $done }
cli-phase-checked = 확인한 행
cli-phase-written = 기록한 행
cli-phase-organisations = 기관
cli-phase-networks = 네트워크
cli-phase-memberships = 회원 자격
cli-phase-people = 인물
cli-demo-loading = 데모 명부를 불러오는 중 …
cli-demo-exists = 데이터베이스에 이미 기관 { $count }곳이 있어 데모 데이터를 다시 불러오지 않았습니다.
cli-demo-sign-in = 데모 로그인: admin@example.org / { $detail }  (staff@, focal@, delegate@example.org도 사용 가능)
cli-account-exists = 이메일 { $detail }을(를) 사용하는 계정이 이미 있습니다.
cli-account-created = { $role } 계정 { $email }을(를) 만들었습니다.
cli-password = 비밀번호: { $detail }
cli-password-reset = { $detail }의 비밀번호를 재설정했습니다. 이 계정의 세션은 모두 로그아웃되었습니다.
cli-token-issued = { $email }의 토큰 #{ $id } “{ $name }” ({ $scope }) — 지금 한 번만 표시됩니다:
cli-token-revoked = 토큰 #{ $id } “{ $name }”을(를) 폐기했습니다.
cli-running = Hansa가 http://{ $addr } 에서 실행 중입니다  (데이터베이스: { $database })
cli-public-url = 열람자 접속 주소: { $detail }
cli-migrated = 데이터베이스 { $detail }이(가) 최신 상태입니다.
network-public-statuses = 일반에 공개할 회원
network-public-statuses-help = 사무국 직원은 항상 모든 회원 자격을 볼 수 있습니다. 방문자, 공개 API, 방문자용 내보내기, 회원 수 집계와 지도에는 여기에서 선택한 상태만 표시됩니다. 가입 검토(잠재 회원)와 가입 신청 단계(회원 유치 과정)는 보통 비공개로 둡니다.

## Events
nav-events = 행사
events-title = 행사
events-upcoming = 예정된 행사
events-past = 지난 행사
events-none = 아직 행사가 없습니다.
event-kind = 유형
event-kind-forum = 포럼
event-kind-general_assembly = 총회
event-kind-mayoral_conference = 시장 회의
event-kind-subcommittee_meeting = 분과위원회 회의
event-kind-side_event = 부대 행사
event-kind-workshop = 워크숍
event-kind-training = 연수 프로그램
event-status-draft = 초안
event-status-published = 게시됨
event-status-closed = 종료됨
event-status-archived = 보관됨
event-role-host = 개최 기관
event-role-organiser = 주최
event-role-co_organiser = 공동 주최
event-role-sponsor = 후원
event-role-partner = 협력
event-theme = 주제
event-dates = 기간
event-venue = 장소
event-online = 온라인
event-zone = { $zone } 시간 기준, { $offset }
event-edition = { $series } 제{ $number }회
session-kind-opening_ceremony = 개회식
session-kind-keynote = 기조연설
session-kind-plenary = 전체 회의
session-kind-expert_session = 전문가 세션
session-kind-panel = 패널 토론
session-kind-special_lecture = 특별 강연
session-kind-local_government_session = 지방정부 세션
session-kind-roundtable = 원탁회의
session-kind-breakout = 분과 세션
session-kind-site_visit = 현장 시찰
session-kind-side_meeting = 부대 회의
session-kind-orientation = 오리엔테이션
session-kind-module = 모듈
session-kind-ceremony = 기념식
session-kind-networking = 네트워킹
session-kind-registration = 등록
session-kind-break = 휴식
participant-role-speaker = 연사
participant-role-moderator = 사회자
participant-role-panelist = 패널리스트
participant-role-presenter = 발표자
participant-role-chair = 의장
participant-role-rapporteur = 보고관
participant-role-remarks = 인사말
session-channel = { $language } (채널 { $channel })
programme-title = 프로그램
programme-room = 회의실
programme-all-rooms = 모든 회의실
programme-show = 보기
programme-slides = 발표 자료
programme-languages = 언어
programme-interpretation = 동시통역
programme-empty = 프로그램이 아직 공개되지 않았습니다.
conflicts-title = 프로그램 일정 충돌
conflict-person = { $person } 님이 같은 시간에 두 세션에 배정되어 있습니다: { $first }, { $second }.
conflict-room = { $room } 회의실이 중복 예약되어 있습니다: { $first }, { $second }.
conflict-outside = { $session } 세션이 행사 기간을 벗어납니다.
conflict-ends-before = { $session } 세션의 종료 시각이 시작 시각보다 빠릅니다.
date-long = { $year }년 { $month } { $day }일
date-range = { $first } – { $last }
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
weekday-1 = 월요일
weekday-2 = 화요일
weekday-3 = 수요일
weekday-4 = 목요일
weekday-5 = 금요일
weekday-6 = 토요일
weekday-7 = 일요일
err-time-zone = “{ $detail }”은(는) 알 수 없는 시간대입니다 (Asia/Seoul 같은 IANA 이름을 사용하세요).
err-datetime = “{ $detail }”은(는) 날짜와 시각이 아닙니다 (예: 2023-12-07T09:30).
err-time-skipped = { $detail }은(는) 이 시간대에 존재하지 않습니다: 서머타임이 시작될 때 시계가 이 시각을 건너뜁니다.
err-time-repeated = 이 시간대에서는 서머타임이 끝날 때 { $detail }이(가) 두 번 나타납니다. 그 한 시간을 벗어난 시각을 선택하세요.
err-event-too-long = 행사 기간은 최대 { $detail }일입니다.
err-coordinates = 위도(−90~90)와 경도(−180~180)를 모두 입력하거나 둘 다 비워 두세요.
err-session-ends-before = { $detail } 세션의 종료 시각이 시작 시각보다 빠릅니다.
err-session-outside = { $detail } 세션이 행사 기간을 벗어납니다.
err-room-double-booked = 이 회의실은 해당 시간에 이미 예약되어 있습니다 ({ $detail }).
err-events-file = 행사 파일을 읽을 수 없습니다: { $detail }
cli-demo-events = 불러온 행사: { $count }개
programme-calendar = 전체 프로그램을 캘린더에 추가 (.ics)
session-calendar = 캘린더에 추가
person-profile = 회원 명부의 프로필
person-calendar = 내 프로그램을 캘린더에 추가 (.ics)
person-programme = 프로그램
programme-your-time = 내 시간
err-registered-twice = 이 이메일 주소는 이미 이 행사에 등록되어 있습니다.
err-category-not-offered = 이 행사에는 “{ $detail }” 참가 유형이 없습니다.
err-registration-closed = 이 행사의 등록은 열려 있지 않습니다.
err-category-full = “{ $detail }” 유형에 남은 자리가 없습니다.
err-passport-name-for-visa = 비자 초청장을 받으려면 여권상의 이름이 필요합니다.
err-registration-status = “{ $detail }” 상태의 등록은 그 상태로 바꿀 수 없습니다.
programme-frab = frab 형식, 영상팀과 행사 앱용
category-head_of_delegation = 대표단장
category-delegate = 대표단원
category-speaker = 연사
category-partner = 파트너
category-press = 언론
category-observer = 옵서버
category-staff = 운영진
regstatus-pending = 승인 대기
regstatus-approved = 승인됨
regstatus-rejected = 불승인
regstatus-waitlisted = 대기자 명단
regstatus-cancelled = 취소됨
regstatus-attended = 참석 완료
registration-action-approved = 승인
registration-action-rejected = 불승인
registration-action-attended = 참석 처리
answer-yes = 예
answer-no = 아니요
filter-all = 전체
list-showing = 전체 { $total }건 중 { $first }–{ $last }
hint-native-name = 원어로 표기한 이름입니다. 예: 임병진 또는 林炳辰.
hint-passport-name = 비자 초청장에 쓰이므로 여권에 적힌 그대로 입력하세요.
hint-reg-email = 등록 확인 및 상태 변경 안내가 이 주소로 발송됩니다.
register-title = { $event } 참가 등록
register-about = 참가자 정보
register-category = 참가 유형
register-position = 직책
register-organisation = 소속 기관
register-protocol = 통역, 식사 및 접근성
register-interpretation = 희망 통역 언어
register-no-interpretation = 통역 필요 없음
register-dietary = 식이 요구 사항
register-accessibility = 접근성 지원 요청
register-visa = 비자
register-visa-letter = 비자 초청장이 필요합니다
register-passport-name = 여권상의 이름
register-questions = 주최 측 질문
register-submit = 등록
register-privacy = 사무국은 이 정보를 행사 준비에만 사용합니다. 여권상의 이름, 식이 요구 사항, 접근성 지원 요청은 공개되지 않습니다.
register-places = 참가 정원
register-places-left = 남은 자리
register-places-open = 제한 없음
register-places-count = { $count }자리 남음
register-waiting-list = 대기자 명단만 가능
register-deadline = 등록은 { $deadline }에 마감됩니다.
register-for-delegation = { $organisation } 소속 관계자를 대표단으로 등록하고 있습니다. 각 인원에게 개별 등록, 등록 코드, 명찰이 발급됩니다.
registration-title = 나의 등록
registration-status = 상태
registration-waiting = 대기자 명단 { $position }번
registration-code = 등록 코드
registration-keep-link = 이 페이지의 주소를 보관하세요. 등록 내용을 확인하거나 취소할 때 필요합니다. 등록 코드는 명찰에도 표시됩니다.
registration-details = 입력한 내용
registration-history = 처리 이력
registration-cancel = 등록 취소
registration-cancel-confirm = 이 등록을 취소하시겠습니까? 귀하의 자리는 대기자 명단의 다음 순번에게 넘어갑니다.
delegation-title = 대표단
delegation-add = 다른 관계자 등록
delegation-added = { $name } 님이 등록되었습니다.
delegation-empty = 이 대표단에 아직 등록된 사람이 없습니다.
staff-registrations-title = 등록 현황
staff-registrations-search = 이름, 이메일 또는 등록 코드
staff-places-held = 배정
staff-places-capacity = 정원
staff-actions = 작업
staff-register-someone = 대리 등록
event-register = 참가 등록
event-registrations = 등록 현황 (사무국)
err-registration-deadline = 이 행사의 등록이 마감되었습니다.
err-question-choices = 선택형 질문에는 선택지가 두 개 이상 있어야 합니다.
err-question-no-choices = “{ $detail }” 유형의 질문에는 선택지를 둘 수 없습니다.
hint-family-name = 여권에 적힌 대로 입력하세요. 이름이 하나뿐이면 여기에 쓰세요.
progress-badges = 제작한 명찰: { $total }개 중 { $done }개
badges-title = 명찰
badges-intro = 명찰은 승인된 등록에 대해서만 인쇄됩니다. 명찰에는 원어 표기 이름과 로마자 이름, 소속 기관, 국가, 참가 유형별 색상, 체크인용 QR 코드가 들어갑니다.
badges-which = 인쇄할 명찰
badges-layout = 용지
badges-layout-a6 = A6, 한 장에 명찰 1개 (명찰 프린터용)
badges-layout-a4 = A4, 한 장에 명찰 4개 (재단선 포함)
badges-codes = 등록 코드
hint-badges-codes = 비워 두면 (선택한 참가 유형의) 승인된 등록 전체의 명찰을 인쇄합니다. 일부만 다시 인쇄하려면 등록 코드를 공백이나 줄바꿈으로 구분하여 입력하세요.
badges-print = PDF 만들기
badges-making = 명찰을 만드는 중…
event-badges = 명찰
err-badge-not-approved = { $detail }의 명찰은 만들 수 없습니다. 명찰은 승인된 등록에만 발급됩니다.
err-no-badges = 명찰을 인쇄할 승인된 등록이 없습니다.
err-badge-render = 명찰을 만들 수 없습니다: { $detail }
event-check-in = 체크인
checkin-title = 체크인
checkin-day = 일자
checkin-session = 세션
checkin-whole-day = 종일
checkin-online = 온라인: 스캔할 때마다 바로 전송됩니다.
checkin-offline = 오프라인: 스캔 기록은 이 기기에 보관되었다가 네트워크가 복구되면 전송됩니다.
checkin-waiting = 건 전송 대기 중
checkin-of-expected = / { $expected }명 체크인
checkin-code = 등록 코드, QR 코드 또는 이름
hint-checkin-code = 명찰을 스캔하거나(스캐너가 이 칸에 입력합니다), QR 코드 아래의 코드를 입력하거나, 이름의 일부를 입력하세요.
checkin-submit = 체크인
checkin-camera = 카메라로 스캔
checkin-recent = 방금 처리한 항목
checkin-conflicts = 확인 필요
checkin-checked_in = 체크인 완료
checkin-duplicate = 이미 체크인함
checkin-replayed = 이미 수신됨
checkin-unknown = 이 코드의 등록 없음
checkin-wrong_event = 다른 행사의 명찰
checkin-not_admitted = 입장 불가 (승인되지 않은 등록)
checkin-invalid = 이 행사의 일자나 세션이 아님
checkin-queued = 체크인 완료, 전송 대기 중
checkin-first-at = 최초 체크인
checkin-choose = 해당하는 사람이 여러 명입니다. 한 명을 선택하세요.
checkin-no-match = 명단에 일치하는 사람이 없습니다.
err-device = 체크인 데스크의 기기 이름을 밝혀야 합니다 (1~64자).
err-too-many = 한 번에 최대 { $detail }건까지 가능합니다.
figures-title = 참석 현황
figures-headline = { $countries }개국 지방정부 및 기관 { $organisations }곳의 대표 { $delegates }명
figures-more-than = { $count }여
figures-csv = 현황 수치 (CSV)
figures-by-country = 국가별
figures-by-category = 참가 유형별
figures-by-day = 일자별
figures-people = 인원
figures-registered = 체크인 및 참석 기록을 기준으로 집계했습니다. 자리를 확보한 등록은 { $count }건입니다.
event-figures = 참석 현황 통계
cli-demo-delegates = NEAR 포럼 2023에 등록하고 체크인한 대표: { $count }명
delegates-import-title = 대표단 명단 가져오기
delegates-import-intro = 머리글 행이 있는 스프레드시트(CSV, XLSX 또는 ODS)가 필요합니다. family_name, given_name, email 열은 필수이며, 갖고 있는 정보에 따라 category, honorific, native_name, position, organisation(회원 명부의 약칭 또는 표기된 그대로의 이름), country(KR, CN, JP…), interpretation_language, dietary, accessibility, visa_letter, passport_name 열과, 이 행사 고유 질문에 대한 answer:<질문 코드> 열을 넣을 수 있습니다. 파일을 먼저 확인하며, 모든 행이 올바를 때까지 아무것도 기록되지 않습니다.
delegates-import-file = 스프레드시트
delegates-import-check = 파일 확인
delegates-import-go = 등록 { $count }건 가져오기
delegates-import-summary = { $rows }개 행을 읽었습니다 ({ $read_as }). 문제가 있는 행: { $problems }개.
delegates-import-problems = 수정할 행 (아무것도 가져오지 않았습니다)
delegates-import-problem = 문제
delegates-import-written = 등록 { $count }건을 가져왔습니다.
staff-import-delegates = 대표단 명단 가져오기
err-delegate-columns = 파일에 가져오기에서 인식하지 못하는 열이 있습니다: { $detail }. 그 안의 내용이 누락되지 않도록 열 이름을 바꾸거나 열을 삭제하세요.
err-delegate-columns-missing = 파일에 “{ $detail }” 열이 있어야 합니다.
err-delegate-duplicate = 같은 이메일 주소가 이미 { $detail }행에 있습니다.
programme-list-view = 목록
programme-grid-view = 시간표
programme-elsewhere = 기타 장소
programme-time = 시간
checkin-waiting-one = 건 전송 대기 중
register-about-official = 등록할 관계자 정보
delegation-add-first = 관계자 등록
message-kind-registration-received = 등록 접수
message-kind-registration-rejected = 등록 불승인
message-kind-registration-cancelled = 등록 취소
mail-registration-received-subject = 등록 접수: { $event }
mail-registration-received-body = { $name } 님께

    { $event } 참가 등록이 접수되었습니다. 사무국에서 확인한 후 다시 안내해 드리겠습니다.

    등록 코드: { $code }
    등록 내용 확인 및 취소: { $link }
mail-registration-confirmed-subject = 등록 확정: { $event }
mail-registration-confirmed-body = { $name } 님께

    { $event } 참가 등록이 확정되었습니다.

    등록 코드: { $code } (명찰에도 표시됩니다)
    등록 내용 확인 및 취소: { $link }
mail-registration-waitlisted-subject = 대기자 명단 안내: { $event }
mail-registration-waitlisted-body = { $name } 님께

    { $event }에서 신청하신 참가 유형의 자리가 모두 차서, 대기자 명단 { $position }번으로 등록되셨습니다. 자리가 나면 명단의 첫 번째 순번인 분께 배정되며, 해당 분께 즉시 안내해 드립니다.

    등록 코드: { $code }
    대기 순번 확인 및 대기 취소: { $link }
mail-registration-promoted-subject = 참가 자리 배정 안내: { $event }
mail-registration-promoted-body = { $name } 님께

    { $event }에 자리가 나서 귀하께 배정되었습니다. 현재 등록 상태: { $status }

    등록 코드: { $code }
    등록 내용 확인 및 취소: { $link }
mail-registration-approved-subject = 등록 승인: { $event }
mail-registration-approved-body = { $name } 님께

    사무국에서 귀하의 { $event } 참가 등록을 승인하였습니다.

    등록 코드: { $code } (명찰에도 표시됩니다)
    등록 내용 확인 및 취소: { $link }
mail-registration-rejected-subject = { $event } 참가 등록 안내
mail-registration-rejected-body = { $name } 님께

    유감스럽게도 사무국에서 귀하의 { $event } 참가 등록을 승인하지 못하였음을 알려 드립니다.

    등록 코드: { $code }
mail-registration-cancelled-subject = 등록 취소: { $event }
mail-registration-cancelled-body = { $name } 님께

    귀하의 { $event } 참가 등록이 취소되었습니다. 직접 취소하지 않으셨다면 사무국으로 연락해 주시기 바랍니다.

    등록 코드: { $code }
privacy-title = 보유 중인 개인정보
privacy-intro = 이 행사에서 각 인물에 대해 아직 보유하고 있는 정보입니다. 여권상의 이름, 식이 요구 사항, 접근성 지원 요청은 공개 화면, 로그, 공개용 내보내기 어디에도 표시되지 않으며, 해당 인물을 삭제하면 함께 지워집니다.
privacy-totals = 전체
privacy-registrations = 등록
privacy-answers = 답변
privacy-check-ins = 체크인
privacy-messages = 메시지
privacy-erase-title = 인물 삭제
privacy-erase-hint = 이 이메일 주소로 된 모든 행사의 모든 등록이 처리 이력, 체크인, 메시지와 함께 삭제됩니다. 명찰은 등록 정보로 인쇄되므로 더 이상 인쇄할 수 없게 됩니다. 이 작업은 되돌릴 수 없습니다.
privacy-erase = 삭제
privacy-erase-confirm = 이 인물의 모든 등록을 체크인 및 메시지와 함께 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.
privacy-erased = 등록 { $count }건을 체크인 및 메시지와 함께 삭제했습니다.
event-privacy = 개인정보
visa-title = 비자 초청장
visa-intro = 비자 초청장을 요청한 사람들입니다. 미리 보기에서 여권상의 이름을 확인한 후 초청장을 발급하세요. 등록자에게 이메일로 안내되며, 등록자는 자신의 등록 페이지에서 초청장을 내려받습니다. 초청장은 승인된 등록에만 발급됩니다.
visa-none = 비자 초청장을 요청한 사람이 없습니다.
visa-letter = 초청장
visa-requested = 검토 필요
visa-issued = 발급됨
visa-refused = 발급 거절
visa-preview = 미리 보기 (PDF)
visa-issue = 발급
visa-refuse = 거절
visa-download = 비자 초청장 (PDF)
visa-secretariat = 사무국
visa-reference = 문서 번호 { $code }
visa-letter-title = 비자 신청용 초청장
visa-letter-p1 = { $organiser }은(는) { $dates } { $venue }에서 개최되는 { $event }에 { $name } 님을 초청하게 되어 기쁘게 생각합니다.
visa-letter-p2 = 관계 당국께서는 이 행사 참가에 필요한 비자를 발급하여 주시기를 정중히 요청드립니다. 주최 측은 행사 프로그램에 대한 책임을 지며, 교통 및 숙박은 참가자의 정부 또는 소속 기관과 합의한 바에 따라 마련됩니다.
visa-letter-p3 = 이 초청장은 비자 신청 목적으로만 발급되며, 그 자체로 주최 측에 어떠한 비용 부담 의무도 지우지 않습니다.
visa-signature = 감사합니다.
mail-visa-letter-subject = 비자 초청장 발급 안내
mail-visa-letter-body = { $name } 님께

    비자 초청장이 준비되었습니다. 다음 주소에서 내려받으실 수 있습니다: { $link }

    등록 코드: { $code }
err-visa-not-asked = 이 등록에서는 비자 초청장을 요청하지 않았습니다.
err-visa-not-approved = 비자 초청장은 승인된 등록에만 발급됩니다(이 등록의 상태: “{ $detail }”).
event-visa-letters = 비자 초청장
