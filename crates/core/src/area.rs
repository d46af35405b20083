//! Areas of public content. Every audited change belongs to at most one area and bumps only
//! that area's data version, so a page kept by an app server is thrown away only when
//! something it shows may have changed — a change to the events calendar will not empty the
//! kept directory pages, and the other way round.

/// A part of the public site whose pages change together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    /// Organisations, networks and memberships, offices, governance bodies, people.
    Directory,
    /// The events calendar — upcoming: no page reads it and no change writes it yet. It is
    /// here so that the versions are per area from the start (and tested across two areas);
    /// News will join it the same way.
    Events,
}

impl Area {
    pub const ALL: [Area; 2] = [Area::Directory, Area::Events];

    /// The stable name stored in the database (`area_versions.area`); never rename one.
    pub fn code(self) -> &'static str {
        match self {
            Area::Directory => "directory",
            Area::Events => "events",
        }
    }

    pub fn from_code(code: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The area an audited change of `entity` ("organisation:seoul", "user:7", …) belongs to.
    /// Accounts show on no public page, so their changes bump nothing. Anything else not
    /// named here counts as the directory: a kept page thrown away too often costs a render,
    /// one kept too long shows stale data, so an unknown kind errs on the safe side.
    pub fn of_entity(entity: &str) -> Option<Area> {
        let kind = entity.split(':').next().unwrap_or(entity);
        match kind {
            // Registrations show on no public page (a registration burst must not empty the
            // kept programme pages); attendance figures are counted apart. Nor do check-ins
            // or outbox messages: a morning of scans or a resend must not empty kept pages.
            // The outreach log (meetings and follow-ups) is staff-only: its writes must not
            // empty any kept public page. Matchmaking (profiles, requests, slots, schedules)
            // shows only to its participants and staff, on pages never kept.
            "user" | "users" | "session" | "registration" | "check-in" | "message" | "outreach" | "follow-up"
            | "matchmaking" | "match-request" => None,
            "event" | "events" => Some(Area::Events),
            _ => Some(Area::Directory),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Area;

    #[test]
    fn entities_map_to_their_area() {
        for entity in
            ["organisation:seoul", "organisations", "network:wego", "membership:3", "person:#4", "office:2", "body:x"]
        {
            assert_eq!(Area::of_entity(entity), Some(Area::Directory), "{entity}");
        }
        assert_eq!(Area::of_entity("user"), None);
        assert_eq!(Area::of_entity("user:7"), None, "a password change shows on no public page");
        assert_eq!(Area::of_entity("message:12"), None, "the outbox shows on no public page");
        assert_eq!(Area::of_entity("outreach:3"), None, "the outreach log is staff-only");
        assert_eq!(Area::of_entity("follow-up:9"), None, "follow-ups are staff-only");
        assert_eq!(Area::of_entity("match-request:4"), None, "meeting requests show on no public page");
        assert_eq!(Area::of_entity("event:summit-2026"), Some(Area::Events));
        assert_eq!(Area::of_entity("something-new:1"), Some(Area::Directory), "unknown kinds err on the safe side");
        for a in Area::ALL {
            assert_eq!(Area::from_code(a.code()), Some(a));
        }
    }
}
