## 编辑外联记录中的后续事项 (crates/meetings)

outreach-edit-follow-up = 编辑后续事项“{ $title }”
outreach-saved-follow-up-edited = 后续事项已保存。
