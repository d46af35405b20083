//! A small SMTP server on 127.0.0.1 (port 0) that records what it is sent: enough of RFC 5321
//! for a real client (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), answering recipients as
//! the test says — accept, 451 (try later) or 550 (never) — and decoding what arrives
//! (quoted-printable or base64 bodies, RFC 2047 subjects) so tests compare plain text.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// How the server answers `RCPT TO`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    /// `451 4.3.0`: a temporary refusal.
    TryLater,
    /// `550 5.1.1`: a permanent one.
    NoSuchUser,
}

/// One message the server accepted.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// The message as sent, dots unstuffed, CRLF line ends.
    pub data: String,
}

#[derive(Default)]
struct State {
    answer: Option<Answer>,
    mails: Vec<Mail>,
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl SmtpSink {
    pub async fn start(answer: Answer) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the test SMTP server");
        let addr = listener.local_addr().expect("its address");
        let state = Arc::new(Mutex::new(State { answer: Some(answer), mails: Vec::new() }));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, shared.clone()));
            }
        });
        SmtpSink { addr, state, task }
    }

    /// The relay URL for this server (no TLS).
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn set_answer(&self, answer: Answer) {
        self.state.lock().unwrap().answer = Some(answer);
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.state.lock().unwrap().mails.clone()
    }

    /// The mails once there are at least `n`, or whatever came within `limit`.
    pub async fn wait_for(&self, n: usize, limit: Duration) -> Vec<Mail> {
        let until = tokio::time::Instant::now() + limit;
        while self.mails().len() < n && tokio::time::Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.mails()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn session(stream: TcpStream, state: Arc<Mutex<State>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    if write.write_all(b"220 hansa-test ESMTP\r\n").await.is_err() {
        return;
    }
    let (mut from, mut to) = (String::new(), Vec::new());
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let upper = line.to_ascii_uppercase();
        let answer = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            "250 hansa-test\r\n"
        } else if upper.starts_with("MAIL FROM:") {
            from = angle(&line);
            to.clear();
            "250 2.1.0 Ok\r\n"
        } else if upper.starts_with("RCPT TO:") {
            match state.lock().unwrap().answer.unwrap_or(Answer::Accept) {
                Answer::Accept => {
                    to.push(angle(&line));
                    "250 2.1.5 Ok\r\n"
                }
                Answer::TryLater => "451 4.3.0 Mailbox busy, try again later\r\n",
                Answer::NoSuchUser => "550 5.1.1 No such user here\r\n",
            }
        } else if upper.starts_with("DATA") {
            if to.is_empty() {
                "554 5.5.1 No valid recipients\r\n"
            } else {
                if write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await.is_err() {
                    return;
                }
                let mut data = String::new();
                loop {
                    let mut l = String::new();
                    if lines.read_line(&mut l).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if l == ".\r\n" || l == ".\n" {
                        break;
                    }
                    data.push_str(l.strip_prefix('.').unwrap_or(&l));
                }
                let mail = Mail { from: from.clone(), to: std::mem::take(&mut to), data };
                state.lock().unwrap().mails.push(mail);
                "250 2.0.0 Ok: queued\r\n"
            }
        } else if upper.starts_with("RSET") {
            to.clear();
            "250 2.0.0 Ok\r\n"
        } else if upper.starts_with("NOOP") {
            "250 2.0.0 Ok\r\n"
        } else if upper.starts_with("QUIT") {
            let _ = write.write_all(b"221 2.0.0 Bye\r\n").await;
            return;
        } else {
            "502 5.5.2 Command not recognised\r\n"
        };
        if write.write_all(answer.as_bytes()).await.is_err() {
            return;
        }
    }
}

/// `MAIL FROM:<a@b> SIZE=12` → `a@b`.
fn angle(line: &str) -> String {
    line.split_once('<').and_then(|(_, rest)| rest.split_once('>')).map_or_else(String::new, |(a, _)| a.to_owned())
}

impl Mail {
    /// A header's value, unfolded and still encoded (`None` when absent).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                if let Some(v) = value.as_mut() {
                    v.push_str(line);
                }
            } else if value.is_some() {
                break;
            } else if let Some((n, v)) = line.split_once(':')
                && n.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim_start().to_owned());
            }
        }
        value
    }

    /// The subject as text (RFC 2047 encoded words decoded).
    pub fn subject(&self) -> String {
        decode_words(&self.header("Subject").unwrap_or_default())
    }

    /// The body as text: transfer encoding undone, line ends `\n`.
    pub fn text(&self) -> String {
        let body = self.data.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        let bytes = match self.header("Content-Transfer-Encoding").unwrap_or_default().to_ascii_lowercase().trim() {
            "base64" => STANDARD.decode(body.split_whitespace().collect::<String>()).expect("base64 body"),
            "quoted-printable" => quoted_printable(body),
            _ => body.as_bytes().to_vec(),
        };
        String::from_utf8(bytes).expect("a UTF-8 body").replace("\r\n", "\n").trim_end().to_owned()
    }
}

/// `=?utf-8?b?…?= =?utf-8?q?…?=` → text; whitespace between encoded words goes (RFC 2047 §6.2).
fn decode_words(value: &str) -> String {
    let mut out = Vec::new();
    let mut last_encoded = None;
    for word in value.split_whitespace() {
        let encoded = word.strip_prefix("=?").and_then(|w| w.strip_suffix("?=")).and_then(|w| {
            let mut parts = w.splitn(3, '?');
            let (_charset, enc, text) = (parts.next()?, parts.next()?, parts.next()?);
            match enc.to_ascii_lowercase().as_str() {
                "b" => STANDARD.decode(text).ok(),
                "q" => Some(quoted_printable(&text.replace('_', " "))),
                _ => None,
            }
        });
        // A space stays, except between two encoded words.
        if last_encoded.is_some() && !(last_encoded == Some(true) && encoded.is_some()) {
            out.push(b' ');
        }
        last_encoded = Some(encoded.is_some());
        out.extend(encoded.unwrap_or_else(|| word.as_bytes().to_vec()));
    }
    String::from_utf8(out).expect("a UTF-8 header")
}

fn quoted_printable(text: &str) -> Vec<u8> {
    let text = text.replace("=\r\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match text.get(i + 1..i + 3).filter(|_| bytes[i] == b'=').and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}
