//! The events model and its rules; nothing here knows of HTTP or SQL.

pub mod checkin;
pub mod conflicts;
pub mod event;
pub mod figures;
pub mod programme;
pub mod questions;
pub mod registration;
pub mod time;

pub use checkin::{Scan, ScanOutcome, ScanResult, code_of};
pub use conflicts::{Conflict, conflicts};
pub use event::{Event, EventDraft, EventKind, EventOrganisation, EventStatus, OrgRole};
pub use programme::{
    Contribution, Interpretation, Participant, ParticipantRole, Room, Session, SessionDraft, SessionKind,
};
pub use questions::{FormSettings, MULTI_SEPARATOR, Question, QuestionChoice, QuestionKind, check_answers};
pub use registration::{
    COLUMNS, Category, CategoryPlaces, RegStatus, Registration, RegistrationDraft, RegistrationInput, VisaLetter,
    admission,
};
pub use time::Day;
