//! Check-ins: a desk's batch of scans in one transaction. The partial unique index on the
//! counted check-in decides between two desks that scanned one person at once (the insert
//! that loses does nothing and is recorded as a duplicate of the winner), on either backend.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, now, on_pool, write_audit};
use hansa_core::error::DomainResult;

use crate::store::{CheckInRow, CheckInStore, Recorded, ScanWrite};

#[async_trait]
impl CheckInStore for SqlStore {
    async fn record_scans(
        &self,
        event_id: i64,
        device: &str,
        scans: &[ScanWrite],
        audit: AuditNote,
    ) -> DomainResult<Vec<Recorded>> {
        let received = now();
        let out = on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let mut out = Vec::with_capacity(scans.len());
            for w in scans {
                let s = &w.scan;
                let seen: Option<i64> = sqlx::query_scalar("SELECT id FROM check_ins WHERE scan_id = $1")
                    .bind(&s.scan_id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if seen.is_some() {
                    out.push(Recorded::Replayed);
                    continue;
                }
                let first: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO check_ins (event_id, registration_id, day, session_slug, scanned_at, received_at, device, scan_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (registration_id, day, session_slug) WHERE duplicate_of IS NULL DO NOTHING RETURNING id",
                )
                .bind(event_id)
                .bind(w.registration_id)
                .bind(&s.day)
                .bind(&s.session)
                .bind(s.at)
                .bind(received)
                .bind(device)
                .bind(&s.scan_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
                if first.is_some() {
                    // The first time at the door: an approved registration is now attended.
                    let changed = sqlx::query(
                        "UPDATE registrations SET status = 'attended', updated_at = $2 WHERE id = $1 AND status = 'approved'",
                    )
                    .bind(w.registration_id)
                    .bind(received)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                    if changed.rows_affected() > 0 {
                        sqlx::query(
                            "INSERT INTO registration_history (registration_id, at, status, actor_id) VALUES ($1, $2, 'attended', NULL)",
                        )
                        .bind(w.registration_id)
                        .bind(received)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_error)?;
                    }
                    out.push(Recorded::First);
                    continue;
                }
                let (first_id, first_at, first_device): (i64, i64, String) = sqlx::query_as(
                    "SELECT id, scanned_at, device FROM check_ins \
                     WHERE registration_id = $1 AND day = $2 AND session_slug = $3 AND duplicate_of IS NULL",
                )
                .bind(w.registration_id)
                .bind(&s.day)
                .bind(&s.session)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                sqlx::query(
                    "INSERT INTO check_ins (event_id, registration_id, day, session_slug, scanned_at, received_at, device, scan_id, duplicate_of) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(event_id)
                .bind(w.registration_id)
                .bind(&s.day)
                .bind(&s.session)
                .bind(s.at)
                .bind(received)
                .bind(device)
                .bind(&s.scan_id)
                .bind(first_id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                out.push(Recorded::Duplicate { first_at, first_device });
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            out
        });
        Ok(out)
    }

    async fn check_ins(&self, event_id: i64) -> DomainResult<Vec<CheckInRow>> {
        let rows: Vec<(i64, String, String, i64, String, bool)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT registration_id, day, session_slug, scanned_at, device, duplicate_of IS NOT NULL \
             FROM check_ins WHERE event_id = $1 ORDER BY id"
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(registration_id, day, session, scanned_at, device, duplicate)| CheckInRow {
                registration_id,
                day,
                session,
                scanned_at,
                device,
                duplicate,
            })
            .collect())
    }
}
