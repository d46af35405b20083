//! The events' pages: the calendar and each event with its programme. They work without
//! JavaScript and are kept by the page cache while the events area is unchanged.

mod badges;
mod calendar;
mod checkin;
mod delegate_import;
mod delegation;
mod edit_event;
mod edit_session;
mod editor;
mod event_page;
mod figures;
mod list;
mod my_registration;
mod person_programme;
mod privacy;
mod register;
mod schedule;
mod staff_programme;
mod staff_registrations;
mod timetable;
pub mod view;
mod visa;

pub use event_page::conflict_text;

use hansa_core::{Area, Permission};
use hansa_web::limits::BodyLimit;
use hansa_web::page_cache::keys::Route;
use hansa_web::policy::Routes;

pub fn routes() -> Routes {
    use Permission::*;
    Routes::new()
        .get("/events", ReadPublic, list::events)
        .get("/events/{slug}", ReadPublic, event_page::event)
        .get("/events/{slug}/calendar/{file}", ReadPublic, calendar::calendar)
        .get("/events/{slug}/people/{person}", ReadPublic, person_programme::person)
        .get("/events/{slug}/schedule.xml", ReadPublic, schedule::xml)
        .get("/events/{slug}/schedule.json", ReadPublic, schedule::json)
        .get("/events/{slug}/figures", ReadPublic, figures::show)
        .get("/events/{slug}/figures.csv", ReadPublic, figures::csv)
        .get("/events/{slug}/register", ReadPublic, register::form)
        .post("/events/{slug}/register", ReadPublic, register::submit)
        .get("/events/{slug}/delegation", EditOwnOrganisation, delegation::show)
        .get("/registrations/{code}", ReadPublic, my_registration::show)
        .post("/registrations/{code}/cancel", ReadPublic, my_registration::cancel)
        .get("/staff/events", EditEvents, staff_programme::events)
        .get("/staff/events/new", EditEvents, edit_event::new_form)
        .post("/staff/events/new", EditEvents, edit_event::create)
        .get("/staff/events/{slug}/edit", EditEvents, edit_event::edit_form)
        .post("/staff/events/{slug}/edit", EditEvents, edit_event::update)
        .get("/staff/events/{slug}/programme", EditEvents, staff_programme::programme)
        .get("/staff/events/{slug}/rooms", EditEvents, staff_programme::rooms_form)
        .post("/staff/events/{slug}/rooms", EditEvents, staff_programme::save_rooms)
        .get("/staff/events/{slug}/sessions/new", EditEvents, edit_session::new_form)
        .post("/staff/events/{slug}/sessions/new", EditEvents, edit_session::create)
        .get("/staff/events/{slug}/sessions/{session}/edit", EditEvents, edit_session::edit_form)
        .post("/staff/events/{slug}/sessions/{session}/edit", EditEvents, edit_session::update)
        .post("/staff/events/{slug}/sessions/{session}/delete", EditEvents, edit_session::delete)
        .get("/staff/events/{slug}/registrations", EditEvents, staff_registrations::list)
        .get("/staff/events/{slug}/{file}", EditEvents, staff_registrations::export)
        .get("/staff/events/{slug}/import", EditEvents, delegate_import::form)
        .upload("/staff/events/{slug}/import", EditEvents, delegate_import::upload, BodyLimit::CSV_COMMIT)
        .get("/staff/events/{slug}/badges", EditEvents, badges::form)
        .post("/staff/events/{slug}/badges", EditEvents, badges::pdf)
        .get("/staff/events/{slug}/check-in", EditEvents, checkin::show)
        .post("/staff/events/{slug}/check-in", EditEvents, checkin::typed)
        .get("/staff/events/{slug}/check-in/list.json", EditEvents, checkin::list)
        .get("/staff/events/{slug}/privacy", EditEvents, privacy::show)
        .post("/staff/events/{slug}/privacy/erase", Administer, privacy::erase)
        .get("/staff/events/{slug}/visa-letters", EditEvents, visa::list)
        .post("/staff/registrations/{code}/visa-letter", EditEvents, visa::review)
        .get("/staff/registrations/{code}/visa-letter.pdf", EditEvents, visa::preview)
        .get("/registrations/{code}/visa-letter.pdf", ReadPublic, visa::download)
        .post("/staff/registrations/{code}/status", EditEvents, staff_registrations::decide)
}

const EVENTS: &[Area] = &[Area::Events, Area::Directory];

/// The events' kept routes: the calendar and event pages (with the room filter), made from
/// events and from the directory (names of people and organisations).
pub fn kept(segments: &[&str]) -> Option<Route> {
    match segments {
        ["events"] => Some(Route { params: &[], areas: EVENTS }),
        ["events", slug] if !slug.is_empty() => Some(Route { params: &["room", "view"], areas: EVENTS }),
        ["events", slug, "people", person] if !slug.is_empty() && !person.is_empty() => {
            Some(Route { params: &[], areas: EVENTS })
        }
        ["api", "v1", "events"] => Some(Route { params: &[], areas: EVENTS }),
        ["api", "v1", "events", slug] if !slug.is_empty() => Some(Route { params: &[], areas: EVENTS }),
        _ => None,
    }
}
