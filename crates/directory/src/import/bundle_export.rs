//! The whole directory as one bundle: the TOML file that [`bundle::parse`] and
//! [`bundle::load`] read back, so a directory moves between installs, or between SQLite and
//! PostgreSQL, without losing anything the directory holds.
//!
//! In the file: every organisation, archived ones too, with every language of its names and
//! description, its own language, country, region, parent, website, founding flag and dated
//! history; networks with their membership types; memberships with type, period, current
//! status and the whole dated status history; regional offices, open and closed; governance
//! bodies with their sessions and seats; people with their names as their culture writes
//! them, their positions over time, focal-point duty and contact details.
//!
//! Not in the file: logos (binary; they stay in the database they were uploaded to), the
//! numeric ids and the created/updated times (a load makes new ones; records name each
//! other by slug), and what is not the directory's (accounts, tokens, the audit log).
//!
//! The output is deterministic: the same directory gives the same bytes, whichever backend
//! it is read from. Records are sorted here, byte-wise, rather than by the database (the
//! backends sort text and empty dates differently); histories keep their recorded order,
//! which a load writes again in the same order.

use std::collections::HashMap;

use super::bundle::{Bundle, BundleOrganisation};
use crate::model::*;
use crate::store::{BodyScope, DirectoryStore, SeatScope};
use hansa_core::error::{DomainError, DomainResult};

/// How many ids one `IN (…)` list binds: well under either backend's limit of parameters.
const IDS_PER_QUERY: usize = 500;

/// Writes the whole directory as a bundle.
///
/// **Staff and administrators only**: the file holds people's e-mail addresses and phone
/// numbers, personal data that never appears on public pages or in logs. This function
/// checks no permission itself; its callers (the `hansa export bundle` command, run by
/// whoever holds the database) must.
///
/// ```no_run
/// # async fn f(store: &dyn hansa_directory::store::DirectoryStore) -> hansa_core::DomainResult<()> {
/// let text = hansa_directory::import::bundle_export::export_bundle(store).await?;
/// std::fs::write("directory.toml", text).unwrap();
/// # Ok(()) }
/// ```
pub async fn export_bundle(store: &dyn DirectoryStore) -> DomainResult<String> {
    // Archived ones too, in one read.
    let mut organisations = store.all_organisations().await?;
    let org_slugs: HashMap<i64, String> = organisations.iter().map(|o| (o.id, o.slug.clone())).collect();
    let org = |id: i64| slug_of(&org_slugs, "organisation", id);
    organisations.sort_by(|a, b| a.slug.cmp(&b.slug));
    let mut bundle = Bundle::default();
    for o in &organisations {
        bundle.organisation.push(BundleOrganisation {
            input: OrganisationInput {
                slug: Some(o.slug.clone()),
                kind: o.kind.code().to_owned(),
                name: o.name.clone(),
                default_lang: Some(o.default_lang.clone()),
                country: o.country.clone(),
                region: o.region.map(|r| r.code().to_owned()),
                parent: o.parent_id.map(org).transpose()?,
                website: o.website.clone(),
                description: o.description.clone(),
                // Left out, a load makes an organisation no founder: say only `true`.
                founding_member: o.founding_member.then_some(true),
            },
            archived: o.archived,
            history: store.history(o.id).await?,
        });
    }

    let mut networks = store.networks().await?;
    networks.sort_by(|a, b| a.slug.cmp(&b.slug));
    let net_slugs: HashMap<i64, String> = networks.iter().map(|n| (n.id, n.slug.clone())).collect();
    let net = |id: i64| slug_of(&net_slugs, "network", id);
    let mut memberships = Vec::new();
    for n in &networks {
        bundle.network.push(NetworkInput {
            slug: n.slug.clone(),
            name: n.name.clone(),
            organisation: n.organisation_id.map(org).transpose()?,
            // In the order the network lists them: that order is kept.
            membership_types: n.membership_types.clone(),
            // Left out when it is the default, so older bundles and new ones read alike.
            public_statuses: (n.public_statuses != [MembershipStatus::Active]).then(|| n.public_statuses.clone()),
        });
        memberships.extend(store.memberships_of_network(n.id).await?);
    }
    let mut histories: HashMap<i64, Vec<StatusChange>> = HashMap::new();
    let ids: Vec<i64> = memberships.iter().map(|m| m.id).collect();
    for chunk in ids.chunks(IDS_PER_QUERY) {
        for (id, step) in store.membership_histories(chunk).await? {
            histories.entry(id).or_default().push(step);
        }
    }
    for m in &memberships {
        bundle.membership.push(MembershipInput {
            network: net(m.network_id)?,
            organisation: org(m.organisation_id)?,
            type_code: m.type_code.clone(),
            since: m.since.clone(),
            until: m.until.clone(),
            status: Some(m.status),
            history: histories.remove(&m.id).unwrap_or_default(),
        });
    }
    bundle.membership.sort_by(|a, b| (&a.network, &a.organisation).cmp(&(&b.network, &b.organisation)));

    for o in store.offices(None).await? {
        bundle.office.push(OfficeInput {
            network: net(o.network_id)?,
            host: org(o.host_id)?,
            city: o.city,
            region_covered: o.region_covered,
            since: o.since,
            until: o.until,
        });
    }
    bundle.office.sort_by(|a, b| {
        let key = |o: &OfficeInput| (o.network.clone(), o.host.clone(), o.since.clone(), o.until.clone());
        key(a).cmp(&key(b)).then_with(|| (&a.city.0, &a.region_covered.0).cmp(&(&b.city.0, &b.region_covered.0)))
    });

    let people = store.all_people().await?;
    let person_slugs: HashMap<i64, String> = people.iter().map(|p| (p.id, p.slug.clone())).collect();
    bundle.body = bodies(store, &org, &net, &person_slugs).await?;
    // All positions in one read, not one query per person.
    let mut held: HashMap<i64, Vec<crate::store::StoredPosition>> = HashMap::new();
    for pos in store.all_positions().await? {
        held.entry(pos.person_id).or_default().push(pos);
    }
    for p in people {
        let mut positions = Vec::new();
        for pos in held.remove(&p.id).unwrap_or_default() {
            positions.push(Position {
                organisation: org(pos.organisation_id)?,
                title: pos.title,
                since: pos.since,
                until: pos.until,
            });
        }
        positions.sort_by(|a, b| {
            (&a.since, &a.until, &a.organisation, &a.title.0).cmp(&(&b.since, &b.until, &b.organisation, &b.title.0))
        });
        bundle.person.push(PersonInput {
            slug: Some(p.slug),
            given_name: p.given_name,
            family_name: p.family_name,
            name_order: p.name_order,
            native_name: p.native_name,
            honorific: p.honorific,
            email: p.email,
            phone: p.phone,
            focal_point_for: p.focal_point_for.map(org).transpose()?,
            positions,
        });
    }
    bundle.person.sort_by(|a, b| a.slug.cmp(&b.slug));
    render(&bundle)
}

/// Every governance body with its sessions (by number) and seats, sorted by slug.
async fn bodies(
    store: &dyn DirectoryStore,
    org: &dyn Fn(i64) -> DomainResult<String>,
    net: &dyn Fn(i64) -> DomainResult<String>,
    person_slugs: &HashMap<i64, String>,
) -> DomainResult<Vec<BodyInput>> {
    let mut sessions: HashMap<i64, Vec<BodySession>> = HashMap::new();
    for s in store.body_sessions(None).await? {
        let host = s.host_id.map(org).transpose()?;
        sessions.entry(s.body_id).or_default().push(BodySession {
            number: s.number,
            date: s.date,
            host,
            place: s.place,
        });
    }
    let mut seats: HashMap<i64, Vec<Seat>> = HashMap::new();
    for s in store.seats(SeatScope::All).await? {
        let seat = Seat {
            organisation: s.organisation_id.map(org).transpose()?,
            person: s.person_id.map(|id| slug_of(person_slugs, "person", id)).transpose()?,
            role: s.role,
            since: s.since,
            until: s.until,
        };
        seats.entry(s.body_id).or_default().push(seat);
    }
    let mut out = Vec::new();
    for b in store.bodies(BodyScope::All).await? {
        let mut sessions = sessions.remove(&b.id).unwrap_or_default();
        sessions.sort_by_key(|s| s.number);
        let mut seats = seats.remove(&b.id).unwrap_or_default();
        seats.sort_by(|a, b| {
            let key =
                |s: &Seat| (s.since.clone(), s.until.clone(), s.role.code(), s.organisation.clone(), s.person.clone());
            key(a).cmp(&key(b))
        });
        out.push(BodyInput { network: net(b.network_id)?, slug: b.slug, kind: b.kind, name: b.name, sessions, seats });
    }
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(out)
}

/// The slug of a record another one links to. The database's foreign keys make a miss
/// impossible; should one happen anyway, the export fails rather than drop the link.
fn slug_of(slugs: &HashMap<i64, String>, what: &str, id: i64) -> DomainResult<String> {
    slugs.get(&id).cloned().ok_or_else(|| DomainError::Storage(format!("{what} #{id} is linked to but was not read")))
}

/// The bundle as TOML, through serde: sub-tables for texts in several languages, arrays of
/// tables for the records, empty fields left out.
fn render(bundle: &Bundle) -> DomainResult<String> {
    toml::to_string(bundle).map_err(|e| DomainError::Storage(format!("writing the bundle: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::bundle;

    const DEMO: &str = include_str!("../../../../demo/directory.toml");

    #[test]
    fn a_rendered_bundle_reads_back_the_same() {
        let mut demo = bundle::parse(DEMO).unwrap();
        demo.organisation[0].archived = true;
        let text = render(&demo).unwrap();
        let again = bundle::parse(&text).unwrap();
        assert_eq!(again.counts(), demo.counts());
        assert!(again.organisation[0].archived && !again.organisation[1].archived);
        assert_eq!(render(&again).unwrap(), text, "rendering is a fixed point");
        assert!(!text.contains("[]") && !text.contains("archived = false"), "empty fields are left out");
    }
}
