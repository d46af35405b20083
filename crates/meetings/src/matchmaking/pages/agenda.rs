//! A participant's agenda as an iCalendar file (each meeting its own event, in the event's
//! zone, with the table in the location) and as a PDF to print; and for staff the table plan
//! of the hall, a page per slot listing who sits at which table.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hansa_events::export::ical::{Entry, calendar};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;

use super::private;
use super::view;
use crate::matchmaking::model::RequestStatus;
use crate::matchmaking::service;

fn download(bytes: Vec<u8>, mime: &'static str, name: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

pub async fn ics(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, Failure> {
    let (reg, board) =
        service::participant_board(state.store.as_ref(), &code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let tr = &ctx.tr;
    let title = board.event.draft.title.resolve(ctx.lang(), None).text.to_owned();
    let entries: Vec<Entry> = view::agenda(&board, reg.id, tr)
        .into_iter()
        .flat_map(|d| d.items)
        .map(|i| Entry {
            uid: format!("match-{}-{}@hansa", i.request, reg.id),
            start: i.starts_at,
            end: i.ends_at,
            summary: tr.tn("match-ics-summary", &[("with", i.with.first().cloned().unwrap_or_default())]),
            description: i.with.join("\n") + &i.interpreter.map(|x| format!("\n{x}")).unwrap_or_default(),
            location: tr.tn("match-ics-location", &[("table", i.table.clone()), ("event", title.clone())]),
            url: String::new(),
        })
        .collect();
    let text = calendar(&title, &board.event.draft.time_zone, &entries, service::now());
    Ok(private(download(text.into_bytes(), "text/calendar; charset=utf-8", "meetings.ics")))
}

pub async fn pdf(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, Failure> {
    let (reg, board) =
        service::participant_board(state.store.as_ref(), &code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let tr = &ctx.tr;
    let me = board.participant(reg.id);
    let agenda = hansa_badges::Agenda {
        title: tr.t("match-agenda"),
        event_title: board.event.draft.title.resolve(ctx.lang(), None).text.to_owned(),
        event_line: view::event_line(&board, tr),
        person: me.map(|p| p.name.clone()).unwrap_or_default(),
        organisation: me.map(|p| p.organisation.resolve(ctx.lang(), None).text.to_owned()).unwrap_or_default(),
        columns: [tr.t("match-col-time"), tr.t("match-col-table"), tr.t("match-col-with"), tr.t("match-col-notes")],
        days: view::agenda(&board, reg.id, tr)
            .into_iter()
            .map(|d| hansa_badges::AgendaDay {
                heading: d.heading,
                rows: d
                    .items
                    .into_iter()
                    .map(|i| hansa_badges::AgendaRow {
                        time: i.time,
                        table: i.table,
                        with: i.with,
                        notes: i
                            .interpreter
                            .map(|x| tr.tn("match-interpreter-with", &[("name", x)]))
                            .unwrap_or_default(),
                    })
                    .collect(),
            })
            .collect(),
        empty_text: tr.t("match-agenda-empty"),
        footer: tr.tn("match-pdf-footer", &[("code", reg.code.clone())]),
    };
    let bytes = tokio::task::spawn_blocking(move || hansa_badges::render_agenda(&agenda))
        .await
        .map_err(|_| Failure::NotFound)?
        .map_err(|e| Failure::from(hansa_core::DomainError::Storage(e.to_string())))?;
    Ok(private(download(bytes, "application/pdf", "meetings.pdf")))
}

/// The hall's table plan: a page per slot, table by table, both sides.
pub async fn plan(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let board = service::staff_board(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let tz = view::zone(&board);
    let slots = board
        .slots
        .iter()
        .map(|s| {
            let mut rows: Vec<_> = board
                .requests
                .iter()
                .filter(|r| r.status == RequestStatus::Accepted && r.slot == Some(s.id))
                .map(|r| {
                    (
                        r.table.unwrap_or_default(),
                        hansa_badges::PlanRow {
                            table: r.table.map(|t| t.to_string()).unwrap_or_default(),
                            a: r.from_side().into_iter().map(|p| view::person_of(&board, p, lang)).collect(),
                            b: vec![view::person_of(&board, r.to, lang)],
                        },
                    )
                })
                .collect();
            rows.sort_by_key(|(t, _)| *t);
            hansa_badges::PlanSlot {
                heading: view::slot_label(tr, s, &tz),
                rows: rows.into_iter().map(|(_, r)| r).collect(),
            }
        })
        .collect();
    let plan = hansa_badges::TablePlan {
        event_title: board.event.draft.title.resolve(lang, None).text.to_owned(),
        columns: [tr.t("match-col-table"), tr.t("match-side-a"), tr.t("match-side-b")],
        slots,
        footer: view::event_line(&board, tr),
    };
    let bytes = tokio::task::spawn_blocking(move || hansa_badges::render_table_plan(&plan))
        .await
        .map_err(|_| Failure::NotFound)?
        .map_err(|e| Failure::from(hansa_core::DomainError::Storage(e.to_string())))?;
    Ok(download(bytes, "application/pdf", "table-plan.pdf"))
}
