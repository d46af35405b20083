//! Long work shows its progress in the page: the form carries a random job key, the handler
//! reports through a [`Reporter`], and the page's script polls `/progress/{key}` for a line
//! such as "Rows checked: 1,250 of 5,000". Without JavaScript the form still just works.

use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use hansa_core::SqlStore;
use hansa_core::progress::{JobProgress, valid_key};
use hansa_core::store::SiteStore;
use tokio::sync::watch;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::Failure;

/// How often the latest figure is written while work runs (a poll comes every half second).
const WRITE_EVERY: Duration = Duration::from_millis(200);

/// Forwards a job's progress to the store from its own task, so the work never waits on it
/// and a burst of reports becomes one write per interval.
pub struct Reporter {
    tx: Option<watch::Sender<JobProgress>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Reporter {
    /// A reporter for `key`; with no (or a malformed) key, reports go nowhere.
    pub fn start(store: Arc<SqlStore>, key: Option<&str>) -> Reporter {
        let Some(key) = key.filter(|k| valid_key(k)).map(str::to_owned) else {
            return Reporter { tx: None, task: None };
        };
        let (tx, mut rx) = watch::channel(JobProgress { phase: "started".into(), done: 0, total: 0 });
        let task = tokio::spawn(async move {
            loop {
                let latest = rx.borrow_and_update().clone();
                // Progress is a convenience: a failed write is not the job's failure.
                let _ = store.set_progress(&key, &latest).await;
                if rx.changed().await.is_err() {
                    let last = rx.borrow().clone();
                    if last != latest {
                        let _ = store.set_progress(&key, &last).await;
                    }
                    return;
                }
                tokio::time::sleep(WRITE_EVERY).await;
            }
        });
        Reporter { tx: Some(tx), task: Some(task) }
    }

    /// Notes `done` of `total` in `phase` (cheap: replaces the latest value).
    pub fn report(&self, phase: &str, done: usize, total: usize) {
        if let Some(tx) = &self.tx {
            tx.send_replace(JobProgress { phase: phase.to_owned(), done: done as i64, total: total as i64 });
        }
    }

    /// A handle that reports from another thread (work in `spawn_blocking`, such as a PDF).
    pub fn handle(&self) -> ProgressHandle {
        ProgressHandle(self.tx.clone())
    }

    /// Notes the job as finished and waits until that is written.
    pub async fn finish(mut self) {
        if let Some(tx) = self.tx.take() {
            tx.send_modify(|p| p.phase = "done".into());
            drop(tx);
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

/// Reports to a [`Reporter`] from anywhere (it is `Send` and cheap to clone).
#[derive(Clone)]
pub struct ProgressHandle(Option<watch::Sender<JobProgress>>);

impl ProgressHandle {
    pub fn report(&self, phase: &str, done: usize, total: usize) {
        if let Some(tx) = &self.0 {
            tx.send_replace(JobProgress { phase: phase.to_owned(), done: done as i64, total: total as i64 });
        }
    }
}

#[derive(serde::Serialize)]
struct ProgressView {
    phase: String,
    done: i64,
    total: i64,
    /// The line to show, in the reader's language.
    text: String,
}

/// `GET /progress/{key}`: where a job is, as JSON. A key nothing has reported under yet (the
/// upload is still arriving) answers "started" with no figures, not an error.
pub async fn progress(State(state): State<AppState>, ctx: Ctx, Path(key): Path<String>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::ReadStaff)?;
    if !valid_key(&key) {
        return Err(Failure::NotFound);
    }
    let p = state.store.progress(&key).await?.unwrap_or(JobProgress { phase: "started".into(), done: 0, total: 0 });
    let tr = &ctx.tr;
    let text = tr.tn(
        &format!(
            "progress-{}",
            if matches!(
                p.phase.as_str(),
                "checked" | "written" | "badges" | "reading" | "scheduling" | "saving" | "done"
            ) {
                &p.phase
            } else {
                "started"
            }
        ),
        &[("done", p.done.to_string()), ("total", p.total.to_string())],
    );
    Ok(Json(ProgressView { phase: p.phase, done: p.done, total: p.total, text }).into_response())
}
