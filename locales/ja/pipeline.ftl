## 加盟勧誘パイプラインと期限切れのフォローアップ (crates/meetings)

pipeline-title = 加盟勧誘パイプライン
pipeline-intro = 事務局が加盟を働きかけている団体を、地域ごとに最初の接触から加盟まで示します。「会員」と（ディレクトリに申請が記録されている場合の）「申請中」は、ディレクトリの会員資格に合わせて自動的に変わります。
pipeline-network = ネットワーク
pipeline-region = 地域
pipeline-all-regions = すべての地域
pipeline-region-none = 地域の記録なし
pipeline-show = 表示
pipeline-empty = このパイプラインにはまだ団体がありません。下で追加するか、ディレクトリに状態「加盟候補」の会員資格を記録してください。
pipeline-refused = ボードは変更されませんでした：
pipeline-stage-contacted = 接触済み
pipeline-stage-interested = 関心あり
pipeline-stage-applying = 申請中
pipeline-stage-member = 会員
pipeline-stage-dropped = 見送り
pipeline-last-met = 最後の面会
pipeline-never-met = まだなし
pipeline-since = この段階になった日：
pipeline-open-follow-ups = 対応中のフォローアップ { $count } 件
pipeline-overdue-follow-ups = { $count } 件期限切れ
pipeline-move-to = → { $stage }
pipeline-move-aria = { $organisation } を「{ $stage }」に移す
pipeline-held-member = 会員：ディレクトリに活動中の会員資格が記録されています。
pipeline-held-applying = ディレクトリに加盟申請が記録されています。
pipeline-see-membership = 会員資格を見る
pipeline-moved = { $organisation } は「{ $stage }」になりました。
pipeline-add = パイプラインに団体を追加
pipeline-add-organisation = 団体
pipeline-add-hint = ディレクトリでのアドレス名：/organisations/lublin なら lublin。
pipeline-add-stage = 段階
pipeline-add-button = パイプラインに追加

pipeline-panel-title = 期限切れの自分のフォローアップ
pipeline-panel-none = 期限切れのフォローアップはありません。
pipeline-panel-count = フォローアップ { $count } 件が期限を過ぎています。

err-pipeline-move = その移動はできません（「{ $detail }」へ）：「会員」はディレクトリの会員資格に従い、見送った団体は「接触済み」からやり直します。
err-pipeline-by-directory = この団体の段階はディレクトリの会員資格で決まります。会員資格の方を変更してください。
err-pipeline-on-board = この団体はすでにボードにあります（「{ $detail }」）。

mail-follow-ups-overdue-subject = 期限切れのフォローアップ { $count } 件
mail-follow-ups-overdue-body = { $name } 様

    ご担当の次のフォローアップが期限を過ぎています。

    { $list }

    渉外記録でそれぞれ完了または中止にしてください：{ $link }
mail-follow-ups-overdue-line = { $due }：{ $title }（{ $organisation }）

cli-remind-done = 期限切れのフォローアップの通知：{ $queued } 件をキューに追加、{ $already } 人には本日すでに通知済みです。
