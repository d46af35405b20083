//! The meetings' part of the staff start page (`/staff`): the signed-in staff member's own
//! overdue follow-ups, the oldest first, with the way to the pipeline board and the outreach
//! log. Given to the shell as the feature's `staff_panel` (see `hansa_web::staff_panel`).

use askama::Template;
use hansa_core::{DomainError, Permission};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::staff_panel::PanelFuture;
use hansa_web::view::Chrome;

use super::list::FollowUpLine;
use crate::model::today;
use crate::service;

#[derive(Template)]
#[template(path = "pipeline/staff_panel.html")]
struct OverduePanel {
    /// For translations in the shared follow-up lines; the start page has its own frame.
    c: Chrome,
    overdue: Vec<FollowUpLine>,
}

/// The panel for this reader: nothing for those without `EditOutreach` (they cannot open
/// what it links to) or without an account (an admin's token).
pub fn overdue_follow_ups<'a>(state: &'a AppState, ctx: &'a Ctx) -> PanelFuture<'a> {
    Box::pin(async move {
        if !ctx.caller.may(Permission::EditOutreach) || ctx.caller.account.is_none() {
            return Ok(None);
        }
        let lang = ctx.lang();
        let overdue = service::my_overdue_follow_ups(state.store.as_ref(), &ctx.caller, lang).await?;
        let today = today();
        let panel = OverduePanel {
            c: Chrome::new(ctx, String::new()),
            overdue: overdue.iter().map(|f| FollowUpLine::of(f, &ctx.tr, lang, &today)).collect(),
        };
        panel.render().map(Some).map_err(|e| DomainError::Storage(format!("the overdue follow-ups panel: {e}")))
    })
}
