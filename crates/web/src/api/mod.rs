//! The JSON API under `/api/v1`, described by an OpenAPI 3.1 document generated from the
//! handlers themselves (utoipa). Errors are RFC 9457 problem details.

mod directory;
mod extract;
mod organisations;
mod writes;

use axum::Router;
use axum::routing::get;
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::AppState;
use crate::limits::BodyLimit;

#[derive(OpenApi)]
#[openapi(
    info(title = "Hansa API", version = "1", description = "The member directory of a network of cities: organisations, networks, memberships, offices, people."),
    paths(
        organisations::list, organisations::create, organisations::show, organisations::update,
        directory::networks, directory::memberships, directory::create_membership, directory::offices,
        directory::people, directory::person, directory::country_counts, directory::import_csv, directory::bodies,
        writes::create_network, writes::create_office, writes::create_body, writes::create_person, writes::add_history,
        writes::change_status,
    ),
    modifiers(&Security),
    tags((name = "directory", description = "Organisations and their memberships"))
)]
struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components
            .add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("hansa_session"))));
    }
}

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

async fn openapi_json() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(openapi())
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/v1/organisations", get(organisations::list).post(organisations::create))
        .route("/api/v1/organisations/{slug}", get(organisations::show).put(organisations::update))
        .route("/api/v1/networks", get(directory::networks).post(writes::create_network))
        .route("/api/v1/bodies", get(directory::bodies).post(writes::create_body))
        .route("/api/v1/organisations/{slug}/history", axum::routing::post(writes::add_history))
        .route("/api/v1/memberships/{id}/status", axum::routing::post(writes::change_status))
        .route("/api/v1/networks/{slug}/memberships", get(directory::memberships))
        .route("/api/v1/memberships", axum::routing::post(directory::create_membership))
        .route("/api/v1/offices", get(directory::offices).post(writes::create_office))
        .route("/api/v1/people", get(directory::people).post(writes::create_person))
        .route("/api/v1/people/{slug}", get(directory::person))
        .route("/api/v1/stats/countries", get(directory::country_counts))
        // JSON writes are small; the CSV import (merged after, so not under this) is a file.
        .layer(BodyLimit::WRITE)
        .merge(Router::new().route(
            "/api/v1/import/organisations",
            axum::routing::post(directory::import_csv).layer(BodyLimit::CSV_API),
        ))
}
