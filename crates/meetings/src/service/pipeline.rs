//! The prospect pipeline board of a network and the moves staff make on it. Reads and writes
//! need `Permission::EditOutreach`: whom the secretariat courts, and how far it got, is its
//! own working record, never shown to members or the public.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::validate::{self, Errors};
use serde_json::json;

use crate::model::{ProspectCard, Stage, today};
use crate::store::MeetingsStore;

/// A network's board, with the networks a page may switch to.
#[derive(Debug, Clone)]
pub struct Board {
    /// The network shown, by slug; None when the directory has no network yet.
    pub network: Option<String>,
    /// Every network as `(slug, name)`, in the directory's order.
    pub networks: Vec<(String, hansa_core::Localized)>,
    pub cards: Vec<ProspectCard>,
}

/// The board of network `network` (a slug), or of the directory's first network — the
/// secretariat's own, which it lists first. An unknown slug is `NotFound`.
pub async fn board(store: &dyn MeetingsStore, caller: &Caller, network: Option<&str>) -> DomainResult<Board> {
    caller.require(Permission::EditOutreach)?;
    let all = store.networks().await?;
    let chosen = match network.map(str::trim).filter(|n| !n.is_empty()) {
        Some(slug) => Some(all.iter().find(|n| n.slug == slug).ok_or(DomainError::NotFound)?),
        None => all.first(),
    };
    let cards = match chosen {
        Some(n) => store.prospect_cards(n.id, &today()).await?,
        None => Vec::new(),
    };
    Ok(Board {
        network: chosen.map(|n| n.slug.clone()),
        networks: all.iter().map(|n| (n.slug.clone(), n.name.clone())).collect(),
        cards,
    })
}

/// Moves `organisation` (a slug) on `network`'s board from `from` — the stage the mover's
/// page showed, None to add it to the board — to `to`, today. Refused naming the field, with
/// nothing written: a move the pipeline does not make (to or from "member", back from
/// "dropped" other than to "contacted") on `stage`; an unknown network or organisation; a
/// card the directory holds (a member, an applicant). A card someone moved since the page
/// was read is a `Conflict` on `stage`.
///
/// ```ignore
/// service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Contacted), Stage::Interested).await?;
/// ```
pub async fn move_prospect(
    store: &dyn MeetingsStore,
    caller: &Caller,
    network: &str,
    organisation: &str,
    from: Option<Stage>,
    to: Stage,
) -> DomainResult<()> {
    caller.require(Permission::EditOutreach)?;
    let organisation = organisation.trim();
    let mut e = Errors::default();
    validate::check_slug("organisation", organisation, &mut e);
    e.finish(())?;
    // The move itself is judged by the store, inside its write, against what the card is
    // then (`model::check_move`): a rule checked earlier could be judged on a stale card.
    let Some(net) = store.network(network.trim()).await? else {
        return Err(DomainError::Invalid(vec![FieldError::with("network", "err-unknown", network)]));
    };
    // An `outreach:` entity: the pipeline is staff-only, so its moves empty no public page.
    let entity = format!("outreach:pipeline/{}/{organisation}", net.slug);
    let audit = caller.audit("move", &entity, json!({"stage": [from.map(Stage::code), to.code()]}));
    store.move_prospect(net.id, organisation, from, to, &today(), audit).await
}
