//! `/staff/events/{slug}/badges`: staff print badges — everyone approved, one category, or
//! the codes they list — as one PDF, A6 for a badge printer or four to an A4 sheet. The page
//! shows how many badges are made while the PDF is written.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hansa_badges::{Badge, BadgeSheet, Layout, Rgb};
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::progress::Reporter;
use hansa_web::view::{Chrome, Text, page};

use super::view::date_range;
use crate::model::*;
use crate::service::{self, BadgeRequest};
use crate::store::{EventStore, FormStore};
use hansa_web::form_view::{Control, Field, Section, place_errors};

#[derive(Template)]
#[template(path = "events/badges.html")]
struct BadgesPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    job: String,
    section: Section,
    errors: Vec<(String, String)>,
}

/// Each category's band colour: distinct, and dark enough for white text (the badge picks
/// the label's colour by contrast anyway).
pub fn colour(c: Category) -> Rgb {
    match c {
        Category::HeadOfDelegation => Rgb::new(0x7a, 0x1f, 0x2b),
        Category::Delegate => Rgb::new(0x1d, 0x4e, 0x89),
        Category::Speaker => Rgb::new(0x0f, 0x76, 0x6e),
        Category::Partner => Rgb::new(0x6d, 0x28, 0xd9),
        Category::Press => Rgb::new(0xc2, 0x41, 0x0c),
        Category::Observer => Rgb::new(0x4b, 0x55, 0x63),
        Category::Staff => Rgb::new(0x15, 0x80, 0x3d),
    }
}

/// What the QR code on a badge holds, and what the check-in desk reads back.
pub fn qr_payload(event_slug: &str, code: &str) -> String {
    format!("HANSA:{event_slug}:{code}")
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    values: &HashMap<String, String>,
    errors: &[FieldError],
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let store = state.store.as_ref();
    let event = store.event(slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    let tr = &ctx.tr;
    let form = store.form(event.id).await?;
    let v = |k: &str| values.get(k).cloned().unwrap_or_default();
    let mut categories = vec![(String::new(), tr.t("filter-all"))];
    categories.extend(form.places.iter().map(|p| {
        let c = p.places.category.code();
        (c.to_owned(), tr.t(&format!("category-{c}")))
    }));
    let layouts = vec![("a6".to_owned(), tr.t("badges-layout-a6")), ("a4".to_owned(), tr.t("badges-layout-a4"))];
    let mut fields = vec![
        Field::new("layout", tr.t("badges-layout"), Control::Radios(layouts)),
        Field::new("category", tr.t("register-category"), Control::Select(categories)),
        Field::new("codes", tr.t("badges-codes"), Control::TextArea).hint(tr.t("hint-badges-codes")),
    ];
    for f in &mut fields {
        f.value = v(&f.name);
    }
    if fields[0].value.is_empty() {
        fields[0].value = "a6".into();
    }
    let mut sections = [Section { title: tr.t("badges-which"), fields }];
    let errors = place_errors(tr, &mut sections, errors);
    let [section] = sections;
    let view = BadgesPage {
        c: Chrome::new(ctx, tr.t("badges-title")),
        slug: slug.to_owned(),
        event_title: Text::of(&event.draft.title, ctx.lang(), None),
        job: hansa_web::auth::new_token(),
        section,
        errors,
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page(&view)).into_response())
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    form_page(&state, &ctx, &slug, &HashMap::new(), &[]).await
}

fn badge(tr: &Tr, r: &Registration, org: Option<&str>) -> Badge {
    let i = &r.input;
    let romanised = [i.family_name.to_uppercase(), i.given_name.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Badge {
        native_name: i.native_name.clone().unwrap_or_default(),
        romanised_name: romanised,
        honorific_title: i.position.clone().unwrap_or_default(),
        organisation: i.organisation_name.clone().or(org.map(str::to_owned)).unwrap_or_default(),
        country: i
            .country
            .as_deref()
            .and_then(hansa_core::country::country)
            .map_or(String::new(), |c| c.name(tr.lang).to_owned()),
        category_label: tr.t(&format!("category-{}", r.category.code())),
        category_colour: colour(r.category),
        qr_payload: String::new(),
        code: r.code.clone(),
    }
}

pub async fn pdf(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields }: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let store = state.store.as_ref();
    let category = fields.get("category").filter(|c| !c.is_empty());
    let req = BadgeRequest {
        category: category.and_then(|c| Category::parse(c)),
        codes: fields
            .get("codes")
            .map(|c| {
                c.split(|ch: char| ch.is_whitespace() || ch == ',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
    };
    if category.is_some() && req.category.is_none() {
        return form_page(&state, &ctx, &slug, &fields, &[FieldError::new("category", "err-choice")]).await;
    }
    let (event, chosen) = match service::badge_registrations(store, &ctx.caller, &slug, &req).await {
        Ok(x) => x,
        Err(DomainError::Invalid(errors)) => return form_page(&state, &ctx, &slug, &fields, &errors).await,
        Err(e) => return Err(Failure::from(e).lang(lang)),
    };
    let tr = &ctx.tr;
    let orgs = super::view::org_names(store, event.id, lang).await?;
    let d = &event.draft;
    let dates = match (d.starts_on.parse(), d.ends_on.parse()) {
        (Ok(a), Ok(b)) => date_range(tr, a, b),
        _ => String::new(),
    };
    let sheet = BadgeSheet {
        event_title: Text::of(&d.title, lang, None).text,
        event_dates: dates,
        badges: chosen
            .iter()
            .map(|r| {
                let mut b = badge(tr, r, r.input.organisation.as_ref().and_then(|o| orgs.get(o)).map(String::as_str));
                b.qr_payload = qr_payload(&d.slug, &r.code);
                b
            })
            .collect(),
    };
    let layout = if fields.get("layout").map(String::as_str) == Some("a4") { Layout::A4FourUp } else { Layout::A6 };
    let reporter = Reporter::start(state.store.clone(), fields.get("job").map(String::as_str));
    let progress = reporter.handle();
    let rendered = tokio::task::spawn_blocking(move || {
        hansa_badges::render_with_progress(&sheet, layout, |done, total| progress.report("badges", done, total))
    })
    .await
    .map_err(|_| Failure::from(DomainError::Storage("badge rendering stopped".into())))?;
    reporter.finish().await;
    let bytes = match rendered {
        Ok(b) => b,
        Err(e) => {
            let err = FieldError::with("codes", "err-badge-render", e.to_string());
            return form_page(&state, &ctx, &slug, &fields, &[err]).await;
        }
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-badges.pdf\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
