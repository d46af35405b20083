//! The mini roundtables' last assignment on both backends: figures in one row, seats in a
//! row each, replaced together.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, now, on_pool, write_audit};
use hansa_core::error::DomainResult;

use super::roundtables::{RoundtableSetup, RoundtableStore, Roundtables, Seat};

type Figures = (i32, i32, i32, bool, bool, i64, i64, bool, Option<i32>);

#[async_trait]
impl RoundtableStore for SqlStore {
    async fn roundtables(&self, event_id: i64) -> DomainResult<Option<Roundtables>> {
        on_pool!(self, |p| {
            let row: Option<Figures> = sqlx::query_as(
                "SELECT rounds, tables_per_theme, seats, no_repeat, mix_countries, satisfaction, optimum_bound, \
                 exact, mix_violations FROM roundtables WHERE event_id = $1",
            )
            .bind(event_id)
            .fetch_optional(p)
            .await
            .map_err(db_error)?;
            let Some((
                rounds,
                tables_per_theme,
                seats,
                no_repeat,
                mix_countries,
                satisfaction,
                optimum_bound,
                exact,
                mix,
            )) = row
            else {
                return Ok(None);
            };
            let rows: Vec<(i32, String, i32, i64)> = sqlx::query_as(
                "SELECT round_no, theme, table_no, registration_id FROM roundtable_seats WHERE event_id = $1 \
                 ORDER BY round_no, theme, table_no, registration_id",
            )
            .bind(event_id)
            .fetch_all(p)
            .await
            .map_err(db_error)?;
            Ok(Some(Roundtables {
                setup: RoundtableSetup { rounds, tables_per_theme, seats, no_repeat, mix_countries },
                satisfaction,
                optimum_bound,
                exact,
                mix_violations: mix,
                seats: rows
                    .into_iter()
                    .map(|(round, theme, table, registration)| Seat { round, theme, table, registration })
                    .collect(),
            }))
        })
    }

    async fn save_roundtables(&self, event_id: i64, r: &Roundtables, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query("DELETE FROM roundtable_seats WHERE event_id = $1")
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            let s = &r.setup;
            sqlx::query(
                "INSERT INTO roundtables (event_id, rounds, tables_per_theme, seats, no_repeat, mix_countries, \
                 satisfaction, optimum_bound, exact, mix_violations, assigned_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (event_id) DO UPDATE SET \
                 rounds = $2, tables_per_theme = $3, seats = $4, no_repeat = $5, mix_countries = $6, \
                 satisfaction = $7, optimum_bound = $8, exact = $9, mix_violations = $10, assigned_at = $11",
            )
            .bind(event_id)
            .bind(s.rounds)
            .bind(s.tables_per_theme)
            .bind(s.seats)
            .bind(s.no_repeat)
            .bind(s.mix_countries)
            .bind(r.satisfaction)
            .bind(r.optimum_bound)
            .bind(r.exact)
            .bind(r.mix_violations)
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            for seat in &r.seats {
                sqlx::query(
                    "INSERT INTO roundtable_seats (event_id, round_no, theme, table_no, registration_id) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(event_id)
                .bind(seat.round)
                .bind(&seat.theme)
                .bind(seat.table)
                .bind(seat.registration)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
