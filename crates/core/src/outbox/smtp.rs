//! Sending through an SMTP relay (lettre), configured by a URL and a From address:
//!
//! - `smtp://127.0.0.1:2525` — no TLS (a local relay, tests); port 25 by default;
//! - `smtp://user:pass@mail.example.org?tls=starttls` — STARTTLS required; port 587 by default;
//! - `smtps://user:pass@mail.example.org` (or `?tls=tls`) — TLS from the first byte; port 465.
//!
//! Certificates are checked against the system's CA store (rustls). A password is refused over
//! a connection without TLS unless the relay is on this machine.

use std::time::Duration;

use async_trait::async_trait;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::{Claimed, Mailer, SendError};

/// How long one exchange with the relay may take; the runner's lease is sized from it.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    None,
    StartTls,
    Tls,
}

/// A relay and the From address, checked at start-up. `Debug` never shows the password.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: Option<String>,
    password: Option<String>,
    pub from: Mailbox,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl SmtpSettings {
    /// Reads a relay URL (see the module's examples) and a From address such as
    /// `Secretariat <secretariat@example.org>`; a clear sentence when either is wrong.
    pub fn parse(relay_url: &str, from: &str) -> Result<SmtpSettings, String> {
        let url = url::Url::parse(relay_url.trim()).map_err(|e| format!("SMTP URL: {e}"))?;
        let mut security = match url.scheme() {
            "smtp" => Security::None,
            "smtps" => Security::Tls,
            other => return Err(format!("SMTP URL: scheme {other:?} is not smtp:// or smtps://")),
        };
        for (key, value) in url.query_pairs() {
            security = match (key.as_ref(), value.as_ref()) {
                ("tls", "none") if url.scheme() == "smtp" => Security::None,
                ("tls", "starttls") if url.scheme() == "smtp" => Security::StartTls,
                ("tls", "tls") => Security::Tls,
                ("tls", other) => return Err(format!("SMTP URL: tls={other:?} is not none, starttls or tls")),
                (other, _) => return Err(format!("SMTP URL: unknown parameter {other:?} (only tls=)")),
            };
        }
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or("SMTP URL: no host")?;
        let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
        let port = url.port().unwrap_or(match security {
            Security::None => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        });
        let user = Some(percent_decode(url.username())?).filter(|u| !u.is_empty());
        let password = url.password().map(percent_decode).transpose()?;
        let local = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if (user.is_some() || password.is_some()) && security == Security::None && !local {
            return Err(format!(
                "SMTP URL: a password for {host} would cross the network in clear: add ?tls=starttls or use smtps://"
            ));
        }
        let from = from.trim().parse::<Mailbox>().map_err(|e| format!("mail From address {from:?}: {e}"))?;
        Ok(SmtpSettings { host, port, security, user, password, from })
    }

    /// The relay as messages may name it: no password.
    pub fn label(&self) -> String {
        let user = self.user.as_deref().map_or(String::new(), |u| format!("{u}@"));
        let tls = match self.security {
            Security::None => "no TLS",
            Security::StartTls => "STARTTLS",
            Security::Tls => "TLS",
        };
        format!("smtp://{user}{}:{} ({tls}), from {}", self.host, self.port, self.from.email)
    }
}

/// `%40` → `@` in a URL's user or password.
fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
            out.push(hex.ok_or("SMTP URL: a broken %-escape in the user or password")?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "SMTP URL: the user or password is not UTF-8".to_owned())
}

/// The relay, with a small pool of connections kept open between messages.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    pub fn new(settings: &SmtpSettings) -> Result<SmtpMailer, String> {
        let tls = |host: &str| TlsParameters::new(host.to_owned()).map_err(|e| format!("TLS for {host}: {e}"));
        let security = match settings.security {
            Security::None => Tls::None,
            Security::StartTls => Tls::Required(tls(&settings.host)?),
            Security::Tls => Tls::Wrapper(tls(&settings.host)?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str())
            .port(settings.port)
            .tls(security)
            .timeout(Some(SEND_TIMEOUT));
        if let Some(user) = &settings.user {
            builder =
                builder.credentials(Credentials::new(user.clone(), settings.password.clone().unwrap_or_default()));
        }
        Ok(SmtpMailer { transport: builder.build(), from: settings.from.clone() })
    }

    /// The message as it goes out: plain text in UTF-8 (lettre picks quoted-printable or
    /// base64), marked as automatic so out-of-office replies stay away, with a Message-ID made
    /// from the outbox row, so a copy sent twice after a crash is recognisably the same.
    fn letter(&self, m: &Claimed) -> Result<Message, SendError> {
        let address: Address =
            m.to_address.trim().parse().map_err(|e| SendError::Permanent(format!("address: {e}")))?;
        let domain = self.from.email.domain();
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(m.to_name.clone().filter(|n| !n.trim().is_empty()), address))
            .subject(m.subject.clone())
            .message_id(Some(format!("<hansa-outbox-{}-{}@{domain}>", m.id, m.created_at)))
            .header(ContentType::TEXT_PLAIN)
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Auto-Submitted"), "auto-generated".into()));
        if !m.lang.is_empty() && m.lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Content-Language"), m.lang.clone()));
        }
        builder.body(m.body_text.clone()).map_err(|e| SendError::Permanent(format!("message: {e}")))
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, m: &Claimed) -> Result<(), SendError> {
        let letter = self.letter(m)?;
        self.transport.send(letter).await.map(|_| ()).map_err(|e| classify(&e))
    }
}

/// A 5xx refuses the message for good — except the relay refusing us (authentication needed,
/// credentials wrong, encryption needed), which every message would meet until the operator
/// fixes the configuration, so it is retried. Everything else (4xx, unreachable, TLS, a
/// timeout) is temporary.
fn classify(e: &lettre::transport::smtp::Error) -> SendError {
    let detail = e.to_string();
    let code = e.status().map(|c| c.to_string());
    let ours = matches!(code.as_deref(), Some("530" | "534" | "535" | "538"));
    if e.is_permanent() && !ours { SendError::Permanent(detail) } else { SendError::Temporary(detail) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FROM: &str = "Secretariat <sg@example.org>";

    #[test]
    fn relay_urls_choose_port_and_tls() {
        let s = SmtpSettings::parse("smtp://127.0.0.1:2525", FROM).unwrap();
        assert_eq!((s.host.as_str(), s.port, s.security, s.user.as_deref()), ("127.0.0.1", 2525, Security::None, None));
        let s = SmtpSettings::parse("smtp://hansa%40example.org:p%2Fss@mail.example.org?tls=starttls", FROM).unwrap();
        assert_eq!((s.port, s.security, s.user.as_deref()), (587, Security::StartTls, Some("hansa@example.org")));
        assert_eq!(s.password.as_deref(), Some("p/ss"));
        assert_eq!(SmtpSettings::parse("smtps://u:p@mail.example.org", FROM).unwrap().port, 465);
        assert_eq!(SmtpSettings::parse("smtp://mail.example.org?tls=tls", FROM).unwrap().security, Security::Tls);
        assert_eq!(s.from.email.to_string(), "sg@example.org");
    }

    #[test]
    fn passwords_never_show_and_never_cross_in_clear() {
        let s = SmtpSettings::parse("smtp://hansa:s3cret@mail.example.org:587?tls=starttls", FROM).unwrap();
        assert!(!format!("{s:?}").contains("s3cret") && !s.label().contains("s3cret"), "{}", s.label());
        let err = SmtpSettings::parse("smtp://hansa:s3cret@mail.example.org", FROM).unwrap_err();
        assert!(err.contains("clear") && !err.contains("s3cret"), "{err}");
        assert!(SmtpSettings::parse("smtp://hansa:s3cret@127.0.0.1:2525", FROM).is_ok(), "a local relay may");
    }

    #[test]
    fn bad_settings_say_what_is_wrong() {
        for (url, from, says) in [
            ("http://mail.example.org", FROM, "scheme"),
            ("smtp://mail.example.org?tls=maybe", FROM, "tls="),
            ("smtp://mail.example.org?port=25", FROM, "unknown parameter"),
            ("smtp://", FROM, "host"),
            ("smtp://mail.example.org", "not an address", "From"),
        ] {
            let err = SmtpSettings::parse(url, from).unwrap_err();
            assert!(err.contains(says), "{url} {from}: {err}");
        }
    }
}
