//! `/staff/pipeline`: a network's prospects as a board — a row per world region, a column
//! per stage — each card with its country, the latest outreach meeting, its open follow-ups
//! and a button per move it may make (plain forms with the session's CSRF token, so the board
//! works without JavaScript). A refused move comes back on the board, said in words, with
//! nothing written; a card someone else moved meanwhile answers 409 and shows where it is now.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::country::{self, Region};
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::form_view::{Control, Field, Section, place_errors};
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, page, url_encode};

use super::name_of;
use super::rows::{Values, field, value};
use crate::model::board::by_region;
use crate::model::{ProspectCard, Stage};
use crate::service;

/// An option of a select: value, label, chosen.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

struct CardView {
    slug: String,
    name: String,
    country: String,
    last_met_on: Option<String>,
    /// The day staff last moved it, when they have.
    since: Option<String>,
    follow_ups: String,
    overdue: Option<String>,
    /// The stage the card shows, sent back with a move so a stale page is caught.
    from: String,
    /// `(stage, button label, its label for screen readers)` for each move it may make.
    moves: Vec<(String, String, String)>,
    /// Why it has no buttons: the directory's membership decides its stage.
    held: Option<String>,
}

struct ColumnView {
    title: String,
    cards: Vec<CardView>,
}

struct RowView {
    id: String,
    title: String,
    count: usize,
    columns: Vec<ColumnView>,
}

#[derive(Template)]
#[template(path = "pipeline/board.html")]
struct BoardPage {
    c: Chrome,
    network: String,
    networks: Vec<Choice>,
    region: String,
    regions: Vec<Choice>,
    rows: Vec<RowView>,
    notice: Option<String>,
    errors: Vec<(String, String)>,
    add_fields: Vec<Field>,
}

fn stage_name(tr: &Tr, s: Stage) -> String {
    tr.t(&format!("pipeline-stage-{}", s.code()))
}

fn card_view(tr: &Tr, lang: &str, k: &ProspectCard) -> CardView {
    let stage = k.stage();
    let held = k.standing.held_by_directory().then(|| tr.t(&format!("pipeline-held-{}", stage.code())));
    let name = name_of(&k.name, lang);
    CardView {
        slug: k.organisation.clone(),
        name: name.clone(),
        country: k.country.as_deref().and_then(country::country).map(|c| c.name(lang).to_owned()).unwrap_or_default(),
        last_met_on: k.last_met_on.clone(),
        since: k.stage_since.clone().filter(|_| held.is_none()),
        follow_ups: tr.t1("pipeline-open-follow-ups", "count", k.open_follow_ups),
        overdue: (k.overdue_follow_ups > 0)
            .then(|| tr.t1("pipeline-overdue-follow-ups", "count", k.overdue_follow_ups)),
        from: stage.code().to_owned(),
        moves: match held {
            Some(_) => Vec::new(),
            None => Stage::next_stages(stage)
                .into_iter()
                .map(|to| {
                    let vars = [("organisation", name.clone()), ("stage", stage_name(tr, to))];
                    (
                        to.code().to_owned(),
                        tr.t1("pipeline-move-to", "stage", stage_name(tr, to)),
                        tr.tn("pipeline-move-aria", &vars),
                    )
                })
                .collect(),
        },
        held,
    }
}

/// What the board shows besides its cards: a notice after a move, or a refused move.
#[derive(Default)]
struct Outcome<'a> {
    /// The organisation just moved (after the redirect), for the notice.
    moved: Option<String>,
    /// A refused move's problems, each said in words.
    errors: Vec<FieldError>,
    /// The card a refused move was about (named in its problems, as the board holds many).
    card: Option<String>,
    /// The add form's values when the refused move came from it (its fields show them).
    add: Option<&'a Values>,
}

/// The board of `network` (None: the first) narrowed to `region`, with `outcome`, answered
/// with `status`.
async fn render(
    state: &AppState,
    ctx: &Ctx,
    network: Option<&str>,
    region: Option<&str>,
    outcome: Outcome<'_>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let (tr, lang) = (&ctx.tr, ctx.lang());
    let board =
        service::board(state.store.as_ref(), &ctx.caller, network).await.map_err(|e| Failure::from(e).lang(lang))?;
    let only = region.and_then(Region::parse);
    let network = board.network.clone().unwrap_or_default();
    let networks = board
        .networks
        .iter()
        .map(|(slug, name)| Choice { value: slug.clone(), label: name_of(name, lang), selected: *slug == network })
        .collect();
    let all_regions = Choice { value: String::new(), label: tr.t("pipeline-all-regions"), selected: only.is_none() };
    let regions = std::iter::once(all_regions)
        .chain(Region::ALL.iter().map(|r| Choice {
            value: r.code().to_owned(),
            label: tr.t(&format!("region-{}", r.code())),
            selected: only == Some(*r),
        }))
        .collect();
    let named = |slug: &str| {
        let card = board.cards.iter().find(|k| k.organisation == slug);
        (card.map_or_else(|| slug.to_owned(), |k| name_of(&k.name, lang)), card.map(|k| stage_name(tr, k.stage())))
    };
    let notice = outcome.moved.map(|slug| {
        let (name, stage) = named(&slug);
        tr.tn("pipeline-moved", &[("organisation", name), ("stage", stage.unwrap_or_default())])
    });
    let empty = Values::new();
    let starts =
        Stage::ALL.iter().filter(|s| Stage::can_move(None, **s)).map(|s| (s.code().to_owned(), stage_name(tr, *s)));
    let v = outcome.add.unwrap_or(&empty);
    let mut add_form = [Section {
        title: String::new(),
        fields: vec![
            field(v, "organisation", tr.t("pipeline-add-organisation"), Control::Text)
                .required()
                .hint(tr.t("pipeline-add-hint")),
            field(v, "to", tr.t("pipeline-add-stage"), Control::Select(starts.collect())),
        ],
    }];
    // A card's refusal is said above the board, naming the card; the add form's also beside
    // its fields.
    let errors = match (&outcome.card, outcome.add) {
        (Some(slug), _) => {
            let name = named(slug).0;
            outcome.errors.iter().map(|e| (String::new(), format!("{name}: {}", tr.error(e)))).collect()
        }
        (None, Some(_)) => place_errors(tr, &mut add_form, &outcome.errors),
        (None, None) => outcome.errors.iter().map(|e| (String::new(), tr.error(e))).collect(),
    };
    let rows = by_region(board.cards, only, lang)
        .into_iter()
        .map(|row| RowView {
            id: row.region.map_or("none", |r| r.code()).to_owned(),
            title: row.region.map_or_else(|| tr.t("pipeline-region-none"), |r| tr.t(&format!("region-{}", r.code()))),
            count: row.count(),
            columns: row
                .columns
                .iter()
                .map(|(stage, cards)| ColumnView {
                    title: stage_name(tr, *stage),
                    cards: cards.iter().map(|k| card_view(tr, lang, k)).collect(),
                })
                .collect(),
        })
        .collect();
    let [section] = add_form;
    let view = BoardPage {
        c: Chrome::new(ctx, tr.t("pipeline-title")),
        network,
        networks,
        region: only.map(|r| r.code().to_owned()).unwrap_or_default(),
        regions,
        rows,
        notice,
        errors,
        add_fields: section.fields,
    };
    Ok((status, page(&view)).into_response())
}

pub async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let moved = q.get("moved").filter(|m| !m.is_empty()).cloned();
    let (network, region) = (q.get("network").map(String::as_str), q.get("region").map(String::as_str));
    render(&state, &ctx, network, region, Outcome { moved, ..Default::default() }, StatusCode::OK).await
}

/// A card's move button, or the add form (no `from`): moved, then back to the board where
/// the card is; refused, the board again with the problem in words.
pub async fn move_card(
    State(state): State<AppState>,
    StaffPost { ctx, fields }: StaffPost,
) -> Result<Response, Failure> {
    let network = value(&fields, "network").unwrap_or_default();
    let organisation = value(&fields, "organisation").unwrap_or_default();
    let region = value(&fields, "region");
    let adding = value(&fields, "from").is_none();
    let from = value(&fields, "from").map(|f| Stage::parse(&f).ok_or(f));
    let to = value(&fields, "to").and_then(|t| Stage::parse(&t));
    let result = match (from, to) {
        (Some(Err(unknown)), _) => Err(DomainError::Invalid(vec![FieldError::with("stage", "err-unknown", unknown)])),
        (_, None) => Err(DomainError::invalid("to", "err-required")),
        (from, Some(to)) => {
            let from = from.and_then(Result::ok);
            service::move_prospect(state.store.as_ref(), &ctx.caller, &network, &organisation, from, to).await
        }
    };
    let (status, errors) = match result {
        Ok(()) => {
            let mut back =
                format!("/staff/pipeline?network={}&moved={}", url_encode(&network), url_encode(&organisation));
            if let Some(r) = &region {
                back += &format!("&region={}", url_encode(r));
            }
            return Ok(Redirect::to(&format!("{back}#card-{}", url_encode(&organisation))).into_response());
        }
        Err(DomainError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Err(DomainError::Conflict(e)) => (StatusCode::CONFLICT, vec![e]),
        Err(other) => return Err(Failure::from(other).lang(ctx.lang())),
    };
    let outcome =
        Outcome { moved: None, errors, card: (!adding).then(|| organisation.clone()), add: adding.then_some(&fields) };
    render(&state, &ctx, Some(&network), region.as_deref(), outcome, status).await
}
