//! The messages matchmaking sends — a request received, a request accepted or declined, a
//! reminder to someone without a meeting — in the language the person registered in, with
//! the link to their own matchmaking page. The store queues each in the same transaction as
//! the change it tells of.

use hansa_core::outbox::Message;
use hansa_web::i18n::Tr;

use super::service::Board;
use super::store::Participant;

/// Name and organisation, as a message introduces someone.
fn introduce(board: &Board, id: i64, lang: &str) -> String {
    board.participant(id).map_or_else(String::new, |p| {
        let org = p.organisation.resolve(lang, None).text;
        if org.is_empty() { p.name.clone() } else { format!("{} ({org})", p.name) }
    })
}

fn compose(board: &Board, to: &Participant, kind: &str, vars: &[(&str, String)]) -> Message {
    let tr = Tr::for_code(to.lang.as_deref());
    let mut all = vec![
        ("name", to.name.clone()),
        ("event", board.event.draft.title.resolve(tr.lang, None).text.to_owned()),
        ("link", format!("{}/registrations/{}/matchmaking", hansa_events::service::public_url(), to.code)),
    ];
    all.extend(vars.iter().cloned());
    Message {
        kind: kind.to_owned(),
        to_address: to.email.clone(),
        to_name: Some(to.name.clone()),
        subject: tr.tn(&format!("mail-{kind}-subject"), &all),
        body_text: tr.tn(&format!("mail-{kind}-body"), &all),
        lang: tr.lang.to_owned(),
        entity: format!("registration:{}", to.id),
    }
}

/// To `to`: `from` asks to meet them.
pub fn request_received(board: &Board, to: &Participant, from: i64, text: &str) -> Message {
    let lang = Tr::for_code(to.lang.as_deref()).lang;
    let quoted = if text.is_empty() { String::new() } else { format!("\n\n“{text}”") };
    compose(board, to, "match-request", &[("from", introduce(board, from, lang)), ("message", quoted)])
}

/// To the sender `from`: `by` accepted or declined.
pub fn request_answered(board: &Board, from: &Participant, by: i64, accepted: bool) -> Message {
    let lang = Tr::for_code(from.lang.as_deref()).lang;
    let kind = if accepted { "match-accepted" } else { "match-declined" };
    compose(board, from, kind, &[("other", introduce(board, by, lang))])
}

/// To someone who has no meeting on the schedule yet.
pub fn no_meeting_reminder(board: &Board, to: &Participant) -> Message {
    compose(board, to, "match-reminder", &[])
}
