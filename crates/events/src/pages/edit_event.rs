//! `/staff/events/new` and `/staff/events/{slug}/edit`: an event's facts — kind, status,
//! titles and theme in six languages, series and edition, days and time zone, venue and
//! online link, and the directory organisations with their roles. The programme keeps what it
//! had; a save that comes after someone else's is refused, naming it, with nothing written.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::Chrome;

use super::editor::*;
use crate::model::*;
use crate::service;
use hansa_web::form_view::{Control, RowsTable, Section};

/// The form's values from a stored event.
fn values_of(d: &EventDraft) -> Values {
    let mut v = Values::new();
    let mut put = |k: &str, x: String| {
        v.insert(k.to_owned(), x);
    };
    for (name, text) in [
        ("title", &d.title),
        ("theme", &d.theme),
        ("series", &d.series),
        ("description", &d.description),
        ("venue_name", &d.venue_name),
    ] {
        for (l, t) in &text.0 {
            put(&format!("{name}_{l}"), t.clone());
        }
    }
    put("slug", d.slug.clone());
    put("kind", d.kind.code().into());
    put("status", d.status.code().into());
    put("edition", d.edition.map(|n| n.to_string()).unwrap_or_default());
    put("starts_on", d.starts_on.clone());
    put("ends_on", d.ends_on.clone());
    put("time_zone", d.time_zone.clone());
    put("venue_address", d.venue_address.clone().unwrap_or_default());
    put("latitude", d.latitude.map(|n| n.to_string()).unwrap_or_default());
    put("longitude", d.longitude.map(|n| n.to_string()).unwrap_or_default());
    put("online_url", d.online_url.clone().unwrap_or_default());
    put("website", d.website.clone().unwrap_or_default());
    for (i, o) in d.organisations.iter().enumerate() {
        put(&format!("organisations-{i}-organisation"), o.organisation.clone());
        put(&format!("organisations-{i}-role"), o.role.code().into());
    }
    v
}

/// The posted form → the event's facts, over what is stored (languages the form does not
/// show are kept). Numbers that are not numbers are named.
fn draft_from(v: &Values, stored: Option<&EventDraft>) -> Result<EventDraft, DomainError> {
    let empty = Localized::default();
    let kept = |f: fn(&EventDraft) -> &Localized| stored.map_or(&empty, f);
    let mut errors = Vec::new();
    let kind = value(v, "kind").and_then(|k| EventKind::parse(&k));
    if kind.is_none() {
        errors.push(FieldError::new("kind", "err-required"));
    }
    let status = value(v, "status").map_or(Some(EventStatus::Draft), |s| EventStatus::parse(&s));
    if status.is_none() {
        errors.push(FieldError::with("status", "err-choice", value(v, "status").unwrap_or_default()));
    }
    let mut organisations = Vec::new();
    for row in filled_rows(v, "organisations") {
        let organisation = value(v, &format!("organisations-{row}-organisation")).unwrap_or_default();
        match value(v, &format!("organisations-{row}-role")).and_then(|r| OrgRole::parse(&r)) {
            Some(role) if !organisation.is_empty() => organisations.push(EventOrganisation { organisation, role }),
            Some(_) => errors.push(FieldError::new(format!("organisations.{row}"), "err-required")),
            None => errors.push(FieldError::new(format!("organisations.{row}"), "err-choice")),
        }
    }
    let draft = EventDraft {
        slug: value(v, "slug").unwrap_or_default(),
        kind: kind.unwrap_or(EventKind::Forum),
        title: localized_from(v, "title", kept(|d| &d.title)),
        theme: localized_from(v, "theme", kept(|d| &d.theme)),
        description: localized_from(v, "description", kept(|d| &d.description)),
        series: localized_from(v, "series", kept(|d| &d.series)),
        edition: number(v, "edition", &mut errors),
        starts_on: value(v, "starts_on").unwrap_or_default(),
        ends_on: value(v, "ends_on").unwrap_or_default(),
        time_zone: value(v, "time_zone").unwrap_or_default(),
        status: status.unwrap_or(EventStatus::Draft),
        venue_name: localized_from(v, "venue_name", kept(|d| &d.venue_name)),
        venue_address: value(v, "venue_address"),
        latitude: number(v, "latitude", &mut errors),
        longitude: number(v, "longitude", &mut errors),
        online_url: value(v, "online_url"),
        website: value(v, "website"),
        organisations,
    };
    if errors.is_empty() { Ok(draft) } else { Err(DomainError::Invalid(errors)) }
}

fn choices<T: Copy>(tr: &Tr, all: &[T], code: fn(T) -> &'static str, prefix: &str) -> Vec<(String, String)> {
    all.iter().map(|x| (code(*x).to_owned(), tr.t(&format!("{prefix}-{}", code(*x))))).collect()
}

/// The statuses an event may take from `from`: where it is and where its lifecycle leads.
fn status_choices(tr: &Tr, from: Option<EventStatus>) -> Vec<(String, String)> {
    EventStatus::ALL
        .iter()
        .filter(|s| from.is_none_or(|f| f == **s || f.can_move_to(**s)))
        .filter(|s| from.is_some() || **s == EventStatus::Draft || **s == EventStatus::Published)
        .map(|s| (s.code().to_owned(), tr.t(&format!("event-status-{}", s.code()))))
        .collect()
}

fn form_page(ctx: &Ctx, v: &Values, stored: Option<&Event>) -> EditPage {
    let tr = &ctx.tr;
    let new = stored.is_none();
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(choices(tr, EventKind::ALL, EventKind::code, "event-kind"));
    let mut basics = vec![
        field(v, "kind", tr.t("event-kind"), Control::Select(kinds)).required(),
        field(v, "status", tr.t("editor-status"), Control::Select(status_choices(tr, stored.map(|e| e.draft.status)))),
    ];
    if new {
        basics.push(field(v, "slug", tr.t("field-slug"), Control::Text).hint(tr.t("hint-event-slug")));
    }
    basics.extend([
        field(v, "starts_on", tr.t("editor-starts-on"), Control::Date).required(),
        field(v, "ends_on", tr.t("editor-ends-on"), Control::Date).required(),
        field(v, "time_zone", tr.t("editor-time-zone"), Control::Text).required().hint(tr.t("hint-time-zone")),
        field(v, "edition", tr.t("editor-edition"), Control::Number).hint(tr.t("hint-edition")),
        field(v, "website", tr.t("field-website"), Control::Text),
    ]);
    let place = vec![
        field(v, "venue_address", tr.t("editor-venue-address"), Control::TextArea),
        field(v, "latitude", tr.t("editor-latitude"), Control::Number),
        field(v, "longitude", tr.t("editor-longitude"), Control::Number),
        field(v, "online_url", tr.t("editor-online-url"), Control::Text).hint(tr.t("hint-online-url")),
    ];
    let text = |name: &str| localized_from(v, name, &Localized::default());
    let sections = vec![
        Section { title: tr.t("editor-basics"), fields: basics },
        localized_section(tr, "title", tr.t("editor-title"), &text("title"), true, false),
        localized_section(tr, "theme", tr.t("event-theme"), &text("theme"), false, false),
        localized_section(tr, "series", tr.t("editor-series"), &text("series"), false, false),
        localized_section(tr, "venue_name", tr.t("event-venue"), &text("venue_name"), false, false),
        Section { title: tr.t("editor-place"), fields: place },
        localized_section(tr, "description", tr.t("editor-description"), &text("description"), false, true),
    ];
    let roles = choices(tr, OrgRole::ALL, OrgRole::code, "event-role");
    let rows = (0..row_count(v, "organisations"))
        .map(|i| {
            let mut role = cell(tr, v, "organisations", i, "role", &tr.t("editor-role"));
            role.options = std::iter::once((String::new(), tr.t("form-choose"))).chain(roles.clone()).collect();
            vec![cell(tr, v, "organisations", i, "organisation", &tr.t("editor-organisation")), role]
        })
        .collect();
    let organisations = RowsTable {
        name: "organisations".into(),
        title: tr.t("editor-organisations"),
        hint: Some(tr.t("hint-event-organisations")),
        columns: vec![tr.t("editor-organisation"), tr.t("editor-role")],
        rows,
        errors: Vec::new(),
        problem: None,
    };
    let (title, action, cancel) = match stored {
        None => (tr.t("editor-new-event"), "/staff/events/new".to_owned(), "/staff/events".to_owned()),
        Some(e) => (
            tr.t("editor-edit-event"),
            format!("/staff/events/{}/edit", e.draft.slug),
            format!("/staff/events/{}/programme", e.draft.slug),
        ),
    };
    EditPage {
        c: Chrome::new(ctx, title),
        back: Some(("/staff/events".into(), tr.t("editor-all-events"))),
        action,
        cancel,
        revision: stored.map_or(0, |e| e.revision),
        sections,
        tables: vec![organisations],
        errors: Vec::new(),
        warnings: Vec::new(),
        delete: None,
        current: None,
    }
}

pub async fn new_form(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let v: Values =
        [("time_zone".to_owned(), "Asia/Seoul".to_owned()), ("status".to_owned(), "draft".to_owned())].into();
    Ok(form_page(&ctx, &v, None).respond(&ctx.tr, &[]))
}

pub async fn create(
    State(state): State<AppState>,
    StaffPost { ctx, fields }: StaffPost<Values>,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let saved = match draft_from(&fields, None) {
        Ok(draft) => service::create_event(store, &ctx.caller, draft).await,
        Err(e) => Err(e),
    };
    match saved {
        Ok(s) => {
            Ok(Redirect::to(&format!("/staff/events/{}/programme?saved=created", s.event.draft.slug)).into_response())
        }
        Err(DomainError::Invalid(errors)) => Ok(form_page(&ctx, &fields, None).respond(&ctx.tr, &errors)),
        Err(DomainError::Conflict(f)) => Ok(form_page(&ctx, &fields, None).respond(&ctx.tr, &[f])),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let ed = service::editable(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(form_page(&ctx, &values_of(&ed.event.draft), Some(&ed.event)).respond(&ctx.tr, &[]))
}

pub async fn update(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields }: StaffPost<Values>,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let ed = service::editable(store, &ctx.caller, &slug).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let saved = match (draft_from(&fields, Some(&ed.event.draft)), revision(&fields)) {
        (Ok(draft), Ok(rev)) => service::update_event(store, &ctx.caller, &slug, rev, draft).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    let refused = |errors: &[FieldError]| {
        // A refused save shows the newest revision, so a second attempt can succeed.
        form_page(&ctx, &fields, Some(&ed.event)).respond(&ctx.tr, errors)
    };
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/staff/events/{slug}/programme?saved=event")).into_response()),
        Err(DomainError::Invalid(errors)) => Ok(refused(&errors)),
        Err(DomainError::Conflict(f)) => Ok(refused(&[f])),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}
