//! The outreach log on SQLite and PostgreSQL: one statement text for both where the dialects
//! agree (they do everywhere here).

mod follow_ups;
mod meetings;
mod pipeline;
mod reminders;

use hansa_core::Localized;

/// A stored `{lang: text}` map; a damaged one reads as empty rather than failing a page.
fn localized(json: &str) -> Localized {
    serde_json::from_str(json).unwrap_or_default()
}

/// Looks up the id of a `table` row by slug inside the transaction; an unknown slug is pushed
/// as an error on `field` (every one is collected, so a form shows them all at once).
macro_rules! id_of {
    ($tx:expr, $table:literal, $slug:expr, $field:expr, $errors:expr) => {{
        let slug: &str = $slug;
        let id: Option<i64> = sqlx::query_scalar(concat!("SELECT id FROM ", $table, " WHERE slug = $1"))
            .bind(slug)
            .fetch_optional(&mut *$tx)
            .await
            .map_err(hansa_core::db::db_error)?;
        if id.is_none() {
            $errors.push(hansa_core::FieldError::with($field, "err-unknown", slug));
        }
        id
    }};
}
pub(crate) use id_of;
