//! Server-rendered pages. Public pages work without JavaScript and without signing in;
//! staff pages need a staff or admin session.

mod account;
mod admin;
mod assets;
mod directory;
mod governance;
mod import;
mod lookups;
mod network;
mod org_actions;
mod organisation;
mod records;
mod staff;

pub use assets::etag;
pub use import::check as check_csv;
pub use org_actions::MAX_LOGO_BYTES;
pub use organisation::can_edit;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;
use crate::limits::BodyLimit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(directory::home))
        .route("/directory", get(directory::directory))
        .route("/map", get(directory::map_page))
        .route("/organisations/{slug}", get(organisation::show))
        .route("/organisations/{slug}/logo", get(organisation::logo))
        .route("/networks", get(network::list))
        .route("/networks/{slug}", get(network::show))
        .route("/people/{slug}", get(network::person))
        .route("/lang/{code}", get(account::switch_language))
        .route("/login", get(account::login_form).post(account::login))
        .route("/logout", post(account::logout))
        .route("/account/password", get(account::password_form).post(account::change_password))
        .route("/staff", get(staff::dashboard))
        .route("/staff/organisations/new", get(staff::new_form))
        .route("/staff/organisations", post(staff::create))
        .route("/staff/organisations/{slug}/edit", get(staff::edit_form))
        .route("/staff/organisations/{slug}", post(staff::update))
        .route("/staff/organisations/{slug}/history", post(org_actions::add_history))
        .route("/staff/organisations/{slug}/memberships", post(org_actions::add_membership))
        .route("/staff/organisations/{slug}/archive", post(org_actions::archive))
        .route("/admin/people/{slug}/erase", post(org_actions::erase_person))
        .route("/staff/memberships/{id}/status", post(org_actions::change_status))
        .route("/staff/people/new", get(records::new_person))
        .route("/staff/people", post(records::create_person))
        .route("/staff/people/{slug}/edit", get(records::edit_person))
        .route("/staff/people/{slug}", post(records::update_person))
        .route("/staff/people/{slug}/positions", post(records::add_position))
        .route("/staff/networks/new", get(governance::new_network))
        .route("/staff/networks", post(governance::create_network))
        .route("/staff/bodies/new", get(governance::new_body))
        .route("/staff/bodies", post(governance::create_body))
        .route("/staff/bodies/{slug}/sessions", post(governance::add_session))
        .route("/staff/bodies/{slug}/seats", post(governance::add_seat))
        .route("/staff/offices/{id}/close", post(governance::close_office))
        .route("/staff/offices/new", get(records::new_office))
        .route("/staff/offices", post(records::create_office))
        .route("/staff/export.csv", get(import::export))
        .route("/admin/audit", get(admin::audit))
        .route("/admin/users", get(admin::users).post(admin::create_user))
        .route("/api", get(admin::api_page))
        .route("/static/{file}", get(assets::file))
        // Every form above is small; `uploads` (merged after, so not under this) takes files.
        .layer(BodyLimit::WRITE)
        .merge(uploads())
}

/// The routes that take files, each refusing a body over its own limit before reading it.
fn uploads() -> Router<AppState> {
    Router::new()
        .route(
            "/staff/organisations/{slug}/logo",
            post(org_actions::upload_logo).layer(BodyLimit::file(MAX_LOGO_BYTES)),
        )
        .route("/staff/import", get(import::form).post(import::preview).layer(BodyLimit::CSV_UPLOAD))
        .route("/staff/import/commit", post(import::commit).layer(BodyLimit::CSV_COMMIT))
}
