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
