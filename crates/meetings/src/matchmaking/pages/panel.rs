//! Matchmaking's part of a registration's own page: where the registrant stands (meetings
//! scheduled, requests waiting for their answer) and the way to their matchmaking page. Only
//! for an admitted registration at an event whose matchmaking is set up.

use askama::Template;
use hansa_core::DomainError;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::staff_panel::PanelFuture;

use crate::matchmaking::model::RequestStatus;
use crate::matchmaking::service::{self, now};

#[derive(Template)]
#[template(path = "matchmaking/panel.html")]
struct Panel {
    code: String,
    title: String,
    line: String,
    link: String,
}

pub fn registration_panel<'a>(state: &'a AppState, ctx: &'a Ctx, code: &'a str) -> PanelFuture<'a> {
    Box::pin(async move {
        let (reg, board) = match service::participant_board(state.store.as_ref(), code).await {
            Ok(found) => found,
            Err(DomainError::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        let at = now();
        let mine = board.requests.iter().filter(|r| r.involves(reg.id));
        let scheduled = mine.clone().filter(|r| r.status == RequestStatus::Accepted && r.slot.is_some()).count();
        let waiting = mine.filter(|r| r.to == reg.id && r.status_at(at) == RequestStatus::Pending).count();
        let tr = &ctx.tr;
        let panel = Panel {
            code: code.to_owned(),
            title: tr.t("match-panel-title"),
            line: tr.tn("match-panel-line", &[("scheduled", scheduled.to_string()), ("waiting", waiting.to_string())]),
            link: tr.t("match-panel-link"),
        };
        panel.render().map(Some).map_err(|e| DomainError::Storage(e.to_string()))
    })
}
