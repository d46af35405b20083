# Hansa — 日本語インターフェースカタログ（基準は英語カタログで、他の言語はすべてそのキーに従います）。

## Navigation and frame
nav-skip = 本文へスキップ
nav-main = メインメニュー
nav-home = ホーム
nav-directory = 会員名簿
nav-map = 地図
nav-networks = ネットワーク
nav-api = API
nav-staff = 事務局
nav-audit = 監査ログ
nav-login = ログイン
nav-logout = ログアウト
nav-language = 言語
footer-about = Hansa — 都市と地方政府のネットワークの会員名簿です。

## Languages
lang-en = 英語
lang-ko = 韓国語
lang-zh = 中国語
lang-ja = 日本語
lang-ru = ロシア語
lang-mn = モンゴル語

## Home
home-title = 私たちの都市ネットワーク
home-lead = 都市、地方政府、機関、パートナーが協力しています。会員とその事務所、会員を代表する人々を探せます。
home-stats = 主要データ
home-stat-organisations = 機関
home-stat-members = 活動会員
home-stat-countries = 国
home-stat-networks = ネットワーク
home-map = 会員の所在地
home-networks = ネットワーク
home-network-members = 活動会員 { $count } 団体
home-offices = 地域事務所
office-closed = 閉鎖

## Directory
dir-title = 会員名簿
dir-filters = 絞り込み
dir-search = 検索
dir-search-placeholder = 任意の言語の名称（例：慶州、Gyeongju、경주）
dir-search-button = 検索
dir-any = すべて
dir-apply = 適用
dir-reset = リセット
dir-count = { $count } 機関
dir-empty = この条件に一致する機関はありません。
dir-pages = ページ
dir-prev = 前へ
dir-next = 次へ
dir-page = { $page } ページ

## Map
map-title = 世界の会員
map-label = 国別の活動会員 { $count } 団体を示す世界地図
map-caption = 国別の活動会員数。色が濃いほど会員が多いことを示します。
map-more = 地域別・国別の会員数
map-by-region = 地域別
map-by-country = 国別
map-members = 会員数

## Fields
field-name = 名称
field-name-other = 他の言語での名称
field-other-lang = 他の言語（コード）
field-kind = 種別
field-country = 国
field-region = 世界の地域
field-network = ネットワーク
field-status = ステータス
field-slug = リンク用の短縮名
field-default-lang = 使用言語（コード）
field-parent = 所属先
field-website = ウェブサイト
field-description = 説明
field-logo = ロゴ
field-date = 日付
field-event = 出来事
field-note = 備考
field-since = 開始
field-until = 終了
field-email = メールアドレス
field-password = パスワード
field-role = 役割
field-organisation-slug = 機関（短縮名、フォーカルポイント用）
hint-other-lang = tr、pl、hu、th、pt、es、ar などの言語コード。
hint-slug = 空欄の場合は英語名から自動生成されます。
hint-default-lang = 機関が使用する言語。例：慶州市なら ko。
hint-parent = 所属する道・州または地域の短縮名。例：gyeongsangbuk-do。

## Kinds of organisation
kind-city = 都市
kind-regional_government = 地方政府
kind-national_agency = 国の機関
kind-company = 企業
kind-university = 大学
kind-international_organisation = 国際機関
kind-ngo = NGO

## World regions
region-africa = アフリカ
region-north-america = 北アメリカ
region-latin-america-caribbean = ラテンアメリカ・カリブ
region-east-asia = 東アジア
region-southeast-asia = 東南アジア
region-south-asia = 南アジア
region-central-asia = 中央アジア
region-west-asia = 西アジア
region-europe = ヨーロッパ
region-oceania = オセアニア

## Membership statuses
status-prospect = 加盟候補
status-applicant = 加盟申請中
status-active = 活動中
status-lapsed = 会費未納
status-suspended = 資格停止
status-withdrawn = 脱退

## History events
event-founded = 設立
event-renamed = 名称変更
event-merged = 合併
event-split = 分割
event-dissolved = 解散

## Governance
body-general_assembly = 総会
body-executive_committee = 執行委員会
body-subcommittee = 分科委員会
body-working_group = 作業部会
body-sessions = 会期
body-session-number = 第 { $number } 回
body-seats = 構成員と役員
role-chair = 議長
role-vice_chair = 副議長
role-member = 委員
role-secretariat = 事務局
network-members = 会員
network-run-by = 運営

## Organisation page
org-names = 名称
org-founding = 創設会員
org-edit = 編集
org-logo-of = ロゴ：
org-memberships = 会員資格
org-no-memberships = 会員資格の記録はありません。
org-change-status = ステータスを変更
org-offices = 受け入れている地域事務所
org-bodies = ガバナンス機関の議席
org-people = 人物
org-children = 下部組織
org-history = 沿革
org-no-history = 沿革の記録はありません。
org-add-history = 沿革の出来事を追加
org-add-membership = 会員資格を追加
org-logo-upload = ロゴをアップロード
history-old-name = 旧名称、または合併された機関（英語）
logo-hint = PNG、JPEG、GIF または WebP、最大 512 KB。
person-focal-point = フォーカルポイント（担当者）
person-positions = 役職
person-contact = 連絡先
private-hint = 個人データ：事務局職員のみ閲覧できます。

## Forms
form-save = 保存
form-cancel = キャンセル
form-upload = アップロード
form-choose = 選択…
form-from-country = 国に従う
form-has-errors = 以下の項目を修正してください。何も保存されていません。

## Staff
staff-title = 事務局ワークスペース
staff-new-org = 新しい機関
staff-import = 機関をインポート
staff-import-hint = 書き込む前に、すべての行をプレビューします。
staff-export = インポートとエクスポート
staff-export-hint = インポートの取り消しと、機関・会員資格・人物の XLSX または CSV でのエクスポートを行います。
import-help = ヘッダー行のあるスプレッドシート（XLSX、ODS または CSV）をアップロードしてください。書き込む前に、列と項目の対応付けを行い、名簿にすでにある機関と一致する行の扱いを選びます。使用できる列：slug、kind、name_en、name_ko（または任意の name_<言語>）、default_lang、country、region、parent、website、founding_member、description_en。
import-file = スプレッドシート（XLSX、ODS、CSV）
import-preview = ファイルを確認
import-line = 行
import-result = 結果
import-create = 新規作成されます
import-update = 既存のものを更新します
import-valid = 準備完了 { $count } 行
import-invalid = 問題のある行 { $count } 行
import-commit = { $count } 行をインポート
import-commit-skip = 有効な { $count } 行をインポートし、残りはスキップ
import-created = { $count } 件作成
import-updated = { $count } 件更新
import-skipped = { $count } 件スキップ

## Accounts
login-title = ログイン
login-submit = ログイン
login-failed = メールアドレスまたはパスワードが正しくありません。
login-wait-seconds = 失敗回数が多すぎます。{ $seconds } 秒待ってから再度お試しください。
login-wait-minutes = 失敗回数が多すぎます。{ $minutes } 分待ってから再度お試しください。
password-title = パスワードの変更
password-current = 現在のパスワード
password-new = 新しいパスワード（10 文字以上）
password-wrong = 現在のパスワードが正しくありません。
password-changed = パスワードを変更しました。他のセッションはログアウトされました。
admin-users = アカウント
admin-new-user = 新しいアカウント
role-user-admin = 管理者
role-user-staff = 事務局職員
role-user-focal_point = 会員フォーカルポイント
role-user-delegate = 代表者
role-user-jury = 審査員
audit-when = 日時
audit-who = 実行者
audit-what = 操作
audit-entity = レコード
audit-changes = 変更内容

## API page
api-title = JSON API
api-lead = すべての名簿ページには対応する JSON があります。機械可読な仕様（OpenAPI 3.1）はこちら：
api-method = メソッド
api-path = パス
api-summary = 内容
api-auth = 認証
api-auth-text = 閲覧は自由です。変更には職員アカウントが必要です。API トークン（hansa user token）を Bearer トークンとして送信するか、ログイン済みのセッションで X-CSRF-Token ヘッダーを付けてください。

## Problems
problem-invalid = 入力の一部が無効です
problem-conflict = すでに存在します
problem-not-found = 見つかりません
problem-forbidden = この操作を行う権限がありません
problem-unauthorized = ログインしてください
problem-csrf = フォームの有効期限が切れたか、このサイトから送信されていません。ページを再読み込みして、もう一度お試しください。
problem-too-many = リクエストが多すぎます
problem-too-large = リクエストが大きすぎます
problem-bad-request = リクエストを読み取れませんでした
problem-storage = 現在データベースを利用できません。しばらくしてからもう一度お試しください。

## Field errors ($detail is a limit or the offending value)
err-required = この項目は必須です。
err-too-long = 長すぎます：最大 { $detail } 文字です。
err-slug = 英小文字、数字、ハイフンを 2～64 文字で使用してください（例：city-of-ryde）。
err-choice = 「{ $detail }」は選択肢にありません。
err-country = 「{ $detail }」は ISO 3166-1 の国コードではありません（例：KR、PL、EC）。
err-language = 「{ $detail }」は言語コードではありません（例：ko、zh、pt-br）。
err-url = 「{ $detail }」は https:// で始まるウェブアドレスではありません。
err-date = 「{ $detail }」は日付（YYYY-MM-DD）ではありません。
err-period = 終了日が開始日より前になっています。
err-parent-cycle = 機関は、それ自身またはその下部組織に所属することはできません。
err-unknown = 「{ $detail }」が見つかりませんでした。
err-taken = 「{ $detail }」はすでに使われています。
err-duplicate = 「{ $detail }」が 2 回出現しています。
err-email = メールアドレスではありません。
err-phone = 数字、スペース、+ - ( ) のみを使用してください。
err-password-short = { $detail } 文字以上で入力してください。
err-control-chars = 目に見えない制御文字は使用できません。
err-status-move = 会員資格を現在のステータスから「{ $detail }」に変更することはできません。
err-status-history = ステータスが沿革の最後の段階と一致しません。
err-already-member = 「{ $detail }」はすでにこのネットワークの会員資格を持っています。
err-seat-holder = 議席は機関または個人のどちらか一方のみが保持します。
err-number = 1 から 10000 までの数値を入力してください。
err-boolean = 「{ $detail }」は はい/いいえ（true/false）ではありません。
err-not-image = このファイルは PNG、JPEG、GIF、WebP 画像ではありません。
err-too-large = ファイルが大きすぎます：最大 { $detail } KB です。
err-body-too-large = リクエストが大きすぎます：最大 { $detail } KB です。
err-upload = アップロードされたファイルを読み取れませんでした。
err-json = JSON 本文を読み取れませんでした：{ $detail }
err-query = クエリ文字列を読み取れませんでした：{ $detail }
err-internal = 予期しない問題：{ $detail }
err-bundle-syntax = バンドルファイルを読み取れませんでした：{ $detail }
err-csv-encoding = ファイルが、選択した文字コードの正しいテキストではありません（最初の問題は { $detail } 行目）。別の文字コードを選ぶか、「CSV UTF-8」形式で保存してください。
err-csv-syntax = CSV を読み取れませんでした：{ $detail }
err-csv-unknown-column = 認識できない列：{ $detail }。項目に対応付けるか、無視するよう指定してください。
err-csv-duplicate-column = 列「{ $detail }」が 2 回出現しています。
err-csv-missing-column = ファイルには { $detail } の列が必要です（または、既存のレコードを探すための slug 列か id 列）。
err-csv-too-many-rows = 行が多すぎます：1 ファイルあたり最大 { $detail } 行です。ファイルを分割してインポートしてください。
err-csv-too-large = ファイルが大きすぎます：最大 { $detail } MB です。
err-csv-empty = ファイル（またはデータのある最初のシート）に行がありません。

## People and offices (staff forms)
staff-new-person = 新しい人物
staff-new-office = 新しい地域事務所
field-family-name = 姓
field-given-name = 名
field-name-order = 氏名の順序
name-order-family_first = 姓が先（韓国語、中国語、日本語、ハンガリー語）
name-order-given_first = 名が先
field-native-name = 母語の文字での氏名
field-honorific = 敬称（Mr.、Ms.、Dr.）
field-phone = 電話番号
field-focal-point-for = フォーカルポイントを務める機関（機関の短縮名）
field-position-organisation = 所属機関（機関の短縮名）
field-position-title = 役職名
field-host = 受け入れ機関（短縮名）
field-city = 都市
field-region-covered = 担当地域
staff-new-network = 新しいネットワーク
staff-new-body = 新しいガバナンス機関
field-run-by = 運営機関（機関の短縮名）
field-membership-types = 会員種別（1 行に 1 つ）：コード = 名称
field-number = 回次
field-place = 場所
field-holder = 議席保持者（機関または個人の短縮名）
body-add-session = 会期を追加
body-add-seat = 議席を追加
office-close = 事務所を閉鎖
office-close-on = 閉鎖日
person-add-position = 役職を追加
org-archived = この機関はアーカイブされています。沿革とともに保存されていますが、名簿には掲載されません。
org-archive = アーカイブ
org-restore = 名簿に戻す
person-erase = この人物を消去
person-erase-hint = 本人の請求による消去では、人物とその役職・議席が完全に削除されます。監査ログにはレコード番号のみが残ります。
person-erase-confirm = 確認のため { $slug } と入力してください
err-confirm = 確認のため「{ $detail }」と正確に入力してください。
import-checking = ファイルを確認しています…
import-writing = 1つのトランザクションで行を書き込んでいます…
progress-started = 開始しています…
progress-checked = 確認した行: { $total } 行中 { $done } 行
progress-written = 書き込んだ行: { $total } 行中 { $done } 行
progress-done = 完了: { $total } 件中 { $done } 件
org-runs = 運営するネットワーク

## Audit log actions
audit-action-create = 作成
audit-action-update = 変更
audit-action-add-history = 沿革を追加
audit-action-import = インポート
audit-action-set-logo = ロゴを設定
audit-action-change-status = ステータス変更
audit-action-change-password = パスワード変更
audit-action-reset-password = パスワード再設定
audit-action-archive = アーカイブ
audit-action-restore = 復元
audit-action-erase = 依頼による削除
audit-action-close-office = 事務所を閉鎖
audit-action-add-session = 会期を追加
audit-action-add-seat = 議席を追加
audit-action-add-position = 役職を追加
err-form = フォームを読み取れません: { $detail }

## API operations (the /api page)
api-op-list = 機関の一覧（絞り込み、任意の言語での検索、ページ分割）
api-op-show = 1 つの機関とその会員資格・沿革
api-op-create = 機関を作成（事務局）
api-op-update = 機関を変更（事務局、または当該機関のフォーカルポイント）
api-op-networks = ネットワークとその会員種別
api-op-memberships = ネットワークの会員資格
api-op-create_membership = ステータスの履歴とともに会員資格を記録（事務局）
api-op-offices = 地域事務所（運営中および閉鎖済み）
api-op-people = 人物（公開項目のみ）
api-op-person = 1 人の人物（連絡先は事務局のみ）
api-op-country_counts = 国別の活動会員数
api-op-import_csv = CSV から機関をインポート（事務局）
api-op-bodies = 会期と議席を含むガバナンス機関
api-op-create_network = 会員種別とともにネットワークを作成（事務局）
api-op-create_office = 地域事務所を記録（事務局）
api-op-create_body = 会期と議席を含むガバナンス機関を作成（事務局）
api-op-create_person = 役職とともに人物を追加（事務局）
api-op-add_history = 日付付きの沿革の出来事を追加（事務局）
api-op-change_status = 会員資格のステータスを変更（事務局）

## API tokens and field-level permissions
tokens-title = API トークン
tokens-intro = トークンを使うと、他のプログラム（ウェブサイト、CRM）があなたの名前で API を利用できます。プログラムごとに別のトークンを作れば、一つを無効にしても他は動き続けます。パスワードを変更してもトークンは残ります。
tokens-shown-once = 今すぐこのトークンをコピーしてください。表示されるのは一度だけで、後から見ることはできません。
tokens-none = API トークンはまだありません。
tokens-name = 名前
tokens-name-example = 例：ウェブサイト同期
tokens-scope = 権限
tokens-scope-read = 読み取りのみ
tokens-scope-write = 読み取りと変更
tokens-created = 作成日時
tokens-expires = 有効期限
tokens-expires-days = 有効日数（空欄：無期限）
tokens-last-used = 最終使用
tokens-state = 状態
tokens-never = なし
tokens-revoked = 無効化済み
tokens-expired = 期限切れ
tokens-revoke = 無効にする
tokens-new = 新しいトークン
tokens-create = トークンを作成
audit-via-token = トークン「{ $token }」で
audit-action-create-token = API トークンを作成
audit-action-revoke-token = API トークンを無効化
err-secretariat-field = 事務局のみが変更できます。
err-range = { $detail } の範囲で指定してください。
err-changed-meanwhile = 同じ瞬間に別の人が変更しました（元は { $detail }）。確認してからやり直してください。
org-form-focal-note = ここでは所属団体の名称、説明、ウェブサイト、ロゴを変更できます。略称、種別、上位団体、国、地域、創設メンバーかどうかは事務局が管理しています。変更は事務局にご連絡ください。

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = 複数の機関に一致します（{ $detail }）。どの機関かを示すため、slug 列を追加してください。
err-import-bad-field = 「{ $detail }」はインポートで使える項目ではありません。
err-import-blank-header = { $detail } 列に値がありますが、ヘッダーがありません。ヘッダーを付けてください（結合されたヘッダーセルでは空になります）。
err-import-changed-since = プレビューの後に「{ $detail }」が別の人によって変更されました。ファイルをもう一度確認してください。
err-import-mapping = 列の対応付けを読み取れませんでした。「ヘッダー = 項目」の組で指定してください。
err-import-slug-twice = この slug は前の行にも出現しています：{ $detail }。
err-import-slug-taken = slug「{ $detail }」は、名簿にある別の機関ですでに使われています。
err-import-two-columns = 2 つの列が同じ項目に対応付けられています：{ $detail }。
err-import-undone = このインポートはすでに取り消されています。
err-sheet-unreadable = スプレッドシートを読み取れませんでした：{ $detail }
import-encoding = 文字コード（CSV ファイル）
import-encoding-auto = 自動検出（UTF-8、UTF-16、Windows-1252）
import-read-as = { $detail } として読み込み
import-columns = 列
import-column = ファイルの列
import-column-unknown = 認識できません — 項目を選ばない限り無視されます
import-field = 項目
import-field-id = ID（既存のレコードを探す）
import-field-slug = slug（既存のレコードを探す）
import-field-kind = 種別
import-field-default_lang = 使用言語
import-field-country = 国（ISO コード）
import-field-region = 地域
import-field-parent = 上位機関（slug）
import-field-website = ウェブサイト
import-field-founding_member = 創設会員
import-field-ignore = — この列を無視 —
import-duplicates = 既存の機関と一致する行
import-match-by = 一致の判定方法
import-match-auto = ファイルに slug 列か id 列があればその列、なければ名称と国
import-match-key = slug 列または id 列
import-match-name_country = 名称（任意の言語）と国
import-on-match = 一致した場合の扱い
import-on-skip = 行をスキップ（何も変更しない）
import-on-update = 更新：ファイルの列の値で保存済みの値を置き換える
import-on-fill = 補完：現在空の項目だけを埋める
import-on-create = それでも新しい機関を作成
import-empty-clears = 空のセルは保存済みの値を消去する（更新時）
import-recheck = この設定で再確認
import-rows = 各行の処理内容
import-count-new = 新規 { $count } 件
import-count-changes = 変更 { $count } 件
import-count-unchanged = 変更なし { $count } 件
import-count-duplicates = 重複 { $count } 件
import-count-problems = 問題あり { $count } 件
import-new = 新規
import-change = { $detail } を変更
import-unchanged = { $detail } は変更なし
import-duplicate-line = { $detail } 行目と重複、スキップ
import-duplicate-record = { $detail } と一致、スキップ
import-problem = インポートしない
import-empty = （空）
import-nothing-to-write = このファイルで名簿が変わる内容はありません。
import-nothing-written = 書き込む必要はありませんでした。ファイルの内容はすべて名簿に登録済みです。
import-done = インポートしました：{ $detail }。下で取り消すことができます。
import-undo-archived = 作成されたレコード { $count } 件をアーカイブ
import-undo-restored = 変更されたレコード { $count } 件を復元
import-undo-refused = { $count } 件はそのまま
import-undo-refused-help = 次のレコードはインポート後に変更されたため、取り消しの対象外としてそのままにしました：
import-export = エクスポート
import-export-organisations = 機関
import-export-memberships = 会員資格
import-export-people = 人物
imports-title = インポート履歴
imports-none = インポートはまだありません。
imports-when = 日時
imports-who = 実行者
imports-file = ファイル
imports-undo = 取り消す
imports-undone = 取り消し済み

# Outbox: messages to people (/staff/messages)
messages-title = メッセージ
messages-title-one = メッセージ { $id }
messages-hint = 参加者へのメッセージ（登録確認、キャンセル待ち、ビザ招へい状）は、その原因となった変更と同時にキューに入り、メールリレーから送信されます。
messages-card-hint = 参加者に送った確認メールや書簡、送信に失敗したもの。
messages-no-relay = メールリレーが設定されていません。設定されるまでメッセージはここで待機します（--smtp-url または HANSA_SMTP_URL）。
messages-relay = { $relay } 経由で送信します。
messages-status = 状態
messages-created = キュー登録日時
messages-kind = 種類
messages-recipient = 宛先
messages-subject = 件名
messages-attempts = 試行回数
messages-last-error = 直近のエラー
messages-next-attempt = 次回の試行
messages-sent-at = 送信日時
messages-entity = 対象の記録
messages-language = 言語
messages-body = 本文
messages-none = メッセージはありません。
messages-send-again = 再送信
messages-about-same = この記録に関するほかのメッセージ
messages-back = すべてのメッセージ
message-status-queued = 待機中
message-status-sending = 送信中
message-status-sent = 送信済み
message-status-failed = 失敗
message-kind-registration-confirmed = 登録確認
message-kind-registration-waitlisted = キャンセル待ち
message-kind-registration-promoted = キャンセル待ちからの参加確定
message-kind-registration-approved = 登録承認
message-kind-visa-letter = ビザ招へい状
cli-mail-relay = メールは { $relay } 経由で送信されます
cli-mail-none = メールリレーが設定されていません（--smtp-url）。メッセージは送信箱で待機し、スタッフは /staff/messages で確認できます

# Command line
cli-error = エラー
cli-not-found = 見つかりません。
cli-forbidden = 許可されていません。
cli-storage = データベースでエラーが発生しました：{ $detail }
cli-reading = { $detail } の読み込み中
cli-opening = { $detail } を開く際
cli-accepted-columns = 使用できる列：{ $detail }。その他の列を対応付けるには --mapping FILE を、無視するには --ignore-unknown を指定してください。
cli-import-refused = 何もインポートしていません。上の行を修正するか、--skip-invalid を指定して残りの行を書き込んでください。
cli-import-done = インポート #{ $id } を { $ms } ms で書き込みました。取り消すには：hansa import undo { $id }
cli-bundle-loaded = 機関 { $organisations } 件、ネットワーク { $networks } 件、会員資格 { $memberships } 件、事務所 { $offices } 件、ガバナンス機関 { $bodies } 件、人物 { $people } 件を読み込みました。
cli-progress-line = { $phase }：{ $done }
cli-phase-checked = 確認した行
cli-phase-written = 書き込んだ行
cli-phase-organisations = 機関
cli-phase-networks = ネットワーク
cli-phase-memberships = 会員資格
cli-phase-people = 人物
cli-demo-loading = デモ用の名簿を読み込んでいます…
cli-demo-exists = データベースにはすでに { $count } 件の機関があるため、デモデータは再度読み込みませんでした。
cli-demo-sign-in = デモ用ログイン：admin@example.org / { $detail }  （staff@、focal@、delegate@example.org も使用可）
cli-account-exists = メールアドレス { $detail } のアカウントはすでに存在します。
cli-account-created = { $role } アカウント { $email } を作成しました。
cli-password = パスワード：{ $detail }
cli-password-reset = { $detail } のパスワードを再設定しました。このアカウントのセッションはすべてログアウトされました。
cli-token-issued = { $email } のトークン #{ $id }「{ $name }」（{ $scope }）。表示されるのは今回だけです：
cli-token-revoked = トークン #{ $id }「{ $name }」を無効にしました。
cli-running = Hansa を http://{ $addr } で実行中  （データベース：{ $database }）
cli-public-url = 閲覧者向けのアドレス：{ $detail }
cli-migrated = データベース { $detail } は最新の状態です。
network-public-statuses = 一般に公開する会員
network-public-statuses-help = 事務局職員には常にすべての会員資格が表示されます。訪問者、公開 API、訪問者向けのエクスポート、集計、地図には、ここでチェックしたステータスだけが表示されます。加盟候補と加盟申請中（勧誘の段階）は、通常は非公開にします。

## Events
nav-events = イベント
events-title = イベント
events-upcoming = 今後のイベント
events-past = 過去のイベント
events-none = イベントはまだありません。
event-kind = 種類
event-kind-forum = フォーラム
event-kind-general_assembly = 総会
event-kind-mayoral_conference = 市長会議
event-kind-subcommittee_meeting = 分科委員会会議
event-kind-side_event = サイドイベント
event-kind-workshop = ワークショップ
event-kind-training = 研修プログラム
event-status-draft = 下書き
event-status-published = 公開済み
event-status-closed = 終了
event-status-archived = アーカイブ済み
event-role-host = ホスト
event-role-organiser = 主催
event-role-co_organiser = 共催
event-role-sponsor = 協賛
event-role-partner = 協力
event-theme = テーマ
event-dates = 日程
event-venue = 会場
event-online = オンライン
event-zone = { $zone } 時間、{ $offset }
event-edition = { $series } 第{ $number }回
session-kind-opening_ceremony = 開会式
session-kind-keynote = 基調講演
session-kind-plenary = 全体会議
session-kind-expert_session = 専門家セッション
session-kind-panel = パネルディスカッション
session-kind-special_lecture = 特別講演
session-kind-local_government_session = 地方政府セッション
session-kind-roundtable = ラウンドテーブル
session-kind-breakout = 分科会
session-kind-site_visit = 現地視察
session-kind-side_meeting = サイドミーティング
session-kind-orientation = オリエンテーション
session-kind-module = モジュール
session-kind-ceremony = 式典
session-kind-networking = ネットワーキング
session-kind-registration = 受付
session-kind-break = 休憩
participant-role-speaker = 講演者
participant-role-moderator = モデレーター
participant-role-panelist = パネリスト
participant-role-presenter = 発表者
participant-role-chair = 議長
participant-role-rapporteur = 報告者
participant-role-remarks = 挨拶
session-channel = { $language }（チャンネル { $channel }）
programme-title = プログラム
programme-room = 会議室
programme-all-rooms = すべての会議室
programme-show = 表示
programme-slides = スライド
programme-languages = 言語
programme-interpretation = 同時通訳
programme-empty = プログラムはまだ公開されていません。
conflicts-title = プログラムの重複
conflict-person = { $person } は同じ時間に 2 つのセッションに割り当てられています：{ $first }、{ $second }。
conflict-room = 会議室 { $room } が二重に予約されています：{ $first }、{ $second }。
conflict-outside = セッション { $session } がイベントの開催期間外にあります。
conflict-ends-before = セッション { $session } の終了時刻が開始時刻より前です。
date-long = { $year }年{ $month }{ $day }日
date-range = { $first } – { $last }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 月曜日
weekday-2 = 火曜日
weekday-3 = 水曜日
weekday-4 = 木曜日
weekday-5 = 金曜日
weekday-6 = 土曜日
weekday-7 = 日曜日
err-time-zone = 「{ $detail }」は既知のタイムゾーンではありません（Asia/Seoul などの IANA 名を使用してください）。
err-datetime = 「{ $detail }」は日時ではありません（例：2023-12-07T09:30）。
err-time-skipped = { $detail } はこのタイムゾーンには存在しません：夏時間の開始時に時計がこの時刻を飛ばします。
err-time-repeated = { $detail } はこのタイムゾーンでは夏時間の終了時に 2 回現れます。その 1 時間以外の時刻を選んでください。
err-event-too-long = イベントの期間は最長 { $detail } 日です。
err-coordinates = 緯度（−90～90）と経度（−180～180）を両方入力するか、どちらも空欄にしてください。
err-session-ends-before = セッション { $detail } の終了時刻が開始時刻より前です。
err-session-outside = セッション { $detail } がイベントの開催期間外にあります。
err-room-double-booked = この会議室はその時間にすでに予約されています（{ $detail }）。
err-events-file = イベントファイルを読み込めません：{ $detail }
cli-demo-events = 読み込んだイベント：{ $count } 件
programme-calendar = プログラム全体をカレンダーに追加 (.ics)
session-calendar = カレンダーに追加
person-profile = 名簿のプロフィール
person-calendar = 自分のプログラムをカレンダーに追加 (.ics)
person-programme = プログラム
programme-your-time = あなたの時間
err-registered-twice = このメールアドレスは既にこのイベントに登録されています。
err-category-not-offered = このイベントには「{ $detail }」の区分がありません。
err-registration-closed = このイベントの登録は受け付けていません。
err-category-full = 「{ $detail }」の区分に空きがありません。
err-passport-name-for-visa = ビザ招へい状には旅券記載の氏名が必要です。
err-registration-status = 「{ $detail }」の登録はその状態に変更できません。
programme-frab = frab 形式（映像チーム・会議アプリ向け）
category-head_of_delegation = 代表団長
category-delegate = 代表団員
category-speaker = 講演者
category-partner = パートナー
category-press = 報道関係者
category-observer = オブザーバー
category-staff = スタッフ
regstatus-pending = 承認待ち
regstatus-approved = 承認済み
regstatus-rejected = 不承認
regstatus-waitlisted = キャンセル待ち
regstatus-cancelled = キャンセル済み
regstatus-attended = 出席済み
registration-action-approved = 承認する
registration-action-rejected = 承認しない
registration-action-attended = 出席済みにする
answer-yes = はい
answer-no = いいえ
filter-all = すべて
list-showing = { $total } 件中 { $first }–{ $last } 件
hint-native-name = 母語の文字で記入してください。例：임병진、林炳辰。
hint-passport-name = ビザ招へい状に使用しますので、旅券の記載どおりに入力してください。
hint-reg-email = 登録の確認と状態変更のお知らせは、このアドレスに送信されます。
register-title = { $event } への参加登録
register-about = 参加者情報
register-category = 参加区分
register-position = 役職
register-organisation = 所属機関
register-protocol = 通訳・食事・アクセシビリティ
register-interpretation = 通訳言語
register-no-interpretation = 通訳不要
register-dietary = 食事に関する配慮
register-accessibility = アクセシビリティに関する配慮
register-visa = ビザ
register-visa-letter = ビザ招へい状が必要です
register-passport-name = 旅券記載の氏名
register-questions = 主催者からの質問
register-submit = 登録する
register-privacy = 事務局は、これらの情報をイベントの運営にのみ使用します。旅券記載の氏名、食事やアクセシビリティに関する配慮事項が公開されることはありません。
register-places = 参加枠
register-places-left = 残り枠
register-places-open = 制限なし
register-places-count = 残り { $count } 名
register-waiting-list = キャンセル待ちのみ
register-deadline = 登録の締め切りは { $deadline } です。
register-for-delegation = { $organisation } の職員を代表団として登録しています。各自に個別の登録、登録コード、名札が発行されます。
registration-title = ご登録内容
registration-status = ステータス
registration-waiting = キャンセル待ち { $position } 番目
registration-code = 登録コード
registration-keep-link = このページのアドレスを保存してください。登録内容の確認やキャンセルに必要です。登録コードは名札にも記載されています。
registration-details = 入力内容
registration-history = 履歴
registration-cancel = 登録をキャンセルする
registration-cancel-confirm = この登録をキャンセルしますか？ご登録の枠は、キャンセル待ちの次の方に回ります。
delegation-title = 代表団
delegation-add = 別の職員を登録
delegation-added = { $name } 様を登録しました。
delegation-empty = この代表団にはまだ登録者がいません。
staff-registrations-title = 登録一覧
staff-registrations-search = 氏名、メールアドレスまたは登録コード
staff-places-held = 確保済み
staff-places-capacity = 定員
staff-actions = 操作
staff-register-someone = 代理で登録する
event-register = 参加登録
event-registrations = 登録一覧（事務局）
err-registration-deadline = このイベントの登録は締め切られました。
err-question-choices = 選択式の質問には、2 つ以上の選択肢が必要です。
err-question-no-choices = 「{ $detail }」形式の質問には選択肢を設定できません。
hint-family-name = 旅券の記載どおりに入力してください。名前が一つだけの場合は、ここに入力してください。
progress-badges = 作成した名札: { $total } 枚中 { $done } 枚
badges-title = 名札
badges-intro = 名札は承認済みの登録に限り印刷します。名札には、母語の文字とローマ字による氏名、所属機関、国、参加区分の色、受付用の QR コードが記載されます。
badges-which = 印刷する名札
badges-layout = 用紙
badges-layout-a6 = A6、1 ページに名札 1 枚（名札用プリンター）
badges-layout-a4 = A4、1 枚に名札 4 枚（トンボ付き）
badges-codes = 登録コード
hint-badges-codes = 空欄のままにすると、（選択した区分の）承認済みの登録すべての名札を印刷します。一部を再印刷する場合は、登録コードをスペースまたは改行で区切って入力してください。
badges-print = PDF を作成
badges-making = 名札を作成しています…
event-badges = 名札
err-badge-not-approved = { $detail } の名札は作成できません。名札は承認済みの登録にのみ発行されます。
err-no-badges = 名札を印刷できる承認済みの登録がありません。
err-badge-render = 名札を作成できませんでした：{ $detail }
event-check-in = 受付
checkin-title = 受付
checkin-day = 日
checkin-session = セッション
checkin-whole-day = 終日
checkin-online = オンライン：読み取りはその都度すぐに送信されます。
checkin-offline = オフライン：読み取り結果はこの端末に保存され、ネットワークの復旧後に送信されます。
checkin-waiting = 件の読み取りが送信待ち
checkin-of-expected = / { $expected } 名が受付済み
checkin-code = 登録コード、QR コードまたは氏名
hint-checkin-code = 名札を読み取る（スキャナーがこの欄に入力します）か、QR コードの下にあるコードを入力するか、氏名の一部を入力してください。
checkin-submit = 受付する
checkin-camera = カメラで読み取る
checkin-recent = 直近の受付
checkin-conflicts = 要確認
checkin-checked_in = 受付完了
checkin-duplicate = 受付済み
checkin-replayed = 受信済み
checkin-unknown = このコードの登録はありません
checkin-wrong_event = 別のイベントの名札
checkin-not_admitted = 入場不可（登録が未承認）
checkin-invalid = このイベントの日・セッションではありません
checkin-queued = 受付完了（送信待ち）
checkin-first-at = 最初の受付
checkin-choose = 該当者が複数います。1 名を選択してください。
checkin-no-match = 名簿に該当者がいません。
err-device = 受付端末の識別名が必要です（1～64 文字）。
err-too-many = 一度に送信できるのは最大 { $detail } 件です。
figures-title = 出席状況
figures-headline = { $countries } か国 { $organisations } の地方政府・機関から { $delegates }名の代表
figures-more-than = { $count } 余
figures-csv = 集計データ（CSV）
figures-by-country = 国別
figures-by-category = 参加区分別
figures-by-day = 日別
figures-people = 人数
figures-registered = 受付と出席の記録に基づいて集計しています。参加枠を確保した登録は { $count } 件です。
event-figures = 出席者数
cli-demo-delegates = NEAR フォーラム 2023 に登録し受付を済ませた代表：{ $count } 名
delegates-import-title = 代表者名簿をインポート
delegates-import-intro = 見出し行のあるスプレッドシート（CSV、XLSX または ODS）。必須の列は family_name、given_name、email で、ほかに手元にある情報に応じて category、honorific、native_name、position、organisation（名簿の短縮名、または記載どおりの名称）、country（KR、CN、JP…）、interpretation_language、dietary、accessibility、visa_letter、passport_name、およびこのイベント独自の質問に対する answer:<質問コード> を含めることができます。ファイルはまず確認され、すべての行が正しくなるまで何も書き込まれません。
delegates-import-file = スプレッドシート
delegates-import-check = ファイルを確認
delegates-import-go = { $count } 件の登録をインポート
delegates-import-summary = { $rows } 行を読み込みました（{ $read_as }）。問題のある行：{ $problems } 行。
delegates-import-problems = 修正が必要な行（何もインポートされていません）
delegates-import-problem = 問題
delegates-import-written = { $count } 件の登録をインポートしました。
staff-import-delegates = 代表者名簿をインポート
err-delegate-columns = ファイルに、インポートで認識できない列があります：{ $detail }。その内容が失われないよう、列名を変更するか列を削除してください。
err-delegate-columns-missing = ファイルには「{ $detail }」列が必要です。
err-delegate-duplicate = 同じメールアドレスが既に { $detail } 行目にあります。
programme-list-view = 一覧
programme-grid-view = タイムテーブル
programme-elsewhere = その他の会場
programme-time = 時刻
checkin-waiting-one = 件の読み取りが送信待ち
register-about-official = 登録する職員の情報
delegation-add-first = 職員を登録
message-kind-registration-received = 登録受付
message-kind-registration-rejected = 登録不承認
message-kind-registration-cancelled = 登録キャンセル
mail-registration-received-subject = 登録受付：{ $event }
mail-registration-received-body = { $name } 様

    { $event } への参加登録を受け付けました。事務局より改めて確認のご連絡を差し上げます。

    登録コード：{ $code }
    登録内容の確認・キャンセル：{ $link }
mail-registration-confirmed-subject = 登録確定：{ $event }
mail-registration-confirmed-body = { $name } 様

    { $event } への参加登録が確定いたしました。

    登録コード：{ $code }（名札にも記載されています）
    登録内容の確認・キャンセル：{ $link }
mail-registration-waitlisted-subject = キャンセル待ちのご案内：{ $event }
mail-registration-waitlisted-body = { $name } 様

    { $event } では、ご登録の参加区分の枠がすべて埋まっているため、キャンセル待ち { $position } 番目となりました。枠に空きが出ますと、キャンセル待ちの先頭の方がその枠に入り、直ちにお知らせが届きます。

    登録コード：{ $code }
    キャンセル待ちの順番の確認・取り下げ：{ $link }
mail-registration-promoted-subject = 参加枠のご案内：{ $event }
mail-registration-promoted-body = { $name } 様

    { $event } の参加枠に空きが出ましたので、その枠をご用意いたしました。現在の登録ステータス：{ $status }

    登録コード：{ $code }
    登録内容の確認・キャンセル：{ $link }
mail-registration-approved-subject = 登録承認：{ $event }
mail-registration-approved-body = { $name } 様

    事務局は { $event } へのご登録を承認いたしました。

    登録コード：{ $code }（名札にも記載されています）
    登録内容の確認・キャンセル：{ $link }
mail-registration-rejected-subject = { $event } へのご登録について
mail-registration-rejected-body = { $name } 様

    誠に残念ながら、事務局では { $event } へのご登録をお受けすることができませんでした。

    登録コード：{ $code }
mail-registration-cancelled-subject = 登録キャンセル：{ $event }
mail-registration-cancelled-body = { $name } 様

    { $event } へのご登録はキャンセルされました。お心当たりのない場合は、事務局までご連絡ください。

    登録コード：{ $code }
privacy-title = 保有している個人データ
privacy-intro = このイベントが各人について現在も保有している情報です。旅券記載の氏名、食事やアクセシビリティに関する配慮事項は、公開画面、ログ、公開用エクスポートのいずれにも表示されず、その人物を消去すると削除されます。
privacy-totals = 合計
privacy-registrations = 登録
privacy-answers = 回答
privacy-check-ins = 受付記録
privacy-messages = メッセージ
privacy-erase-title = 人物の消去
privacy-erase-hint = このメールアドレスによる、すべてのイベントのすべての登録が、履歴・受付記録・メッセージとともに消去されます。名札は登録をもとに印刷されるため、今後は印刷できなくなります。この操作は元に戻せません。
privacy-erase = 消去
privacy-erase-confirm = この人物のすべての登録を、受付記録・メッセージとともに消去しますか？この操作は元に戻せません。
privacy-erased = { $count } 件の登録を、受付記録・メッセージとともに消去しました。
event-privacy = 個人データ
visa-title = ビザ招へい状
visa-intro = ビザ招へい状を希望した方の一覧です。プレビューで旅券記載の氏名を確認してから、招へい状を発行してください。登録者にはメールで通知され、登録者は自分の登録ページから招へい状をダウンロードします。招へい状は承認済みの登録にのみ発行されます。
visa-none = ビザ招へい状を希望した方はいません。
visa-letter = 招へい状
visa-requested = 確認待ち
visa-issued = 発行済み
visa-refused = 発行不可
visa-preview = プレビュー（PDF）
visa-issue = 発行する
visa-refuse = 発行しない
visa-download = ビザ招へい状（PDF）
visa-secretariat = 事務局
visa-reference = 文書番号 { $code }
visa-letter-title = 査証申請のための招へい状
visa-letter-p1 = { $organiser } は、{ $dates } に { $venue } にて開催される { $event } に、{ $name } 氏を謹んで招へいいたします。
visa-letter-p2 = 関係当局におかれましては、本件参加に必要な査証を発給くださいますよう、お願い申し上げます。イベントのプログラムについては主催者が責任を負い、渡航および宿泊は、参加者の所属する政府または機関との合意に基づき手配されます。
visa-letter-p3 = 本状は査証申請のためにのみ発行するものであり、本状自体が主催者に何らかの費用負担を生じさせるものではありません。
visa-signature = 敬具
mail-visa-letter-subject = ビザ招へい状のご案内
mail-visa-letter-body = { $name } 様

    ビザ招へい状の準備が整いました。こちらからダウンロードいただけます：{ $link }

    登録コード：{ $code }
err-visa-not-asked = この登録ではビザ招へい状が希望されていません。
err-visa-not-approved = ビザ招へい状は承認済みの登録にのみ発行されます（この登録は「{ $detail }」です）。
event-visa-letters = ビザ招へい状
