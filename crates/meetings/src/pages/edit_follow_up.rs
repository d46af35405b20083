//! `/staff/follow-ups/{id}/edit`: an open follow-up's title, organisation, owner, due date,
//! what it leads to and its reference. The form's fields and the reading of a posted form
//! serve the meeting page's "add a follow-up" too, so adding and changing check alike. A
//! refused form comes back with each problem beside its field, the typed values kept and
//! nothing written; a saved one goes back to its meeting (or to the log when it has none).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::error::DomainResult;
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::form_view::{Control, Field, Section, place_errors};
use hansa_web::view::{Chrome, page};

use super::name_of;
use super::rows::*;
use crate::model::{FollowUp, FollowUpDraft, FollowUpStatus, LeadsTo};
use crate::service;

#[derive(Template)]
#[template(path = "outreach/follow_up_form.html")]
struct FollowUpForm {
    c: Chrome,
    action: String,
    /// The meeting the follow-up came from, for the way back.
    meeting: Option<i64>,
    back: String,
    fields: Vec<Field>,
    errors: Vec<(String, String)>,
}

/// A follow-up form's fields showing `v`, each problem of `errors` beside its field; returns
/// them with the summary above the form. `orgs` are the organisations it may concern,
/// `(slug, name)`; the owners are the staff accounts.
pub(super) async fn form_fields(
    state: &AppState,
    ctx: &Ctx,
    orgs: Vec<(String, String)>,
    v: &Values,
    errors: &[FieldError],
) -> Result<(Vec<Field>, Vec<(String, String)>), Failure> {
    let tr = &ctx.tr;
    let owners =
        service::owners(state.store.as_ref(), &ctx.caller).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let leads =
        LeadsTo::ALL.iter().map(|l| (l.code().to_owned(), tr.t(&format!("outreach-leads-{}", l.code())))).collect();
    let fields = vec![
        field(v, "title", tr.t("outreach-follow-up-title"), Control::Text).required(),
        field(v, "organisation", tr.t("outreach-organisation"), Control::Select(orgs)).required(),
        field(
            v,
            "owner",
            tr.t("outreach-owner"),
            Control::Select(owners.into_iter().map(|(id, n)| (id.to_string(), n)).collect()),
        )
        .required(),
        field(v, "due_on", tr.t("outreach-due-on"), Control::Date).required(),
        field(v, "leads_to", tr.t("outreach-leads-to"), Control::Select(leads)).required(),
        field(v, "reference", tr.t("outreach-reference"), Control::Text).hint(tr.t("outreach-hint-reference")),
    ];
    let mut sections = [Section { title: String::new(), fields }];
    let summary = place_errors(tr, &mut sections, errors);
    let [section] = sections;
    Ok((section.fields, summary))
}

/// Reads a posted follow-up form of meeting `meeting` and adds it (`id` is `None`) or changes
/// follow-up `id`. Every problem comes at once, the form's own (an owner or a choice that is
/// no number or code) with the model's, and nothing is written while there is one.
pub(super) async fn save_posted(
    state: &AppState,
    ctx: &Ctx,
    id: Option<i64>,
    meeting: Option<i64>,
    fields: &Values,
) -> DomainResult<i64> {
    let mut errors = Vec::new();
    let owner = value(fields, "owner").and_then(|o| o.parse().ok());
    if owner.is_none() {
        errors.push(FieldError::new("owner", "err-required"));
    }
    let leads_to = value(fields, "leads_to").and_then(|l| LeadsTo::parse(&l));
    if leads_to.is_none() {
        errors.push(FieldError::new("leads_to", "err-required"));
    }
    let draft = FollowUpDraft {
        title: value(fields, "title").unwrap_or_default(),
        organisation: value(fields, "organisation").unwrap_or_default(),
        meeting,
        owner: owner.unwrap_or_default(),
        due_on: value(fields, "due_on").unwrap_or_default(),
        leads_to: leads_to.unwrap_or(LeadsTo::Other),
        reference: value(fields, "reference"),
    };
    let store = state.store.as_ref();
    match draft.clone().validate() {
        Err(DomainError::Invalid(more)) => Err(DomainError::Invalid(errors.into_iter().chain(more).collect())),
        _ if !errors.is_empty() => Err(DomainError::Invalid(errors)),
        _ => match id {
            None => service::add_follow_up(store, &ctx.caller, draft).await,
            Some(id) => service::update_follow_up(store, &ctx.caller, id, draft).await,
        },
    }
}

/// Where a follow-up is listed with its fellows: its meeting's page, else the log.
pub(super) fn back_of(f: &FollowUp) -> String {
    f.draft.meeting.map_or_else(|| "/staff/outreach".to_owned(), |m| format!("/staff/outreach/{m}"))
}

fn values_of(d: &FollowUpDraft) -> Values {
    let mut v = Values::new();
    v.insert("title".into(), d.title.clone());
    v.insert("organisation".into(), d.organisation.clone());
    v.insert("owner".into(), d.owner.to_string());
    v.insert("due_on".into(), d.due_on.clone());
    v.insert("leads_to".into(), d.leads_to.code().into());
    v.insert("reference".into(), d.reference.clone().unwrap_or_default());
    v
}

/// The organisations a follow-up may concern: its meeting's, and always the one it names, so
/// a follow-up without a meeting (or whose meeting dropped that organisation) keeps its own.
async fn choices(state: &AppState, ctx: &Ctx, f: &FollowUp) -> Result<Vec<(String, String)>, Failure> {
    let lang = ctx.lang();
    let mut orgs: Vec<(String, String)> = match f.draft.meeting {
        Some(m) => service::meeting(state.store.as_ref(), &ctx.caller, m)
            .await
            .map_err(|e| Failure::from(e).lang(lang))?
            .organisations
            .iter()
            .map(|o| (o.slug.clone(), name_of(&o.name, lang)))
            .collect(),
        None => Vec::new(),
    };
    if !orgs.iter().any(|(slug, _)| *slug == f.draft.organisation) {
        orgs.insert(0, (f.draft.organisation.clone(), name_of(&f.organisation_name, lang)));
    }
    Ok(orgs)
}

/// The form of follow-up `f` showing `v` with `errors` in place; 422 when there are any.
async fn respond(state: &AppState, ctx: &Ctx, f: &FollowUp, v: &Values, errors: &[FieldError]) -> PageResult {
    let (fields, summary) = form_fields(state, ctx, choices(state, ctx, f).await?, v, errors).await?;
    // Titled by the stored title: the typed one may be the problem.
    let form = FollowUpForm {
        c: Chrome::new(ctx, ctx.tr.t1("outreach-edit-follow-up", "title", &f.draft.title)),
        action: format!("/staff/follow-ups/{}/edit", f.id),
        meeting: f.draft.meeting,
        back: back_of(f),
        fields,
        errors: summary,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page(&form)).into_response())
}

type PageResult = Result<Response, Failure>;

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> PageResult {
    let fail = |e| Failure::from(e).lang(ctx.lang());
    let (f, _) = service::follow_up(state.store.as_ref(), &ctx.caller, id).await.map_err(fail)?;
    // A closed follow-up is history: say so rather than offer a form that cannot be saved.
    if f.status != FollowUpStatus::Open {
        return Err(fail(DomainError::Conflict(FieldError::new("status", "err-follow-up-closed"))));
    }
    respond(&state, &ctx, &f, &values_of(&f.draft), &[]).await
}

pub async fn update(State(state): State<AppState>, Path(id): Path<i64>, post: StaffPost) -> PageResult {
    let StaffPost { ctx, fields } = post;
    let fail = |e| Failure::from(e).lang(ctx.lang());
    let (f, _) = service::follow_up(state.store.as_ref(), &ctx.caller, id).await.map_err(fail)?;
    // The meeting is not a field of the form: a follow-up stays with the meeting it came from.
    match save_posted(&state, &ctx, Some(id), f.draft.meeting, &fields).await {
        Ok(_) => Ok(Redirect::to(&format!("{}?saved=follow-up-edited", back_of(&f))).into_response()),
        Err(DomainError::Invalid(errors)) => respond(&state, &ctx, &f, &fields, &errors).await,
        Err(other) => Err(fail(other)),
    }
}
