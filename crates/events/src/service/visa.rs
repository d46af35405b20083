//! Visa invitation letters: a registration that asks for one waits for the secretariat's
//! review; staff issue it (the registrant is told, through the outbox, where to download it)
//! or refuse it. Only someone who holds a place gets a letter.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::outbox::Message;
use serde_json::json;

use crate::model::*;
use crate::store::EventsStore;

pub async fn review_visa_letter(
    store: &dyn EventsStore,
    caller: &Caller,
    code: &str,
    review: VisaLetter,
) -> DomainResult<Registration> {
    caller.require(Permission::EditEvents)?;
    let r = store.registration(code).await?.ok_or(DomainError::NotFound)?;
    if !r.input.visa_letter {
        return Err(DomainError::Conflict(FieldError::new("visa_letter", "err-visa-not-asked")));
    }
    if review == VisaLetter::Issued && !matches!(r.status, RegStatus::Approved | RegStatus::Attended) {
        return Err(DomainError::Conflict(FieldError::with("status", "err-visa-not-approved", r.status.code())));
    }
    let message = (review == VisaLetter::Issued).then(|| {
        let tr = hansa_web::i18n::Tr::new(
            hansa_web::i18n::LANGUAGES
                .iter()
                .find(|(l, _)| Some(*l) == r.input.lang.as_deref())
                .map_or("en", |(l, _)| *l),
        );
        let link = format!("{}/registrations/{}/visa-letter.pdf", super::notices::public_url(), r.code);
        let vars = [("name", r.input.display_name()), ("link", link), ("code", r.code.clone())];
        Message {
            kind: "visa-letter".into(),
            to_address: r.input.email.clone(),
            to_name: Some(r.input.display_name()),
            subject: tr.tn("mail-visa-letter-subject", &vars),
            body_text: tr.tn("mail-visa-letter-body", &vars),
            lang: tr.lang.to_owned(),
            entity: format!("registration:{}", r.id),
        }
    });
    let audit = caller.audit("visa_letter", &format!("registration:{}", r.id), json!({"review": review.code()}));
    store.set_visa_letter(r.id, review, message, audit).await?;
    store.registration(code).await?.ok_or(DomainError::NotFound)
}
