//! What an import remembers of a record (its state before and after, as JSON) and the
//! imports list, read by `imports.rs`.

use hansa_core::country::Region;
use hansa_core::db::{SqlStore, db_error, on_pool};
use hansa_core::error::DomainResult;

use crate::import::merge::OrgState;
use crate::model::{OrgKind, OrganisationDraft};
use crate::store::ImportRecord;

pub(super) const STATE_SQL: &str = "SELECT slug, kind, name_json, default_lang, country, region, parent_id, website, description_json, founding_member, archived FROM organisations WHERE id = $1";

pub(super) type ImportRow = (i64, i64, Option<String>, String, String, Option<i64>);
pub(super) type StateRow =
    (String, String, String, String, Option<String>, Option<String>, Option<i64>, Option<String>, String, bool, bool);

pub(super) fn state_of(r: StateRow) -> OrgState {
    let (slug, kind, name, default_lang, country, region, parent_id, website, description, founding_member, archived) =
        r;
    OrgState {
        slug,
        kind,
        name: super::rows::localized(&name),
        default_lang,
        country,
        region,
        parent_id,
        website,
        description: super::rows::localized(&description),
        founding_member,
        archived,
    }
}

/// A stored state as a draft, to write it back with the same SQL as every change.
pub(super) fn draft_of(s: &OrgState) -> OrganisationDraft {
    OrganisationDraft {
        slug: s.slug.clone(),
        kind: OrgKind::parse(&s.kind).unwrap_or(OrgKind::City),
        name: s.name.clone(),
        default_lang: s.default_lang.clone(),
        country: s.country.clone(),
        region: s.region.as_deref().and_then(Region::parse),
        parent: None,
        website: s.website.clone(),
        description: s.description.clone(),
        founding_member: s.founding_member,
    }
}

pub(super) fn after_state(d: &OrganisationDraft, parent_id: Option<i64>, archived: bool) -> OrgState {
    OrgState {
        slug: d.slug.clone(),
        kind: d.kind.code().into(),
        name: d.name.clone(),
        default_lang: d.default_lang.clone(),
        country: d.country.clone(),
        region: d.region.map(|r| r.code().to_owned()),
        parent_id,
        website: d.website.clone(),
        description: d.description.clone(),
        founding_member: d.founding_member,
        archived,
    }
}

pub(super) fn to_json(s: &OrgState) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

pub(super) async fn import_rows(store: &SqlStore, id: Option<i64>, limit: i64) -> DomainResult<Vec<ImportRecord>> {
    let rows: Vec<ImportRow> = on_pool!(store, |p| sqlx::query_as(
            "SELECT i.id, i.at, u.display_name, i.file_name, i.summary_json, i.undone_at FROM imports i LEFT JOIN users u ON u.id = i.actor_id
             WHERE ($1 = 0 OR i.id = $1) ORDER BY i.id DESC LIMIT $2"
        )
        .bind(id.unwrap_or(0))
        .bind(limit)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, at, actor, file_name, summary, undone_at)| ImportRecord {
            id,
            at,
            actor,
            file_name,
            summary: serde_json::from_str(&summary).unwrap_or_default(),
            undone_at,
        })
        .collect())
}
