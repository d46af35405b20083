//! `/registrations/{code}`: a registration as its holder sees it — status with its dated
//! history, the place on the waiting list, what they entered — and the button to cancel. The
//! code is the key (it is on the badge), so the page is never kept, cached or sent on as a
//! referrer.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text, page};

use super::view::long_date_time;
use crate::model::*;
use crate::service;
use crate::store::{EventStore, RegistrationStore};

#[derive(Template)]
#[template(path = "events/registration.html")]
struct RegistrationPage {
    c: Chrome,
    code: String,
    event_slug: String,
    event_title: Text,
    name: String,
    status: String,
    status_code: &'static str,
    waiting: Option<String>,
    history: Vec<(String, String)>,
    /// What they entered: (label, value), personal data included — it is their own page.
    details: Vec<(String, String)>,
    can_cancel: bool,
    notice: Option<String>,
    visa_issued: bool,
    /// Later features' parts of the page (matchmaking), already rendered and escaped.
    panels: Vec<String>,
}

/// `Ms. KIM Delegate`, as the registration's own pages and lists show the person.
pub fn display_name(r: &RegistrationInput) -> String {
    r.display_name()
}

fn details(
    tr: &Tr,
    r: &Registration,
    names: &std::collections::HashMap<String, String>,
    questions: &[Question],
) -> Vec<(String, String)> {
    let i = &r.input;
    let mut out = vec![(tr.t("register-category"), tr.t(&format!("category-{}", r.category.code())))];
    let mut push = |key: &str, v: &Option<String>| {
        if let Some(v) = v {
            out.push((tr.t(key), v.clone()));
        }
    };
    push("field-native-name", &i.native_name);
    push("register-position", &i.position);
    push("register-organisation", &super::view::org_label(r, names));
    push(
        "field-country",
        &i.country.as_deref().and_then(hansa_core::country::country).map(|c| c.name(tr.lang).to_owned()),
    );
    push("field-email", &Some(i.email.clone()));
    push("register-interpretation", &i.interpretation_language.as_deref().map(|l| tr.t(&format!("lang-{l}"))));
    push("register-dietary", &i.dietary);
    push("register-accessibility", &i.accessibility);
    if i.visa_letter {
        push("register-visa-letter", &i.passport_name);
    }
    // The answers to the event's own questions, with the choices in words.
    for q in questions {
        let Some(a) = i.answers.get(&q.code) else { continue };
        let label = |code: &str| match q.kind {
            QuestionKind::YesNo => tr.t(&format!("answer-{code}")),
            QuestionKind::Choice | QuestionKind::Multi => q
                .choices
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.to_owned(), |c| Text::of(&c.label, tr.lang, None).text),
            _ => code.to_owned(),
        };
        let shown = if q.kind == QuestionKind::Multi {
            a.split(MULTI_SEPARATOR).map(label).collect::<Vec<_>>().join(", ")
        } else {
            label(a)
        };
        out.push((Text::of(&q.label, tr.lang, None).text, shown));
    }
    out
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, Failure> {
    render(&state, &ctx, &code, None).await
}

async fn render(state: &AppState, ctx: &Ctx, code: &str, notice: Option<String>) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let r = store.registration(code).await?.ok_or(Failure::NotFound.lang(lang))?;
    let event = store.events(true).await?.into_iter().find(|e| e.id == r.event_id).ok_or(Failure::NotFound)?;
    let tr = &ctx.tr;
    let names = super::view::org_names(store, r.event_id, lang).await?;
    let form = crate::store::FormStore::form(store, event.id).await?;
    let tz = time::zone(&event.draft.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let history = store
        .history(r.id)
        .await?
        .into_iter()
        .map(|(at, s)| (long_date_time(tr, at, &tz), tr.t(&format!("regstatus-{}", s.code()))))
        .collect();
    let waiting = r.waitlist_position.map(|n| tr.tn("registration-waiting", &[("position", n.to_string())]));
    let token = ctx.form_token();
    let mut c = Chrome::new(ctx, tr.t("registration-title"));
    c.csrf = token.token.clone();
    let view = RegistrationPage {
        c,
        code: r.code.clone(),
        event_slug: event.draft.slug.clone(),
        event_title: Text::of(&event.draft.title, lang, None),
        name: display_name(&r.input),
        status: tr.t(&format!("regstatus-{}", r.status.code())),
        status_code: r.status.code(),
        waiting,
        history,
        details: details(tr, &r, &names, &form.questions),
        can_cancel: r.status.can_move_to(RegStatus::Cancelled),
        visa_issued: r.visa_letter_status == Some(VisaLetter::Issued)
            && matches!(r.status, RegStatus::Approved | RegStatus::Attended),
        notice,
        panels: hansa_web::registration_panel::render_all(state, ctx, code).await,
    };
    let mut res = token.attach(state, page(&view).into_response());
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    Ok(res)
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<std::collections::HashMap<String, String>>,
) -> Result<Response, Failure> {
    // An unknown code is 404 before anything else; then the form's token.
    if state.store.registration(&code).await?.is_none() {
        return Err(Failure::NotFound.lang(ctx.lang()));
    }
    ctx.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    match service::cancel(state.store.as_ref(), &ctx.caller, &code).await {
        Ok(_) => Ok(Redirect::to(&format!("/registrations/{code}")).into_response()),
        Err(hansa_core::DomainError::Conflict(e)) => render(&state, &ctx, &code, Some(ctx.tr.error(&e))).await,
        Err(e) => Err(Failure::from(e).lang(ctx.lang())),
    }
}
