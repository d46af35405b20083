//! `/staff/outreach/new` and `/staff/outreach/{id}/edit`: a meeting's day, place or event,
//! the people on each side and the organisations met (a row each, as the events' editor
//! lists a session's people), topics, notes and outcome. A refused form comes back with each
//! problem beside its field or row, and nothing written.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

use super::rows::*;
use crate::model::MeetingDraft;
use crate::service;
use hansa_web::form_view::{Control, RowsTable, Section, place_errors};

#[derive(Template)]
#[template(path = "outreach/meeting_form.html")]
struct MeetingForm {
    c: Chrome,
    action: String,
    cancel: String,
    sections: Vec<Section>,
    tables: Vec<RowsTable>,
    errors: Vec<(String, String)>,
}

/// The form's values of a draft, rows numbered as its lists.
fn values_of(d: &MeetingDraft) -> Values {
    let mut v = Values::new();
    v.insert("met_on".into(), d.met_on.clone());
    v.insert("place".into(), d.place.clone().unwrap_or_default());
    v.insert("event".into(), d.event.clone().unwrap_or_default());
    v.insert("topics".into(), d.topics.join(", "));
    v.insert("notes".into(), d.notes.clone());
    v.insert("outcome".into(), d.outcome.clone());
    v
}

fn draft_of(v: &Values) -> MeetingDraft {
    MeetingDraft {
        met_on: value(v, "met_on").unwrap_or_default(),
        place: value(v, "place"),
        event: value(v, "event"),
        ours: column(v, "ours", "slug"),
        theirs: column(v, "theirs", "slug"),
        organisations: column(v, "organisations", "slug"),
        topics: value(v, "topics").map(|t| t.split(',').map(|x| x.trim().to_owned()).collect()).unwrap_or_default(),
        notes: value(v, "notes").unwrap_or_default(),
        outcome: value(v, "outcome").unwrap_or_default(),
    }
}

/// The form showing `d` with `errors` in place; 422 when there are any.
fn respond(ctx: &Ctx, id: Option<i64>, d: &MeetingDraft, errors: &[FieldError]) -> Response {
    let tr = &ctx.tr;
    let v = values_of(d);
    let mut sections = vec![Section {
        title: tr.t("outreach-meeting"),
        fields: vec![
            field(&v, "met_on", tr.t("outreach-met-on"), Control::Date).required(),
            field(&v, "place", tr.t("outreach-place"), Control::Text).hint(tr.t("outreach-hint-place")),
            field(&v, "event", tr.t("outreach-event"), Control::Text).hint(tr.t("outreach-hint-event")),
            field(&v, "topics", tr.t("outreach-topics"), Control::Text).hint(tr.t("outreach-hint-topics")),
            field(&v, "notes", tr.t("outreach-notes"), Control::TextArea).hint(tr.t("outreach-hint-notes")),
            field(&v, "outcome", tr.t("outreach-outcome"), Control::TextArea),
        ],
    }];
    let tables = vec![
        slug_table(tr, "organisations", &d.organisations, errors),
        slug_table(tr, "ours", &d.ours, errors),
        slug_table(tr, "theirs", &d.theirs, errors),
    ];
    let plain: Vec<FieldError> = errors
        .iter()
        .filter(|e| !tables.iter().any(|t| e.field == t.name || e.field.starts_with(&format!("{}.", t.name))))
        .cloned()
        .collect();
    let mut summary = place_errors(tr, &mut sections, &plain);
    for t in &tables {
        if let Some(p) = &t.problem {
            summary.push((t.name.clone(), format!("{}: {p}", t.title)));
        }
        for (row, text) in &t.errors {
            summary.push((t.name.clone(), format!("{} {}: {text}", t.title, row + 1)));
        }
    }
    let (title, action, cancel) = match id {
        None => (tr.t("outreach-new"), "/staff/outreach/new".to_owned(), "/staff/outreach".to_owned()),
        Some(id) => (tr.t("outreach-edit"), format!("/staff/outreach/{id}/edit"), format!("/staff/outreach/{id}")),
    };
    let form = MeetingForm { c: Chrome::new(ctx, title), action, cancel, sections, tables, errors: summary };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, page(&form)).into_response()
}

pub async fn new_form(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditOutreach)?;
    Ok(respond(&ctx, None, &MeetingDraft::default(), &[]))
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, Failure> {
    let m =
        service::meeting(state.store.as_ref(), &ctx.caller, id).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(respond(&ctx, Some(id), &m.draft, &[]))
}

pub async fn create(State(state): State<AppState>, post: StaffPost) -> Result<Response, Failure> {
    save(state, None, post).await
}

pub async fn update(State(state): State<AppState>, Path(id): Path<i64>, post: StaffPost) -> Result<Response, Failure> {
    save(state, Some(id), post).await
}

async fn save(state: AppState, id: Option<i64>, StaffPost { ctx, fields }: StaffPost) -> Result<Response, Failure> {
    let draft = draft_of(&fields);
    let store = state.store.as_ref();
    let saved = match id {
        None => service::record_meeting(store, &ctx.caller, draft.clone()).await,
        Some(id) => service::update_meeting(store, &ctx.caller, id, draft.clone()).await,
    };
    match saved {
        Ok(id) => Ok(Redirect::to(&format!("/staff/outreach/{id}?saved=meeting")).into_response()),
        Err(DomainError::Invalid(errors)) => Ok(respond(&ctx, id, &draft, &errors)),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}
