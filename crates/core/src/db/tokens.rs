//! API tokens: stored as hashes, scoped, expiring, revocable — apart from browser sessions.

use crate::account::{ApiToken, NewApiToken, User};
use crate::audit::AuditNote;
use crate::caller::TokenScope;
use crate::error::{DomainError, DomainResult};
use crate::store::{AccountStore, TokenStore};
use async_trait::async_trait;

use super::{SqlStore, db_error, now, on_pool, write_audit};

const TOKEN_COLUMNS: &str = "id, user_id, name, scope, created_at, expires_at, last_used_at, revoked_at";

type TokenRow = (i64, i64, String, String, i64, Option<i64>, Option<i64>, Option<i64>);

fn token((id, user_id, name, scope, created_at, expires_at, last_used_at, revoked_at): TokenRow) -> ApiToken {
    // An unknown scope in the table can only mean less than write: read it as read.
    let scope = TokenScope::parse(&scope).unwrap_or(TokenScope::Read);
    ApiToken { id, user_id, name, scope, created_at, expires_at, last_used_at, revoked_at }
}

/// Uses of a token closer together than this are not written down again.
const LAST_USE_RESOLUTION: i64 = 60;

#[async_trait]
impl TokenStore for SqlStore {
    async fn create_token(&self, t: &NewApiToken, audit: AuditNote) -> DomainResult<ApiToken> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_with(super::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(t.user_id)
            .bind(&t.name)
            .bind(&t.token_hash)
            .bind(t.scope.code())
            .bind(now())
            .bind(t.expires_at)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.token(id).await?.ok_or(DomainError::NotFound)
    }

    async fn tokens(&self, user_id: Option<i64>) -> DomainResult<Vec<ApiToken>> {
        let rows: Vec<TokenRow> = on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE ($1 IS NULL OR user_id = $1) ORDER BY id DESC"
        )))
        .bind(user_id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows.into_iter().map(token).collect())
    }

    async fn token(&self, id: i64) -> DomainResult<Option<ApiToken>> {
        let row: Option<TokenRow> = on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(p)
        .await)
        .map_err(db_error)?;
        Ok(row.map(token))
    }

    async fn use_token(&self, token_hash: &str, now: i64) -> DomainResult<Option<(ApiToken, User)>> {
        let row: Option<TokenRow> = on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens
             WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)"
        )))
        .bind(token_hash)
        .bind(now)
        .fetch_optional(p)
        .await)
        .map_err(db_error)?;
        let Some(found) = row.map(token) else { return Ok(None) };
        if found.last_used_at.is_none_or(|t| t < now - LAST_USE_RESOLUTION) {
            on_pool!(self, |p| sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now)
                .bind(found.id)
                .execute(p)
                .await
                .map(|_| ()))
            .map_err(db_error)?;
        }
        Ok(self.user(found.user_id).await?.map(|u| (found, u)))
    }

    async fn revoke_token(&self, id: i64, now: i64, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(super::write_begin(p)).await.map_err(db_error)?;
            let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            // Revoking twice changes nothing and records nothing.
            if done.rows_affected() == 0 {
                return Ok(());
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
