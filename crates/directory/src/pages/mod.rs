//! The directory's pages: the public directory, organisations, networks and people; the
//! staff's forms for every record, imports and exports. They work without JavaScript.

mod directory;
mod governance;
mod import;
mod import_list;
mod import_text;
pub mod lookups;
mod network;
mod org_actions;
mod organisation;
mod records;
mod staff;

pub use import_text::{RowView, counts_text, row_view};
pub use organisation::can_edit;

use hansa_core::Permission;
use hansa_web::limits::BodyLimit;
use hansa_web::policy::Routes;

pub fn routes() -> Routes {
    use Permission::*;
    Routes::new()
        .get("/", ReadPublic, directory::home)
        .get("/directory", ReadPublic, directory::directory)
        .get("/map", ReadPublic, directory::map_page)
        .get("/organisations/{slug}", ReadPublic, organisation::show)
        .get("/organisations/{slug}/logo", ReadPublic, organisation::logo)
        .get("/networks", ReadPublic, network::list)
        .get("/networks/{slug}", ReadPublic, network::show)
        .get("/people/{slug}", ReadPublic, network::person)
        .get("/staff", ReadStaff, staff::dashboard)
        .get("/staff/organisations/new", ReadStaff, staff::new_form)
        .post("/staff/organisations", EditDirectory, staff::create)
        .get("/staff/organisations/{slug}/edit", EditOwnOrganisation, staff::edit_form)
        .post("/staff/organisations/{slug}", EditOwnOrganisation, staff::update)
        .post("/staff/organisations/{slug}/history", EditDirectory, org_actions::add_history)
        .post("/staff/organisations/{slug}/memberships", EditDirectory, org_actions::add_membership)
        .post("/staff/organisations/{slug}/archive", EditDirectory, org_actions::archive)
        .post("/admin/people/{slug}/erase", Administer, org_actions::erase_person)
        .post("/staff/memberships/{id}/status", EditDirectory, org_actions::change_status)
        .get("/staff/people/new", ReadStaff, records::new_person)
        .post("/staff/people", EditDirectory, records::create_person)
        .get("/staff/people/{slug}/edit", ReadStaff, records::edit_person)
        .post("/staff/people/{slug}", EditDirectory, records::update_person)
        .post("/staff/people/{slug}/positions", EditDirectory, records::add_position)
        .get("/staff/networks/new", ReadStaff, governance::new_network)
        .post("/staff/networks", EditDirectory, governance::create_network)
        .get("/staff/bodies/new", ReadStaff, governance::new_body)
        .post("/staff/bodies", EditDirectory, governance::create_body)
        .post("/staff/networks/{slug}/public", EditDirectory, network::set_public)
        .post("/staff/bodies/{slug}/sessions", EditDirectory, governance::add_session)
        .post("/staff/bodies/{slug}/seats", EditDirectory, governance::add_seat)
        .post("/staff/offices/{id}/close", EditDirectory, governance::close_office)
        .get("/staff/offices/new", ReadStaff, records::new_office)
        .post("/staff/offices", EditDirectory, records::create_office)
        .get("/staff/import", EditDirectory, import::form)
        .get("/staff/imports", EditDirectory, import::imports)
        .post("/staff/imports/{id}/undo", EditDirectory, import::undo)
        .get("/staff/export/{file}", ReadStaff, import::export)
        // Every form above is small; `uploads` (merged after, so not under this) takes files.
        .limit_bodies(BodyLimit::WRITE)
        .merge(uploads())
}

/// The routes that take files, each refusing a body over its own limit before reading it.
fn uploads() -> Routes {
    use Permission::*;
    let logo = BodyLimit::file(crate::service::MAX_LOGO_BYTES);
    Routes::new()
        .upload("/staff/organisations/{slug}/logo", EditOwnOrganisation, org_actions::upload_logo, logo)
        .upload("/staff/import", EditDirectory, import::preview, BodyLimit::CSV_UPLOAD)
        .upload("/staff/import/commit", EditDirectory, import::commit, BodyLimit::CSV_COMMIT)
}
