# Hansa — 简体中文界面目录（以英文目录为准：其他语言均沿用其键名）。

## Navigation and frame
nav-skip = 跳至正文
nav-main = 主菜单
nav-home = 首页
nav-directory = 会员名录
nav-map = 地图
nav-networks = 网络
nav-api = API
nav-staff = 秘书处
nav-audit = 审计日志
nav-login = 登录
nav-logout = 退出登录
nav-language = 语言
footer-about = Hansa — 城市与地方政府网络的会员名录。

## Languages
lang-en = 英语
lang-ko = 韩语
lang-zh = 中文
lang-ja = 日语
lang-ru = 俄语
lang-mn = 蒙古语

## Home
home-title = 我们的城市网络
home-lead = 城市、地方政府、机构与合作伙伴携手合作——查找会员、其办事处以及代表会员行事的人员。
home-stats = 主要数据
home-stat-organisations = 机构
home-stat-members = 正式会员
home-stat-countries = 国家
home-stat-networks = 网络
home-map = 会员分布
home-networks = 网络
home-network-members = { $count } 个正式会员
home-offices = 地区办事处
office-closed = 已关闭

## Directory
dir-title = 会员名录
dir-filters = 筛选
dir-search = 搜索
dir-search-placeholder = 任意语言的名称，例如 庆州、Gyeongju 或 경주
dir-search-button = 搜索
dir-any = 不限
dir-apply = 应用
dir-reset = 重置
dir-count = { $count } 个机构
dir-empty = 没有符合这些筛选条件的机构。
dir-pages = 分页
dir-prev = 上一页
dir-next = 下一页
dir-page = 第 { $page } 页

## Map
map-title = 遍布世界的会员
map-label = 按国家显示 { $count } 个正式会员的世界地图
map-caption = 按国家统计的正式会员；颜色越深，会员越多。
map-more = 按地区和国家统计
map-by-region = 按地区
map-by-country = 按国家
map-members = 会员

## Fields
field-name = 名称
field-name-other = 其他语言名称
field-other-lang = 其他语言（代码）
field-kind = 类型
field-country = 国家
field-region = 世界区域
field-network = 网络
field-status = 状态
field-slug = 链接中的简称
field-default-lang = 本地语言（代码）
field-parent = 隶属于
field-website = 网站
field-description = 简介
field-logo = 标志
field-date = 日期
field-event = 事件
field-note = 备注
field-since = 起始
field-until = 截至
field-email = 电子邮箱
field-password = 密码
field-role = 角色
field-organisation-slug = 机构（简称，适用于联络人）
hint-other-lang = 语言代码，例如 tr、pl、hu、th、pt、es、ar。
hint-slug = 留空时将根据英文名称自动生成。
hint-default-lang = 该机构使用的语言，例如庆州市为 ko。
hint-parent = 所属省份或地区的简称，例如 gyeongsangbuk-do。

## Kinds of organisation
kind-city = 城市
kind-regional_government = 地方政府
kind-national_agency = 国家机构
kind-company = 企业
kind-university = 大学
kind-international_organisation = 国际组织
kind-ngo = 非政府组织

## World regions
region-africa = 非洲
region-north-america = 北美洲
region-latin-america-caribbean = 拉丁美洲和加勒比
region-east-asia = 东亚
region-southeast-asia = 东南亚
region-south-asia = 南亚
region-central-asia = 中亚
region-west-asia = 西亚
region-europe = 欧洲
region-oceania = 大洋洲

## Membership statuses
status-prospect = 潜在会员
status-applicant = 申请中
status-active = 正式会员
status-lapsed = 会籍逾期
status-suspended = 已暂停
status-withdrawn = 已退出

## History events
event-founded = 成立
event-renamed = 更名
event-merged = 合并
event-split = 拆分
event-dissolved = 解散

## Governance
body-general_assembly = 全体大会
body-executive_committee = 执行委员会
body-subcommittee = 分委员会
body-working_group = 工作组
body-sessions = 会议届次
body-session-number = 第 { $number } 届会议
body-seats = 成员与职务
role-chair = 主席
role-vice_chair = 副主席
role-member = 成员
role-secretariat = 秘书处
network-members = 会员
network-run-by = 运营方

## Organisation page
org-names = 名称
org-founding = 创始会员
org-edit = 编辑
org-logo-of = 标志：
org-memberships = 会籍
org-no-memberships = 暂无会籍记录。
org-change-status = 更改状态
org-offices = 承办的地区办事处
org-bodies = 治理机构席位
org-people = 人员
org-children = 下辖
org-history = 沿革
org-no-history = 暂无沿革记录。
org-add-history = 添加沿革事件
org-add-membership = 添加会籍
org-logo-upload = 上传标志
history-old-name = 旧名称，或被合并的机构（英文）
logo-hint = PNG、JPEG、GIF 或 WebP，最大 512 KB。
person-focal-point = 联络人
person-positions = 职务
person-contact = 联系方式
private-hint = 个人数据：仅秘书处工作人员可见。

## Forms
form-save = 保存
form-cancel = 取消
form-upload = 上传
form-choose = 请选择…
form-from-country = 依据国家
form-has-errors = 请更正以下字段；尚未保存任何内容。

## Staff
staff-title = 秘书处工作区
staff-new-org = 新建机构
staff-import = 导入机构
staff-import-hint = 写入任何数据前，先预览每一行。
staff-export = 导入与导出
staff-export-hint = 撤销导入；将机构、会籍或人员导出为 XLSX 或 CSV。
import-help = 上传带有标题行的电子表格（XLSX、ODS 或 CSV）。写入任何数据前，您将为各列指定对应的字段，并选择如何处理与名录中已有机构相匹配的行。可识别的列：slug、kind、name_en、name_ko（或任意 name_<语言>）、default_lang、country、region、parent、website、founding_member、description_en。
import-file = 电子表格（XLSX、ODS、CSV）
import-preview = 检查文件
import-line = 行
import-result = 结果
import-create = 将新建
import-update = 将更新现有记录
import-valid = { $count } 行可导入
import-invalid = { $count } 行有问题
import-commit = 导入 { $count } 行
import-commit-skip = 导入 { $count } 个有效行，跳过其余行
import-created = 已新建 { $count } 条
import-updated = 已更新 { $count } 条
import-skipped = 已跳过 { $count } 条

## Accounts
login-title = 登录
login-submit = 登录
login-failed = 电子邮箱或密码不正确。
login-wait-seconds = 失败尝试次数过多。请等待 { $seconds } 秒后重试。
login-wait-minutes = 失败尝试次数过多。请等待 { $minutes } 分钟后重试。
password-title = 修改密码
password-current = 当前密码
password-new = 新密码（至少 10 个字符）
password-wrong = 当前密码不正确。
password-changed = 您的密码已修改。其他会话已退出登录。
admin-users = 账户
admin-new-user = 新建账户
role-user-admin = 管理员
role-user-staff = 秘书处工作人员
role-user-focal_point = 会员联络人
role-user-delegate = 代表
role-user-jury = 评审委员
audit-when = 时间
audit-who = 操作人
audit-what = 操作
audit-entity = 记录
audit-changes = 变更

## API page
api-title = JSON API
api-lead = 每个名录页面都有对应的 JSON 版本。机器可读的描述（OpenAPI 3.1）位于
api-method = 方法
api-path = 路径
api-summary = 用途
api-auth = 身份验证
api-auth-text = 读取无需登录。修改需要工作人员账户：以 Bearer 令牌的形式发送 API 令牌（hansa user token），或使用已登录的会话并附带 X-CSRF-Token 请求头。

## Problems
problem-invalid = 部分输入无效
problem-conflict = 该项已存在
problem-not-found = 未找到
problem-forbidden = 您无权执行此操作
problem-unauthorized = 请登录
problem-csrf = 表单已过期，或并非从本网站提交。请刷新页面后重试。
problem-too-many = 请求过多
problem-too-large = 请求过大
problem-bad-request = 无法读取该请求
problem-storage = 数据库暂时不可用。请稍后重试。

## Field errors ($detail is a limit or the offending value)
err-required = 此字段为必填项。
err-too-long = 过长：最多 { $detail } 个字符。
err-slug = 请使用 2–64 个小写字母、数字和连字符（例如 city-of-ryde）。
err-choice = “{ $detail }”不是可选项之一。
err-country = “{ $detail }”不是 ISO 3166-1 国家代码（例如 KR、PL、EC）。
err-language = “{ $detail }”不是语言代码（例如 ko、zh、pt-br）。
err-url = “{ $detail }”不是以 https:// 开头的网址。
err-date = “{ $detail }”不是日期（YYYY-MM-DD）。
err-period = 结束日期早于开始日期。
err-parent-cycle = 机构不能隶属于自身或其下辖机构。
err-unknown = 未找到“{ $detail }”。
err-taken = “{ $detail }”已被占用。
err-duplicate = “{ $detail }”出现了两次。
err-email = 这不是有效的电子邮箱地址。
err-phone = 只能使用数字、空格以及 + - ( )。
err-password-short = 请至少输入 { $detail } 个字符。
err-control-chars = 不允许使用不可见的控制字符。
err-status-move = 会籍无法从当前状态变更为“{ $detail }”。
err-status-history = 该状态与沿革的最后一步不一致。
err-already-member = “{ $detail }”已在此网络中拥有会籍。
err-seat-holder = 席位须由一个机构或一个人持有，且仅限其一。
err-number = 必须是 1 到 10000 之间的数字。
err-boolean = “{ $detail }”不是 是/否（true/false）值。
err-not-image = 该文件不是 PNG、JPEG、GIF 或 WebP 图像。
err-too-large = 文件过大：最大 { $detail } KB。
err-body-too-large = 请求过大：最大 { $detail } KB。
err-upload = 无法读取上传的内容。
err-json = 无法读取 JSON 正文：{ $detail }
err-query = 无法读取查询字符串：{ $detail }
err-internal = 意外问题：{ $detail }
err-bundle-syntax = 无法读取该数据包文件：{ $detail }
err-csv-encoding = 按所选编码无法将该文件读取为有效文本（第一个问题位于第 { $detail } 行）。请选择其他编码，或将其另存为“CSV UTF-8”。
err-csv-syntax = 无法读取该 CSV：{ $detail }
err-csv-unknown-column = 无法识别的列：{ $detail }。请为其指定字段，或忽略这些列。
err-csv-duplicate-column = 列“{ $detail }”出现了两次。
err-csv-missing-column = 文件需要包含 { $detail } 列（或用于查找现有记录的 slug 或 id 列）。
err-csv-too-many-rows = 行数过多：每个文件最多 { $detail } 行。请拆分文件后分别导入。
err-csv-too-large = 文件过大：最大 { $detail } MB。
err-csv-empty = 该文件（或其第一个含数据的工作表）没有数据行。

## People and offices (staff forms)
staff-new-person = 新建人员
staff-new-office = 新建地区办事处
field-family-name = 姓
field-given-name = 名
field-name-order = 姓名顺序
name-order-family_first = 姓在前（韩语、中文、日语、匈牙利语）
name-order-given_first = 名在前
field-native-name = 母语文字姓名
field-honorific = 尊称（Mr.、Ms.、Dr.）
field-phone = 电话
field-focal-point-for = 担任联络人的机构（机构简称）
field-position-organisation = 任职机构（机构简称）
field-position-title = 职务名称
field-host = 承办机构（简称）
field-city = 城市
field-region-covered = 覆盖区域
staff-new-network = 新建网络
staff-new-body = 新建治理机构
field-run-by = 运营方（机构简称）
field-membership-types = 会员类型，每行一个：代码 = 名称
field-number = 届次
field-place = 地点
field-holder = 席位持有者（机构或人员简称）
body-add-session = 添加会议
body-add-seat = 添加席位
office-close = 关闭办事处
office-close-on = 关闭日期
person-add-position = 添加职务
org-archived = 该机构已归档：其资料和沿革仍予保留，但不再在名录中列出。
org-archive = 归档
org-restore = 恢复到名录
person-erase = 删除此人员
person-erase-hint = 应本人要求删除将永久移除该人员及其职务和席位；审计日志仅保留记录编号。
person-erase-confirm = 请输入 { $slug } 以确认
err-confirm = 请准确输入“{ $detail }”以确认。
import-checking = 正在检查文件…
import-writing = 正在以一个事务写入各行…
progress-started = 正在开始…
progress-checked = 已检查行：{ $done } / { $total }
progress-written = 已写入行：{ $done } / { $total }
progress-done = 完成：{ $done } / { $total }
org-runs = 运营的网络

## Audit log actions
audit-action-create = 创建
audit-action-update = 修改
audit-action-add-history = 添加沿革
audit-action-import = 导入
audit-action-set-logo = 设置标志
audit-action-change-status = 状态变更
audit-action-change-password = 修改密码
audit-action-reset-password = 重置密码
audit-action-archive = 归档
audit-action-restore = 恢复
audit-action-erase = 应要求删除
audit-action-close-office = 关闭办事处
audit-action-add-session = 添加会议
audit-action-add-seat = 添加席位
audit-action-add-position = 添加职务
err-form = 无法读取表单：{ $detail }

## API operations (the /api page)
api-op-list = 机构列表（筛选、任意语言搜索、分页）
api-op-show = 单个机构及其会籍与沿革
api-op-create = 创建机构（秘书处）
api-op-update = 修改机构（秘书处或该机构的联络人）
api-op-networks = 网络及其会员类型
api-op-memberships = 某个网络的会籍
api-op-create_membership = 记录会籍及其状态历史（秘书处）
api-op-offices = 地区办事处（运营中及已关闭）
api-op-people = 人员（仅公开字段）
api-op-person = 单个人员（联系方式仅限秘书处）
api-op-country_counts = 各国正式会员数
api-op-import_csv = 从 CSV 导入机构（秘书处）
api-op-bodies = 治理机构及其会议届次与席位
api-op-create_network = 创建网络及其会员类型（秘书处）
api-op-create_office = 记录地区办事处（秘书处）
api-op-create_body = 创建治理机构及其会议届次与席位（秘书处）
api-op-create_person = 添加人员及其职务（秘书处）
api-op-add_history = 添加带日期的沿革事件（秘书处）
api-op-change_status = 更改会籍状态（秘书处）

## API tokens and field-level permissions
tokens-title = API 令牌
tokens-intro = 令牌让其他程序（网站、CRM）以您的名义使用 API。请为每个程序单独创建令牌，这样撤销其中一个不会影响其他。更改密码后令牌仍然有效。
tokens-shown-once = 请立即复制此令牌：它只显示一次，之后无法再查看。
tokens-none = 您还没有 API 令牌。
tokens-name = 名称
tokens-name-example = 例如：网站同步
tokens-scope = 权限
tokens-scope-read = 只读
tokens-scope-write = 读取和修改
tokens-created = 创建时间
tokens-expires = 到期时间
tokens-expires-days = 有效天数（留空：永不过期）
tokens-last-used = 最近使用
tokens-state = 状态
tokens-never = 从未
tokens-revoked = 已撤销
tokens-expired = 已过期
tokens-revoke = 撤销
tokens-new = 新令牌
tokens-create = 创建令牌
audit-via-token = 使用令牌“{ $token }”
audit-action-create-token = 创建了 API 令牌
audit-action-revoke-token = 撤销了 API 令牌
err-secretariat-field = 只有秘书处可以更改此项。
err-range = 必须在 { $detail } 之间。
err-changed-meanwhile = 有人在同一时刻更改了此项（原为 { $detail }）；请重新查看后再试。
org-form-focal-note = 您可以在此修改本机构的名称、简介、网站和标志。简称、类型、上级机构、国家、地区和创始成员身份由秘书处管理，如需更改请联系秘书处。

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = 匹配到多个机构（{ $detail }）；请添加 slug 列以指明是哪一个。
err-import-bad-field = “{ $detail }”不是导入可识别的字段。
err-import-blank-header = { $detail } 列有数据但没有标题。请为其添加标题（合并的标题单元格会使该列标题为空）。
err-import-changed-since = 预览之后有人修改了“{ $detail }”。请重新检查文件。
err-import-mapping = 无法读取列与字段的对应关系：请按“标题 = 字段”的格式成对填写。
err-import-slug-twice = 该 slug 在前面的行中也出现过：{ $detail }。
err-import-slug-taken = slug“{ $detail }”已被名录中的某个机构使用。
err-import-two-columns = 有两列对应到了同一个字段：{ $detail }。
err-import-undone = 此次导入已被撤销。
err-sheet-unreadable = 无法读取该电子表格：{ $detail }
import-encoding = 文本编码（CSV 文件）
import-encoding-auto = 自动检测（UTF-8、UTF-16、Windows-1252）
import-read-as = 按 { $detail } 读取
import-columns = 列
import-column = 文件中的列
import-column-unknown = 未识别——除非您选择字段，否则将被忽略
import-field = 字段
import-field-id = ID（查找现有记录）
import-field-slug = slug（查找现有记录）
import-field-kind = 类型
import-field-default_lang = 本地语言
import-field-country = 国家（ISO 代码）
import-field-region = 地区
import-field-parent = 上级机构（slug）
import-field-website = 网站
import-field-founding_member = 创始会员
import-field-ignore = — 忽略此列 —
import-duplicates = 与现有机构匹配的行
import-match-by = 匹配依据
import-match-auto = 文件中有 slug 或 id 列时依据该列，否则依据名称和国家
import-match-key = slug 或 id 列
import-match-name_country = 名称（任意语言）和国家
import-on-match = 对每个匹配项
import-on-skip = 跳过该行（不做任何更改）
import-on-update = 更新：用文件中各列的值替换已存储的值
import-on-fill = 补充：只填写目前为空的字段
import-on-create = 仍然新建机构
import-empty-clears = 空单元格将清除已存储的值（选择“更新”时）
import-recheck = 按这些选项重新检查
import-rows = 每行将如何处理
import-count-new = 新建 { $count } 条
import-count-changes = 更改 { $count } 条
import-count-unchanged = 无变化 { $count } 条
import-count-duplicates = 重复 { $count } 条
import-count-problems = 有问题 { $count } 条
import-new = 新建
import-change = 更改 { $detail }
import-unchanged = { $detail } 无变化
import-duplicate-line = 与第 { $detail } 行重复，已跳过
import-duplicate-record = 与 { $detail } 匹配，已跳过
import-problem = 未导入
import-empty = （空）
import-nothing-to-write = 此文件不会对名录做任何更改。
import-nothing-written = 无需写入：名录中已包含文件中的全部内容。
import-done = 已导入：{ $detail }。您可以在下方撤销。
import-undo-archived = 已归档 { $count } 条新建的记录
import-undo-restored = 已恢复 { $count } 条更改过的记录
import-undo-refused = { $count } 条保持原样
import-undo-refused-help = 以下记录在导入后又被修改过，因此撤销时未作改动：
import-export = 导出
import-export-organisations = 机构
import-export-memberships = 会籍
import-export-people = 人员
imports-title = 导入记录
imports-none = 暂无导入记录。
imports-when = 时间
imports-who = 操作人
imports-file = 文件
imports-undo = 撤销
imports-undone = 已撤销

# Outbox: messages to people (/staff/messages)
messages-title = 消息
messages-title-one = 消息 { $id }
messages-hint = 发给个人的消息（注册确认、候补名单、签证邀请函）与引起它们的变更一同排入队列，然后经邮件中继发送。
messages-card-hint = 发给个人的确认函和信件，以及发送失败的消息。
messages-no-relay = 尚未配置邮件中继：消息将在此等待，直到完成配置（--smtp-url 或 HANSA_SMTP_URL）。
messages-relay = 经由 { $relay } 发送。
messages-status = 状态
messages-created = 排队时间
messages-kind = 类型
messages-recipient = 收件人
messages-subject = 主题
messages-attempts = 尝试次数
messages-last-error = 最近错误
messages-next-attempt = 下次尝试
messages-sent-at = 发送时间
messages-entity = 相关记录
messages-language = 语言
messages-body = 正文
messages-none = 没有消息。
messages-send-again = 重新发送
messages-about-same = 关于此记录的其他消息
messages-back = 全部消息
message-status-queued = 排队中
message-status-sending = 发送中
message-status-sent = 已发送
message-status-failed = 失败
message-kind-registration-confirmed = 注册已确认
message-kind-registration-waitlisted = 已列入候补名单
message-kind-registration-promoted = 候补转正
message-kind-registration-approved = 注册已批准
message-kind-visa-letter = 签证邀请函
cli-mail-relay = 邮件经由 { $relay } 发出
cli-mail-none = 未配置邮件中继（--smtp-url）：消息在发件箱中等待，工作人员可在 /staff/messages 查看

# Command line
cli-error = 错误
cli-not-found = 未找到。
cli-forbidden = 不允许此操作。
cli-storage = 数据库出错：{ $detail }
cli-reading = 读取 { $detail } 时
cli-opening = 打开 { $detail } 时
cli-accepted-columns = 可接受的列：{ $detail }。可用 --mapping FILE 为其他列指定字段，或使用 --ignore-unknown。
cli-import-refused = 未导入任何内容：请修正上面的行，或使用 --skip-invalid 写入其余的行。
cli-import-done = 导入 #{ $id } 已写入，用时 { $ms } ms。撤销方法：hansa import undo { $id }
cli-bundle-loaded = 已载入 { $organisations } 个机构、{ $networks } 个网络、{ $memberships } 条会籍、{ $offices } 个办事处、{ $bodies } 个治理机构、{ $people } 名人员。
cli-progress-line = { $phase }：{ $done }
cli-phase-checked = 已检查的行
cli-phase-written = 已写入的行
cli-phase-organisations = 机构
cli-phase-networks = 网络
cli-phase-memberships = 会籍
cli-phase-people = 人员
cli-demo-loading = 正在载入演示名录…
cli-demo-exists = 数据库中已有 { $count } 个机构；未再次载入演示数据。
cli-demo-sign-in = 演示登录：admin@example.org / { $detail }  （另有 staff@、focal@、delegate@example.org）
cli-account-exists = 电子邮箱为 { $detail } 的账户已存在。
cli-account-created = 已创建 { $role } 账户 { $email }。
cli-password = 密码：{ $detail }
cli-password-reset = 已重置 { $detail } 的密码；其所有会话均已退出登录。
cli-token-issued = { $email } 的令牌 #{ $id }“{ $name }”（{ $scope }），仅此一次显示：
cli-token-revoked = 令牌 #{ $id }“{ $name }”已撤销。
cli-running = Hansa 正在 http://{ $addr } 上运行  （数据库：{ $database }）
cli-public-url = 读者访问地址：{ $detail }
cli-migrated = 数据库 { $detail } 已是最新。
network-public-statuses = 公众可见的会员
network-public-statuses-help = 工作人员始终可以看到所有会籍。访客、公开 API、面向访客的导出、统计数字和地图只显示此处勾选的状态；潜在会员和申请中的会员（会员发展流程）通常不公开。

## Events
nav-events = 活动
events-title = 活动
events-upcoming = 即将举行
events-past = 往期活动
events-none = 暂无活动。
event-kind = 类型
event-kind-forum = 论坛
event-kind-general_assembly = 全体大会
event-kind-mayoral_conference = 市长会议
event-kind-subcommittee_meeting = 分委员会会议
event-kind-side_event = 配套活动
event-kind-workshop = 工作坊
event-kind-training = 培训项目
event-status-draft = 草稿
event-status-published = 已发布
event-status-closed = 已结束
event-status-archived = 已归档
event-role-host = 东道主
event-role-organiser = 主办方
event-role-co_organiser = 联合主办方
event-role-sponsor = 赞助方
event-role-partner = 合作伙伴
event-theme = 主题
event-dates = 日期
event-venue = 地点
event-online = 线上
event-zone = { $zone } 时间，{ $offset }
event-edition = { $series }，第 { $number } 届
session-kind-opening_ceremony = 开幕式
session-kind-keynote = 主旨演讲
session-kind-plenary = 全体会议
session-kind-expert_session = 专家会议
session-kind-panel = 小组讨论
session-kind-special_lecture = 专题讲座
session-kind-local_government_session = 地方政府会议
session-kind-roundtable = 圆桌会议
session-kind-breakout = 分组会议
session-kind-site_visit = 实地考察
session-kind-side_meeting = 场边会议
session-kind-orientation = 情况介绍会
session-kind-module = 模块
session-kind-ceremony = 仪式
session-kind-networking = 交流活动
session-kind-registration = 注册报到
session-kind-break = 休息
participant-role-speaker = 发言嘉宾
participant-role-moderator = 主持人
participant-role-panelist = 讨论嘉宾
participant-role-presenter = 报告人
participant-role-chair = 主席
participant-role-rapporteur = 报告员
participant-role-remarks = 致辞
session-channel = { $language }（频道 { $channel }）
programme-title = 议程
programme-room = 会议室
programme-all-rooms = 全部会议室
programme-show = 显示
programme-slides = 幻灯片
programme-languages = 语言
programme-interpretation = 同声传译
programme-empty = 议程尚未发布。
conflicts-title = 议程冲突
conflict-person = { $person } 同时被安排在两场会议中：{ $first } 和 { $second }。
conflict-room = 会议室 { $room } 被重复预订：{ $first } 和 { $second }。
conflict-outside = 会议 { $session } 不在活动日期之内。
conflict-ends-before = 会议 { $session } 的结束时间早于开始时间。
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
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
err-time-zone = “{ $detail }”不是已知的时区（请使用 IANA 名称，例如 Asia/Seoul）。
err-datetime = “{ $detail }”不是日期和时间（请使用 2023-12-07T09:30 这样的格式）。
err-time-skipped = { $detail } 在此时区中不存在：夏令时开始时，时钟会跳过这一时刻。
err-time-repeated = 夏令时结束时，{ $detail } 在此时区中会出现两次；请选择该小时以外的时间。
err-event-too-long = 活动最长为 { $detail } 天。
err-coordinates = 请同时填写纬度（−90 至 90）和经度（−180 至 180），或两者都不填。
err-session-ends-before = 会议 { $detail } 的结束时间早于开始时间。
err-session-outside = 会议 { $detail } 不在活动日期之内。
err-room-double-booked = 该会议室在此时间已被预订（{ $detail }）。
err-events-file = 无法读取活动文件：{ $detail }
cli-demo-events = 已加载活动：{ $count } 个
programme-calendar = 将整个议程添加到日历 (.ics)
session-calendar = 添加到日历
person-profile = 名录中的简介
person-calendar = 将我的议程添加到日历 (.ics)
person-programme = 议程
programme-your-time = 您的时间
err-registered-twice = 该电子邮件地址已登记参加本活动。
err-category-not-offered = 本活动没有“{ $detail }”类别。
err-registration-closed = 本活动的报名尚未开放。
err-category-full = “{ $detail }”类别已无空位。
err-passport-name-for-visa = 申请签证邀请函需要填写护照上的姓名。
err-registration-status = 处于“{ $detail }”状态的报名不能改为该状态。
programme-frab = frab 格式，供视频团队和会议应用使用
category-head_of_delegation = 代表团团长
category-delegate = 代表
category-speaker = 发言嘉宾
category-partner = 合作伙伴
category-press = 媒体
category-observer = 观察员
category-staff = 工作人员
regstatus-pending = 待审核
regstatus-approved = 已批准
regstatus-rejected = 未获接受
regstatus-waitlisted = 候补名单中
regstatus-cancelled = 已取消
regstatus-attended = 已出席
registration-action-approved = 批准
registration-action-rejected = 拒绝
registration-action-attended = 标记为已出席
answer-yes = 是
answer-no = 否
filter-all = 全部
list-showing = 第 { $first }–{ $last } 条，共 { $total } 条
hint-native-name = 请用母语文字书写，例如 임병진 或 林炳辰。
hint-passport-name = 请与护照上的写法完全一致，用于签证邀请函。
hint-reg-email = 报名确认及任何状态变更通知都将发送至此地址。
register-title = 报名参加 { $event }
register-about = 个人信息
register-category = 参会类别
register-position = 职务
register-organisation = 所属机构
register-protocol = 口译、餐饮与无障碍
register-interpretation = 口译目标语言
register-no-interpretation = 无需口译
register-dietary = 饮食要求
register-accessibility = 无障碍需求
register-visa = 签证
register-visa-letter = 我需要签证邀请函
register-passport-name = 护照上的姓名
register-questions = 主办方的问题
register-submit = 提交报名
register-privacy = 秘书处仅将这些信息用于组织本次活动；护照上的姓名、饮食要求和无障碍需求绝不会公开显示。
register-places = 名额
register-places-left = 剩余名额
register-places-open = 不限
register-places-count = 剩余 { $count } 个
register-waiting-list = 仅可列入候补名单
register-deadline = 报名截止时间：{ $deadline }。
register-for-delegation = 您正在为 { $organisation } 的官员办理代表团报名；每位成员都有各自的报名记录、报名编号和胸卡。
registration-title = 您的报名
registration-status = 状态
registration-waiting = 候补名单第 { $position } 位
registration-code = 报名编号
registration-keep-link = 请保存本页地址：这是您查看或取消报名的凭证。报名编号也印在您的胸卡上。
registration-details = 您填写的信息
registration-history = 处理记录
registration-cancel = 取消我的报名
registration-cancel-confirm = 确定取消此报名吗？您的名额将转给候补名单上的下一位。
delegation-title = 代表团
delegation-add = 为另一位官员报名
delegation-added = { $name } 已完成报名。
delegation-empty = 该代表团尚无人报名。
staff-registrations-title = 报名情况
staff-registrations-search = 姓名、电子邮箱或报名编号
staff-places-held = 已占用
staff-places-capacity = 名额
staff-actions = 操作
staff-register-someone = 代他人报名
event-register = 报名
event-registrations = 报名情况（秘书处）
err-registration-deadline = 本活动的报名已截止。
err-question-choices = 选择题至少需要两个选项。
err-question-no-choices = “{ $detail }”类型的问题不能设置选项。
hint-family-name = 请与护照一致。如果您只有一个名字，请填写在此处。
progress-badges = 已制作胸卡：{ $done } / { $total }
badges-title = 胸卡
badges-intro = 仅为已批准的报名打印胸卡。胸卡上印有母语文字和拉丁字母的姓名、所属机构、国家、参会类别的颜色以及用于签到的二维码。
badges-which = 打印哪些胸卡
badges-layout = 纸张
badges-layout-a6 = A6，每页一张胸卡（胸卡打印机）
badges-layout-a4 = A4，每张四个胸卡，带裁切线
badges-codes = 报名编号
hint-badges-codes = 留空则打印（所选类别中）所有已批准报名的胸卡；如需重印部分胸卡，请列出报名编号，以空格或换行分隔。
badges-print = 生成 PDF
badges-making = 正在制作胸卡…
event-badges = 胸卡
err-badge-not-approved = 无法为 { $detail } 制作胸卡：只有已批准的报名才能领取胸卡。
err-no-badges = 没有可打印胸卡的已批准报名。
err-badge-render = 无法制作胸卡：{ $detail }
event-check-in = 签到
checkin-title = 签到
checkin-day = 日期
checkin-session = 会议
checkin-whole-day = 全天
checkin-online = 在线：每次扫描都会立即发送。
checkin-offline = 离线：扫描记录保存在本设备上，网络恢复后再发送。
checkin-waiting = 条扫描记录待发送
checkin-of-expected = / { $expected } 人已签到
checkin-code = 报名编号、二维码或姓名
hint-checkin-code = 扫描胸卡（扫描枪会将内容输入此栏），或输入二维码下方的编号，或输入姓名的一部分。
checkin-submit = 签到
checkin-camera = 用摄像头扫描
checkin-recent = 刚刚签到
checkin-conflicts = 待核查
checkin-checked_in = 已签到
checkin-duplicate = 此前已签到
checkin-replayed = 已接收过
checkin-unknown = 没有此编号的报名
checkin-wrong_event = 其他活动的胸卡
checkin-not_admitted = 不予入场（报名未获批准）
checkin-invalid = 不是本活动的日期或会议
checkin-queued = 已签到，待发送
checkin-first-at = 首次签到
checkin-choose = 有多人符合：请选择一位。
checkin-no-match = 名单上没有相符的人。
err-device = 签到台必须注明所用设备（1 至 64 个字符）。
err-too-many = 一次最多 { $detail } 条。
figures-title = 出席情况
figures-headline = { $delegates } 名代表，来自 { $countries } 个国家的 { $organisations } 个地方政府和机构
figures-more-than = 逾 { $count }
figures-csv = 以 CSV 格式下载数据
figures-by-country = 按国家
figures-by-category = 按类别
figures-by-day = 按日期
figures-people = 人数
figures-registered = 根据签到和出席记录统计；共有 { $count } 份报名占有名额。
event-figures = 出席数据
cli-demo-delegates = 在 2023 年 NEAR 论坛报名并签到的代表：{ $count } 名
delegates-import-title = 导入代表名单
delegates-import-intro = 一份带标题行的电子表格（CSV、XLSX 或 ODS）：须包含 family_name、given_name、email，另可视已有信息包含 category、honorific、native_name、position、organisation（名录中的简称，或按原文书写的名称）、country（KR、CN、JP…）、interpretation_language、dietary、accessibility、visa_letter、passport_name，以及针对本活动自设问题的 answer:<问题代码>。系统会先检查文件；在所有行都正确之前，不会写入任何内容。
delegates-import-file = 电子表格
delegates-import-check = 检查文件
delegates-import-go = 导入 { $count } 份报名
delegates-import-summary = 已读取 { $rows } 行（{ $read_as }）；其中 { $problems } 行有问题。
delegates-import-problems = 需更正的行（未导入任何内容）
delegates-import-problem = 问题
delegates-import-written = 已导入 { $count } 份报名。
staff-import-delegates = 导入代表名单
err-delegate-columns = 文件中有导入功能无法识别的列：{ $detail }。请重命名或删除这些列，以免其中的内容丢失。
err-delegate-columns-missing = 文件需要包含“{ $detail }”列。
err-delegate-duplicate = 相同的电子邮件地址已出现在第 { $detail } 行。
programme-list-view = 列表
programme-grid-view = 时间表
programme-elsewhere = 其他地点
programme-time = 时间
checkin-waiting-one = 条扫描记录待发送
register-about-official = 所报名官员的信息
delegation-add-first = 为官员报名
message-kind-registration-received = 报名已收到
message-kind-registration-rejected = 报名未获接受
message-kind-registration-cancelled = 报名已取消
mail-registration-received-subject = 已收到报名：{ $event }
mail-registration-received-body = 尊敬的{ $name }：

    我们已收到您参加 { $event } 的报名。秘书处将向您确认。

    您的报名编号：{ $code }
    查看或取消报名：{ $link }
mail-registration-confirmed-subject = 报名已确认：{ $event }
mail-registration-confirmed-body = 尊敬的{ $name }：

    您参加 { $event } 的报名已确认。

    您的报名编号：{ $code }（也印在您的胸卡上）
    查看或取消报名：{ $link }
mail-registration-waitlisted-subject = 已列入候补名单：{ $event }
mail-registration-waitlisted-body = 尊敬的{ $name }：

    { $event } 中您所报类别的名额已满，您现位列候补名单第 { $position } 位。一旦有名额空出，将由候补名单上的第一位递补，并立即通知本人。

    您的报名编号：{ $code }
    查看您在候补名单上的位次或退出候补：{ $link }
mail-registration-promoted-subject = 您已获得名额：{ $event }
mail-registration-promoted-body = 尊敬的{ $name }：

    { $event } 有名额空出，现已分配给您。您的报名状态现为：{ $status }。

    您的报名编号：{ $code }
    查看或取消报名：{ $link }
mail-registration-approved-subject = 报名已批准：{ $event }
mail-registration-approved-body = 尊敬的{ $name }：

    秘书处已批准您参加 { $event } 的报名。

    您的报名编号：{ $code }（也印在您的胸卡上）
    查看或取消报名：{ $link }
mail-registration-rejected-subject = 关于您参加 { $event } 的报名
mail-registration-rejected-body = 尊敬的{ $name }：

    很遗憾，秘书处未能接受您参加 { $event } 的报名。

    您的报名编号：{ $code }
mail-registration-cancelled-subject = 报名已取消：{ $event }
mail-registration-cancelled-body = 尊敬的{ $name }：

    您参加 { $event } 的报名已取消。如非您本人操作，请与秘书处联系。

    您的报名编号：{ $code }
privacy-title = 所存个人数据
privacy-intro = 本活动目前仍保存的每个人的信息。护照上的姓名、饮食要求和无障碍需求绝不会在公开页面、日志或公开导出中显示；删除该人员时，这些信息随之删除。
privacy-totals = 合计
privacy-registrations = 报名
privacy-answers = 回答
privacy-check-ins = 签到记录
privacy-messages = 消息
privacy-erase-title = 删除人员
privacy-erase-hint = 该电子邮件地址在所有活动中的全部报名，连同其处理记录、签到记录和消息，都将被删除。胸卡依据报名打印，因此将无法再打印。此操作无法撤销。
privacy-erase = 删除
privacy-erase-confirm = 确定删除此人的全部报名及其签到记录和消息吗？此操作无法撤销。
privacy-erased = 已删除 { $count } 份报名及其签到记录和消息。
event-privacy = 个人数据
visa-title = 签证邀请函
visa-intro = 申请签证邀请函的人员。请先在预览中核对护照上的姓名，再签发邀请函：报名者将收到电子邮件通知，并可在其报名页面下载。仅已批准的报名可获得邀请函。
visa-none = 尚无人申请签证邀请函。
visa-letter = 邀请函
visa-requested = 待审核
visa-issued = 已签发
visa-refused = 已拒绝
visa-preview = 预览（PDF）
visa-issue = 签发
visa-refuse = 拒绝
visa-download = 您的签证邀请函（PDF）
visa-secretariat = 秘书处
visa-reference = 编号：{ $code }
visa-letter-title = 签证申请邀请函
visa-letter-p1 = { $organiser } 诚挚邀请 { $name } 出席于 { $dates } 在 { $venue } 举行的 { $event }。
visa-letter-p2 = 恳请有关主管部门为其此次参会签发所需签证。主办方负责活动日程；差旅及住宿按与参会者所属政府或机构商定的方式安排。
visa-letter-p3 = 本函仅供办理签证申请之用，其本身并不使主办方承担任何费用。
visa-signature = 此致敬礼！
mail-visa-letter-subject = 您的签证邀请函
mail-visa-letter-body = 尊敬的{ $name }：

    您的签证邀请函已准备就绪，可在此下载：{ $link }

    您的报名编号：{ $code }
err-visa-not-asked = 此报名未申请签证邀请函。
err-visa-not-approved = 签证邀请函仅签发给已批准的报名（此报名的状态为“{ $detail }”）。
event-visa-letters = 签证邀请函
