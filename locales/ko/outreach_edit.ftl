## 교류 기록의 후속 조치 수정 (crates/meetings)

outreach-edit-follow-up = 후속 조치 ‘{ $title }’ 수정
outreach-saved-follow-up-edited = 후속 조치가 저장되었습니다.
