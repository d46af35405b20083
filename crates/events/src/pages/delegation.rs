//! `/events/{slug}/delegation`: a focal point's delegation to an event — the officials of
//! their government they registered, each a full participant with their own code, badge and
//! status — and the way to register one more.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use super::my_registration::display_name;
use crate::service;
use crate::store::RegistrationStore;
use hansa_directory::store::prelude::*;

pub struct Member {
    pub name: String,
    pub native: Option<String>,
    pub category: String,
    pub status: String,
    pub waiting: Option<i64>,
    pub code: String,
}

#[derive(Template)]
#[template(path = "events/delegation.html")]
struct DelegationPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    organisation: String,
    members: Vec<Member>,
    added: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct Added {
    added: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<Added>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    ctx.require(hansa_core::Permission::EditOwnOrganisation)?;
    let store = state.store.as_ref();
    let event = service::visible_event(store, &ctx.caller, &slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let (Some(user), Some(org)) = (ctx.user.as_ref(), ctx.caller.organisation) else {
        // A delegation is a focal point's; staff see every registration on their list.
        return Ok(Redirect::to(&format!("/staff/events/{slug}/registrations")).into_response());
    };
    let organisation = store.organisation_by_id(org).await?.ok_or(Failure::NotFound.lang(lang))?;
    let tr = &ctx.tr;
    let registrations = store.delegation(event.id, user.id).await?;
    let added = q
        .added
        .and_then(|code| registrations.iter().find(|r| r.code == code))
        .map(|r| tr.tn("delegation-added", &[("name", display_name(&r.input))]));
    let members = registrations
        .iter()
        .map(|r| Member {
            name: display_name(&r.input),
            native: r.input.native_name.clone(),
            category: tr.t(&format!("category-{}", r.category.code())),
            status: tr.t(&format!("regstatus-{}", r.status.code())),
            waiting: r.waitlist_position,
            code: r.code.clone(),
        })
        .collect();
    let view = DelegationPage {
        c: Chrome::new(&ctx, tr.t("delegation-title")),
        slug: event.draft.slug.clone(),
        event_title: Text::of(&event.draft.title, lang, None),
        organisation: Text::of(&organisation.name, lang, Some(&organisation.default_lang)).text,
        members,
        added,
    };
    Ok(page(&view).into_response())
}
