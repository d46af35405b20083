//! Staff forms for the other directory records: people (with a position) and regional offices.
//! Networks and governance bodies are set up rarely and come through the API or a bundle.

use crate::store::prelude::*;
use std::collections::{BTreeMap, HashMap};

use crate::model::*;
use crate::service;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};

use super::staff::{FieldView, StaffForm};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

pub(super) type FieldSpec<'a> = (&'a str, String, bool, Vec<(String, String)>);

/// One form field: `(form name, label key, required, options)`; `errors` maps domain field
/// names (`positions[0].title.en`) to form names (`position_title_en`).
pub(super) struct Spec<'a> {
    pub fields: Vec<FieldSpec<'a>>,
    pub errors: &'a [(&'a str, &'a str)],
}

pub(super) fn build(
    ctx: &Ctx,
    title: String,
    action: &str,
    spec: Spec,
    values: &HashMap<String, String>,
    errs: &[FieldError],
) -> StaffForm {
    let tr = &ctx.tr;
    let form_name =
        |field: &str| spec.errors.iter().find(|(d, _)| *d == field).map_or(field.to_owned(), |(_, f)| (*f).to_owned());
    let fields: Vec<FieldView> = spec
        .fields
        .into_iter()
        .map(|(name, label, required, options)| FieldView {
            name: name.into(),
            label,
            value: values.get(name).cloned().unwrap_or_default(),
            required,
            lang: None,
            options,
            error: errs.iter().find(|e| form_name(&e.field) == name).map(|e| tr.error(e)),
            hint: None,
            multiline: name == "membership_types",
        })
        .collect();
    let errors = errs
        .iter()
        .map(|e| {
            let name = form_name(&e.field);
            let label =
                fields.iter().find(|f: &&FieldView| f.name == name).map_or(e.field.clone(), |f| f.label.clone());
            (name, format!("{label}: {}", tr.error(e)))
        })
        .collect();
    StaffForm {
        c: Chrome::new(ctx, title),
        action: action.into(),
        cancel: "/staff".into(),
        fields,
        errors,
        checkbox: None,
        note: None,
    }
}

pub(super) fn get(f: &HashMap<String, String>, k: &str) -> Option<String> {
    f.get(k).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

pub(super) fn texts(f: &HashMap<String, String>, prefix: &str) -> Localized {
    let mut m = BTreeMap::new();
    for l in ["en", "ko"] {
        if let Some(v) = get(f, &format!("{prefix}_{l}")) {
            m.insert(l.to_owned(), v);
        }
    }
    Localized(m)
}

pub(super) fn refused(
    ctx: &Ctx,
    e: DomainError,
    form: impl Fn(&[FieldError]) -> StaffForm,
) -> Result<Response, Failure> {
    let errs = match e {
        DomainError::Invalid(v) => v,
        DomainError::Conflict(f) => vec![f],
        other => return Err(Failure::from(other).lang(ctx.lang())),
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&form(&errs))).into_response())
}

fn person_spec(ctx: &Ctx) -> Spec<'static> {
    let t = |k: &str| ctx.tr.t(k);
    let orders = NameOrder::ALL.iter().map(|o| (o.code().to_owned(), t(&format!("name-order-{}", o.code())))).collect();
    Spec {
        fields: vec![
            ("family_name", t("field-family-name"), true, vec![]),
            ("given_name", t("field-given-name"), false, vec![]),
            ("name_order", t("field-name-order"), false, orders),
            ("native_name", t("field-native-name"), false, vec![]),
            ("honorific", t("field-honorific"), false, vec![]),
            ("email", t("field-email"), false, vec![]),
            ("phone", t("field-phone"), false, vec![]),
            ("focal_point_for", t("field-focal-point-for"), false, vec![]),
            ("position_organisation", t("field-position-organisation"), false, vec![]),
            ("position_title_en", format!("{} ({})", t("field-position-title"), t("lang-en")), false, vec![]),
            ("position_title_ko", format!("{} ({})", t("field-position-title"), t("lang-ko")), false, vec![]),
            ("position_since", t("field-since"), false, vec![]),
        ],
        errors: &[
            ("positions[0].title.en", "position_title_en"),
            ("positions[0].title.ko", "position_title_ko"),
            ("positions[0].organisation", "position_organisation"),
            ("since", "position_since"),
            ("until", "position_since"),
        ],
    }
}

pub async fn new_person(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    Ok(page(&build(&ctx, ctx.tr.t("staff-new-person"), "/staff/people", person_spec(&ctx), &HashMap::new(), &[])))
}

pub async fn create_person(
    State(state): State<AppState>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let positions = match get(&f, "position_organisation") {
        Some(org) => vec![Position {
            organisation: org,
            title: texts(&f, "position_title"),
            since: get(&f, "position_since"),
            until: None,
        }],
        None => vec![],
    };
    let input = PersonInput {
        slug: None,
        given_name: get(&f, "given_name").unwrap_or_default(),
        family_name: get(&f, "family_name").unwrap_or_default(),
        name_order: get(&f, "name_order").as_deref().and_then(NameOrder::parse).unwrap_or(NameOrder::GivenFirst),
        native_name: get(&f, "native_name"),
        honorific: get(&f, "honorific"),
        email: get(&f, "email"),
        phone: get(&f, "phone"),
        focal_point_for: get(&f, "focal_point_for"),
        positions,
    };
    match service::create_person(state.store.as_ref(), &ctx.caller, &input).await {
        Ok(p) => Ok(Redirect::to(&format!("/people/{}", p.slug)).into_response()),
        Err(e) => refused(&ctx, e, |errs| {
            build(&ctx, ctx.tr.t("staff-new-person"), "/staff/people", person_spec(&ctx), &f, errs)
        }),
    }
}

fn office_spec(ctx: &Ctx, networks: &[Network]) -> Spec<'static> {
    let t = |k: &str| ctx.tr.t(k);
    let nets = networks.iter().map(|n| (n.slug.clone(), n.name.resolve(ctx.lang(), None).text.to_owned())).collect();
    Spec {
        fields: vec![
            ("network", t("field-network"), true, nets),
            ("host", t("field-host"), true, vec![]),
            ("city_en", format!("{} ({})", t("field-city"), t("lang-en")), true, vec![]),
            ("city_ko", format!("{} ({})", t("field-city"), t("lang-ko")), false, vec![]),
            ("region_en", format!("{} ({})", t("field-region-covered"), t("lang-en")), true, vec![]),
            ("region_ko", format!("{} ({})", t("field-region-covered"), t("lang-ko")), false, vec![]),
            ("since", t("field-since"), false, vec![]),
            ("until", t("field-until"), false, vec![]),
        ],
        errors: &[
            ("city.en", "city_en"),
            ("city.ko", "city_ko"),
            ("region_covered.en", "region_en"),
            ("region_covered.ko", "region_ko"),
        ],
    }
}

pub async fn new_office(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let nets = state.store.networks().await?;
    Ok(page(&build(
        &ctx,
        ctx.tr.t("staff-new-office"),
        "/staff/offices",
        office_spec(&ctx, &nets),
        &HashMap::new(),
        &[],
    )))
}

pub async fn create_office(
    State(state): State<AppState>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let input = OfficeInput {
        network: get(&f, "network").unwrap_or_default(),
        host: get(&f, "host").unwrap_or_default(),
        city: texts(&f, "city"),
        region_covered: texts(&f, "region"),
        since: get(&f, "since"),
        until: get(&f, "until"),
    };
    match service::create_office(state.store.as_ref(), &ctx.caller, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{}", input.network)).into_response()),
        Err(e) => {
            let nets = state.store.networks().await?;
            refused(&ctx, e, |errs| {
                build(&ctx, ctx.tr.t("staff-new-office"), "/staff/offices", office_spec(&ctx, &nets), &f, errs)
            })
        }
    }
}

/// The person form without the position fields (positions are added one by one).
fn person_edit_spec(ctx: &Ctx) -> Spec<'static> {
    let mut spec = person_spec(ctx);
    spec.fields.retain(|f| !f.0.starts_with("position_"));
    spec
}

fn person_values(p: &Person, focal_slug: Option<String>) -> HashMap<String, String> {
    let mut v = HashMap::new();
    v.insert("family_name".into(), p.family_name.clone());
    v.insert("given_name".into(), p.given_name.clone());
    v.insert("name_order".into(), p.name_order.code().into());
    for (k, val) in
        [("native_name", &p.native_name), ("honorific", &p.honorific), ("email", &p.email), ("phone", &p.phone)]
    {
        if let Some(x) = val {
            v.insert(k.into(), x.clone());
        }
    }
    if let Some(f) = focal_slug {
        v.insert("focal_point_for".into(), f);
    }
    v
}

fn person_input(f: &HashMap<String, String>) -> PersonInput {
    PersonInput {
        slug: None,
        given_name: get(f, "given_name").unwrap_or_default(),
        family_name: get(f, "family_name").unwrap_or_default(),
        name_order: get(f, "name_order").as_deref().and_then(NameOrder::parse).unwrap_or(NameOrder::GivenFirst),
        native_name: get(f, "native_name"),
        honorific: get(f, "honorific"),
        email: get(f, "email"),
        phone: get(f, "phone"),
        focal_point_for: get(f, "focal_point_for"),
        positions: vec![],
    }
}

pub async fn edit_person(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(slug): axum::extract::Path<String>,
) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let p = state.store.person(&slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    let focal = match p.focal_point_for {
        Some(id) => state.store.organisation_by_id(id).await?.map(|o| o.slug),
        None => None,
    };
    let title = format!("{}: {}", ctx.tr.t("org-edit"), p.display_name());
    let action = format!("/staff/people/{slug}");
    Ok(page(&build(&ctx, title, &action, person_edit_spec(&ctx), &person_values(&p, focal), &[])))
}

pub async fn update_person(
    State(state): State<AppState>,
    axum::extract::Path(slug): axum::extract::Path<String>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    match service::update_person(state.store.as_ref(), &ctx.caller, &slug, &person_input(&f)).await {
        Ok(p) => Ok(Redirect::to(&format!("/people/{}", p.slug)).into_response()),
        Err(e) => {
            let action = format!("/staff/people/{slug}");
            refused(&ctx, e, |errs| build(&ctx, ctx.tr.t("org-edit"), &action, person_edit_spec(&ctx), &f, errs))
        }
    }
}

pub async fn add_position(
    State(state): State<AppState>,
    axum::extract::Path(slug): axum::extract::Path<String>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let position = Position {
        organisation: get(&f, "organisation").unwrap_or_default(),
        title: texts(&f, "title"),
        since: get(&f, "since"),
        until: get(&f, "until"),
    };
    service::add_position(state.store.as_ref(), &ctx.caller, &slug, &position)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&format!("/people/{slug}")).into_response())
}
