//! The messages registration sends — received, confirmed, waiting list, promoted, approved,
//! not accepted, cancelled — written in the language the person registered in, and put in the
//! outbox by the store in the same transaction as the change they tell of.

use hansa_core::Localized;
use hansa_core::outbox::Message;
use hansa_web::i18n::Tr;

use crate::model::RegStatus;
use crate::store::{Compose, News};

static PUBLIC_URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The site's public address, for links in messages (`hansa serve` sets it from its
/// configuration once, at start-up; every app server of a deployment has the same).
pub fn set_public_url(url: &str) {
    let _ = PUBLIC_URL.set(url.trim_end_matches('/').to_owned());
}

pub fn public_url() -> String {
    PUBLIC_URL.get().cloned().unwrap_or_default()
}

/// Composes an event's registration messages.
pub struct Notices {
    pub event_title: Localized,
    /// Where the site is reachable (`https://hansa.example.org`), for the link to the
    /// registration's own page; without one the message gives the path alone.
    pub base_url: String,
}

impl Compose for Notices {
    fn compose(&self, n: &News) -> Option<Message> {
        let kind = match (n.status, n.promoted) {
            (RegStatus::Pending | RegStatus::Approved, true) => "registration-promoted",
            (RegStatus::Pending, false) => "registration-received",
            (RegStatus::Approved, false) => "registration-confirmed",
            (RegStatus::Waitlisted, _) => "registration-waitlisted",
            (RegStatus::Rejected, _) => "registration-rejected",
            (RegStatus::Cancelled, _) => "registration-cancelled",
            (RegStatus::Attended, _) => return None,
        };
        let tr = Tr::for_code(n.lang.as_deref());
        let event = self.event_title.resolve(tr.lang, None).text.to_owned();
        let link = format!("{}/registrations/{}", self.base_url.trim_end_matches('/'), n.code);
        let vars = [
            ("name", n.name.clone()),
            ("event", event.clone()),
            ("code", n.code.clone()),
            ("link", link),
            ("position", n.waitlist_position.unwrap_or(0).to_string()),
            ("status", tr.t(&format!("regstatus-{}", n.status.code()))),
        ];
        Some(Message {
            kind: kind.to_owned(),
            to_address: n.email.clone(),
            to_name: Some(n.name.clone()),
            subject: tr.tn(&format!("mail-{kind}-subject"), &vars),
            body_text: tr.tn(&format!("mail-{kind}-body"), &vars),
            lang: tr.lang.to_owned(),
            entity: format!("registration:{}", n.registration_id),
        })
    }
}
