//! Follow-ups: a write checks in its own transaction that the organisation and the meeting
//! exist and that the owner is staff, so a role taken away meanwhile cannot slip through; a
//! status move carries the status it expects into its `UPDATE`.

use async_trait::async_trait;
use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use sqlx::AssertSqlSafe;

use super::{id_of, localized};
use crate::model::*;
use crate::store::FollowUpFilter;

pub(super) type FollowUpRow =
    (i64, String, String, Option<i64>, i64, String, String, String, Option<String>, Option<String>, String, String);

pub(super) const SELECT: &str = "SELECT f.id, f.title, o.slug, f.meeting_id, f.owner_id, f.due_on, f.status, f.leads_to, \
     f.reference, f.closed_on, o.name_json, u.display_name FROM follow_ups f \
     JOIN organisations o ON o.id = f.organisation_id JOIN users u ON u.id = f.owner_id";

pub(super) fn follow_up_of(r: FollowUpRow) -> FollowUp {
    let (id, title, organisation, meeting, owner, due_on, status, leads_to, reference, closed_on, org_name, owner_name) =
        r;
    FollowUp {
        id,
        draft: FollowUpDraft {
            title,
            organisation,
            meeting,
            owner,
            due_on,
            leads_to: LeadsTo::parse(&leads_to).unwrap_or(LeadsTo::Other),
            reference,
        },
        status: FollowUpStatus::parse(&status).unwrap_or(FollowUpStatus::Open),
        closed_on,
        organisation_name: localized(&org_name),
        owner_name,
    }
}

#[async_trait]
impl crate::store::FollowUpStore for SqlStore {
    async fn save_follow_up(&self, id: Option<i64>, d: &FollowUpDraft, audit: AuditNote) -> DomainResult<i64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let mut errors: Vec<FieldError> = Vec::new();
            let org = id_of!(tx, "organisations", &d.organisation, "organisation", errors);
            if let Some(m) = d.meeting {
                let found: Option<i64> = sqlx::query_scalar("SELECT id FROM outreach_meetings WHERE id = $1")
                    .bind(m)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if found.is_none() {
                    errors.push(FieldError::with("meeting", "err-unknown", m));
                }
            }
            let role: Option<String> = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
                .bind(d.owner)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
            if !matches!(role.as_deref(), Some("staff" | "admin")) {
                errors.push(FieldError::new("owner", "err-outreach-owner-not-staff"));
            }
            let Some(org) = org.filter(|_| errors.is_empty()) else {
                return Err(DomainError::Invalid(errors));
            };
            let sql = match id {
                None => {
                    "INSERT INTO follow_ups (title, organisation_id, meeting_id, owner_id, due_on, leads_to, reference, \
                     updated_at, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open') RETURNING id"
                }
                Some(_) => {
                    "UPDATE follow_ups SET title = $1, organisation_id = $2, meeting_id = $3, owner_id = $4, due_on = $5, \
                     leads_to = $6, reference = $7, updated_at = $8 WHERE id = $9 RETURNING id"
                }
            };
            let q = sqlx::query_scalar(sql)
                .bind(&d.title)
                .bind(org)
                .bind(d.meeting)
                .bind(d.owner)
                .bind(&d.due_on)
                .bind(d.leads_to.code())
                .bind(&d.reference)
                .bind(now());
            let q = match id {
                Some(id) => q.bind(id),
                None => q,
            };
            let saved: Option<i64> = q.fetch_optional(&mut *tx).await.map_err(db_error)?;
            let saved = saved.ok_or(DomainError::NotFound)?;
            if id.is_none() {
                sqlx::query(
                    "INSERT INTO follow_up_status_changes (follow_up_id, status, changed_on, actor_id, at) \
                     VALUES ($1, 'open', $2, $3, $4)",
                )
                .bind(saved)
                .bind(today())
                .bind(audit.actor_id)
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            let mut audit = audit;
            audit.entity = format!("follow-up:{saved}");
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(saved)
        })
    }

    async fn move_follow_up(
        &self,
        id: i64,
        from: FollowUpStatus,
        to: FollowUpStatus,
        on: &str,
        actor: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let closed = (to != FollowUpStatus::Open).then_some(on);
            let moved: Option<i64> = sqlx::query_scalar(
                "UPDATE follow_ups SET status = $1, closed_on = $2, updated_at = $3 WHERE id = $4 AND status = $5 RETURNING id",
            )
            .bind(to.code())
            .bind(closed)
            .bind(now())
            .bind(id)
            .bind(from.code())
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
            if moved.is_none() {
                return Err(DomainError::Conflict(FieldError::with("status", "err-changed-meanwhile", from.code())));
            }
            sqlx::query(
                "INSERT INTO follow_up_status_changes (follow_up_id, status, changed_on, actor_id, at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(to.code())
            .bind(on)
            .bind(actor)
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn follow_up(&self, id: i64) -> DomainResult<Option<FollowUp>> {
        let sql = format!("{SELECT} WHERE f.id = $1");
        let row: Option<FollowUpRow> = on_pool!(self, |p| {
            sqlx::query_as(AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await.map_err(db_error)?
        });
        Ok(row.map(follow_up_of))
    }

    async fn follow_ups(&self, f: &FollowUpFilter) -> DomainResult<Vec<FollowUp>> {
        let sql = format!(
            "{SELECT} WHERE (CAST($1 AS BIGINT) IS NULL OR f.owner_id = $1) \
             AND (CAST($2 AS TEXT) IS NULL OR o.slug = $2) AND (CAST($3 AS BIGINT) IS NULL OR f.meeting_id = $3) \
             AND ($4 = 0 OR f.status = 'open') ORDER BY f.due_on, f.id"
        );
        let rows: Vec<FollowUpRow> = on_pool!(self, |p| {
            sqlx::query_as(AssertSqlSafe(sql.as_str()))
                .bind(f.owner)
                .bind(&f.organisation)
                .bind(f.meeting)
                .bind(i32::from(f.open_only))
                .fetch_all(p)
                .await
                .map_err(db_error)?
        });
        Ok(rows.into_iter().map(follow_up_of).collect())
    }

    async fn follow_up_history(&self, id: i64) -> DomainResult<Vec<StatusStep>> {
        let rows: Vec<(String, String, Option<String>)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT c.status, c.changed_on, u.display_name FROM follow_up_status_changes c \
                 LEFT JOIN users u ON u.id = c.actor_id WHERE c.follow_up_id = $1 ORDER BY c.at, c.id",
            )
            .bind(id)
            .fetch_all(p)
            .await
            .map_err(db_error)?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(s, on, actor)| Some(StatusStep { status: FollowUpStatus::parse(&s)?, on, actor }))
            .collect())
    }

    async fn staff_accounts(&self) -> DomainResult<Vec<(i64, String)>> {
        on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT id, display_name FROM users WHERE role IN ('staff', 'admin') ORDER BY display_name, id",
            )
            .fetch_all(p)
            .await
            .map_err(db_error)
        })
    }
}
