## Харилцааны бүртгэлийн дараагийн ажлыг засах (crates/meetings)

outreach-edit-follow-up = «{ $title }» дараагийн ажлыг засах
outreach-saved-follow-up-edited = Дараагийн ажлыг хадгаллаа.
