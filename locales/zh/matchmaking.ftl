## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = 我的会谈
match-event-line = { $days } · { $zone } 时间
match-closed-note = 本活动的会谈申请已截止；您的会谈日程仍保留在本页面。
match-find-people = 寻找会谈对象
match-back-registration = 您的报名
match-agenda = 您的会谈日程
match-agenda-empty = 目前尚未为您安排会谈。已接受的会谈经秘书处安排时间后，将显示在此处。
match-col-time = 时间
match-col-table = 桌号
match-col-with = 会谈对象
match-col-notes = 备注
match-col-slot = 时段
match-col-tables = 桌数
match-col-used = 会谈数
match-col-actions = 操作
match-col-person = 参会者
match-col-pending = 待答复
match-col-accepted = 已接受
match-col-placed = 已安排
match-col-why = 未安排原因
match-interpreter-with = 口译员：{ $name }
match-confirmed = 已确认
match-download-pdf = 下载会谈日程（PDF）
match-download-ics = 添加到日历（iCal）
match-incoming = 收到的申请
match-outgoing = 您发出的申请
match-none-yet = 暂无。
match-none-sent = 您尚未向任何人发出会谈申请。
match-accept = 接受
match-decline = 谢绝
match-withdraw = 撤回
match-cancel-meeting = 取消会谈
match-profile = 您的资料
match-profile-hint = 其他参会者寻找会谈对象时，可以看到您能提供的资源、您的需求、关注主题和会谈语言。您的电子邮箱绝不会显示。
match-offers = 您能提供的资源
match-offers-hint = 专业知识、项目、资金、解决方案。
match-needs = 您寻求的合作
match-needs-hint = 合作伙伴、可行性研究、试点项目、咨询建议。
match-themes = 主题
match-languages = 会谈语言
match-languages-hint = 以逗号分隔的语言代码，例如 en, ko。
match-max-meetings = 会谈数量上限
match-available = 您的空闲时间
match-available-hint = 请取消勾选您无法出席的时段。
match-save-profile = 保存资料
match-saved-profile = 您的资料已保存。
match-saved-request = 已完成：您的申请均已更新。
match-saved-sent = 您的申请已发送。对方答复后，我们将通知您。
match-people-title = 会谈对象
match-search = 搜索
match-theme = 主题
match-language = 语言
match-any = 不限
match-filter = 筛选
match-people-count = { $count ->
   *[other] { $count } 人
}
match-see-requests = 查看您的申请
match-request-meeting = 申请会谈
match-message = 留言（希望会谈的原因）
match-companions = 随行同事
match-send-request = 发送申请
match-status-pending = 等待答复
match-status-accepted = 已接受
match-status-declined = 已谢绝
match-status-withdrawn = 已撤回
match-status-expired = 逾期未答复
match-status-cancelled = 已取消
match-ics-summary = 与 { $with } 会谈
match-ics-location = { $event }，{ $table } 号桌
match-pdf-footer = 您的编号：{ $code } · 请将本日程与胸卡一同携带
match-staff-title = 会谈配对
match-not-set-up = 本活动尚未设置会谈配对：请保存下方设置以启用。
match-stat-participants = 名参会者
match-stat-pending = 项待答复的申请
match-stat-accepted = 场已接受的会谈
match-stat-without = 名参会者尚未安排会谈
match-run-title = 排程
match-run-intro = 排程程序会将每场已接受的会谈安排在所有相关人员均有空的时段和桌位上，并优先确保尽可能多的人至少有一场会谈。已锁定的会谈保持不变；如有较晚提交的申请，请再次运行。
match-run = 运行排程程序
match-running = 正在排程…
match-run-line = 最近一次运行：已安排 { $scheduled } 场会谈，{ $unscheduled } 场未安排。优先级得分 { $total }，已证明的最高可能值为 { $bound }（{ $ms } 毫秒）。
match-plan-pdf = 会场桌位图（PDF）
match-meetings = 会谈
match-no-meetings = 尚无已接受的会谈。
match-side-a = A 方
match-side-b = B 方
match-by-staff = 秘书处安排
match-locked = 已锁定
match-unplaced = 未安排
match-lock = 锁定
match-unlock = 解锁
match-place = 安排
match-arrange = 安排会谈
match-priority = 优先级（1–10）
match-scheduler-decides = 由排程程序决定
match-people-staff = 各参会者的会谈情况
match-why-no-accepted = 无已接受的会谈
match-why-not-run = 接受后尚未排程
match-short-no_requests = 无已接受的会谈
match-short-no_common_availability = 双方没有共同的空闲时段
match-short-capacity = 时段、桌位或口译员均已占满
match-remind = { $count ->
   *[other] 提醒 { $count } 名尚无会谈的参会者
}
match-slots = 时段与桌位
match-tables-suggestion = { $meetings } 场已接受的会谈分布在 { $slots } 个时段：每个时段约设 { $tables } 张桌，即可留出排程程序所需的 10–20 % 余量。
match-delete = 删除
match-day = 日期
match-start = 开始
match-end = 结束
match-add-slot = 添加时段
match-settings = 设置
match-open = 开放申请：参会者可发送和答复会谈申请
match-request-days = 申请有效期（天）
match-theme-en = 主题（英文）
match-theme-ko = 主题（韩文）
match-save-settings = 保存设置
match-interpreters = 口译员
match-interpreter-name = 姓名
match-interpreter-languages = 语言（代码）
match-add-interpreter = 添加口译员
match-done-settings = 设置已保存。
match-done-slot = 时段已添加。
match-done-slot-deleted = 时段已删除。
match-done-interpreter = 口译员已添加。
match-done-meeting = 会谈已安排。
match-done-placed = 会谈已更新。
match-done-scheduled = 排程已完成。
match-done-reminded = 提醒已排入发送队列。
progress-reading = 正在读取申请和空闲时间…
progress-scheduling = 正在安排会谈…
progress-saving = 正在保存日程…
err-match-busy = 此会谈的一位参与者在该时间已被安排在另一张桌。
err-match-closed = 本活动的会谈申请已截止。
err-match-delegation-other-side = 您申请会谈的对象不能同时作为您的随行人员。
err-match-duplicate = 您与对方之间已有一项会谈申请。
err-match-instance = 按目前情况无法生成日程：{ $detail }
err-match-interpreter-languages = 请至少填写两种语言。
err-match-lock-unplaced = 请先安排会谈，再将其锁定。
err-match-locked = 秘书处已确认此会谈；如需更改，请联系秘书处。
err-match-no-slot = 请至少选择一个您有空的时段。
err-match-no-slots = 请先添加会谈时段。
err-match-not-accepted = 只有已接受的会谈才能安排（当前状态：{ $detail }）。
err-match-not-participant = 不是本活动会谈配对的参会者。
err-match-not-pending = 此申请已不再等待答复（{ $detail }）。
err-match-range = 必须介于 { $detail } 之间。
err-match-request-changed = 此申请在此期间已有变动；以下为其当前状态。
err-match-self = 您不能向自己申请会谈。
err-match-slot-locked = 此时段内有已锁定的会谈（{ $detail }）：请先将其移走或解锁。
err-match-slot-outside = 超出活动日期（{ $detail }）。
err-match-slot-overlap = 与另一时段重叠。
err-match-table-taken = { $detail } 号桌在此时段已被占用。
err-match-unavailable = 此会谈的一位参与者在该时段没有空。
audit-action-matchmaking-settings = 保存会谈配对设置
audit-action-matchmaking-slot = 添加会谈时段
audit-action-matchmaking-slot-delete = 删除会谈时段
audit-action-matchmaking-interpreter = 添加口译员
audit-action-matchmaking-profile = 保存会谈配对资料
audit-action-match-request = 申请会谈
audit-action-match-meeting = 秘书处安排会谈
audit-action-match-place = 安排会谈时段和桌位
audit-action-match-schedule = 会谈排程
audit-action-match-remind = 提醒尚无会谈的参会者
mail-match-request-subject = { $from } 希望在 { $event } 期间与您会谈
mail-match-request-body = 尊敬的{ $name }：

    { $from } 希望在 { $event } 期间与您会谈。{ $message }

    请在您的页面上接受或谢绝此申请：
    { $link }
mail-match-accepted-subject = { $other } 已接受您的会谈申请
mail-match-accepted-body = 尊敬的{ $name }：

    { $other } 已接受您在 { $event } 期间会谈的申请。秘书处将为会谈安排时间和桌位，届时会谈将显示在您的会谈日程中：
    { $link }
mail-match-declined-subject = { $other } 谢绝了您的会谈申请
mail-match-declined-body = 尊敬的{ $name }：

    { $other } 无法在 { $event } 期间与您会谈。其他参会者或许可以与您会谈，请在您的页面上寻找会谈对象：
    { $link }
mail-match-reminder-subject = 您在 { $event } 尚未安排任何会谈
mail-match-reminder-body = 尊敬的{ $name }：

    您在 { $event } 的会谈日程中尚无会谈。请寻找会谈对象、发送申请，并答复正在等待您回复的申请：
    { $link }
audit-action-accepted = 接受申请
audit-action-declined = 谢绝申请
audit-action-withdrawn = 撤回申请
audit-action-cancelled = 取消会谈
cli-demo-matchmaking = 已加载 WeGO-ASCN 市长会议的会谈配对：已安排 { $scheduled } 场会谈，{ $unscheduled } 场未安排

match-card-offers = 可提供
match-card-needs = 寻求
match-card-languages = 会谈语言
event-matchmaking = 会谈配对
match-panel-title = 本活动的会谈
match-panel-line = { $scheduled ->
    [0] 尚未为您安排会谈
   *[other] 已为您安排 { $scheduled } 场会谈
}；{ $waiting ->
    [0] 没有等待您答复的申请。
   *[other] 有 { $waiting } 项申请等待您答复。
}
match-panel-link = 寻找会谈对象并查看您的会谈日程
match-rank-none = —
match-rank-1 = 圆桌会议：第一志愿
match-rank-2 = 圆桌会议：第二志愿
match-rank-3 = 圆桌会议：第三志愿
match-rank-hint = 小型圆桌会议在桌位允许的范围内，尽可能按每个人的首选志愿安排座位。
match-roundtables = 我的圆桌会议
match-roundtable-line = 第 { $round } 轮：{ $theme }，{ $table } 号桌
err-match-no-themes = 请先设置本活动的主题。
match-roundtables-title = 小型圆桌会议
match-roundtables-intro = 已有 { $count } 名参会者对主题进行了排序。座位分配在桌位允许的范围内为所有人实现最高的总满意度，并证明其最优。
match-rounds = 轮数
match-tables-per-theme = 每个主题的桌数
match-seats = 每桌座位数
match-no-repeat = 同一主题不重复参加（仍可证明最优）
match-mix-countries = 每桌混合不同国家的参会者（启发式方法：显示与最优解的差距）
match-assign = 分配座位
match-round = 第 { $round } 轮
match-roundtables-exact = 满意度 { $total }，已证明为最优。
match-roundtables-gap = 满意度 { $total }，已证明的最优值为 { $bound }（差距 { $gap }，即混合国家的代价）。
match-roundtables-link = 小型圆桌会议
audit-action-roundtables = 分配圆桌会议座位

match-pages = 人员列表分页
match-page-previous = ← 上一页
match-page-next = 下一页：第 { $page } / { $pages } 页 →
match-col-when = 时间
match-request-refused = 您发给 { $name } 的请求未发送：原因见其卡片。
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = 泰语
lang-id = 印度尼西亚语
lang-tl = 他加禄语
lang-vi = 越南语
lang-ms = 马来语
lang-km = 高棉语
lang-lo = 老挝语
lang-my = 缅甸语
