//! Features' parts of a registration's own page (`/registrations/{code}`). The page belongs to
//! the events, which know no later feature; one that has something for the registrant — the
//! meetings' matchmaking at that event — hands the shell a [`RegistrationPanel`] in its
//! [`crate::Feature`], and the page shows what each returns, in the features' order.

use crate::AppState;
use crate::ctx::Ctx;
use crate::staff_panel::PanelFuture;

/// A feature's part of a registration's page, given the registration's code (the key the
/// page was opened with; the panel checks it as its own pages would).
pub type RegistrationPanel = for<'a> fn(&'a AppState, &'a Ctx, &'a str) -> PanelFuture<'a>;

/// Every feature's panel for the registration `code`, in order. A panel that fails is left
/// out and logged: the registration page must still open.
pub async fn render_all(state: &AppState, ctx: &Ctx, code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for panel in state.registration_panels.iter() {
        match panel(state, ctx, code).await {
            Ok(Some(html)) => out.push(html),
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "a registration page panel failed"),
        }
    }
    out
}
