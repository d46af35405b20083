//! Staff forms for networks, governance bodies, their sessions and seats, and closing
//! regional offices. Small inline forms redirect back to the network page on success and
//! show the problems, field by field, when refused.

use crate::store::prelude::*;
use std::collections::HashMap;

use crate::model::*;
use crate::service;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::Localized;

use super::records::{Spec, build, get, refused, texts};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::page;

fn network_spec(ctx: &Ctx) -> Spec<'static> {
    let t = |k: &str| ctx.tr.t(k);
    Spec {
        fields: vec![
            ("slug", t("field-slug"), true, vec![]),
            ("name_en", format!("{} ({})", t("field-name"), t("lang-en")), true, vec![]),
            ("name_ko", format!("{} ({})", t("field-name"), t("lang-ko")), false, vec![]),
            ("organisation", t("field-run-by"), false, vec![]),
            ("membership_types", t("field-membership-types"), false, vec![]),
        ],
        errors: &[("name.en", "name_en"), ("name.ko", "name_ko")],
    }
}

/// `full = Full member` lines → membership types.
fn membership_types(text: &str) -> Vec<MembershipType> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (code, name) = l.split_once('=').unwrap_or((l, l));
            MembershipType { code: code.trim().to_owned(), name: Localized::en(name.trim()) }
        })
        .collect()
}

pub async fn new_network(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let mut values = HashMap::new();
    values.insert("membership_types".to_owned(), "full = Full member\nassociate = Associate member".to_owned());
    Ok(page(&build(&ctx, ctx.tr.t("staff-new-network"), "/staff/networks", network_spec(&ctx), &values, &[])))
}

pub async fn create_network(
    State(state): State<AppState>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let input = NetworkInput {
        slug: get(&f, "slug").unwrap_or_default(),
        name: texts(&f, "name"),
        organisation: get(&f, "organisation"),
        membership_types: membership_types(&get(&f, "membership_types").unwrap_or_default()),
        public_statuses: None,
    };
    match service::create_network(state.store.as_ref(), &ctx.caller, &input).await {
        Ok(n) => Ok(Redirect::to(&format!("/networks/{}", n.slug)).into_response()),
        Err(e) => refused(&ctx, e, |errs| {
            build(&ctx, ctx.tr.t("staff-new-network"), "/staff/networks", network_spec(&ctx), &f, errs)
        }),
    }
}

fn body_spec(ctx: &Ctx, networks: &[Network]) -> Spec<'static> {
    let t = |k: &str| ctx.tr.t(k);
    let nets = networks.iter().map(|n| (n.slug.clone(), n.name.resolve(ctx.lang(), None).text.to_owned())).collect();
    let kinds = BodyKind::ALL.iter().map(|k| (k.code().to_owned(), t(&format!("body-{}", k.code())))).collect();
    Spec {
        fields: vec![
            ("network", t("field-network"), true, nets),
            ("kind", t("field-kind"), true, kinds),
            ("slug", t("field-slug"), true, vec![]),
            ("name_en", format!("{} ({})", t("field-name"), t("lang-en")), true, vec![]),
            ("name_ko", format!("{} ({})", t("field-name"), t("lang-ko")), false, vec![]),
        ],
        errors: &[("name.en", "name_en"), ("name.ko", "name_ko")],
    }
}

pub async fn new_body(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let nets = state.store.networks().await?;
    Ok(page(&build(&ctx, ctx.tr.t("staff-new-body"), "/staff/bodies", body_spec(&ctx, &nets), &HashMap::new(), &[])))
}

pub async fn create_body(
    State(state): State<AppState>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let input = BodyInput {
        network: get(&f, "network").unwrap_or_default(),
        slug: get(&f, "slug").unwrap_or_default(),
        kind: get(&f, "kind").as_deref().and_then(BodyKind::parse).unwrap_or(BodyKind::WorkingGroup),
        name: texts(&f, "name"),
        sessions: vec![],
        seats: vec![],
    };
    match service::create_body(state.store.as_ref(), &ctx.caller, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{}", input.network)).into_response()),
        Err(e) => {
            let nets = state.store.networks().await?;
            refused(&ctx, e, |errs| {
                build(&ctx, ctx.tr.t("staff-new-body"), "/staff/bodies", body_spec(&ctx, &nets), &f, errs)
            })
        }
    }
}

/// The network page a body or office belongs to, to come back to.
async fn network_of(state: &AppState, network_id: i64) -> Result<String, Failure> {
    let nets = state.store.networks().await?;
    Ok(nets.iter().find(|n| n.id == network_id).map_or_else(|| "/networks".into(), |n| format!("/networks/{}", n.slug)))
}

pub async fn add_session(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let number = get(&f, "number").and_then(|n| n.parse::<i64>().ok()).unwrap_or(0);
    let place = texts(&f, "place");
    let session = BodySession { number, date: get(&f, "date").unwrap_or_default(), host: get(&f, "host"), place };
    let body = service::add_body_session(state.store.as_ref(), &ctx.caller, &slug, &session)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&network_of(&state, body.network_id).await?).into_response())
}

pub async fn add_seat(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    // One field names the holder: an organisation's or a person's short name.
    let holder = get(&f, "holder").unwrap_or_default();
    let is_person = state.store.person(&holder).await?.is_some();
    let seat = Seat {
        organisation: (!is_person).then(|| holder.clone()),
        person: is_person.then_some(holder),
        role: get(&f, "role").as_deref().and_then(SeatRole::parse).unwrap_or(SeatRole::Member),
        since: get(&f, "since"),
        until: get(&f, "until"),
    };
    let body = service::add_seat(state.store.as_ref(), &ctx.caller, &slug, &seat)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&network_of(&state, body.network_id).await?).into_response())
}

pub async fn close_office(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffPost { ctx, fields: f }: StaffPost,
) -> Result<Response, Failure> {
    let until = f.get("until").map(|s| s.trim().to_owned()).unwrap_or_default();
    let office = service::close_office(state.store.as_ref(), &ctx.caller, id, &until)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to(&network_of(&state, office.network_id).await?).into_response())
}
