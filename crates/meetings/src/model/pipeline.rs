//! The prospect pipeline: organisations the secretariat courts for one of its networks, on a
//! board of stages — contacted → interested → applying → member, or dropped.
//!
//! It builds on the directory's own notion of a prospect (a membership whose status is
//! `prospect`) rather than keeping a second list: such an organisation is on the board by
//! itself, in "contacted", until staff move it. What staff decide (contacted, interested,
//! applying, dropped) is stored; what the directory decides is read from its memberships every
//! time the board is read — an active membership shows as **member**, an applicant as
//! **applying**. Computing it on read, rather than copying it with a trigger when a membership
//! changes, means the board can never disagree with the directory, on either backend, whatever
//! path (form, API, import) changed the membership. Those cards are held by the directory:
//! staff move them by changing the membership, not on the board.

use hansa_core::code_enum;
use hansa_core::error::{DomainError, FieldError};
use hansa_directory::model::MembershipStatus;

code_enum!(
    /// Where a prospect stands; also the board's columns, in this order.
    Stage {
        Contacted = "contacted",
        Interested = "interested",
        Applying = "applying",
        /// Only ever read from the directory (an active membership), never stored.
        Member = "member",
        Dropped = "dropped",
    }
);

impl Stage {
    /// The moves staff make on the board; `from` None adds an organisation to the board.
    /// Nobody moves a card to or from "member": the directory's membership decides it. A
    /// dropped prospect is courted again from the start, and an application falls back to
    /// "interested" at most, so the board's columns keep meaning what they say.
    pub fn can_move(from: Option<Stage>, to: Stage) -> bool {
        use Stage::*;
        match from {
            None => matches!(to, Contacted | Interested | Applying),
            Some(Contacted) => matches!(to, Interested | Applying | Dropped),
            Some(Interested) => matches!(to, Contacted | Applying | Dropped),
            Some(Applying) => matches!(to, Interested | Dropped),
            Some(Dropped) => to == Contacted,
            Some(Member) => false,
        }
    }

    /// Where a card of this stage may go next, for its buttons.
    pub fn next_stages(from: Stage) -> Vec<Stage> {
        Stage::ALL.iter().copied().filter(|to| Stage::can_move(Some(from), *to)).collect()
    }
}

/// What the directory and the pipeline each say about one organisation and one network.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    /// Its membership of the network in the directory, if any.
    pub membership: Option<MembershipStatus>,
    /// The stage staff last set, if they ever did.
    pub stored: Option<Stage>,
}

impl Standing {
    /// The stage the board shows, or None when the organisation is not on the board.
    pub fn stage(self) -> Option<Stage> {
        match (self.membership, self.stored) {
            (Some(MembershipStatus::Active), _) => Some(Stage::Member),
            (Some(MembershipStatus::Applicant), _) => Some(Stage::Applying),
            (_, Some(stored)) => Some(stored),
            (Some(MembershipStatus::Prospect), None) => Some(Stage::Contacted),
            _ => None,
        }
    }

    /// The directory, not the board, decides this card's stage.
    pub fn held_by_directory(self) -> bool {
        matches!(self.membership, Some(MembershipStatus::Active | MembershipStatus::Applicant))
    }
}

/// Whether staff may move a prospect standing as `now` from `from` (the stage their page
/// showed; None to add it) to `to`. The store calls it inside the write's transaction, so the
/// rule and the write see the same data: a card moved (or a membership changed) by someone
/// else since the page was read is a `Conflict`, and nothing is written.
pub fn check_move(now: Standing, from: Option<Stage>, to: Stage) -> Result<(), DomainError> {
    let current = now.stage();
    let refuse = |field: &str, code: &str, detail: Option<&str>| {
        let e = match detail {
            Some(d) => FieldError::with(field, code, d),
            None => FieldError::new(field, code),
        };
        Err(DomainError::Invalid(vec![e]))
    };
    match from {
        // Adding: a member or an applicant is the directory's, and a card is on the board once.
        None if now.held_by_directory() => return refuse("organisation", "err-pipeline-by-directory", None),
        None if current.is_some() => {
            return refuse("organisation", "err-pipeline-on-board", current.map(Stage::code));
        }
        Some(expected) if current != Some(expected) => {
            return Err(DomainError::Conflict(FieldError::with("stage", "err-changed-meanwhile", expected.code())));
        }
        _ => {}
    }
    if now.held_by_directory() {
        return refuse("stage", "err-pipeline-by-directory", None);
    }
    if !Stage::can_move(from, to) {
        return refuse("stage", "err-pipeline-move", Some(to.code()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::MembershipStatus as M;
    use super::Stage::*;
    use super::*;

    fn standing(membership: Option<M>, stored: Option<Stage>) -> Standing {
        Standing { membership, stored }
    }

    #[test]
    fn the_directory_decides_member_and_applying() {
        assert_eq!(standing(Some(M::Active), Some(Dropped)).stage(), Some(Member));
        assert_eq!(standing(Some(M::Applicant), Some(Contacted)).stage(), Some(Applying));
        assert_eq!(standing(Some(M::Prospect), None).stage(), Some(Contacted), "a directory prospect is on the board");
        assert_eq!(standing(Some(M::Prospect), Some(Interested)).stage(), Some(Interested));
        assert_eq!(standing(Some(M::Lapsed), None).stage(), None, "a former member is not courted by itself");
        assert_eq!(standing(None, None).stage(), None);
    }

    #[test]
    fn nobody_moves_a_card_to_or_from_member() {
        for s in Stage::ALL {
            assert!(!Stage::can_move(Some(*s), Member), "{s:?}");
            assert!(!Stage::can_move(Some(*s), *s), "{s:?} to itself is no move");
        }
        assert!(Stage::next_stages(Member).is_empty());
        assert_eq!(Stage::next_stages(Dropped), [Contacted]);
        assert!(!Stage::can_move(None, Dropped) && !Stage::can_move(None, Member));
    }

    #[test]
    fn a_move_checks_what_the_page_showed() {
        let prospect = standing(Some(M::Prospect), None);
        assert!(check_move(prospect, Some(Contacted), Interested).is_ok());
        let Err(DomainError::Conflict(e)) = check_move(prospect, Some(Interested), Applying) else { panic!() };
        assert_eq!((e.field.as_str(), e.code.as_str()), ("stage", "err-changed-meanwhile"));
        let Err(DomainError::Invalid(e)) = check_move(prospect, None, Contacted) else { panic!() };
        assert_eq!(e[0].code, "err-pipeline-on-board");
        let Err(DomainError::Invalid(e)) = check_move(standing(Some(M::Active), None), Some(Member), Dropped) else {
            panic!()
        };
        assert_eq!(e[0].code, "err-pipeline-by-directory");
        let Err(DomainError::Invalid(e)) = check_move(standing(Some(M::Active), None), None, Contacted) else {
            panic!()
        };
        assert_eq!((e[0].field.as_str(), e[0].code.as_str()), ("organisation", "err-pipeline-by-directory"));
        let Err(DomainError::Invalid(e)) = check_move(prospect, Some(Contacted), Member) else { panic!() };
        assert_eq!((e[0].field.as_str(), e[0].code.as_str()), ("stage", "err-pipeline-move"));
        assert!(check_move(Standing::default(), None, Contacted).is_ok(), "an organisation joins the board");
    }
}
