//! `/staff/messages`: the outbox as the secretariat sees it — every message to a person,
//! newest first, with where it is (queued, sending, sent, failed), its attempts and the relay's
//! last answer; one message with its text; and "send again" for a failed one. Addresses and
//! texts are personal data: staff only.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::outbox::{self, MessageFilter, MessageStatus, OutboxMessage, PAGE_SIZE};
use hansa_core::{DomainError, Permission};

use super::admin::utc;
use crate::AppState;
use crate::ctx::{Ctx, StaffPost};
use crate::error::Failure;
use crate::i18n::Tr;
use crate::view::{Chrome, page, url_encode};

/// A message as a row of the list or the head of its page, in the reader's language.
pub struct Row {
    pub id: i64,
    pub created: String,
    pub status_code: &'static str,
    pub status: String,
    pub kind: String,
    pub to_name: Option<String>,
    pub to_address: String,
    pub subject: String,
    /// The language the message is written in, for `lang` attributes.
    pub lang: String,
    pub entity: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    /// When it is tried next (queued ones) or was sent.
    pub next_attempt: Option<String>,
    pub sent: Option<String>,
    pub failed: bool,
}

/// A kind in the reader's words (`message-kind-<kind>`), or its code when the catalogue has none.
fn kind_label(tr: &Tr, kind: &str) -> String {
    let key = format!("message-kind-{kind}");
    let label = tr.t(&key);
    if label == key { kind.to_owned() } else { label }
}

fn row(tr: &Tr, m: OutboxMessage) -> Row {
    Row {
        id: m.id,
        created: utc(m.created_at),
        status_code: m.status.code(),
        status: tr.t(&format!("message-status-{}", m.status.code())),
        kind: kind_label(tr, &m.kind),
        to_name: m.to_name.filter(|n| !n.trim().is_empty()),
        to_address: m.to_address,
        subject: m.subject,
        lang: m.lang,
        entity: m.entity,
        attempts: m.attempts,
        last_error: m.last_error,
        next_attempt: (m.status == MessageStatus::Queued).then(|| utc(m.next_attempt_at)),
        sent: m.sent_at.map(utc),
        failed: m.status == MessageStatus::Failed,
    }
}

#[derive(Template)]
#[template(path = "staff/messages.html")]
struct ListPage {
    c: Chrome,
    relay: Option<String>,
    statuses: Vec<(&'static str, String, bool)>,
    kind: String,
    entity: String,
    rows: Vec<Row>,
    shown: String,
    prev: Option<String>,
    next: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    status: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    page: Option<i64>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(f): Query<Filter>) -> Result<Response, Failure> {
    ctx.require(Permission::ReadStaff)?;
    let (lang, tr) = (ctx.lang(), &ctx.tr);
    let status = MessageStatus::parse(&f.status);
    let filter = MessageFilter {
        status,
        kind: Some(f.kind.trim().to_owned()).filter(|k| !k.is_empty()),
        entity: Some(f.entity.trim().to_owned()).filter(|e| !e.is_empty()),
    };
    let at = f.page.unwrap_or(1).clamp(1, 1_000_000);
    let found =
        outbox::list(state.store.as_ref(), &ctx.caller, &filter, at).await.map_err(|e| Failure::from(e).lang(lang))?;
    let pages = ((found.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let link = |page: i64| {
        format!(
            "/staff/messages?status={}&kind={}&entity={}&page={page}",
            status.map_or("", |s| s.code()),
            url_encode(&f.kind),
            url_encode(&f.entity)
        )
    };
    let first = if found.items.is_empty() { 0 } else { (at - 1) * PAGE_SIZE + 1 };
    let last = (at - 1) * PAGE_SIZE + found.items.len() as i64;
    let view = ListPage {
        c: Chrome::new(&ctx, tr.t("messages-title")),
        relay: state.config.mail_relay.clone(),
        statuses: MessageStatus::ALL
            .iter()
            .map(|s| (s.code(), tr.t(&format!("message-status-{}", s.code())), Some(*s) == status))
            .collect(),
        kind: f.kind.clone(),
        entity: f.entity.clone(),
        rows: found.items.into_iter().map(|m| row(tr, m)).collect(),
        shown: tr.tn(
            "list-showing",
            &[("first", first.to_string()), ("last", last.to_string()), ("total", found.total.to_string())],
        ),
        prev: (at > 1).then(|| link(at - 1)),
        next: (at < pages).then(|| link(at + 1)),
    };
    Ok(page(&view))
}

#[derive(Template)]
#[template(path = "staff/message.html")]
struct MessagePage {
    c: Chrome,
    m: Row,
    body: String,
    /// The list of messages about the same record.
    same_entity: String,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, Failure> {
    ctx.require(Permission::ReadStaff)?;
    let lang = ctx.lang();
    let found = outbox::show(state.store.as_ref(), &ctx.caller, id).await.map_err(|e| Failure::from(e).lang(lang))?;
    let m = row(&ctx.tr, found.message);
    let view = MessagePage {
        c: Chrome::new(&ctx, ctx.tr.t1("messages-title-one", "id", id)),
        same_entity: format!("/staff/messages?entity={}", url_encode(&m.entity)),
        m,
        body: found.body_text,
    };
    Ok(page(&view))
}

/// "Send again" on a failed message, then back to its page. Pressed twice (or after someone
/// else did), the message is no longer failed: its page shows where it is now.
pub async fn send_again(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffPost { ctx, .. }: StaffPost,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    match outbox::send_again(state.store.as_ref(), &ctx.caller, id, hansa_core::db::now()).await {
        Ok(()) | Err(DomainError::Conflict(_)) => Ok(Redirect::to(&format!("/staff/messages/{id}")).into_response()),
        Err(e) => Err(Failure::from(e).lang(lang)),
    }
}
