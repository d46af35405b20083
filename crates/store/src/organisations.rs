//! Organisations, their logos and history.

use async_trait::async_trait;
use hansa_domain::audit::AuditNote;
use hansa_domain::directory::{HistoryEntry, HistoryEvent, Organisation, OrganisationDraft, Page};
use hansa_domain::error::DomainResult;
use hansa_domain::store::{DirectoryStats, ImportCounts, OrgFilter, OrganisationStore};
use sqlx::AssertSqlSafe;

use crate::rows::{ORG_COLUMNS, OrgRow, localized};
use crate::{SqlStore, db_error, json_text, now, on_pool, write_audit};

/// Replaces the sort keys of organisation `$id` inside transaction `$tx`.
macro_rules! write_sort_keys {
    ($tx:ident, $id:expr, $d:expr) => {{
        sqlx::query("DELETE FROM organisation_sort_keys WHERE organisation_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await
            .map_err(db_error)?;
        for (lang, key) in $d.name.sort_keys(&$d.default_lang) {
            sqlx::query("INSERT INTO organisation_sort_keys (organisation_id, lang, sort_key) VALUES ($1, $2, $3)")
                .bind($id)
                .bind(lang)
                .bind(key)
                .execute(&mut *$tx)
                .await
                .map_err(db_error)?;
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
        .bind(json_text(&e.name))
        .bind(json_text(&e.note))
        .bind(now())
        .execute(&mut *$tx)
        .await
        .map_err(db_error)?;
    }};
}

/// Inserts a draft inside transaction `$tx`, evaluating to the new id.
macro_rules! insert_org {
    ($tx:ident, $d:expr, $parent:expr) => {{
        let d = $d;
        let at = now();
        let id = sqlx::query_scalar::<_, i64>(
            "INSERT INTO organisations (slug, kind, name_json, search_text, default_lang, country, region, parent_id, website,
             description_json, founding_member, archived, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, FALSE, $12, $12) RETURNING id",
        )
        .bind(&d.slug)
        .bind(d.kind.code())
        .bind(json_text(&d.name))
        .bind(search_text(d))
        .bind(&d.default_lang)
        .bind(&d.country)
        .bind(d.region.map(|r| r.code()))
        .bind($parent)
        .bind(&d.website)
        .bind(json_text(&d.description))
        .bind(d.founding_member)
        .bind(at)
        .fetch_one(&mut *$tx)
        .await
        .map_err(db_error)?;
        write_sort_keys!($tx, id, d);
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
        .bind(json_text(&d.name))
        .bind(search_text(d))
        .bind(&d.default_lang)
        .bind(&d.country)
        .bind(d.region.map(|r| r.code()))
        .bind($parent)
        .bind(&d.website)
        .bind(json_text(&d.description))
        .bind(d.founding_member)
        .bind(now())
        .bind($id)
        .execute(&mut *$tx)
        .await
        .map_err(db_error)?;
        write_sort_keys!($tx, $id, d);
    }};
}

/// Builds the WHERE clause of a directory query; every value is a bound parameter.
fn filter_sql(f: &OrgFilter) -> (String, Vec<String>) {
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
        let escaped = q.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        add(&mut sql, " AND o.search_text LIKE ? ESCAPE '\\'", format!("%{escaped}%"));
    }
    match (clean(&f.network), clean(&f.status)) {
        (Some(n), status) => {
            add(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.organisation_id = o.id AND n.slug = ?",
                n,
            );
            if let Some(s) = status {
                add(&mut sql, " AND m.status = ?", s);
            }
            sql.push(')');
        }
        (None, Some(s)) => add(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.status = ?)",
            s,
        ),
        (None, None) => {}
    }
    (sql, binds)
}

/// The text searched by the directory: every name in every language, lower-cased, and the slug.
fn search_text(d: &OrganisationDraft) -> String {
    format!("{} | {}", d.name.search_text(), d.slug)
}

#[async_trait]
impl OrganisationStore for SqlStore {
    async fn ping(&self) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query("SELECT 1").execute(p).await.map(|_| ()).map_err(db_error))
    }

    async fn data_version(&self) -> DomainResult<i64> {
        on_pool!(self, |p| sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(p).await)
            .map_err(db_error)
    }

    async fn organisation(&self, slug: &str) -> DomainResult<Option<Organisation>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.slug = $1");
        let row: Option<OrgRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(slug).fetch_optional(p).await)
                .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn organisation_by_id(&self, id: i64) -> DomainResult<Option<Organisation>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id = $1");
        let row: Option<OrgRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_optional(p).await)
                .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn organisations_by_ids(&self, ids: &[i64]) -> DomainResult<Vec<Organisation>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Ids are integers we produced, so listing them inline is safe and works on both backends.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id IN ({list})");
        let rows: Vec<OrgRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).fetch_all(p).await).map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn organisations(&self, f: &OrgFilter) -> DomainResult<Page<Organisation>> {
        let (where_sql, binds) = filter_sql(f);
        let list_sql = format!(
            // The sort language is one of a fixed list, so it can sit in the SQL text.
            "SELECT {ORG_COLUMNS} FROM organisations o JOIN organisation_sort_keys k ON k.organisation_id = o.id AND k.lang = '{}'{where_sql} \
             ORDER BY k.sort_key, o.slug LIMIT {} OFFSET {}",
            f.sort_lang(),
            f.limit(),
            f.offset()
        );
        let count_sql = format!("SELECT COUNT(*) FROM organisations o{where_sql}");
        let (rows, total): (Vec<OrgRow>, i64) = on_pool!(self, |p| {
            let mut q = sqlx::query_as(AssertSqlSafe(list_sql));
            let mut c = sqlx::query_scalar(AssertSqlSafe(count_sql));
            for b in &binds {
                q = q.bind(b.clone());
                c = c.bind(b.clone());
            }
            (q.fetch_all(p).await.map_err(db_error)?, c.fetch_one(p).await.map_err(db_error)?)
        });
        Ok(Page { items: rows.into_iter().map(Into::into).collect(), total })
    }

    async fn directory_stats(&self) -> DomainResult<DirectoryStats> {
        let (organisations, active_members, active_by_network) = on_pool!(self, |p| {
            (
            sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE archived = FALSE").fetch_one(p).await.map_err(db_error)?,
            sqlx::query_scalar(
                "SELECT COUNT(DISTINCT m.organisation_id) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                 WHERE m.status = 'active' AND o.archived = FALSE"
            )
            .fetch_one(p)
            .await
            .map_err(db_error)?,
            sqlx::query_as(
                "SELECT m.network_id, COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                 WHERE m.status = 'active' AND o.archived = FALSE GROUP BY m.network_id"
            )
            .fetch_all(p)
            .await
            .map_err(db_error)?
        )
        });
        Ok(DirectoryStats { organisations, active_members, active_by_network })
    }

    async fn children(&self, id: i64) -> DomainResult<Vec<Organisation>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.parent_id = $1 ORDER BY o.slug");
        let rows: Vec<OrgRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_all(p).await).map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn organisation_slugs(&self) -> DomainResult<Vec<String>> {
        on_pool!(self, |p| sqlx::query_scalar("SELECT slug FROM organisations").fetch_all(p).await).map_err(db_error)
    }

    async fn create_organisation(
        &self,
        d: &OrganisationDraft,
        parent_id: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Organisation> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            let id = insert_org!(tx, d, parent_id);
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.organisation_by_id(id).await?.ok_or(hansa_domain::DomainError::NotFound)
    }

    async fn update_organisation(
        &self,
        id: i64,
        d: &OrganisationDraft,
        parent_id: Option<i64>,
        renamed: Option<&HistoryEntry>,
        audit: AuditNote,
    ) -> DomainResult<Organisation> {
        on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            update_org!(tx, id, d, parent_id);
            if let Some(e) = renamed {
                insert_history!(tx, id, e);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.organisation_by_id(id).await?.ok_or(hansa_domain::DomainError::NotFound)
    }

    async fn import_organisations(&self, rows: &[OrganisationDraft], audit: AuditNote) -> DomainResult<ImportCounts> {
        let mut counts = ImportCounts::default();
        on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            for d in rows {
                let parent_id: Option<i64> = match &d.parent {
                    Some(slug) => Some(
                        sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                            .bind(slug)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(db_error)?
                            .ok_or_else(|| {
                                hansa_domain::DomainError::Invalid(vec![hansa_domain::FieldError::with(
                                    "parent",
                                    "err-unknown",
                                    slug,
                                )])
                            })?,
                    ),
                    None => None,
                };
                let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                    .bind(&d.slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                match existing {
                    Some(id) => {
                        update_org!(tx, id, d, parent_id);
                        counts.updated += 1;
                    }
                    None => {
                        insert_org!(tx, d, parent_id);
                        counts.created += 1;
                    }
                }
            }
            let mut audit = audit;
            audit.changes = serde_json::json!({"created": counts.created, "updated": counts.updated});
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        Ok(counts)
    }

    async fn set_archived(&self, id: i64, archived: bool, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            sqlx::query("UPDATE organisations SET archived = $1, updated_at = $2 WHERE id = $3")
                .bind(archived)
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn set_logo(&self, id: i64, content_type: &str, bytes: &[u8], audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            sqlx::query(
                "INSERT INTO organisation_logos (organisation_id, content_type, bytes) VALUES ($1, $2, $3)
                 ON CONFLICT (organisation_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes",
            )
            .bind(id)
            .bind(content_type)
            .bind(bytes)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            sqlx::query("UPDATE organisations SET updated_at = $1 WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn logo(&self, id: i64) -> DomainResult<Option<(String, Vec<u8>)>> {
        on_pool!(self, |p| sqlx::query_as(
            "SELECT content_type, bytes FROM organisation_logos WHERE organisation_id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await)
        .map_err(db_error)
    }

    async fn add_history(&self, id: i64, e: &HistoryEntry, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin().await.map_err(db_error)?;
            insert_history!(tx, id, e);
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn history(&self, id: i64) -> DomainResult<Vec<HistoryEntry>> {
        let rows: Vec<(String, String, String, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT date, event, name_json, note_json FROM organisation_history WHERE organisation_id = $1 ORDER BY date, id"
        )
        .bind(id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(date, event, name, note)| HistoryEntry {
                date,
                event: HistoryEvent::parse(&event).unwrap_or(HistoryEvent::Renamed),
                name: localized(&name),
                note: localized(&note),
            })
            .collect())
    }

    async fn member_counts_by_country(&self, network_id: Option<i64>) -> DomainResult<Vec<(String, i64)>> {
        // CROSS JOIN keeps SQLite starting from the few active memberships, not every organisation.
        let sql = "SELECT o.country, COUNT(DISTINCT o.id) FROM memberships m CROSS JOIN organisations o
                   WHERE o.id = m.organisation_id AND m.status = 'active' AND o.country IS NOT NULL AND o.archived = FALSE AND ($1 = 0 OR m.network_id = $1)
                   GROUP BY o.country ORDER BY 2 DESC, 1";
        on_pool!(self, |p| sqlx::query_as(sql).bind(network_id.unwrap_or(0)).fetch_all(p).await).map_err(db_error)
    }
}
