-- The searchable text now carries the slug too, so a search is one LIKE, not two.
UPDATE organisations SET search_text = search_text || ' | ' || slug;
