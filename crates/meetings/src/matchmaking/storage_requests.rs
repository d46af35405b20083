//! Meeting requests on both backends. The database keeps the two rules no race may break —
//! one live request per pair (either direction) and one meeting a table a slot — as unique
//! indexes; a write that hits one becomes a `Conflict` naming the form's field.

use std::collections::HashMap;

use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, json_text, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use hansa_core::outbox::{Message, write_message};
use sqlx::AssertSqlSafe;

use super::model::RequestStatus;
use super::store::{MatchRequest, NewRequest, Placement, RequestScope, Run};

/// Placements written by one statement (4 parameters each, well under both backends' limits).
const PLACEMENTS_PER_STATEMENT: usize = 500;

/// A unique violation as the form's field and message; other errors pass through.
fn clash(field: &'static str, code: &'static str) -> impl Fn(sqlx::Error) -> DomainError {
    move |e| match db_error(e) {
        DomainError::Conflict(_) => DomainError::Conflict(FieldError::new(field, code)),
        other => other,
    }
}

type RequestRow =
    (i64, i64, i64, String, String, i32, bool, i64, i64, Option<i64>, Option<i32>, Option<i64>, bool, i64);

/// Requests of `scope`, each with its companions (grouped once, not searched per request).
pub(super) async fn requests(store: &SqlStore, event_id: i64, scope: RequestScope) -> DomainResult<Vec<MatchRequest>> {
    // A registration's requests by its own indexes (from, to, companions), as a UNION: with
    // the event or an OR in the same WHERE, both planners walk every request of the event.
    let (filter, key) = match scope {
        RequestScope::All => ("m.event_id = $1", event_id),
        RequestScope::Of(r) => (
            "m.id IN (SELECT id FROM match_requests WHERE from_id = $1 UNION SELECT id FROM match_requests \
             WHERE to_id = $1 UNION SELECT request_id FROM match_companions WHERE registration_id = $1)",
            r,
        ),
        RequestScope::One(id) => ("m.id = $1", id),
    };
    let sql = format!(
        "SELECT m.id, m.from_id, m.to_id, m.message, m.status, m.priority, m.by_staff, m.created_at, m.expires_at, \
         m.slot_id, m.table_no, m.interpreter_id, m.locked, m.event_id FROM match_requests m WHERE {filter} ORDER BY m.id"
    );
    let companions_sql = format!(
        "SELECT c.request_id, c.registration_id FROM match_companions c JOIN match_requests m ON m.id = c.request_id \
         WHERE {filter} ORDER BY c.request_id, c.registration_id"
    );
    on_pool!(store, |p| {
        let rows: Vec<RequestRow> =
            sqlx::query_as(AssertSqlSafe(sql.clone())).bind(key).fetch_all(p).await.map_err(db_error)?;
        // A request of another event (an id or a registration from elsewhere) is not this one's.
        let rows: Vec<RequestRow> = rows.into_iter().filter(|r| r.13 == event_id).collect();
        let pairs: Vec<(i64, i64)> =
            sqlx::query_as(AssertSqlSafe(companions_sql.clone())).bind(key).fetch_all(p).await.map_err(db_error)?;
        let mut companions: HashMap<i64, Vec<i64>> = HashMap::new();
        for (request, registration) in pairs {
            companions.entry(request).or_default().push(registration);
        }
        Ok(rows
            .into_iter()
            .map(|r| MatchRequest {
                id: r.0,
                from: r.1,
                to: r.2,
                companions: companions.remove(&r.0).unwrap_or_default(),
                message: r.3,
                status: RequestStatus::parse(&r.4).unwrap_or(RequestStatus::Cancelled),
                priority: r.5,
                by_staff: r.6,
                created_at: r.7,
                expires_at: r.8,
                slot: r.9,
                table: r.10,
                interpreter: r.11,
                locked: r.12,
            })
            .collect())
    })
}

pub(super) async fn create(
    store: &SqlStore,
    event_id: i64,
    r: &NewRequest,
    message: Option<Message>,
    audit: AuditNote,
) -> DomainResult<i64> {
    let (low, high) = (r.from.min(r.to), r.from.max(r.to));
    on_pool!(store, |p| {
        let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
        // An unanswered request past its time no longer stands between the two.
        sqlx::query(
            "UPDATE match_requests SET status = 'expired' WHERE event_id = $1 AND pair_low = $2 AND pair_high = $3 \
             AND status = 'pending' AND expires_at <= $4",
        )
        .bind(event_id)
        .bind(low)
        .bind(high)
        .bind(r.created_at)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO match_requests (event_id, from_id, to_id, pair_low, pair_high, message, status, priority, \
             by_staff, created_at, expires_at, decided_at, locked) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, FALSE) RETURNING id",
        )
        .bind(event_id)
        .bind(r.from)
        .bind(r.to)
        .bind(low)
        .bind(high)
        .bind(&r.message)
        .bind(r.status.code())
        .bind(r.priority)
        .bind(r.by_staff)
        .bind(r.created_at)
        .bind(r.expires_at)
        .bind((r.status != RequestStatus::Pending).then_some(r.created_at))
        .fetch_one(&mut *tx)
        .await
        .map_err(clash("to", "err-match-duplicate"))?;
        for c in &r.companions {
            sqlx::query("INSERT INTO match_companions (request_id, registration_id) VALUES ($1, $2)")
                .bind(id)
                .bind(c)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        if let Some(m) = &message {
            write_message!(tx, m);
        }
        let mut audit = audit;
        audit.entity = format!("match-request:{id}");
        write_audit!(tx, audit);
        tx.commit().await.map_err(db_error)?;
        Ok(id)
    })
}

pub(super) async fn move_to(
    store: &SqlStore,
    id: i64,
    from: RequestStatus,
    to: RequestStatus,
    at: i64,
    message: Option<Message>,
    audit: AuditNote,
) -> DomainResult<()> {
    let keeps_table = to == RequestStatus::Accepted;
    on_pool!(store, |p| {
        let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
        let moved: Option<i64> = sqlx::query_scalar(
            "UPDATE match_requests SET status = $1, decided_at = $2, \
             slot_id = CASE WHEN $3 THEN slot_id ELSE NULL END, table_no = CASE WHEN $3 THEN table_no ELSE NULL END, \
             interpreter_id = CASE WHEN $3 THEN interpreter_id ELSE NULL END, locked = (locked AND $3) \
             WHERE id = $4 AND status = $5 AND (status <> 'pending' OR expires_at > $2) RETURNING id",
        )
        .bind(to.code())
        .bind(at)
        .bind(keeps_table)
        .bind(id)
        .bind(from.code())
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?;
        if moved.is_none() {
            return Err(DomainError::Conflict(FieldError::with("status", "err-match-request-changed", id)));
        }
        if let Some(m) = &message {
            write_message!(tx, m);
        }
        write_audit!(tx, audit);
        tx.commit().await.map_err(db_error)
    })
}

pub(super) async fn place(
    store: &SqlStore,
    id: i64,
    place: Option<(i64, i32)>,
    locked: bool,
    audit: AuditNote,
) -> DomainResult<()> {
    on_pool!(store, |p| {
        let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
        let done: Option<i64> = sqlx::query_scalar(
            "UPDATE match_requests SET slot_id = $1, table_no = $2, locked = $3, \
             interpreter_id = CASE WHEN $1 IS NULL OR $1 <> slot_id THEN NULL ELSE interpreter_id END \
             WHERE id = $4 AND status = 'accepted' RETURNING id",
        )
        .bind(place.map(|p| p.0))
        .bind(place.map(|p| p.1))
        .bind(locked)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(clash("table", "err-match-table-taken"))?;
        if done.is_none() {
            return Err(DomainError::Conflict(FieldError::with("status", "err-match-request-changed", id)));
        }
        write_audit!(tx, audit);
        tx.commit().await.map_err(db_error)
    })
}

pub(super) async fn save_schedule(
    store: &SqlStore,
    event_id: i64,
    placements: &[Placement],
    run: &Run,
    audit: AuditNote,
) -> DomainResult<()> {
    on_pool!(store, |p| {
        let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
        // Off the tables first, so a meeting moving to a table another one leaves never
        // meets the one-meeting-a-table index half-way.
        sqlx::query(
            "UPDATE match_requests SET slot_id = NULL, table_no = NULL, interpreter_id = NULL \
             WHERE event_id = $1 AND NOT locked",
        )
        .bind(event_id)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        // Hundreds of placements a statement (one UPDATE … FROM a VALUES list on both backends):
        // a statement each made 18,000 placements take minutes on PostgreSQL.
        for chunk in placements.chunks(PLACEMENTS_PER_STATEMENT) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let b = 2 + i * 4;
                    format!(
                        "(CAST(${b} AS BIGINT), CAST(${} AS BIGINT), CAST(${} AS INTEGER), CAST(${} AS BIGINT))",
                        b + 1,
                        b + 2,
                        b + 3
                    )
                })
                .collect();
            // A CTE names the values' columns the same way on both (SQLite has no `AS v(…)`).
            let sql = format!(
                "WITH v(request, slot, tbl, interpreter) AS (VALUES {}) \
                 UPDATE match_requests SET slot_id = v.slot, table_no = v.tbl, interpreter_id = v.interpreter \
                 FROM v WHERE match_requests.id = v.request AND match_requests.event_id = $1 \
                 AND match_requests.status = 'accepted' AND NOT match_requests.locked",
                rows.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql)).bind(event_id);
            for pl in chunk {
                q = q.bind(pl.request).bind(pl.slot).bind(pl.table).bind(pl.interpreter);
            }
            q.execute(&mut *tx).await.map_err(clash("table", "err-match-table-taken"))?;
        }
        sqlx::query(
            "INSERT INTO match_runs (event_id, at, actor_id, scheduled, unscheduled, priority_total, upper_bound, \
             elapsed_ms, shortfalls_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(event_id)
        .bind(if run.at == 0 { now() } else { run.at })
        .bind(audit.actor_id)
        .bind(run.scheduled as i32)
        .bind(run.unscheduled as i32)
        .bind(run.priority_total)
        .bind(run.upper_bound)
        .bind(run.elapsed_ms)
        .bind(json_text(&run.shortfalls))
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        write_audit!(tx, audit);
        tx.commit().await.map_err(db_error)
    })
}
