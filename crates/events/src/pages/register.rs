//! `/events/{slug}/register`: the event's registration form — who one is and comes as, the
//! protocol fields a secretariat needs, the visa letter, and the event's own questions. A
//! focal point signed in registers officials of their government one by one, as a delegation.
//! A refused form comes back with every problem beside its field and nothing stored.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError};
use hansa_directory::pages::lookups;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text, page};

use super::view::long_date_time;
use crate::model::*;
use crate::service;
use crate::store::RegistrationForm;
use hansa_directory::store::prelude::*;
use hansa_web::form_view::{Control, Field, Section, place_errors};

#[derive(Template)]
#[template(path = "events/register.html")]
struct RegisterPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    deadline: Option<String>,
    delegation: Option<String>,
    /// Each category with the places it has left, in words.
    places: Vec<(String, String)>,
    sections: Vec<Section>,
    errors: Vec<(String, String)>,
}

/// The languages offered for interpretation: the network's six.
const LANGUAGES: [&str; 6] = ["en", "ko", "zh", "ja", "ru", "mn"];

fn text(name: &str, tr: &Tr, key: &str, v: &HashMap<String, String>, control: Control) -> Field {
    let mut f = Field::new(name, tr.t(key), control);
    f.value = v.get(name).cloned().unwrap_or_default();
    f
}

/// The categories as a choice, saying which have only a waiting list left.
fn category_options(tr: &Tr, form: &RegistrationForm) -> Vec<(String, String)> {
    std::iter::once((String::new(), tr.t("form-choose")))
        .chain(form.places.iter().map(|p| {
            let name = tr.t(&format!("category-{}", p.places.category.code()));
            let full = p.places.capacity.is_some_and(|c| p.held >= i64::from(c));
            let label = if full { format!("{name} — {}", tr.t("register-waiting-list")) } else { name };
            (p.places.category.code().to_owned(), label)
        }))
        .collect()
}

fn question_field(tr: &Tr, q: &Question, v: &HashMap<String, String>) -> Field {
    let name = format!("q-{}", q.code);
    let label = Text::of(&q.label, tr.lang, None).text;
    let choices = || q.choices.iter().map(|c| (c.code.clone(), Text::of(&c.label, tr.lang, None).text));
    let control = match q.kind {
        QuestionKind::Text => Control::TextArea,
        QuestionKind::Date => Control::Date,
        QuestionKind::Choice => Control::Radios(choices().collect()),
        QuestionKind::YesNo => {
            Control::Radios(vec![("yes".into(), tr.t("answer-yes")), ("no".into(), tr.t("answer-no"))])
        }
        QuestionKind::Multi => Control::Checks(
            choices().map(|(code, l)| (code.clone(), l, v.contains_key(&format!("{name}-{code}")))).collect(),
        ),
    };
    let mut f = Field::new(&name, label, control);
    f.value = v.get(&name).cloned().unwrap_or_default();
    f.required = q.required;
    f
}

fn sections(tr: &Tr, form: &RegistrationForm, v: &HashMap<String, String>, focal: bool) -> Vec<Section> {
    let mut countries = vec![(String::new(), tr.t("form-choose"))];
    countries.extend(lookups::countries_sorted(tr, "").into_iter().map(|c| (c.0, c.1)));
    let mut languages = vec![(String::new(), tr.t("register-no-interpretation"))];
    languages.extend(LANGUAGES.iter().map(|l| ((*l).to_owned(), tr.t(&format!("lang-{l}")))));
    let mut about = vec![
        text("category", tr, "register-category", v, Control::Select(category_options(tr, form))).required(),
        text("honorific", tr, "field-honorific", v, Control::Text).autocomplete("honorific-prefix"),
        text("given_name", tr, "field-given-name", v, Control::Text).autocomplete("given-name"),
        text("family_name", tr, "field-family-name", v, Control::Text)
            .autocomplete("family-name")
            .hint(tr.t("hint-family-name")),
        text("native_name", tr, "field-native-name", v, Control::Text).hint(tr.t("hint-native-name")),
        text("position", tr, "register-position", v, Control::Text).autocomplete("organization-title"),
    ];
    if !focal {
        about.push(
            text("organisation_name", tr, "register-organisation", v, Control::Text).autocomplete("organization"),
        );
    }
    about.push(text("country", tr, "field-country", v, Control::Select(countries)));
    about.push(
        text("email", tr, "field-email", v, Control::Email)
            .autocomplete("email")
            .required()
            .hint(tr.t("hint-reg-email")),
    );
    let protocol = vec![
        text("interpretation_language", tr, "register-interpretation", v, Control::Select(languages)),
        text("dietary", tr, "register-dietary", v, Control::TextArea),
        text("accessibility", tr, "register-accessibility", v, Control::TextArea),
    ];
    let visa = vec![
        text("visa_letter", tr, "register-visa-letter", v, Control::Checkbox),
        text("passport_name", tr, "register-passport-name", v, Control::Text).hint(tr.t("hint-passport-name")),
    ];
    let mut out = vec![
        Section { title: tr.t(if focal { "register-about-official" } else { "register-about" }), fields: about },
        Section { title: tr.t("register-protocol"), fields: protocol },
        Section { title: tr.t("register-visa"), fields: visa },
    ];
    if !form.questions.is_empty() {
        let fields = form.questions.iter().map(|q| question_field(tr, q, v)).collect();
        out.push(Section { title: tr.t("register-questions"), fields });
    }
    out
}

/// The form's values → what the service checks. Multiple-choice answers arrive as one
/// checkbox per choice (`q-topics-energy`).
fn input_from(form: &RegistrationForm, v: &HashMap<String, String>, lang: &str) -> RegistrationInput {
    let get = |k: &str| v.get(k).map(|x| x.trim().to_owned()).filter(|x| !x.is_empty());
    let mut answers = BTreeMap::new();
    for q in &form.questions {
        let name = format!("q-{}", q.code);
        let answer = if q.kind == QuestionKind::Multi {
            let picked: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| v.contains_key(&format!("{name}-{}", c.code)))
                .map(|c| c.code.as_str())
                .collect();
            Some(picked.join(&MULTI_SEPARATOR.to_string())).filter(|a| !a.is_empty())
        } else {
            get(&name)
        };
        if let Some(a) = answer {
            answers.insert(q.code.clone(), a);
        }
    }
    RegistrationInput {
        category: get("category").unwrap_or_default(),
        honorific: get("honorific"),
        given_name: get("given_name").unwrap_or_default(),
        family_name: get("family_name").unwrap_or_default(),
        native_name: get("native_name"),
        position: get("position"),
        organisation: None,
        organisation_name: get("organisation_name"),
        country: get("country"),
        email: get("email").unwrap_or_default(),
        passport_name: get("passport_name"),
        visa_letter: get("visa_letter").is_some(),
        dietary: get("dietary"),
        accessibility: get("accessibility"),
        interpretation_language: get("interpretation_language"),
        answers,
        lang: Some(lang.to_owned()),
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    values: &HashMap<String, String>,
    errors: &[FieldError],
) -> Result<(Response, bool), Failure> {
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let (event, form) = service::event_form(store, &ctx.caller, slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    if form.places.is_empty() {
        return Err(Failure::NotFound.lang(lang));
    }
    let tr = &ctx.tr;
    let focal = !ctx.caller.may(hansa_core::Permission::EditEvents) && ctx.caller.organisation.is_some();
    let delegation = match ctx.caller.organisation.filter(|_| focal) {
        Some(id) => store.organisation_by_id(id).await?.map(|o| {
            let name = Text::of(&o.name, lang, Some(&o.default_lang)).text;
            tr.tn("register-for-delegation", &[("organisation", name)])
        }),
        None => None,
    };
    let tz = time::zone(&event.draft.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let mut sections = sections(tr, &form, values, focal);
    let errors = place_errors(tr, &mut sections, errors);
    let places = form
        .places
        .iter()
        .map(|p| {
            let left = match p.places.capacity {
                None => tr.t("register-places-open"),
                Some(c) if p.held >= i64::from(c) => tr.t("register-waiting-list"),
                Some(c) => tr.tn("register-places-count", &[("count", (i64::from(c) - p.held).to_string())]),
            };
            (tr.t(&format!("category-{}", p.places.category.code())), left)
        })
        .collect();
    let token = ctx.form_token();
    let title = Text::of(&event.draft.title, lang, None);
    let mut c = Chrome::new(ctx, tr.tn("register-title", &[("event", title.text.clone())]));
    c.csrf = token.token.clone();
    let view = RegisterPage {
        c,
        slug: event.draft.slug.clone(),
        event_title: title,
        deadline: form.deadline.map(|d| tr.tn("register-deadline", &[("deadline", long_date_time(tr, d, &tz))])),
        delegation,
        places,
        sections,
        errors,
    };
    let status = if values.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((token.attach(state, (status, page(&view)).into_response()), focal))
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    Ok(render(&state, &ctx, &slug, &HashMap::new(), &[]).await?.0)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let (event, form) =
        service::event_form(store, &ctx.caller, &slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    ctx.check_csrf(values.get("csrf").map_or("", String::as_str))?;
    let input = input_from(&form, &values, ctx.lang());
    match service::register_with(store, &ctx.caller, &event, form, &input).await {
        Ok(r) if ctx.caller.organisation.is_some() && ctx.user.is_some() => {
            Ok(Redirect::to(&format!("/events/{slug}/delegation?added={}", r.code)).into_response())
        }
        Ok(r) => Ok(Redirect::to(&format!("/registrations/{}", r.code)).into_response()),
        Err(DomainError::Invalid(errors)) => Ok(render(&state, &ctx, &slug, &values, &errors).await?.0),
        Err(DomainError::Conflict(f)) => Ok(render(&state, &ctx, &slug, &values, &[f]).await?.0),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}
