//! Staff actions on one organisation's record: history events, memberships and their
//! status, the logo, archiving; and erasing a person on request (admins).

use crate::model::*;
use crate::service;
use crate::store::prelude::*;
use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};

use super::staff::editable;
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;

#[derive(serde::Deserialize)]
pub struct HistoryForm {
    #[serde(default)]
    date: String,
    event: HistoryEvent,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    note_en: String,
}

pub async fn add_history(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields: f }: StaffPost<HistoryForm>,
) -> Result<Response, Failure> {
    let text = |s: &str| if s.trim().is_empty() { Localized::default() } else { Localized::en(s) };
    let entry = HistoryEntry { date: f.date, event: f.event, name: text(&f.name_en), note: text(&f.note_en) };
    service::add_history(state.store.as_ref(), &ctx.caller, &slug, &entry)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&format!("/organisations/{slug}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct MembershipForm {
    #[serde(default)]
    network_type: String,
    status: MembershipStatus,
    #[serde(default)]
    date: String,
}

pub async fn add_membership(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields: f }: StaffPost<MembershipForm>,
) -> Result<Response, Failure> {
    let (network, type_code) = f.network_type.split_once('/').unwrap_or((&f.network_type, ""));
    let input = MembershipInput {
        network: network.into(),
        organisation: slug.clone(),
        type_code: type_code.into(),
        since: (f.status == MembershipStatus::Active).then(|| f.date.clone()),
        until: None,
        status: None,
        history: vec![StatusChange { date: f.date, status: f.status, note: None }],
    };
    service::create_membership(state.store.as_ref(), &ctx.caller, &input)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&format!("/organisations/{slug}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    status: MembershipStatus,
    #[serde(default)]
    date: String,
    #[serde(default)]
    note: Option<String>,
}

pub async fn change_status(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffPost { ctx, fields: f }: StaffPost<StatusForm>,
) -> Result<Response, Failure> {
    let m = service::change_membership_status(
        state.store.as_ref(),
        &ctx.caller,
        id,
        &StatusChange { date: f.date, status: f.status, note: f.note },
    )
    .await
    .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let org = state.store.organisation_by_id(m.organisation_id).await?.ok_or(Failure::NotFound)?;
    Ok(Redirect::to(&format!("/organisations/{}", org.slug)).into_response())
}

/// Reads the logo form; the service checks who may set it and what the file is.
pub async fn upload_logo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    editable(&state, &ctx, &slug).await?;
    let lang = ctx.lang();
    // The caller is checked before the body is read: a refused caller learns nothing from it.
    let unreadable = |_| Failure::BadRequest(FieldError::new("logo", "err-upload")).lang(lang);
    let mut form = form.map_err(|_| Failure::BadRequest(FieldError::new("logo", "err-upload")).lang(lang))?;
    let (mut csrf, mut file, mut oversized) = (String::new(), None, false);
    while let Some(mut field) = form.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(unreadable)?,
            Some("logo") => {
                // Read in chunks and stop at the first byte too many: the route's body limit
                // bounds what arrives, this bounds what is kept.
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
                    if bytes.len() + chunk.len() > service::MAX_LOGO_BYTES {
                        oversized = true;
                        break;
                    }
                    bytes.extend_from_slice(&chunk);
                }
                file = Some(bytes);
            }
            _ => {}
        }
    }
    // The token first, as for every form: only then does the sender learn about the file.
    ctx.check_csrf(&csrf)?;
    if oversized {
        let e = FieldError::with("logo", "err-too-large", service::MAX_LOGO_BYTES / 1024);
        return Err(Failure::Domain(DomainError::Invalid(vec![e])).lang(lang));
    }
    let bytes = file.unwrap_or_default();
    service::set_logo(state.store.as_ref(), &ctx.caller, &slug, &bytes)
        .await
        .map_err(|e| Failure::from(e).lang(lang))?;
    Ok(Redirect::to(&format!("/organisations/{slug}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    archived: bool,
}

/// Archives an organisation or restores it (nothing about organisations is deleted).
pub async fn archive(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<ArchiveForm>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    ctx.check_csrf(&f.csrf)?;
    service::set_archived(state.store.as_ref(), &ctx.caller, &slug, f.archived)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&format!("/organisations/{slug}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

/// Erases a person on request (admins only; the short name must be typed to confirm).
pub async fn erase_person(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<EraseForm>,
) -> Result<Response, Failure> {
    ctx.require_admin()?;
    ctx.check_csrf(&f.csrf)?;
    if f.confirm.trim() != slug {
        return Err(Failure::Domain(DomainError::Invalid(vec![FieldError::with("confirm", "err-confirm", &slug)]))
            .lang(ctx.lang()));
    }
    service::erase_person(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to("/staff").into_response())
}
