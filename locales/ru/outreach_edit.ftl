## Изменение задачи журнала контактов (crates/meetings)

outreach-edit-follow-up = Изменить задачу «{ $title }»
outreach-saved-follow-up-edited = Задача сохранена.
