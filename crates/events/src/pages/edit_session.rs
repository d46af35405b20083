//! `/staff/events/{slug}/sessions/new` and `/staff/events/{slug}/sessions/{session}/edit`:
//! one session of the programme — kind, titles, times in the event's zone, room, languages and
//! interpretation channels, its people with their part and the title they held then, and its
//! ordered contributions. Problems the change causes anywhere in the programme (a room booked
//! twice) come back on this session's fields; nothing is written until all is well.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text};

use super::editor::*;
use crate::model::*;
use crate::service::{self, Editable};
use hansa_web::form_view::{Cell, Control, RowsTable, Section};

/// The columns of the session's tables, in order.
const INTERPRETATION: [&str; 2] = ["language", "channel"];
const PARTICIPANTS: [&str; 5] = ["person", "role", "title_en", "title_ko", "organisation"];
const CONTRIBUTIONS: [&str; 5] = ["title_en", "title_ko", "presenter", "organisation", "slides_url"];

fn values_of(s: &SessionDraft) -> Values {
    let mut v = Values::new();
    for (name, text) in [("title", &s.title), ("description", &s.description)] {
        for (l, t) in &text.0 {
            v.insert(format!("{name}_{l}"), t.clone());
        }
    }
    v.insert("slug".into(), s.slug.clone());
    v.insert("kind".into(), s.kind.code().into());
    v.insert("starts_at".into(), s.starts_at.clone());
    v.insert("ends_at".into(), s.ends_at.clone());
    v.insert("room".into(), s.room.clone().unwrap_or_default());
    if s.online {
        v.insert("online".into(), "yes".into());
    }
    v.insert("languages".into(), s.languages.join(", "));
    let mut row = |table: &str, i: usize, cols: &[(&str, String)]| {
        for (c, x) in cols {
            v.insert(format!("{table}-{i}-{c}"), x.clone());
        }
    };
    let en_ko =
        |t: &Localized| (t.0.get("en").cloned().unwrap_or_default(), t.0.get("ko").cloned().unwrap_or_default());
    for (i, x) in s.interpretation.iter().enumerate() {
        row("interpretation", i, &[("language", x.language.clone()), ("channel", x.channel.clone())]);
    }
    for (i, p) in s.participants.iter().enumerate() {
        let (en, ko) = en_ko(&p.title);
        let org = p.organisation.clone().unwrap_or_default();
        row(
            "participants",
            i,
            &[
                ("person", p.person.clone()),
                ("role", p.role.code().into()),
                ("title_en", en),
                ("title_ko", ko),
                ("organisation", org),
            ],
        );
    }
    for (i, c) in s.contributions.iter().enumerate() {
        let (en, ko) = en_ko(&c.title);
        let cols = [
            ("title_en", en),
            ("title_ko", ko),
            ("presenter", c.presenter.clone().unwrap_or_default()),
            ("organisation", c.organisation.clone().unwrap_or_default()),
            ("slides_url", c.slides_url.clone().unwrap_or_default()),
        ];
        row("contributions", i, &cols);
    }
    v
}

/// A row's English and Korean title over the stored one (its other languages kept).
fn row_title(v: &Values, table: &str, row: usize, kept: Option<&Localized>) -> Localized {
    let mut out: BTreeMap<String, String> = kept.map(|k| k.0.clone()).unwrap_or_default();
    for l in ["en", "ko"] {
        match value(v, &format!("{table}-{row}-title_{l}")) {
            Some(t) => out.insert(l.into(), t),
            None => out.remove(l),
        };
    }
    Localized(out)
}

fn session_from(v: &Values, stored: Option<&SessionDraft>) -> Result<SessionDraft, DomainError> {
    let mut errors = Vec::new();
    let get = |row: usize, table: &str, col: &str| value(v, &format!("{table}-{row}-{col}"));
    let kind = value(v, "kind").and_then(|k| SessionKind::parse(&k));
    if kind.is_none() {
        errors.push(FieldError::new("kind", "err-required"));
    }
    let interpretation = filled_rows(v, "interpretation")
        .into_iter()
        .map(|r| Interpretation {
            language: get(r, "interpretation", "language").unwrap_or_default().to_ascii_lowercase(),
            channel: get(r, "interpretation", "channel").unwrap_or_default(),
        })
        .collect();
    let mut participants = Vec::new();
    for r in filled_rows(v, "participants") {
        let role = get(r, "participants", "role").and_then(|x| ParticipantRole::parse(&x));
        let person = get(r, "participants", "person");
        let kept = stored.and_then(|s| s.participants.get(r)).filter(|p| Some(&p.person) == person.as_ref());
        match (person, role) {
            (Some(person), Some(role)) => participants.push(Participant {
                person,
                role,
                title: row_title(v, "participants", r, kept.map(|p| &p.title)),
                organisation: get(r, "participants", "organisation"),
            }),
            _ => errors.push(FieldError::new(format!("participants.{r}"), "err-participant-row")),
        }
    }
    let mut contributions = Vec::new();
    for r in filled_rows(v, "contributions") {
        let kept = stored.and_then(|s| s.contributions.get(r));
        let title = row_title(v, "contributions", r, kept.map(|c| &c.title));
        if title.0.is_empty() {
            errors.push(FieldError::new(format!("contributions.{r}"), "err-contribution-title"));
        }
        contributions.push(Contribution {
            title,
            presenter: get(r, "contributions", "presenter"),
            organisation: get(r, "contributions", "organisation"),
            slides_url: get(r, "contributions", "slides_url"),
        });
    }
    let empty = Localized::default();
    let session = SessionDraft {
        slug: value(v, "slug").unwrap_or_default(),
        kind: kind.unwrap_or(SessionKind::Plenary),
        title: localized_from(v, "title", stored.map_or(&empty, |s| &s.title)),
        description: localized_from(v, "description", stored.map_or(&empty, |s| &s.description)),
        starts_at: value(v, "starts_at").unwrap_or_default(),
        ends_at: value(v, "ends_at").unwrap_or_default(),
        room: value(v, "room"),
        online: value(v, "online").is_some(),
        languages: value(v, "languages")
            .map(|l| l.split([',', ' ']).filter(|x| !x.is_empty()).map(str::to_ascii_lowercase).collect())
            .unwrap_or_default(),
        interpretation,
        participants,
        contributions,
    };
    if errors.is_empty() { Ok(session) } else { Err(DomainError::Invalid(errors)) }
}

fn table(tr: &Tr, v: &Values, name: &str, cols: &[&str], options: &dyn Fn(&str) -> Vec<(String, String)>) -> RowsTable {
    let label = |c: &str| tr.t(&format!("editor-col-{c}"));
    let rows = (0..row_count(v, name))
        .map(|i| cols.iter().map(|c| Cell { options: options(c), ..cell(tr, v, name, i, c, &label(c)) }).collect())
        .collect();
    RowsTable {
        name: name.into(),
        title: tr.t(&format!("editor-{name}")),
        hint: Some(tr.t(&format!("hint-editor-{name}"))),
        columns: cols.iter().map(|c| label(c)).collect(),
        rows,
        errors: Vec::new(),
        problem: None,
    }
}

fn form_page(ctx: &Ctx, ed: &Editable, v: &Values, original: Option<&str>) -> EditPage {
    let tr = &ctx.tr;
    let slug = &ed.event.draft.slug;
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(SessionKind::ALL.iter().map(|k| (k.code().to_owned(), tr.t(&format!("session-kind-{}", k.code())))));
    let mut rooms = vec![(String::new(), tr.t("editor-no-room"))];
    rooms.extend(ed.input.rooms.iter().map(|r| (r.slug.clone(), Text::of(&r.name, ctx.lang(), None).text)));
    let zone = ed.event.draft.time_zone.clone();
    let basics = vec![
        field(v, "kind", tr.t("editor-session-kind"), Control::Select(kinds)).required(),
        field(v, "slug", tr.t("field-slug"), Control::Text).hint(tr.t("hint-session-slug")),
        field(v, "starts_at", tr.t("editor-starts-at"), Control::DateTime).required().hint(tr.t1(
            "hint-event-zone",
            "detail",
            &zone,
        )),
        field(v, "ends_at", tr.t("editor-ends-at"), Control::DateTime).required(),
        field(v, "room", tr.t("programme-room"), Control::Select(rooms)),
        field(v, "online", tr.t("editor-online"), Control::Checkbox),
        field(v, "languages", tr.t("programme-languages"), Control::Text).hint(tr.t("hint-languages")),
    ];
    let text = |name: &str| localized_from(v, name, &Localized::default());
    let sections = vec![
        Section { title: tr.t("editor-basics"), fields: basics },
        localized_section(tr, "title", tr.t("editor-title"), &text("title"), true, false),
        localized_section(tr, "description", tr.t("editor-description"), &text("description"), false, true),
    ];
    let roles = |c: &str| match c {
        "role" => std::iter::once((String::new(), tr.t("form-choose")))
            .chain(
                ParticipantRole::ALL.iter().map(|r| (r.code().to_owned(), tr.t(&format!("editor-part-{}", r.code())))),
            )
            .collect(),
        _ => Vec::new(),
    };
    let tables = vec![
        table(tr, v, "interpretation", &INTERPRETATION, &|_| Vec::new()),
        table(tr, v, "participants", &PARTICIPANTS, &roles),
        table(tr, v, "contributions", &CONTRIBUTIONS, &|_| Vec::new()),
    ];
    let (title, action) = match original {
        None => (tr.t("editor-new-session"), format!("/staff/events/{slug}/sessions/new")),
        Some(o) => (tr.t("editor-edit-session"), format!("/staff/events/{slug}/sessions/{o}/edit")),
    };
    let programme = format!("/staff/events/{slug}/programme");
    let delete = original.map(|o| {
        (
            format!("/staff/events/{slug}/sessions/{o}/delete"),
            tr.t("editor-delete-session"),
            tr.t("editor-delete-confirm"),
        )
    });
    EditPage {
        c: Chrome::new(ctx, title),
        back: Some((programme.clone(), Text::of(&ed.event.draft.title, ctx.lang(), None).text)),
        action,
        cancel: programme,
        revision: ed.event.revision,
        sections,
        tables,
        errors: Vec::new(),
        warnings: Vec::new(),
        delete,
        current: None,
    }
}

async fn editable(state: &AppState, ctx: &Ctx, slug: &str) -> Result<Editable, Failure> {
    service::editable(state.store.as_ref(), &ctx.caller, slug).await.map_err(|e| Failure::from(e).lang(ctx.lang()))
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let ed = editable(&state, &ctx, &slug).await?;
    let day = &ed.event.draft.starts_on;
    let v: Values =
        [("starts_at".to_owned(), format!("{day}T09:00")), ("ends_at".to_owned(), format!("{day}T10:00"))].into();
    Ok(form_page(&ctx, &ed, &v, None).respond(&ctx.tr, &[]))
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, session)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let ed = editable(&state, &ctx, &slug).await?;
    let s = ed.input.sessions.iter().find(|s| s.slug == session).ok_or(Failure::NotFound.lang(ctx.lang()))?;
    Ok(form_page(&ctx, &ed, &values_of(s), Some(&session)).respond(&ctx.tr, &[]))
}

pub async fn create(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Values>,
) -> Result<Response, Failure> {
    save(state, slug, None, post).await
}

pub async fn update(
    State(state): State<AppState>,
    Path((slug, session)): Path<(String, String)>,
    post: StaffPost<Values>,
) -> Result<Response, Failure> {
    save(state, slug, Some(session), post).await
}

async fn save(
    state: AppState,
    slug: String,
    original: Option<String>,
    post: StaffPost<Values>,
) -> Result<Response, Failure> {
    let StaffPost { ctx, fields } = post;
    let ed = editable(&state, &ctx, &slug).await?;
    let stored = original.as_deref().and_then(|o| ed.input.sessions.iter().find(|s| s.slug == o));
    if original.is_some() && stored.is_none() {
        return Err(Failure::NotFound.lang(ctx.lang()));
    }
    let saved = match (session_from(&fields, stored), revision(&fields)) {
        (Ok(s), Ok(rev)) => {
            service::save_session(state.store.as_ref(), &ctx.caller, &slug, rev, original.as_deref(), s).await
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/staff/events/{slug}/programme?saved=session")).into_response()),
        Err(DomainError::Invalid(errors)) => {
            Ok(form_page(&ctx, &ed, &fields, original.as_deref()).respond(&ctx.tr, &errors))
        }
        Err(DomainError::Conflict(f)) => Ok(form_page(&ctx, &ed, &fields, original.as_deref()).respond(&ctx.tr, &[f])),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    Path((slug, session)): Path<(String, String)>,
    StaffPost { ctx, fields }: StaffPost<Values>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let rev = revision(&fields).map_err(|e| Failure::from(e).lang(lang))?;
    match service::delete_session(state.store.as_ref(), &ctx.caller, &slug, rev, &session).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/events/{slug}/programme?saved=deleted")).into_response()),
        Err(DomainError::Conflict(_)) => {
            Ok(Redirect::to(&format!("/staff/events/{slug}/programme?saved=changed")).into_response())
        }
        Err(other) => Err(Failure::from(other).lang(lang)),
    }
}
