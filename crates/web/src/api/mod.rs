//! The API's shell: the document's frame (title, security schemes) that features' parts are
//! merged into, `/api/v1/openapi.json`, and the extractors every JSON handler uses. Errors
//! are RFC 9457 problem details.

pub mod extract;

use axum::extract::State;
use hansa_core::Permission;
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::AppState;
use crate::policy::Routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Hansa API", version = "1", description = "The platform of a network of cities: its member directory (organisations, networks, memberships, offices, people) and, as they come, its events and meetings."),
    modifiers(&Security)
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

/// The frame of the document: features' parts are merged into it (`AppState::new`).
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

async fn openapi_json(State(state): State<AppState>) -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(state.openapi.as_ref().clone())
}

pub fn routes() -> Routes {
    Routes::new().get("/api/v1/openapi.json", Permission::ReadPublic, openapi_json)
}
