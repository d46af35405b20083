//! Staff pages: create and edit organisations, record history, memberships and logos.
//! Every form checks its CSRF token, validates in the domain and re-shows itself with each
//! problem next to its field; nothing is written unless everything is valid.

use crate::store::prelude::*;
use std::collections::{BTreeMap, HashMap};

use crate::model::*;
use crate::service;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};

use super::lookups;
use super::organisation::can_edit;
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

#[derive(Template)]
#[template(path = "staff/dashboard.html")]
struct Dashboard {
    c: Chrome,
    /// Other features' parts of the start page (HTML their templates rendered).
    panels: Vec<String>,
}

pub async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let panels = hansa_web::staff_panel::render_all(&state, &ctx).await;
    Ok(page(&Dashboard { c: Chrome::new(&ctx, ctx.tr.t("staff-title")), panels }))
}

/// The languages with their own name field on the form; others go in "other language".
const NAME_LANGS: [&str; 6] = ["en", "ko", "zh", "ja", "ru", "mn"];

pub struct FieldView {
    pub name: String,
    pub label: String,
    pub value: String,
    pub required: bool,
    pub lang: Option<String>,
    pub options: Vec<(String, String)>,
    pub error: Option<String>,
    pub hint: Option<String>,
    /// Shown as a multi-line text area.
    pub multiline: bool,
}

#[derive(Template)]
#[template(path = "staff/form.html")]
pub struct StaffForm {
    pub c: Chrome,
    pub action: String,
    pub cancel: String,
    pub fields: Vec<FieldView>,
    pub errors: Vec<(String, String)>,
    /// An optional checkbox: (name, label, checked).
    pub checkbox: Option<(String, String, bool)>,
    /// A line above the fields (why some are not offered).
    pub note: Option<String>,
}

/// Form values (`name_ko`, `country` …) → the domain's input.
fn input_from_form(f: &HashMap<String, String>) -> OrganisationInput {
    let get = |k: &str| f.get(k).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let mut name = BTreeMap::new();
    for l in NAME_LANGS {
        if let Some(v) = get(&format!("name_{l}")) {
            name.insert(l.to_owned(), v);
        }
    }
    if let (Some(l), Some(v)) = (get("other_lang"), get("name_other")) {
        name.insert(l.to_ascii_lowercase(), v);
    }
    let mut description = BTreeMap::new();
    for l in ["en", "ko"] {
        if let Some(v) = get(&format!("description_{l}")) {
            description.insert(l.to_owned(), v);
        }
    }
    OrganisationInput {
        slug: get("slug"),
        kind: get("kind").unwrap_or_default(),
        name: Localized(name),
        default_lang: get("default_lang"),
        country: get("country"),
        region: get("region"),
        parent: get("parent"),
        website: get("website"),
        description: Localized(description),
        founding_member: Some(get("founding_member").is_some()),
    }
}

/// The form's current values from a stored organisation.
fn form_from_org(o: &Organisation, parent_slug: Option<String>) -> HashMap<String, String> {
    let mut f = HashMap::new();
    for (l, v) in &o.name.0 {
        if NAME_LANGS.contains(&l.as_str()) {
            f.insert(format!("name_{l}"), v.clone());
        } else {
            f.insert("other_lang".into(), l.clone());
            f.insert("name_other".into(), v.clone());
        }
    }
    for (l, v) in &o.description.0 {
        f.insert(format!("description_{l}"), v.clone());
    }
    f.insert("slug".into(), o.slug.clone());
    f.insert("kind".into(), o.kind.code().into());
    f.insert("default_lang".into(), o.default_lang.clone());
    f.insert("country".into(), o.country.clone().unwrap_or_default());
    f.insert("region".into(), o.region.map(|r| r.code().to_owned()).unwrap_or_default());
    f.insert("parent".into(), parent_slug.unwrap_or_default());
    f.insert("website".into(), o.website.clone().unwrap_or_default());
    if o.founding_member {
        f.insert("founding_member".into(), "true".into());
    }
    f
}

fn org_form(
    ctx: &Ctx,
    title: String,
    action: String,
    cancel: String,
    values: &HashMap<String, String>,
    errors: &[FieldError],
) -> StaffForm {
    let tr = &ctx.tr;
    let err_for = |name: &str| {
        let key = name.replace("name_", "name.").replace("description_", "description.");
        errors
            .iter()
            .find(|e| {
                e.field == key
                    || e.field == name
                    || (name == "name_other"
                        && e.field.starts_with("name.")
                        && !NAME_LANGS.iter().any(|l| e.field == format!("name.{l}")))
            })
            .map(|e| tr.error(e))
    };
    let v = |k: &str| values.get(k).cloned().unwrap_or_default();
    let mut fields = Vec::new();
    let mut push = |name: &str,
                    label: String,
                    required: bool,
                    lang: Option<&str>,
                    options: Vec<(String, String)>,
                    hint: Option<String>| {
        fields.push(FieldView {
            multiline: name.starts_with("description_"),
            name: name.into(),
            label,
            value: v(name),
            required,
            lang: lang.map(Into::into),
            options,
            error: err_for(name),
            hint,
        });
    };
    let blank = || vec![(String::new(), tr.t("form-choose"))];
    // A focal point's form offers only what it may change; the secretariat's fields stay off it.
    let staff = ctx.caller.may(hansa_core::Permission::EditDirectory);
    if staff {
        push(
            "kind",
            tr.t("field-kind"),
            true,
            None,
            blank().into_iter().chain(lookups::kinds(tr, "").into_iter().map(|c| (c.0, c.1))).collect(),
            None,
        );
    }
    for l in NAME_LANGS {
        push(
            &format!("name_{l}"),
            format!("{} ({})", tr.t("field-name"), tr.t(&format!("lang-{l}"))),
            l == "en",
            Some(l),
            vec![],
            None,
        );
    }
    push("other_lang", tr.t("field-other-lang"), false, None, vec![], Some(tr.t("hint-other-lang")));
    push("name_other", tr.t("field-name-other"), false, None, vec![], None);
    if staff {
        push("slug", tr.t("field-slug"), false, None, vec![], Some(tr.t("hint-slug")));
    }
    push("default_lang", tr.t("field-default-lang"), false, None, vec![], Some(tr.t("hint-default-lang")));
    if staff {
        push(
            "country",
            tr.t("field-country"),
            false,
            None,
            blank().into_iter().chain(lookups::countries_sorted(tr, "").into_iter().map(|c| (c.0, c.1))).collect(),
            None,
        );
        let auto = vec![(String::new(), tr.t("form-from-country"))];
        push(
            "region",
            tr.t("field-region"),
            false,
            None,
            auto.into_iter().chain(lookups::regions(tr, "").into_iter().map(|c| (c.0, c.1))).collect(),
            None,
        );
        push("parent", tr.t("field-parent"), false, None, vec![], Some(tr.t("hint-parent")));
    }
    push("website", tr.t("field-website"), false, None, vec![], None);
    push(
        "description_en",
        format!("{} ({})", tr.t("field-description"), tr.t("lang-en")),
        false,
        Some("en"),
        vec![],
        None,
    );
    push(
        "description_ko",
        format!("{} ({})", tr.t("field-description"), tr.t("lang-ko")),
        false,
        Some("ko"),
        vec![],
        None,
    );
    // The summary names fields by their label, as the reader sees them on the form.
    let label_of = |form_name: &str| fields.iter().find(|f: &&FieldView| f.name == form_name).map(|f| f.label.clone());
    let errors = errors
        .iter()
        .map(|e| {
            let form_name = e.field.replace("name.", "name_").replace("description.", "description_");
            let label = label_of(&form_name).unwrap_or_else(|| e.field.clone());
            (form_name, format!("{label}: {}", tr.error(e)))
        })
        .collect();
    let checkbox =
        staff.then(|| ("founding_member".into(), tr.t("org-founding"), values.contains_key("founding_member")));
    let note = (!staff).then(|| tr.t("org-form-focal-note"));
    StaffForm { c: Chrome::new(ctx, title), action, cancel, fields, errors, checkbox, note }
}

/// Shows the form again with the problems, or passes other failures on.
fn refused(
    ctx: &Ctx,
    e: DomainError,
    title: String,
    action: String,
    cancel: String,
    values: &HashMap<String, String>,
) -> Result<Response, Failure> {
    let errors = match e {
        DomainError::Invalid(errs) => errs,
        DomainError::Conflict(f) => vec![f],
        other => return Err(Failure::from(other).lang(ctx.lang())),
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&org_form(ctx, title, action, cancel, values, &errors))).into_response())
}

pub async fn new_form(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    Ok(page(&org_form(
        &ctx,
        ctx.tr.t("staff-new-org"),
        "/staff/organisations".into(),
        "/staff".into(),
        &HashMap::new(),
        &[],
    )))
}

pub async fn create(
    State(state): State<AppState>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    match service::create_organisation(state.store.as_ref(), &ctx.caller, &input_from_form(&f)).await {
        Ok(o) => Ok(Redirect::to(&format!("/organisations/{}", o.slug)).into_response()),
        Err(e) => refused(&ctx, e, ctx.tr.t("staff-new-org"), "/staff/organisations".into(), "/staff".into(), &f),
    }
}

pub(super) async fn editable(state: &AppState, ctx: &Ctx, slug: &str) -> Result<Organisation, Failure> {
    if ctx.user.is_none() {
        return Err(Failure::Unauthorized.lang(ctx.lang()));
    }
    let org = state.store.organisation(slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    if !can_edit(ctx, &org) {
        return Err(Failure::Forbidden.lang(ctx.lang()));
    }
    Ok(org)
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let org = editable(&state, &ctx, &slug).await?;
    let parent = match org.parent_id {
        Some(id) => state.store.organisation_by_id(id).await?.map(|p| p.slug),
        None => None,
    };
    let title = format!("{}: {}", ctx.tr.t("org-edit"), org.name.resolve(ctx.lang(), Some(&org.default_lang)).text);
    Ok(page(&org_form(
        &ctx,
        title,
        format!("/staff/organisations/{slug}"),
        format!("/organisations/{slug}"),
        &form_from_org(&org, parent),
        &[],
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    editable(&state, &ctx, &slug).await?;
    ctx.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    let mut input = input_from_form(&f);
    if !ctx.caller.may(hansa_core::Permission::EditDirectory) {
        // A focal point's form has no founding checkbox: its absence is not a "no".
        input.founding_member = None;
    }
    match service::update_organisation(state.store.as_ref(), &ctx.caller, &slug, &input).await {
        Ok(o) => Ok(Redirect::to(&format!("/organisations/{}", o.slug)).into_response()),
        Err(e) => refused(
            &ctx,
            e,
            ctx.tr.t("org-edit"),
            format!("/staff/organisations/{slug}"),
            format!("/organisations/{slug}"),
            &f,
        ),
    }
}
