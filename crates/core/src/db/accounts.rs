//! Users, sessions, login throttling and the audit log — all in the database, so any number
//! of app servers can share them.

use crate::account::{LoginFailures, NewUser, Session, User};
use crate::audit::{AuditEntry, AuditNote};
use crate::error::{DomainError, DomainResult};
use crate::store::{AccountStore, OrgRef};
use async_trait::async_trait;
use sqlx::AssertSqlSafe;

use super::rows::{USER_COLUMNS, UserRow};
use super::{SqlStore, db_error, now, on_pool, write_audit};

#[async_trait]
impl AccountStore for SqlStore {
    async fn create_user(&self, u: &NewUser, audit: AuditNote) -> DomainResult<User> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_with(super::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO users (email, display_name, role, organisation_id, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(u.email.to_lowercase())
            .bind(&u.display_name)
            .bind(u.role.code())
            .bind(u.organisation_id)
            .bind(&u.password_hash)
            .bind(now())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.user(id).await?.ok_or(DomainError::NotFound)
    }

    async fn user(&self, id: i64) -> DomainResult<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1");
        let row: Option<UserRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_optional(p).await)
                .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn user_by_email(&self, email: &str) -> DomainResult<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1");
        let row: Option<UserRow> = on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql))
            .bind(email.trim().to_lowercase())
            .fetch_optional(p)
            .await)
        .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn users(&self) -> DomainResult<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.email");
        let rows: Vec<UserRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).fetch_all(p).await).map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn organisation_ref(&self, r: OrgRef<'_>) -> DomainResult<Option<(i64, String)>> {
        let row: Option<(i64, String)> = match r {
            OrgRef::Slug(slug) => {
                on_pool!(self, |p| sqlx::query_as("SELECT id, slug FROM organisations WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(p)
                    .await)
            }
            OrgRef::Id(id) => on_pool!(self, |p| sqlx::query_as("SELECT id, slug FROM organisations WHERE id = $1")
                .bind(id)
                .fetch_optional(p)
                .await),
        }
        .map_err(db_error)?;
        Ok(row)
    }

    async fn set_password(&self, id: i64, hash: &str, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(super::write_begin(p)).await.map_err(db_error)?;
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(hash)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            // A new password signs out every other session of this user.
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn create_session(&self, s: &Session) -> DomainResult<()> {
        on_pool!(self, |p| {
            sqlx::query("DELETE FROM sessions WHERE expires_at < $1").bind(now()).execute(p).await.map_err(db_error)?;
            sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4)")
                .bind(&s.token_hash)
                .bind(s.user_id)
                .bind(&s.csrf)
                .bind(s.expires_at)
                .execute(p)
                .await
                .map(|_| ())
                .map_err(db_error)
        })
    }

    async fn session(&self, token_hash: &str, now: i64) -> DomainResult<Option<(Session, User)>> {
        let row: Option<(String, i64, i64)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT csrf, expires_at, user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2"
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(p)
        .await)
        .map_err(db_error)?;
        let Some((csrf, expires_at, user_id)) = row else { return Ok(None) };
        let session = Session { token_hash: token_hash.to_owned(), user_id, csrf, expires_at };
        Ok(self.user(user_id).await?.map(|u| (session, u)))
    }

    async fn delete_session(&self, token_hash: &str) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(p)
            .await
            .map(|_| ())
            .map_err(db_error))
    }

    async fn note_login_failure(&self, key: &str, at: i64, forget_before: i64) -> DomainResult<()> {
        on_pool!(self, |p| {
            sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
                .bind(key)
                .bind(at)
                .execute(p)
                .await
                .map_err(db_error)?;
            sqlx::query("DELETE FROM login_failures WHERE key = $1 AND at < $2")
                .bind(key)
                .bind(forget_before)
                .execute(p)
                .await
                .map(|_| ())
                .map_err(db_error)
        })
    }

    async fn login_failures(&self, key: &str, since: i64) -> DomainResult<LoginFailures> {
        let (count, first, last): (i64, Option<i64>, Option<i64>) = on_pool!(self, |p| sqlx::query_as(
            "SELECT COUNT(*), MIN(at), MAX(at) FROM login_failures WHERE key = $1 AND at >= $2"
        )
        .bind(key)
        .bind(since)
        .fetch_one(p)
        .await)
        .map_err(db_error)?;
        Ok(LoginFailures { count, first, last })
    }

    async fn clear_login_failures(&self, key: &str) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query("DELETE FROM login_failures WHERE key = $1")
            .bind(key)
            .execute(p)
            .await
            .map(|_| ())
            .map_err(db_error))
    }

    async fn forget_login_failures(&self, before: i64) -> DomainResult<u64> {
        on_pool!(self, |p| sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(before)
            .execute(p)
            .await
            .map(|r| r.rows_affected())
            .map_err(db_error))
    }

    async fn audit_log(&self, limit: i64, offset: i64) -> DomainResult<Vec<AuditEntry>> {
        let sql = "SELECT a.id, a.at, u.email, a.action, a.entity, a.changes_json, a.token_name FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
             ORDER BY a.id DESC LIMIT $1 OFFSET $2";
        let rows: Vec<(i64, i64, Option<String>, String, String, String, Option<String>)> =
            on_pool!(self, |p| sqlx::query_as(sql).bind(limit.clamp(1, 1000)).bind(offset.max(0)).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, at, actor, action, entity, changes, token)| AuditEntry {
                id,
                at,
                actor,
                token,
                action,
                entity,
                changes: serde_json::from_str(&changes).unwrap_or_default(),
            })
            .collect())
    }
}
