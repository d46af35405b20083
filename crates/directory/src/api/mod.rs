//! The directory's JSON API under `/api/v1`, described by its part of the OpenAPI document,
//! generated from the handlers themselves (utoipa).

mod directory;
mod imports;
mod organisations;
mod writes;

use hansa_core::Permission;
use hansa_web::limits::BodyLimit;
use hansa_web::policy::Routes;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(
        organisations::list, organisations::create, organisations::show, organisations::update,
        directory::networks, directory::memberships, directory::create_membership, directory::offices,
        directory::people, directory::person, directory::country_counts, directory::bodies,
        imports::import_organisations, imports::list, imports::undo,
        writes::create_network, writes::create_office, writes::create_body, writes::create_person, writes::add_history,
        writes::change_status,
    ),
    tags((name = "directory", description = "Organisations and their memberships"))
)]
struct ApiDoc;

/// The directory's part of the API document (merged into the shell's frame).
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn routes() -> Routes {
    use Permission::*;
    Routes::new()
        .get("/api/v1/organisations", ReadPublic, organisations::list)
        .post("/api/v1/organisations", EditDirectory, organisations::create)
        .get("/api/v1/organisations/{slug}", ReadPublic, organisations::show)
        .put("/api/v1/organisations/{slug}", EditOwnOrganisation, organisations::update)
        .get("/api/v1/networks", ReadPublic, directory::networks)
        .post("/api/v1/networks", EditDirectory, writes::create_network)
        .get("/api/v1/bodies", ReadPublic, directory::bodies)
        .post("/api/v1/bodies", EditDirectory, writes::create_body)
        .post("/api/v1/organisations/{slug}/history", EditDirectory, writes::add_history)
        .post("/api/v1/memberships/{id}/status", EditDirectory, writes::change_status)
        .get("/api/v1/networks/{slug}/memberships", ReadPublic, directory::memberships)
        .post("/api/v1/memberships", EditDirectory, directory::create_membership)
        .get("/api/v1/offices", ReadPublic, directory::offices)
        .post("/api/v1/offices", EditDirectory, writes::create_office)
        .get("/api/v1/people", ReadPublic, directory::people)
        .post("/api/v1/people", EditDirectory, writes::create_person)
        .get("/api/v1/people/{slug}", ReadPublic, directory::person)
        .get("/api/v1/stats/countries", ReadPublic, directory::country_counts)
        // JSON writes are small; the CSV import (merged after, so not under this) is a file.
        .limit_bodies(BodyLimit::WRITE)
        .get("/api/v1/imports", EditDirectory, imports::list)
        .post("/api/v1/imports/{id}/undo", EditDirectory, imports::undo)
        .merge(Routes::new().upload(
            "/api/v1/import/organisations",
            EditDirectory,
            imports::import_organisations,
            BodyLimit::CSV_API,
        ))
}
