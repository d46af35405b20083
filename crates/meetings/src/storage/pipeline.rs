//! The pipeline board on SQLite and PostgreSQL. The board is one statement that reads the
//! directory's memberships beside the stages staff set, so "member" and "applying" come from
//! the directory at the moment of reading. A move reads what it checks inside its write
//! transaction and carries the stage it expects into its `UPDATE` (or inserts only where no
//! row exists), so two staff moving one card at once cannot both succeed.

use async_trait::async_trait;
use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use hansa_directory::model::MembershipStatus;

use super::localized;
use crate::model::{ProspectCard, Stage, Standing, check_move};

/// Slug, name, country, region, membership status, stored stage, stage since, last meeting,
/// open follow-ups, overdue follow-ups.
type CardRow = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    i64,
);

/// Who is on a network's board ($1), with what each card shows; $2 is today. A member is on
/// it when staff put it there or its membership once was a prospect's: the directory's
/// long-standing members are not the pipeline's business.
const BOARD: &str = "SELECT o.slug, o.name_json, o.country, o.region, m.status, p.stage, p.stage_since, \
     (SELECT MAX(om.met_on) FROM outreach_organisations x JOIN outreach_meetings om ON om.id = x.meeting_id \
      WHERE x.organisation_id = o.id), \
     (SELECT COUNT(*) FROM follow_ups f WHERE f.organisation_id = o.id AND f.status = 'open'), \
     (SELECT COUNT(*) FROM follow_ups f WHERE f.organisation_id = o.id AND f.status = 'open' AND f.due_on < $2) \
     FROM organisations o \
     LEFT JOIN memberships m ON m.organisation_id = o.id AND m.network_id = $1 \
     LEFT JOIN pipeline_prospects p ON p.organisation_id = o.id AND p.network_id = $1 \
     WHERE NOT o.archived AND (p.id IS NOT NULL OR m.status IN ('prospect', 'applicant') \
       OR (m.status = 'active' AND EXISTS (SELECT 1 FROM membership_status_changes c \
           WHERE c.membership_id = m.id AND c.status = 'prospect'))) \
     ORDER BY o.slug";

fn card_of(r: CardRow) -> ProspectCard {
    let (slug, name, country, region, membership, stored, stage_since, last_met_on, open, overdue) = r;
    ProspectCard {
        organisation: slug,
        name: localized(&name),
        region: ProspectCard::region_of(region.as_deref(), country.as_deref()),
        country,
        standing: Standing {
            membership: membership.as_deref().and_then(MembershipStatus::parse),
            stored: stored.as_deref().and_then(Stage::parse),
        },
        stage_since,
        last_met_on,
        open_follow_ups: open,
        overdue_follow_ups: overdue,
    }
}

#[async_trait]
impl crate::store::PipelineStore for SqlStore {
    async fn prospect_cards(&self, network_id: i64, today: &str) -> DomainResult<Vec<ProspectCard>> {
        let rows: Vec<CardRow> = on_pool!(self, |p| {
            sqlx::query_as(BOARD).bind(network_id).bind(today).fetch_all(p).await.map_err(db_error)?
        });
        Ok(rows.into_iter().map(card_of).collect())
    }

    async fn move_prospect(
        &self,
        network_id: i64,
        organisation: &str,
        from: Option<Stage>,
        to: Stage,
        on: &str,
        audit: AuditNote,
    ) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let org: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                .bind(organisation)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
            let Some(org) = org else {
                return Err(DomainError::Invalid(vec![FieldError::with("organisation", "err-unknown", organisation)]));
            };
            let membership: Option<String> =
                sqlx::query_scalar("SELECT status FROM memberships WHERE network_id = $1 AND organisation_id = $2")
                    .bind(network_id)
                    .bind(org)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
            let stored: Option<String> = sqlx::query_scalar(
                "SELECT stage FROM pipeline_prospects WHERE network_id = $1 AND organisation_id = $2",
            )
            .bind(network_id)
            .bind(org)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
            let standing = Standing {
                membership: membership.as_deref().and_then(MembershipStatus::parse),
                stored: stored.as_deref().and_then(Stage::parse),
            };
            check_move(standing, from, to)?;
            let written: Option<i64> = match &stored {
                // Only while it still is what was just read: a racing move makes this a no-op.
                Some(was) => sqlx::query_scalar(
                    "UPDATE pipeline_prospects SET stage = $1, stage_since = $2, updated_at = $3 \
                     WHERE network_id = $4 AND organisation_id = $5 AND stage = $6 RETURNING id",
                )
                .bind(to.code())
                .bind(on)
                .bind(now())
                .bind(network_id)
                .bind(org)
                .bind(was)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?,
                // Only where no row exists yet: a racing first move makes this a no-op.
                None => sqlx::query_scalar(
                    "INSERT INTO pipeline_prospects (network_id, organisation_id, stage, stage_since, updated_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (network_id, organisation_id) DO NOTHING RETURNING id",
                )
                .bind(network_id)
                .bind(org)
                .bind(to.code())
                .bind(on)
                .bind(now())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?,
            };
            if written.is_none() {
                let expected = from.map_or("-", Stage::code);
                return Err(DomainError::Conflict(FieldError::with("stage", "err-changed-meanwhile", expected)));
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
