//! The shell's own pages: signing in and out, the language switch, one's password and API
//! tokens, the admin's accounts and audit log, the outbox of messages for staff, the API page
//! and static files.

mod account;
pub mod admin;
mod assets;
mod messages;
mod tokens;

pub use assets::etag;

use hansa_core::Permission;

use crate::policy::Routes;

pub fn routes() -> Routes {
    use Permission::*;
    Routes::new()
        .get("/lang/{code}", ReadPublic, account::switch_language)
        .get("/login", ReadPublic, account::login_form)
        .post("/login", ReadPublic, account::login)
        .post("/logout", ReadPublic, account::logout)
        .get("/account/password", OwnAccount, account::password_form)
        .post("/account/password", OwnAccount, account::change_password)
        .get("/account/tokens", OwnAccount, tokens::list)
        .post("/account/tokens", OwnAccount, tokens::create)
        .post("/account/tokens/{id}/revoke", OwnAccount, tokens::revoke)
        .get("/admin/audit", Administer, admin::audit)
        .get("/admin/users", Administer, admin::users)
        .post("/admin/users", Administer, admin::create_user)
        .get("/api", ReadPublic, admin::api_page)
        .get("/static/{file}", ReadPublic, assets::file)
        .get("/progress/{key}", ReadStaff, crate::progress::progress)
        .get("/staff/messages", ReadStaff, messages::list)
        .get("/staff/messages/{id}", ReadStaff, messages::show)
        .post("/staff/messages/{id}/retry", EditDirectory, messages::send_again)
        .limit_bodies(crate::limits::BodyLimit::WRITE)
}
