//! Organisations, their logos and history.

use crate::model::{HistoryEntry, HistoryEvent, Organisation, OrganisationDraft, Page};
use crate::store::{DirectoryStats, Listing, OrgFilter, OrganisationStore};
use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;
use sqlx::AssertSqlSafe;

use super::networks::{JoinedRow, NETWORKS_SQL, memberships_of_sql, networks_of};
use super::organisation_sql::{filter_sql, insert_history, insert_org, update_org};
use super::rows::MembershipRow;
use super::rows::{ORG_COLUMNS, OrgRow, localized};
use hansa_core::db::{SqlStore, db_error, now, on_pool, write_audit};

/// The statements of a filtered page of organisations and its count.
struct ListStatements {
    list_sql: String,
    count_sql: String,
    binds: Vec<String>,
    searching: bool,
}

impl ListStatements {
    fn new(f: &OrgFilter, sqlite: bool) -> ListStatements {
        let (where_sql, binds) = filter_sql(f);
        // A search finds a handful of records through the term index; left to itself SQLite
        // walks the whole sort-key index in order instead (5,000 rows for two hits). CROSS JOIN
        // is SQLite's way of fixing the join order; PostgreSQL plans by statistics.
        let searching = f.q.as_deref().is_some_and(|q| !q.trim().is_empty());
        let join = if sqlite && searching { "CROSS JOIN" } else { "JOIN" };
        // The few hits of a search are counted in the same statement (one round trip less);
        // the whole directory is counted on its covering index instead, which is cheaper than
        // reading every row through the join.
        let counted = if searching { "COUNT(*) OVER ()" } else { "CAST(0 AS BIGINT)" };
        // The page is chosen on narrow rows (id and sort key) and only its rows are read in
        // full: sorting 250 prefix hits with every column was most of a search's time.
        // The filter's values take $1…$n; the sort language, limit and offset come after, so
        // one statement text serves every page of the same filter shape.
        let n = binds.len();
        let list_sql = format!(
            "SELECT {ORG_COLUMNS}, page.total FROM (\
               SELECT o.id, k.sort_key, o.slug, {counted} AS total \
               FROM organisations o {join} organisation_sort_keys k ON k.organisation_id = o.id AND k.lang = ${}{where_sql} \
               ORDER BY k.sort_key, o.slug LIMIT ${} OFFSET ${}\
             ) page JOIN organisations o ON o.id = page.id ORDER BY page.sort_key, page.slug",
            n + 1,
            n + 2,
            n + 3
        );
        let count_sql = format!("SELECT COUNT(*) FROM organisations o{where_sql}");
        ListStatements { list_sql, count_sql, binds, searching }
    }
}

/// The page of organisations `$st` selects, read on the connection `$c` (either backend).
macro_rules! org_page {
    ($c:expr, $st:expr, $f:expr) => {{
        let mut q = sqlx::query_as::<_, CountedRow>(AssertSqlSafe($st.list_sql.clone()));
        for b in &$st.binds {
            q = q.bind(b.clone());
        }
        let rows =
            q.bind($f.sort_lang()).bind($f.limit()).bind($f.offset()).fetch_all(&mut *$c).await.map_err(db_error)?;
        // A search past its last page has no row to carry the count.
        let total: i64 = match rows.first() {
            Some(r) if $st.searching => r.total,
            _ => {
                let mut q = sqlx::query_scalar(AssertSqlSafe($st.count_sql.clone()));
                for b in &$st.binds {
                    q = q.bind(b.clone());
                }
                q.fetch_one(&mut *$c).await.map_err(db_error)?
            }
        };
        Page { items: rows.into_iter().map(|r| r.org.into()).collect::<Vec<Organisation>>(), total }
    }};
}

/// A listed organisation and the number of records its filter matches.
#[derive(sqlx::FromRow)]
struct CountedRow {
    #[sqlx(flatten)]
    org: OrgRow,
    total: i64,
}

#[async_trait]
impl OrganisationStore for SqlStore {
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
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id IN ({})",
            hansa_core::db::placeholders(1, ids.len())
        );
        let rows: Vec<OrgRow> =
            on_pool!(self, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn organisations(&self, f: &OrgFilter) -> DomainResult<Page<Organisation>> {
        let st = ListStatements::new(f, matches!(self.pool(), hansa_core::db::Pool::Sqlite(_)));
        Ok(on_pool!(self, |p| {
            let mut c = p.acquire().await.map_err(db_error)?;
            org_page!(c, st, f)
        }))
    }

    async fn listing(&self, f: &OrgFilter) -> DomainResult<Listing> {
        let st = ListStatements::new(f, matches!(self.pool(), hansa_core::db::Pool::Sqlite(_)));
        // One connection for the three reads: each connection taken from the pool and given
        // back costs a round trip to its thread (SQLite) or a check (PostgreSQL).
        let (page, nets, memberships) = on_pool!(self, |p| {
            let mut c = p.acquire().await.map_err(db_error)?;
            let page = org_page!(c, st, f);
            let nets: Vec<JoinedRow> =
                sqlx::query_as(AssertSqlSafe(NETWORKS_SQL)).fetch_all(&mut *c).await.map_err(db_error)?;
            let ids: Vec<i64> = page.items.iter().map(|o| o.id).collect();
            let memberships: Vec<MembershipRow> = if ids.is_empty() {
                Vec::new()
            } else {
                let sql = memberships_of_sql(ids.len());
                hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), &ids)
                    .fetch_all(&mut *c)
                    .await
                    .map_err(db_error)?
            };
            (page, nets, memberships)
        });
        Ok(Listing {
            page,
            networks: networks_of(nets),
            memberships: memberships.into_iter().map(Into::into).collect(),
        })
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
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id = insert_org!(tx, d, parent_id);
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.organisation_by_id(id).await?.ok_or(hansa_core::DomainError::NotFound)
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
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            update_org!(tx, id, d, parent_id);
            if let Some(e) = renamed {
                insert_history!(tx, id, e);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.organisation_by_id(id).await?.ok_or(hansa_core::DomainError::NotFound)
    }

    async fn organisation_tree(&self) -> DomainResult<Vec<(i64, String, Option<i64>, hansa_core::Localized)>> {
        let rows: Vec<(i64, String, Option<i64>, String)> =
            on_pool!(self, |p| sqlx::query_as("SELECT id, slug, parent_id, name_json FROM organisations")
                .fetch_all(p)
                .await)
            .map_err(db_error)?;
        Ok(rows.into_iter().map(|(id, slug, parent, name)| (id, slug, parent, localized(&name))).collect())
    }

    async fn set_archived(&self, id: i64, archived: bool, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
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
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
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
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
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
