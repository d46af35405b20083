//! Features' parts of the staff start page (`/staff`). The page belongs to the directory,
//! which depends on no other feature; a feature that has something to tell a staff member as
//! they start — the meetings' overdue follow-ups — hands the shell a [`StaffPanel`] in its
//! [`crate::Feature`], and the start page shows what each returns, in the features' order.
//!
//! ```ignore
//! fn panel<'a>(state: &'a AppState, ctx: &'a Ctx) -> PanelFuture<'a> {
//!     Box::pin(async move { Ok(Some(MyPanel { /* … */ }.render().map_err(…)?)) })
//! }
//! hansa_web::Feature { staff_panel: Some(panel), .. }
//! ```

use std::future::Future;
use std::pin::Pin;

use hansa_core::error::DomainResult;

use crate::AppState;
use crate::ctx::Ctx;

/// What a panel answers: its HTML (rendered and escaped by the feature's own template), or
/// None when it has nothing for this reader.
pub type PanelFuture<'a> = Pin<Box<dyn Future<Output = DomainResult<Option<String>>> + Send + 'a>>;

/// A feature's part of the staff start page, given the request's state and context.
pub type StaffPanel = for<'a> fn(&'a AppState, &'a Ctx) -> PanelFuture<'a>;

/// Every feature's panel for this reader, in order. A panel that fails is left out and
/// logged: the start page is where staff go when something is wrong, so it must still open.
pub async fn render_all(state: &AppState, ctx: &Ctx) -> Vec<String> {
    let mut out = Vec::new();
    for panel in state.staff_panels.iter() {
        match panel(state, ctx).await {
            Ok(Some(html)) => out.push(html),
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "a staff start page panel failed"),
        }
    }
    out
}
