//! Spreadsheet imports: the one transaction that writes a planned import and remembers what
//! it did to each record, its undo, saved column mappings, and the search-term rebuild.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, json_text, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use sqlx::AssertSqlSafe;

use super::organisation_sql::{insert_org, update_org, write_search_terms};
use super::rows::{ORG_COLUMNS, OrgRow};
use crate::import::columns::MappingSpec;
use crate::import::merge::OrgState;
use crate::import::plan::Write;
use crate::model::Organisation;
use crate::store::{ImportItem, ImportRecord, ImportStore, UndoReport};

use super::import_state::{STATE_SQL, StateRow, after_state, draft_of, import_rows, state_of, to_json};

/// Reads the current state of `$id` in `$tx`, locking the row on PostgreSQL so no one
/// changes it between the check and the write (SQLite's write lock is already held).
macro_rules! current_state {
    ($tx:ident, $id:expr, $pg:expr) => {{
        let sql = if $pg { format!("{STATE_SQL} FOR UPDATE") } else { STATE_SQL.to_owned() };
        let row: Option<StateRow> =
            sqlx::query_as(AssertSqlSafe(sql)).bind($id).fetch_optional(&mut *$tx).await.map_err(db_error)?;
        row.map(state_of)
    }};
}

#[async_trait]
impl ImportStore for SqlStore {
    async fn all_organisations(&self) -> DomainResult<Vec<Organisation>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o ORDER BY o.id");
        let rows: Vec<OrgRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).fetch_all(p).await).map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn apply_import(
        &self,
        file_name: &str,
        items: &[ImportItem],
        audit: AuditNote,
        written: &mut (dyn FnMut(usize) + Send),
    ) -> DomainResult<i64> {
        let pg = matches!(self.pool(), hansa_core::db::Pool::Postgres(_));
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let import_id: i64 = sqlx::query_scalar(
                "INSERT INTO imports (at, actor_id, file_name, summary_json) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(now())
            .bind(audit.actor_id)
            .bind(file_name)
            .bind(audit.changes.to_string())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            for (i, item) in items.iter().enumerate() {
                if i % crate::import::plan::PROGRESS_EVERY == 0 {
                    written(i);
                }
                let draft = match &item.write {
                    Write::Create(d) | Write::Update { draft: d, .. } => d,
                };
                let parent_id: Option<i64> = match &draft.parent {
                    Some(slug) => Some(
                        sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                            .bind(slug)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(db_error)?
                            .ok_or_else(|| {
                                DomainError::Invalid(vec![FieldError::with("parent", "err-unknown", slug)])
                            })?,
                    ),
                    None => None,
                };
                let (id, before, archived) = match &item.write {
                    Write::Create(d) => (insert_org!(tx, d, parent_id), None, false),
                    Write::Update { id, before, draft } => {
                        let now_state = current_state!(tx, *id, pg);
                        if now_state.as_ref() != Some(before.as_ref()) {
                            return Err(DomainError::Conflict(FieldError::with(
                                "rows",
                                "err-import-changed-since",
                                &before.slug,
                            )));
                        }
                        update_org!(tx, *id, draft, parent_id);
                        (*id, Some(to_json(before)), before.archived)
                    }
                };
                if let Some(e) = &item.renamed {
                    sqlx::query(
                        "INSERT INTO organisation_history (organisation_id, date, event, name_json, note_json, created_at, import_id) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(id)
                    .bind(&e.date)
                    .bind(e.event.code())
                    .bind(json_text(&e.name))
                    .bind(json_text(&e.note))
                    .bind(now())
                    .bind(import_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                }
                sqlx::query("INSERT INTO import_changes (import_id, organisation_id, before_json, after_json) VALUES ($1, $2, $3, $4)")
                    .bind(import_id)
                    .bind(id)
                    .bind(before)
                    .bind(to_json(&after_state(draft, parent_id, archived)))
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                // Each record's own entry, with its diff; the area is bumped once, below.
                let mut note = AuditNote::new(
                    audit.actor_id,
                    "import",
                    &format!("organisation:{}", draft.slug),
                    serde_json::json!({"import": import_id, "changes": item.changes}),
                );
                note.token = audit.token.clone();
                note.area = None;
                write_audit!(tx, note);
            }
            let mut audit = audit;
            audit.entity = format!("import:{import_id}");
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(import_id)
        })
    }

    async fn undo_import(&self, id: i64, audit: AuditNote) -> DomainResult<UndoReport> {
        let pg = matches!(self.pool(), hansa_core::db::Pool::Postgres(_));
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let undone: Option<Option<i64>> = sqlx::query_scalar("SELECT undone_at FROM imports WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
            match undone {
                None => return Err(DomainError::NotFound),
                Some(Some(_)) => {
                    return Err(DomainError::Conflict(FieldError::with("import", "err-import-undone", id)));
                }
                Some(None) => {}
            }
            let changes: Vec<(i64, Option<String>, String)> = sqlx::query_as(
                "SELECT organisation_id, before_json, after_json FROM import_changes WHERE import_id = $1 ORDER BY organisation_id DESC",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_error)?;
            let mut report = UndoReport::default();
            for (org, before, after) in changes {
                let after: OrgState = serde_json::from_str(&after).map_err(|e| DomainError::Storage(e.to_string()))?;
                let Some(current) = current_state!(tx, org, pg) else { continue };
                if current != after {
                    report.refused.push(current.slug);
                    continue;
                }
                match before {
                    None => {
                        sqlx::query("UPDATE organisations SET archived = TRUE, updated_at = $1 WHERE id = $2")
                            .bind(now())
                            .bind(org)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_error)?;
                        report.archived.push(current.slug);
                    }
                    Some(before) => {
                        let before: OrgState =
                            serde_json::from_str(&before).map_err(|e| DomainError::Storage(e.to_string()))?;
                        let d = draft_of(&before);
                        update_org!(tx, org, &d, before.parent_id);
                        report.restored.push(before.slug);
                    }
                }
                sqlx::query("DELETE FROM organisation_history WHERE import_id = $1 AND organisation_id = $2")
                    .bind(id)
                    .bind(org)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            sqlx::query("UPDATE imports SET undone_at = $1 WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            let mut audit = audit;
            audit.changes = serde_json::to_value(&report).unwrap_or_default();
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(report)
        })
    }

    async fn imports(&self, limit: i64) -> DomainResult<Vec<ImportRecord>> {
        import_rows(self, None, limit).await
    }

    async fn import_record(&self, id: i64) -> DomainResult<Option<ImportRecord>> {
        Ok(import_rows(self, Some(id), 1).await?.into_iter().next())
    }

    async fn saved_mapping(&self, header_key: &str) -> DomainResult<Option<MappingSpec>> {
        let json: Option<String> =
            on_pool!(self, |p| sqlx::query_scalar("SELECT mapping_json FROM import_mappings WHERE header_key = $1")
                .bind(header_key)
                .fetch_optional(p)
                .await)
            .map_err(db_error)?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    async fn save_mapping(&self, header_key: &str, spec: &MappingSpec) -> DomainResult<()> {
        let json = serde_json::to_string(spec).unwrap_or_default();
        on_pool!(self, |p| sqlx::query(
            "INSERT INTO import_mappings (header_key, mapping_json, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (header_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at"
        )
        .bind(header_key)
        .bind(json)
        .bind(now())
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_error)
    }

    async fn rebuild_search_terms(&self, only_if_empty: bool) -> DomainResult<usize> {
        // Checked before reading anything else: every start of the binary asks this.
        if only_if_empty {
            let any: Option<i64> =
                on_pool!(self, |p| sqlx::query_scalar("SELECT organisation_id FROM organisation_search_terms LIMIT 1")
                    .fetch_optional(p)
                    .await)
                .map_err(db_error)?;
            if any.is_some() {
                return Ok(0);
            }
        }
        let all = self.all_organisations().await?;
        if all.is_empty() {
            return Ok(0);
        }
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            for o in &all {
                let d = draft_of(&OrgState::from(o));
                write_search_terms!(tx, o.id, &d);
            }
            tx.commit().await.map_err(db_error)?;
            Ok(all.len())
        })
    }
}
