-- Visa invitation letters (crates/events): a registration that asks for one waits for the
-- secretariat's review; once issued, its holder downloads the letter (a PDF made from the
-- registration) from their own page. NULL: not reviewed yet.
ALTER TABLE registrations ADD COLUMN visa_letter_status TEXT;
ALTER TABLE registrations ADD COLUMN visa_letter_at BIGINT;
