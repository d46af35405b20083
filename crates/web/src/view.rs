//! What templates see: the page frame (`Chrome`) and texts already resolved to the reader's
//! language, with the language they fell back to, so templates stay free of logic.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use hansa_core::Localized;
use hansa_core::account::Role;

use crate::ctx::Ctx;
use crate::i18n::{LANGUAGES, Tr};

/// The frame around every page: language, navigation, who is signed in, the form token.
pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    pub user_name: Option<String>,
    pub is_staff: bool,
    pub is_admin: bool,
    pub csrf: String,
    pub path: String,
}

pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Chrome {
    pub fn new(ctx: &Ctx, title: String) -> Chrome {
        Chrome {
            tr: ctx.tr.clone(),
            title,
            user_name: ctx.user.as_ref().map(|u| u.display_name.clone()),
            is_staff: ctx.is_staff(),
            is_admin: ctx.user.as_ref().is_some_and(|u| u.role == Role::Admin),
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl ToString) -> String {
        self.tr.t1(key, name, value)
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang
    }

    pub fn languages(&self) -> Vec<LangLink> {
        LANGUAGES
            .iter()
            .map(|(code, name)| LangLink {
                code,
                name,
                href: format!("/lang/{code}?next={}", url_encode(&self.path)),
                current: *code == self.tr.lang,
            })
            .collect()
    }
}

/// Escapes text for HTML built outside templates (the map, seat holders).
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Percent-encodes a value for a query string.
pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A stored text resolved for the reader: `lang` goes into the `lang` attribute, and
/// `fallback` is set when the reader's language was missing.
#[derive(Clone, Debug)]
pub struct Text {
    pub text: String,
    pub lang: String,
    pub fallback: Option<String>,
}

impl Text {
    pub fn of(l: &Localized, lang: &str, own: Option<&str>) -> Text {
        let r = l.resolve(lang, own);
        Text {
            text: r.text.to_owned(),
            lang: r.fallback.unwrap_or(lang).to_owned(),
            fallback: r.fallback.map(str::to_owned),
        }
    }
}

/// Renders a template as an HTML response.
pub fn page<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub c: Chrome,
    pub status: u16,
    pub message: String,
    pub details: Vec<String>,
}

impl ErrorPage {
    pub fn new(tr: &Tr, status: u16, message: &str, details: Vec<String>) -> ErrorPage {
        let c = Chrome {
            tr: tr.clone(),
            title: message.to_owned(),
            user_name: None,
            is_staff: false,
            is_admin: false,
            csrf: String::new(),
            path: "/".into(),
        };
        ErrorPage { c, status, message: message.to_owned(), details }
    }
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        page(&self)
    }
}
