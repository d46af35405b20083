//! The staff pages of the outreach log: the log with "my follow-ups", a meeting's editor, a
//! meeting with its follow-ups, and an organisation's timeline. Every one needs
//! `Permission::EditOutreach`; every form carries the session's CSRF token (`StaffPost`).

mod edit_follow_up;
mod edit_meeting;
mod list;
mod pipeline;
mod rows;
mod show;
mod staff_panel;
mod timeline;

pub use staff_panel::overdue_follow_ups as staff_panel;

use hansa_core::Permission;
use hansa_web::page_cache::keys::Route;
use hansa_web::policy::Routes;

pub fn routes() -> Routes {
    use Permission::EditOutreach;
    Routes::new()
        .get("/staff/outreach", EditOutreach, list::log)
        .get("/staff/outreach/new", EditOutreach, edit_meeting::new_form)
        .post("/staff/outreach/new", EditOutreach, edit_meeting::create)
        .get("/staff/outreach/{id}", EditOutreach, show::meeting)
        .get("/staff/outreach/{id}/edit", EditOutreach, edit_meeting::edit_form)
        .post("/staff/outreach/{id}/edit", EditOutreach, edit_meeting::update)
        .post("/staff/outreach/{id}/follow-ups", EditOutreach, show::add_follow_up)
        .post("/staff/follow-ups/{id}/status", EditOutreach, show::close_follow_up)
        .get("/staff/follow-ups/{id}/edit", EditOutreach, edit_follow_up::edit_form)
        .post("/staff/follow-ups/{id}/edit", EditOutreach, edit_follow_up::update)
        .get("/staff/organisations/{slug}/timeline", EditOutreach, timeline::timeline)
        .get("/staff/pipeline", EditOutreach, pipeline::board)
        .post("/staff/pipeline/move", EditOutreach, pipeline::move_card)
}

/// No page of the outreach log is kept: they are staff-only and change with every note.
pub fn kept(_segments: &[&str]) -> Option<Route> {
    None
}

/// A localized name in the reader's language (then English, then any).
fn name_of(n: &hansa_core::Localized, lang: &str) -> String {
    n.resolve(lang, None).text.to_owned()
}
