//! Raw rows as both drivers decode them, and their conversion to domain types.

use crate::model::*;
use hansa_core::Localized;
use hansa_core::country::Region;

pub(crate) fn localized(json: &str) -> Localized {
    serde_json::from_str(json).unwrap_or_default()
}

pub(crate) const ORG_COLUMNS: &str = "o.id, o.slug, o.kind, o.name_json, o.default_lang, o.country, o.region, o.parent_id, o.website, \
     o.description_json, o.founding_member, o.archived, o.updated_at, \
     EXISTS (SELECT 1 FROM organisation_logos l WHERE l.organisation_id = o.id) AS has_logo";

#[derive(sqlx::FromRow)]
pub(crate) struct OrgRow {
    id: i64,
    slug: String,
    kind: String,
    name_json: String,
    default_lang: String,
    country: Option<String>,
    region: Option<String>,
    parent_id: Option<i64>,
    website: Option<String>,
    description_json: String,
    founding_member: bool,
    archived: bool,
    updated_at: i64,
    has_logo: bool,
}

impl From<OrgRow> for Organisation {
    fn from(r: OrgRow) -> Self {
        Organisation {
            id: r.id,
            slug: r.slug,
            kind: OrgKind::parse(&r.kind).unwrap_or(OrgKind::City),
            name: localized(&r.name_json),
            default_lang: r.default_lang,
            country: r.country,
            region: r.region.as_deref().and_then(Region::parse),
            parent_id: r.parent_id,
            website: r.website,
            description: localized(&r.description_json),
            founding_member: r.founding_member,
            has_logo: r.has_logo,
            archived: r.archived,
            updated_at: r.updated_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MembershipRow {
    id: i64,
    network_id: i64,
    organisation_id: i64,
    type_code: String,
    status: String,
    since: Option<String>,
    until: Option<String>,
}

impl From<MembershipRow> for Membership {
    fn from(r: MembershipRow) -> Self {
        Membership {
            id: r.id,
            network_id: r.network_id,
            organisation_id: r.organisation_id,
            type_code: r.type_code,
            status: MembershipStatus::parse(&r.status).unwrap_or(MembershipStatus::Prospect),
            since: r.since,
            until: r.until,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: i64,
    slug: String,
    given_name: String,
    family_name: String,
    name_order: String,
    native_name: Option<String>,
    honorific: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    focal_point_for: Option<i64>,
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Self {
        Person {
            id: r.id,
            slug: r.slug,
            given_name: r.given_name,
            family_name: r.family_name,
            name_order: NameOrder::parse(&r.name_order).unwrap_or(NameOrder::GivenFirst),
            native_name: r.native_name,
            honorific: r.honorific,
            email: r.email,
            phone: r.phone,
            focal_point_for: r.focal_point_for,
        }
    }
}

pub(crate) const PERSON_COLUMNS: &str =
    "id, slug, given_name, family_name, name_order, native_name, honorific, email, phone, focal_point_for";
