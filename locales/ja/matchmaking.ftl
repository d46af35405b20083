## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = あなたの会談
match-event-line = { $days } · 時刻は { $zone } 時間
match-closed-note = このイベントの会談の申し込みは締め切られました。会談スケジュールは引き続きこのページでご確認いただけます。
match-find-people = 会談相手を探す
match-back-registration = ご登録内容
match-agenda = 会談スケジュール
match-agenda-empty = まだ会談は割り当てられていません。承諾された会談は、事務局が日時を割り当てるとここに表示されます。
match-col-time = 時刻
match-col-table = テーブル
match-col-with = 相手
match-col-notes = 備考
match-col-slot = 時間枠
match-col-tables = テーブル数
match-col-used = 会談数
match-col-actions = 操作
match-col-person = 参加者
match-col-pending = 回答待ち
match-col-accepted = 承諾済み
match-col-placed = 割り当て済み
match-col-why = 未割り当ての理由
match-interpreter-with = 通訳者：{ $name }
match-confirmed = 確定
match-download-pdf = 会談スケジュールをダウンロード（PDF）
match-download-ics = カレンダーに追加（iCal）
match-incoming = 受け取った申し込み
match-outgoing = 送った申し込み
match-none-yet = まだありません。
match-none-sent = まだどなたにも会談を申し込んでいません。
match-accept = 承諾する
match-decline = 辞退する
match-withdraw = 取り下げる
match-cancel-meeting = 会談をキャンセル
match-profile = プロフィール
match-profile-hint = 他の参加者が会談相手を探す際に、あなたが提供できること、求めていること、テーマ、言語が表示されます。メールアドレスが表示されることはありません。
match-offers = 提供できること
match-offers-hint = 専門知識、事業、資金、ソリューションなど。
match-needs = 求めていること
match-needs-hint = パートナー、実現可能性調査、パイロット事業、助言など。
match-themes = テーマ
match-languages = 会談で使用できる言語
match-languages-hint = カンマ区切りの言語コード。例：en, ko
match-max-meetings = 会談数の上限
match-available = 参加可能な時間
match-available-hint = 参加できない時間枠のチェックを外してください。
match-save-profile = プロフィールを保存
match-saved-profile = プロフィールを保存しました。
match-saved-request = 完了しました。申し込みの状況を更新しました。
match-saved-sent = 申し込みを送信しました。回答があり次第お知らせします。
match-people-title = 会談相手
match-search = 検索
match-theme = テーマ
match-language = 言語
match-any = すべて
match-filter = 絞り込む
match-people-count = { $count ->
   *[other] { $count } 名
}
match-see-requests = 申し込みの状況を見る
match-request-meeting = 会談を申し込む
match-message = メッセージ（会談を希望する理由）
match-companions = 同行する同僚
match-send-request = 申し込みを送信
match-status-pending = 回答待ち
match-status-accepted = 承諾済み
match-status-declined = 辞退
match-status-withdrawn = 取り下げ済み
match-status-expired = 回答がないまま期限切れ
match-status-cancelled = キャンセル済み
match-ics-summary = { $with } との会談
match-ics-location = { $event }、テーブル { $table }
match-pdf-footer = 登録コード：{ $code } · このスケジュールは名札と一緒にお持ちください
match-staff-title = 会談マッチング
match-not-set-up = このイベントでは会談マッチングがまだ設定されていません。開始するには、以下の設定を保存してください。
match-stat-participants = 名の参加者
match-stat-pending = 件の回答待ちの申し込み
match-stat-accepted = 件の承諾済みの会談
match-stat-without = 名が会談未割り当て
match-run-title = スケジュール作成
match-run-intro = スケジューラーは、承諾されたすべての会談を、関係者全員が参加可能な時間枠とテーブルに割り当てます。その際、できるだけ多くの人が少なくとも 1 件の会談を持てることを優先します。固定された会談は動かしません。後から届いた申し込みについては、再度実行してください。
match-run = スケジューラーを実行
match-running = スケジュールを作成しています…
match-run-line = 前回の実行：会談 { $scheduled } 件を割り当て、{ $unscheduled } 件は未割り当て。優先度ポイント { $total }（証明された最大値 { $bound }、{ $ms } ms）。
match-plan-pdf = 会場のテーブル配置図（PDF）
match-meetings = 会談
match-no-meetings = 承諾された会談はまだありません。
match-side-a = A 側
match-side-b = B 側
match-by-staff = 事務局が手配
match-locked = 固定
match-unplaced = 未割り当て
match-lock = 固定する
match-unlock = 固定を解除
match-place = 割り当てる
match-arrange = 会談を手配する
match-priority = 優先度（1–10）
match-scheduler-decides = スケジューラーに任せる
match-people-staff = 参加者ごとの会談数
match-why-no-accepted = 承諾済みの会談なし
match-why-not-run = 承諾後、スケジュール未作成
match-short-no_requests = 承諾済みの会談なし
match-short-no_common_availability = 双方が参加可能な時間枠がない
match-short-capacity = 時間枠、テーブル、通訳者がすべて埋まっている
match-remind = { $count ->
   *[other] 会談のない参加者 { $count } 名にリマインダーを送る
}
match-slots = 時間枠とテーブル
match-tables-suggestion = 承諾済みの会談 { $meetings } 件、時間枠 { $slots } 個：1 時間枠あたり約 { $tables } テーブルにすると、スケジューラーに必要な 10–20 % の余裕が残ります。
match-delete = 削除
match-day = 日付
match-start = 開始
match-end = 終了
match-add-slot = 時間枠を追加
match-settings = 設定
match-open = 申し込み受付中：参加者は申し込みの送信と回答ができます
match-request-days = 申し込みの有効期間（日）
match-theme-en = テーマ（英語）
match-theme-ko = テーマ（韓国語）
match-save-settings = 設定を保存
match-interpreters = 通訳者
match-interpreter-name = 氏名
match-interpreter-languages = 言語（コード）
match-add-interpreter = 通訳者を追加
match-done-settings = 設定を保存しました。
match-done-slot = 時間枠を追加しました。
match-done-slot-deleted = 時間枠を削除しました。
match-done-interpreter = 通訳者を追加しました。
match-done-meeting = 会談を手配しました。
match-done-placed = 会談を更新しました。
match-done-scheduled = スケジュールを作成しました。
match-done-reminded = リマインダーを送信待ちに登録しました。
progress-reading = 申し込みと参加可能な時間を読み込んでいます…
progress-scheduling = 会談を割り当てています…
progress-saving = スケジュールを保存しています…
err-match-busy = この会談の出席者のうち 1 人が、その時間に別のテーブルに割り当てられています。
err-match-closed = このイベントの会談の申し込みは締め切られました。
err-match-delegation-other-side = 会談を申し込む相手を、同行者にすることはできません。
err-match-duplicate = お二人の間にはすでに申し込みがあります。
err-match-instance = 現在の状態ではスケジュールを作成できません：{ $detail }
err-match-interpreter-languages = 言語を 2 つ以上入力してください。
err-match-lock-unplaced = 固定する前に会談を割り当ててください。
err-match-locked = この会談は事務局が確定済みです。変更は事務局にご依頼ください。
err-match-no-slot = 参加可能な時間枠を 1 つ以上選択してください。
err-match-no-slots = まず会談の時間枠を追加してください。
err-match-not-accepted = 割り当てられるのは承諾済みの会談のみです（現在の状態：{ $detail }）。
err-match-not-participant = このイベントの会談マッチングの参加者ではありません。
err-match-not-pending = この申し込みはすでに回答待ちではありません（{ $detail }）。
err-match-range = { $detail } の範囲で入力してください。
err-match-request-changed = この申し込みはその間に変更されました。現在の状態は以下のとおりです。
err-match-self = ご自身に会談を申し込むことはできません。
err-match-slot-locked = この時間枠には固定された会談（{ $detail }）があります。先に移動するか、固定を解除してください。
err-match-slot-outside = イベントの日程外です（{ $detail }）。
err-match-slot-overlap = 別の時間枠と重なっています。
err-match-table-taken = テーブル { $detail } はこの時間枠ですでに使用されています。
err-match-unavailable = この会談の出席者のうち 1 人が、この時間枠に参加できません。
audit-action-matchmaking-settings = 会談マッチングの設定を保存
audit-action-matchmaking-slot = 会談の時間枠を追加
audit-action-matchmaking-slot-delete = 会談の時間枠を削除
audit-action-matchmaking-interpreter = 通訳者を追加
audit-action-matchmaking-profile = 会談マッチングのプロフィールを保存
audit-action-match-request = 会談の申し込み
audit-action-match-meeting = 事務局による会談の手配
audit-action-match-place = 会談の割り当て
audit-action-match-schedule = 会談のスケジュール作成
audit-action-match-remind = 会談のない参加者へのリマインダー
mail-match-request-subject = { $from } 様より { $event } での会談のお申し込みがありました
mail-match-request-body = { $name } 様

    { $from } 様より、{ $event } での会談のお申し込みがありました。{ $message }

    ご自身のページで、お申し込みを承諾または辞退いただけます：
    { $link }
mail-match-accepted-subject = { $other } 様が会談のお申し込みを承諾されました
mail-match-accepted-body = { $name } 様

    { $other } 様が、{ $event } での会談のお申し込みを承諾されました。事務局が会談の日時とテーブルを割り当てると、会談スケジュールに表示されます：
    { $link }
mail-match-declined-subject = { $other } 様が会談のお申し込みを辞退されました
mail-match-declined-body = { $name } 様

    { $other } 様は、{ $event } での会談にお応えできないとのことです。ほかの参加者との会談は可能かもしれません。ご自身のページで会談相手をお探しください：
    { $link }
mail-match-reminder-subject = { $event }：まだ会談が割り当てられていません
mail-match-reminder-body = { $name } 様

    { $event } の会談スケジュールには、まだ会談がありません。会談相手を探してお申し込みを送り、回答をお待ちしているお申し込みにもご回答ください：
    { $link }
audit-action-accepted = 申し込みを承諾
audit-action-declined = 申し込みを辞退
audit-action-withdrawn = 申し込みを取り下げ
audit-action-cancelled = 会談をキャンセル
cli-demo-matchmaking = WeGO-ASCN 市長会議の会談マッチングを読み込みました：{ $scheduled } 件の会談を割り当て、{ $unscheduled } 件は未割り当て

match-card-offers = 提供できるもの
match-card-needs = 求めているもの
match-card-languages = 会談の言語
event-matchmaking = 会談マッチング
match-panel-title = このイベントでの会談
match-panel-line = { $scheduled ->
    [0] 割り当てられた会談はまだありません
   *[other] { $scheduled } 件の会談が割り当て済みです
}。{ $waiting ->
    [0] ご回答をお待ちしている申し込みはありません。
   *[other] ご回答をお待ちしている申し込みが { $waiting } 件あります。
}
match-panel-link = 会談相手を探して会談スケジュールを見る
match-rank-none = —
match-rank-1 = ラウンドテーブル：第 1 希望
match-rank-2 = ラウンドテーブル：第 2 希望
match-rank-3 = ラウンドテーブル：第 3 希望
match-rank-hint = ミニラウンドテーブルでは、テーブルの許す限り、全員をできるだけ第 1 希望に近いテーマに割り当てます。
match-roundtables = あなたのラウンドテーブル
match-roundtable-line = 第 { $round } ラウンド：{ $theme }、テーブル { $table }
err-match-no-themes = 先にイベントのテーマを設定してください。
match-roundtables-title = ミニラウンドテーブル
match-roundtables-intro = { $count } 名の参加者がテーマに順位を付けました。割り当ては、テーブルの許す範囲で全員の満足度の合計を最大にし、その最適性を証明します。
match-rounds = ラウンド数
match-tables-per-theme = テーマごとのテーブル数
match-seats = 1 テーブルあたりの席数
match-no-repeat = 同じテーマに 2 回参加しない（最適性の証明は維持）
match-mix-countries = 各テーブルで国を混ぜる（ヒューリスティック：最適値との差を表示）
match-assign = 席を割り当てる
match-round = 第 { $round } ラウンド
match-roundtables-exact = 満足度 { $total }（証明済みの最適値）。
match-roundtables-gap = 満足度 { $total }、証明済みの最適値 { $bound }（差 { $gap }：国を混ぜることの代償）。
match-roundtables-link = ミニラウンドテーブル
audit-action-roundtables = ラウンドテーブルの席を割り当て

match-pages = 参加者一覧のページ
match-page-previous = ← 前へ
match-page-next = 次へ：{ $page } / { $pages } ページ →
match-col-when = 日時
match-request-refused = { $name } 様への依頼は送信されませんでした。理由はカードをご覧ください。
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = タイ語
lang-id = インドネシア語
lang-tl = タガログ語
lang-vi = ベトナム語
lang-ms = マレー語
lang-km = クメール語
lang-lo = ラオ語
lang-my = ミャンマー語
