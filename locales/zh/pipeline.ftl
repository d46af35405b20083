## 会员发展看板与逾期后续事项 (crates/meetings)

pipeline-title = 会员发展看板
pipeline-intro = 按地区列出秘书处正在争取的机构，从首次接触到成为会员。“会员”以及（目录中已记录申请时的）“申请中”会随目录中的会员资格自动更新。
pipeline-network = 网络
pipeline-region = 地区
pipeline-all-regions = 所有地区
pipeline-region-none = 未记录地区
pipeline-show = 显示
pipeline-empty = 此看板中还没有机构。可在下方添加，或在目录中记录状态为“潜在会员”的会员资格。
pipeline-refused = 看板未作更改：
pipeline-stage-contacted = 已接触
pipeline-stage-interested = 有意向
pipeline-stage-applying = 申请中
pipeline-stage-member = 会员
pipeline-stage-dropped = 已放弃
pipeline-last-met = 最近会面
pipeline-never-met = 尚无
pipeline-since = 进入此阶段：
pipeline-open-follow-ups = { $count } 项进行中的后续事项
pipeline-overdue-follow-ups = { $count } 项已逾期
pipeline-move-to = → { $stage }
pipeline-move-aria = 将 { $organisation } 移至“{ $stage }”
pipeline-held-member = 会员：目录中已记录其正式会员资格。
pipeline-held-applying = 目录中已记录其入会申请。
pipeline-see-membership = 查看会员资格
pipeline-moved = { $organisation } 现处于“{ $stage }”阶段。
pipeline-add = 将机构加入看板
pipeline-add-organisation = 机构
pipeline-add-hint = 机构在目录中的地址名：/organisations/lublin 即 lublin。
pipeline-add-stage = 阶段
pipeline-add-button = 加入看板

pipeline-panel-title = 我的逾期后续事项
pipeline-panel-none = 您没有逾期的后续事项。
pipeline-panel-count = 您有 { $count } 项后续事项已过期限。

err-pipeline-move = 无法这样移动（移至“{ $detail }”）：“会员”以目录中的会员资格为准，已放弃的机构须从“已接触”重新开始。
err-pipeline-by-directory = 该机构的阶段由目录中的会员资格决定，请改为修改会员资格。
err-pipeline-on-board = 该机构已在看板上（处于“{ $detail }”阶段）。

mail-follow-ups-overdue-subject = { $count } 项后续事项已逾期
mail-follow-ups-overdue-body = { $name }，您好：

    您负责的以下后续事项已过期限：

    { $list }

    请在外联记录中将其逐项标记为完成或放弃：{ $link }
mail-follow-ups-overdue-line = { $due }：{ $title }（{ $organisation }）

cli-remind-done = 逾期后续事项提醒：已加入队列 { $queued } 封，{ $already } 人今天已提醒过。
