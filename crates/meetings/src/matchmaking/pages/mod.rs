//! Matchmaking's pages. A participant's pages hang under their registration code (the key on
//! their badge, like their registration page): never kept, never cached, never sent on as a
//! referrer. Staff pages hang under the event's staff pages and need `EditEvents`.

mod agenda;
mod mine;
mod panel;
mod people;
mod roundtables;
mod staff;
mod staff_actions;
mod view;

use axum::http::{HeaderValue, header};
use axum::response::Response;
use hansa_core::Permission;
use hansa_web::policy::Routes;

pub use panel::registration_panel;

pub fn routes() -> Routes {
    use Permission::{EditEvents, ReadPublic};
    Routes::new()
        .get("/registrations/{code}/matchmaking", ReadPublic, mine::show)
        .post("/registrations/{code}/matchmaking/profile", ReadPublic, mine::save_profile)
        .post("/registrations/{code}/matchmaking/requests/{id}", ReadPublic, mine::answer)
        .get("/registrations/{code}/matchmaking/people", ReadPublic, people::show)
        .post("/registrations/{code}/matchmaking/people", ReadPublic, people::request)
        .get("/registrations/{code}/agenda.ics", ReadPublic, agenda::ics)
        .get("/registrations/{code}/agenda.pdf", ReadPublic, agenda::pdf)
        .get("/staff/events/{slug}/matchmaking", EditEvents, staff::show)
        .post("/staff/events/{slug}/matchmaking/settings", EditEvents, staff_actions::settings)
        .post("/staff/events/{slug}/matchmaking/slots", EditEvents, staff_actions::add_slot)
        .post("/staff/events/{slug}/matchmaking/slots/{id}/delete", EditEvents, staff_actions::delete_slot)
        .post("/staff/events/{slug}/matchmaking/interpreters", EditEvents, staff_actions::add_interpreter)
        .post("/staff/events/{slug}/matchmaking/meetings", EditEvents, staff_actions::create_meeting)
        .post("/staff/events/{slug}/matchmaking/meetings/{id}", EditEvents, staff_actions::meeting_action)
        .post("/staff/events/{slug}/matchmaking/run", EditEvents, staff_actions::run)
        .post("/staff/events/{slug}/matchmaking/remind", EditEvents, staff_actions::remind)
        .get("/staff/events/{slug}/matchmaking/plan.pdf", EditEvents, agenda::plan)
        .get("/staff/events/{slug}/roundtables", EditEvents, roundtables::show)
        .post("/staff/events/{slug}/roundtables", EditEvents, roundtables::assign)
}

/// A participant's page: their key is in its address, so nothing may keep it or pass it on.
fn private(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res
}
