## 渉外記録のフォローアップの編集 (crates/meetings)

outreach-edit-follow-up = フォローアップ「{ $title }」を編集
outreach-saved-follow-up-edited = フォローアップを保存しました。
