//! The SQL pieces of organisations shared by several store methods: inserting and updating
//! a draft (with its sort keys) inside a transaction, and the directory's WHERE clause.

use crate::model::OrganisationDraft;
use crate::store::OrgFilter;

/// Replaces the sort keys of organisation `$id` inside transaction `$tx`.
macro_rules! write_sort_keys {
    ($tx:ident, $id:expr, $d:expr) => {{
        sqlx::query("DELETE FROM organisation_sort_keys WHERE organisation_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await
            .map_err(hansa_core::db::db_error)?;
        for (lang, key) in $d.name.sort_keys(&$d.default_lang) {
            sqlx::query("INSERT INTO organisation_sort_keys (organisation_id, lang, sort_key) VALUES ($1, $2, $3)")
                .bind($id)
                .bind(lang)
                .bind(key)
                .execute(&mut *$tx)
                .await
                .map_err(hansa_core::db::db_error)?;
        }
    }};
}

/// Appends history event `$e` of organisation `$id` inside transaction `$tx`.
macro_rules! insert_history {
    ($tx:ident, $id:expr, $e:expr) => {{
        let e = $e;
        sqlx::query(
            "INSERT INTO organisation_history (organisation_id, date, event, name_json, note_json, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($id)
        .bind(&e.date)
        .bind(e.event.code())
        .bind(hansa_core::db::json_text(&e.name))
        .bind(hansa_core::db::json_text(&e.note))
        .bind(hansa_core::db::now())
        .execute(&mut *$tx)
        .await
        .map_err(hansa_core::db::db_error)?;
    }};
}

/// Inserts a draft inside transaction `$tx`, evaluating to the new id.
macro_rules! insert_org {
    ($tx:ident, $d:expr, $parent:expr) => {{
        let d = $d;
        let at = hansa_core::db::now();
        let id = sqlx::query_scalar::<_, i64>(
            "INSERT INTO organisations (slug, kind, name_json, search_text, default_lang, country, region, parent_id, website,
             description_json, founding_member, archived, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, FALSE, $12, $12) RETURNING id",
        )
        .bind(&d.slug)
        .bind(d.kind.code())
        .bind(hansa_core::db::json_text(&d.name))
        .bind($crate::storage::organisation_sql::search_text(d))
        .bind(&d.default_lang)
        .bind(&d.country)
        .bind(d.region.map(|r| r.code()))
        .bind($parent)
        .bind(&d.website)
        .bind(hansa_core::db::json_text(&d.description))
        .bind(d.founding_member)
        .bind(at)
        .fetch_one(&mut *$tx)
        .await
        .map_err(hansa_core::db::db_error)?;
        $crate::storage::organisation_sql::write_sort_keys!($tx, id, d);
        $crate::storage::organisation_sql::write_search_terms!($tx, id, d);
        id
    }};
}

/// Overwrites the current fields of organisation `$id` (its history table keeps the past).
macro_rules! update_org {
    ($tx:ident, $id:expr, $d:expr, $parent:expr) => {{
        let d = $d;
        sqlx::query(
            "UPDATE organisations SET slug = $1, kind = $2, name_json = $3, search_text = $4, default_lang = $5, country = $6,
             region = $7, parent_id = $8, website = $9, description_json = $10, founding_member = $11, updated_at = $12 WHERE id = $13",
        )
        .bind(&d.slug)
        .bind(d.kind.code())
        .bind(hansa_core::db::json_text(&d.name))
        .bind($crate::storage::organisation_sql::search_text(d))
        .bind(&d.default_lang)
        .bind(&d.country)
        .bind(d.region.map(|r| r.code()))
        .bind($parent)
        .bind(&d.website)
        .bind(hansa_core::db::json_text(&d.description))
        .bind(d.founding_member)
        .bind(hansa_core::db::now())
        .bind($id)
        .execute(&mut *$tx)
        .await
        .map_err(hansa_core::db::db_error)?;
        $crate::storage::organisation_sql::write_sort_keys!($tx, $id, d);
        $crate::storage::organisation_sql::write_search_terms!($tx, $id, d);
    }};
}

/// Builds the WHERE clause of a directory query; every value is a bound parameter.
pub(crate) fn filter_sql(f: &OrgFilter) -> (String, Vec<String>) {
    let mut sql = String::from(" WHERE o.archived = FALSE");
    let mut binds: Vec<String> = Vec::new();
    let mut add = |sql: &mut String, clause: &str, value: String| {
        binds.push(value);
        sql.push_str(&clause.replace('?', &format!("${}", binds.len())));
    };
    // NUL cannot be stored or searched in PostgreSQL text; it never matches anything anyway.
    let clean = |v: &Option<String>| {
        v.as_deref().map(|v| v.replace('\0', "")).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    };
    if let Some(k) = clean(&f.kind) {
        add(&mut sql, " AND o.kind = ?", k);
    }
    if let Some(c) = clean(&f.country) {
        add(&mut sql, " AND o.country = ?", c.to_ascii_uppercase());
    }
    if let Some(r) = clean(&f.region) {
        add(&mut sql, " AND o.region = ?", r);
    }
    if let Some(q) = clean(&f.q) {
        // Every word must be the prefix of one of the record's indexed terms; a query of
        // only signs (`%`, `--`) has no word and finds nothing.
        let prefixes = hansa_core::search::query_prefixes(&q);
        if prefixes.is_empty() {
            sql.push_str(" AND 1 = 0");
        }
        for prefix in prefixes {
            let end = hansa_core::search::prefix_end(&prefix);
            add(
                &mut sql,
                " AND o.id IN (SELECT t.organisation_id FROM organisation_search_terms t WHERE t.term >= ?",
                prefix,
            );
            add(&mut sql, " AND t.term < ?)", end);
        }
    }
    // The public sees only the memberships each network shows (the pipeline — prospects,
    // applicants, former members — is for staff).
    let shown = if f.staff { "" } else { PUBLIC_MEMBERSHIP };
    match (clean(&f.network), clean(&f.status)) {
        (Some(n), status) => {
            add(
                &mut sql,
                &format!(
                    " AND EXISTS (SELECT 1 FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.organisation_id = o.id{shown} AND n.slug = ?"
                ),
                n,
            );
            if let Some(s) = status {
                add(&mut sql, " AND m.status = ?", s);
            }
            sql.push(')');
        }
        (None, Some(s)) => add(
            &mut sql,
            &format!(
                " AND EXISTS (SELECT 1 FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.organisation_id = o.id{shown} AND m.status = ?)"
            ),
            s,
        ),
        (None, None) => {}
    }
    (sql, binds)
}

/// The condition (on `m` a membership, `n` its network) that the public may see it.
pub(crate) const PUBLIC_MEMBERSHIP: &str = " AND (',' || n.public_statuses || ',') LIKE ('%,' || m.status || ',%')";

/// The text kept beside the terms (older installs searched it); every name and the slug.
pub(crate) fn search_text(d: &OrganisationDraft) -> String {
    format!("{} | {}", d.name.search_text(), d.slug)
}

/// The terms an organisation is found by: every name in every language, and the slug.
pub(crate) fn search_terms(d: &OrganisationDraft) -> std::collections::BTreeSet<String> {
    hansa_core::search::terms(d.name.0.values().map(String::as_str).chain([d.slug.as_str()]))
}

/// Replaces the search terms of organisation `$id` inside transaction `$tx`.
macro_rules! write_search_terms {
    ($tx:ident, $id:expr, $d:expr) => {{
        sqlx::query("DELETE FROM organisation_search_terms WHERE organisation_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await
            .map_err(hansa_core::db::db_error)?;
        for term in $crate::storage::organisation_sql::search_terms($d) {
            sqlx::query("INSERT INTO organisation_search_terms (term, organisation_id) VALUES ($1, $2)")
                .bind(term)
                .bind($id)
                .execute(&mut *$tx)
                .await
                .map_err(hansa_core::db::db_error)?;
        }
    }};
}

pub(crate) use insert_history;
pub(crate) use insert_org;
pub(crate) use update_org;
pub(crate) use write_search_terms;
pub(crate) use write_sort_keys;
