//! Routes are registered together with the permission they need, so the router and the
//! policy table cannot drift apart: a route without a permission cannot be written, and
//! [`table`] lists every (method, path, permission) for the authorisation-matrix test to walk
//! with every role. The services decide for real (with the `Caller`); handlers check the
//! same permission first so a refused caller learns nothing from the body's shape.

use axum::Router;
use axum::handler::Handler;
use axum::routing::{MethodFilter, on};
use hansa_core::Permission;

use crate::AppState;
use crate::limits::BodyLimit;

/// One row of the policy table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteRule {
    pub method: &'static str,
    pub path: &'static str,
    pub permission: Permission,
}

/// A router under construction with its rows of the policy table.
#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    rules: Vec<RouteRule>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    fn add<H, T>(self, method: &'static str, path: &'static str, permission: Permission, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add_limited(method, path, permission, handler, None)
    }

    fn add_limited<H, T>(
        mut self,
        method: &'static str,
        path: &'static str,
        permission: Permission,
        handler: H,
        limit: Option<BodyLimit>,
    ) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match method {
            "GET" => MethodFilter::GET,
            "PUT" => MethodFilter::PUT,
            "DELETE" => MethodFilter::DELETE,
            _ => MethodFilter::POST,
        };
        let route = on(filter, handler);
        let route = match limit {
            Some(l) => route.layer(l),
            None => route,
        };
        self.router = self.router.route(path, route);
        self.rules.push(RouteRule { method, path, permission });
        self
    }

    /// A POST that takes a file, refusing a body over `limit` before reading it.
    pub fn upload<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        p: Permission,
        h: H,
        limit: BodyLimit,
    ) -> Routes {
        self.add_limited("POST", path, p, h, Some(limit))
    }

    /// Limits the bodies of every route added so far (the small forms and JSON writes).
    pub fn limit_bodies(mut self, limit: BodyLimit) -> Routes {
        self.router = self.router.layer(limit);
        self
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, p: Permission, h: H) -> Routes {
        self.add("GET", path, p, h)
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, p: Permission, h: H) -> Routes {
        self.add("POST", path, p, h)
    }

    pub fn put<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, p: Permission, h: H) -> Routes {
        self.add("PUT", path, p, h)
    }

    pub fn merge(mut self, other: Routes) -> Routes {
        self.router = self.router.merge(other.router);
        self.rules.extend(other.rules);
        self
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RouteRule>) {
        (self.router, self.rules)
    }
}

/// Every route of the shell and these features with the permission it needs.
pub fn table(features: Vec<crate::Feature>) -> Vec<RouteRule> {
    features.into_iter().fold(crate::shell_routes(), |all, f| all.merge(f.routes)).into_parts().1
}
