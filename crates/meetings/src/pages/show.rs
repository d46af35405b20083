//! `/staff/outreach/{id}`: one meeting — who met whom, when and where, the topics, the staff's
//! notes and the outcome — with its follow-ups (each marked done or dropped with a button)
//! and the form to add one. A refused follow-up comes back on this page, beside its fields.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

use super::edit_follow_up::{back_of, form_fields, save_posted};
use super::list::{FollowUpLine, MeetingLine};
use super::name_of;
use super::rows::*;
use crate::model::{BilateralMeeting, FollowUpStatus, LeadsTo, today};
use crate::service;
use crate::store::FollowUpFilter;
use hansa_web::form_view::Field;

#[derive(Template)]
#[template(path = "outreach/meeting.html")]
struct MeetingPage {
    c: Chrome,
    id: i64,
    line: MeetingLine,
    ours: Vec<String>,
    theirs: Vec<String>,
    notes: String,
    outcome: String,
    follow_ups: Vec<FollowUpLine>,
    fields: Vec<Field>,
    errors: Vec<(String, String)>,
    /// What was just saved, in words (after a redirect with `?saved=`).
    saved: Option<String>,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    m: &BilateralMeeting,
    v: &Values,
    errors: &[FieldError],
    saved: Option<&str>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let tr = &ctx.tr;
    let store = state.store.as_ref();
    let fail = |e| Failure::from(e).lang(lang);
    let list = service::follow_ups(store, &ctx.caller, &FollowUpFilter { meeting: Some(m.id), ..Default::default() })
        .await
        .map_err(fail)?;
    let orgs: Vec<(String, String)> =
        m.organisations.iter().map(|o| (o.slug.clone(), name_of(&o.name, lang))).collect();
    let (fields, summary) = form_fields(state, ctx, orgs, v, errors).await?;
    let today = today();
    let names = |list: &[crate::model::Named]| list.iter().map(|p| name_of(&p.name, lang)).collect();
    let view = MeetingPage {
        // Two meetings can share a day: the heading names whom the secretariat met.
        c: Chrome::new(
            ctx,
            tr.tn(
                "outreach-meeting-with",
                &[
                    (
                        "organisations",
                        m.organisations.iter().map(|o| name_of(&o.name, lang)).collect::<Vec<_>>().join(", "),
                    ),
                    ("date", m.draft.met_on.clone()),
                ],
            ),
        ),
        id: m.id,
        line: MeetingLine::of(m, lang),
        ours: names(&m.ours),
        theirs: names(&m.theirs),
        notes: m.draft.notes.clone(),
        outcome: m.draft.outcome.clone(),
        follow_ups: list.iter().map(|f| FollowUpLine::of(f, tr, lang, &today)).collect(),
        fields,
        errors: summary,
        saved: saved
            .filter(|s| ["meeting", "follow-up", "follow-up-edited", "status"].contains(s))
            .map(|s| tr.t(&format!("outreach-saved-{s}"))),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page(&view)).into_response())
}

#[derive(serde::Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response, Failure> {
    let m =
        service::meeting(state.store.as_ref(), &ctx.caller, id).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    // The add form starts for the first organisation, owned by whoever looks, due in a fortnight.
    let mut v = Values::new();
    v.insert("organisation".into(), m.draft.organisations.first().cloned().unwrap_or_default());
    v.insert("owner".into(), ctx.caller.account.map(|a| a.to_string()).unwrap_or_default());
    v.insert("leads_to".into(), LeadsTo::Other.code().into());
    v.insert("due_on".into(), crate::model::days_after(&today(), 14));
    render(&state, &ctx, &m, &v, &[], q.saved.as_deref()).await
}

pub async fn add_follow_up(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffPost { ctx, fields }: StaffPost,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let m = service::meeting(store, &ctx.caller, id).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let result = save_posted(&state, &ctx, None, Some(id), &fields).await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/staff/outreach/{id}?saved=follow-up")).into_response()),
        Err(DomainError::Invalid(errors)) => render(&state, &ctx, &m, &fields, &errors, None).await,
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}

pub async fn close_follow_up(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffPost { ctx, fields }: StaffPost,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let fail = |e| Failure::from(e).lang(ctx.lang());
    let to = value(&fields, "to").and_then(|t| FollowUpStatus::parse(&t));
    let (f, _) = service::follow_up(store, &ctx.caller, id).await.map_err(fail)?;
    let back = back_of(&f);
    let result = match to {
        Some(to) => service::close_follow_up(store, &ctx.caller, id, to, value(&fields, "on").as_deref()).await,
        None => Err(DomainError::invalid("status", "err-required")),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{back}?saved=status")).into_response()),
        Err(DomainError::Invalid(errors)) => match f.draft.meeting {
            Some(m) => {
                let m = service::meeting(store, &ctx.caller, m).await.map_err(fail)?;
                render(&state, &ctx, &m, &Values::new(), &errors, None).await
            }
            None => Err(Failure::from(DomainError::Invalid(errors)).lang(ctx.lang())),
        },
        Err(other) => Err(fail(other)),
    }
}
