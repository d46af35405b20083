## Editing a follow-up of the outreach log (crates/meetings)

outreach-edit-follow-up = Edit the follow-up “{ $title }”
outreach-saved-follow-up-edited = The follow-up is saved.
