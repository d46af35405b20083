//! Shared helpers for the HTTP tests: the app in-process on a fresh database, a small
//! directory, one signed-in session per role, and request shortcuts.

#![allow(dead_code)]

use hansa_core::Caller;
use hansa_directory::store::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use hansa_core::account::{NewUser, Role, Session};
use hansa_core::audit::AuditNote;
use hansa_core::{Localized, SqlStore};
use hansa_directory::model::*;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore;
use hansa_web::auth;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct App {
    pub router: Router,
    pub store: Arc<SqlStore>,
    /// Session token and CSRF token per role name.
    pub sessions: HashMap<&'static str, (String, String)>,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

fn names(en: &str, ko: &str) -> Localized {
    Localized([("en".to_owned(), en.to_owned()), ("ko".to_owned(), ko.to_owned())].into_iter().collect())
}

/// Seeds a small directory: a province with a city, a European city, a network with a
/// membership, a person with contact details.
pub async fn seed(store: &dyn DirectoryStore) {
    let mut province = OrganisationInput {
        slug: Some("gyeongsangbuk-do".into()),
        kind: "regional_government".into(),
        name: names("Gyeongsangbuk-do", "경상북도"),
        country: Some("KR".into()),
        ..Default::default()
    };
    service::create_organisation(store, &Caller::system(), &province).await.unwrap();
    province.slug = Some("pohang".into());
    province.kind = "city".into();
    province.name = names("Pohang-si", "포항시");
    province.parent = Some("gyeongsangbuk-do".into());
    service::create_organisation(store, &Caller::system(), &province).await.unwrap();
    let lublin = OrganisationInput {
        slug: Some("lublin".into()),
        kind: "city".into(),
        name: names("Lublin", "루블린"),
        country: Some("PL".into()),
        ..Default::default()
    };
    service::create_organisation(store, &Caller::system(), &lublin).await.unwrap();
    let net = NetworkInput {
        slug: "wego".into(),
        name: Localized::en("WeGO"),
        organisation: None,
        membership_types: vec![MembershipType { code: "full".into(), name: Localized::en("Full member") }],
        public_statuses: None,
    };
    service::create_network(store, &Caller::system(), &net).await.unwrap();
    let m = MembershipInput {
        network: "wego".into(),
        organisation: "pohang".into(),
        type_code: "full".into(),
        since: None,
        until: None,
        status: None,
        history: vec![StatusChange { date: "2015-01-01".into(), status: MembershipStatus::Active, note: None }],
    };
    service::create_membership(store, &Caller::system(), &m).await.unwrap();
    let person = PersonInput {
        slug: Some("lim-byung-jin".into()),
        given_name: "Byung-jin".into(),
        family_name: "Lim".into(),
        name_order: NameOrder::FamilyFirst,
        native_name: Some("임병진".into()),
        honorific: None,
        email: Some("lim.secret@example.org".into()),
        phone: Some("+82-54-0000-1234".into()),
        focal_point_for: Some("pohang".into()),
        positions: vec![Position {
            organisation: "pohang".into(),
            title: Localized::en("Secretary-General"),
            since: None,
            until: None,
        }],
    };
    service::create_person(store, &Caller::system(), &person).await.unwrap();
}

pub const ROLES: [&str; 6] = ["public", "delegate", "jury", "focal_point", "staff", "admin"];

impl App {
    pub async fn new(store: Arc<SqlStore>) -> App {
        seed(store.as_ref()).await;
        let pohang = store.organisation("pohang").await.unwrap().unwrap().id;
        let mut sessions = HashMap::new();
        for role in [Role::Delegate, Role::Jury, Role::FocalPoint, Role::Staff, Role::Admin] {
            let org = (role == Role::FocalPoint).then_some(pohang);
            let new = NewUser {
                email: format!("{}@example.org", role.code()),
                display_name: role.code().into(),
                role,
                organisation_id: org,
                password_hash: "x".into(),
            };
            let user =
                store.create_user(&new, AuditNote::new(None, "create", "user", serde_json::json!({}))).await.unwrap();
            let token = auth::new_token();
            let csrf = auth::new_token();
            store
                .create_session(&Session {
                    token_hash: auth::hash_token(&token),
                    user_id: user.id,
                    csrf: csrf.clone(),
                    expires_at: auth::now() + 3600,
                })
                .await
                .unwrap();
            sessions.insert(role.code(), (token, csrf));
        }
        let router = hansa_web::app(
            store.clone(),
            hansa_web::WebConfig::default(),
            vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()],
        );
        App { router, store, sessions }
    }

    /// An API token of the role's account, issued through the accounts service.
    pub async fn token(&self, role: &str, scope: &str) -> String {
        let user = self.store.user_by_email(&format!("{role}@example.org")).await.unwrap().unwrap();
        let input = hansa_core::accounts::TokenInput {
            name: format!("{role}-{scope}"),
            scope: scope.into(),
            expires_in_days: None,
        };
        hansa_core::accounts::issue_token(
            self.store.as_ref(),
            &hansa_core::Caller::system(),
            user.id,
            &input,
            auth::now(),
        )
        .await
        .unwrap()
        .1
    }

    /// Sends a request with `Authorization: Bearer <token>` and nothing else.
    pub async fn bearer(&self, token: &str, method: &str, uri: &str, body: serde_json::Value) -> Reply {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send("public", req).await
    }

    pub fn csrf(&self, role: &str) -> String {
        self.sessions.get(role).map(|s| s.1.clone()).unwrap_or_default()
    }

    /// Sends a request as `role` (session cookie; "public" sends none).
    pub async fn send(&self, role: &str, mut req: Request<Body>) -> Reply {
        if let Some((token, _)) = self.sessions.get(role) {
            let cookie = format!("{}={token}", auth::SESSION_COOKIE);
            req.headers_mut().append(header::COOKIE, cookie.parse().unwrap());
        }
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&self, role: &str, uri: &str) -> Reply {
        self.send(role, Request::get(uri).body(Body::empty()).unwrap()).await
    }

    /// Posts a form with the role's own CSRF token added.
    pub async fn post_form(&self, role: &str, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let csrf = self.csrf(role);
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let body = all.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&");
        let req = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(role, req).await
    }

    /// Sends JSON with the API's CSRF header for the role's session.
    pub async fn json(&self, role: &str, method: &str, uri: &str, body: serde_json::Value) -> Reply {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-csrf-token", self.csrf(role))
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(role, req).await
    }

    /// A multipart upload of one file field plus the CSRF field.
    pub async fn upload(&self, role: &str, uri: &str, field: &str, filename: &str, bytes: &[u8]) -> Reply {
        let boundary = "hansaTESTboundary";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n", self.csrf(role))
                .as_bytes(),
        );
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = Request::post(uri)
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(role, req).await
    }
}

impl App {
    /// The same app with other settings (trusted proxies, cookies).
    pub fn configure(mut self, config: hansa_web::WebConfig) -> App {
        self.router = hansa_web::app(
            self.store.clone(),
            config,
            vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()],
        );
        self
    }
}

/// A sign-in form post arriving over TCP from `peer` (as `ConnectInfo`, which `oneshot` does
/// not set), with its own visitor's CSRF cookie and an `X-Forwarded-For` header if given.
pub fn sign_in_request(peer: &str, forwarded: Option<&str>, email: &str, password: &str) -> Request<Body> {
    let body = format!("csrf=t0ken&email={}&password={}", enc(email), enc(password));
    let mut req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("{}=t0ken", auth::CSRF_COOKIE))
        .body(Body::from(body))
        .unwrap();
    if let Some(f) = forwarded {
        req.headers_mut().insert("x-forwarded-for", f.parse().unwrap());
    }
    let peer = std::net::SocketAddr::new(peer.parse().unwrap(), 40_000);
    req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
    req
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
