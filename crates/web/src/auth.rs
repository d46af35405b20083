//! Passwords (Argon2id), session and API tokens (random, stored only as SHA-256 hashes) and
//! cookies. Sessions live in the database, so every app server behind a load balancer sees
//! the same ones; sign-in throttling is in `throttle`.

pub const SESSION_COOKIE: &str = "hansa_session";
pub const CSRF_COOKIE: &str = "hansa_csrf";
/// Browser sessions last two weeks.
pub const SESSION_SECONDS: i64 = 14 * 24 * 3600;

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

pub use hansa_core::accounts::{hash_password, hash_token, new_token, verify_password};

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/, and Secure when configured.
pub fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Max-Age={max_age}; Path=/; HttpOnly; SameSite=Lax{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_and_tokens() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("x", "not a hash"));
        assert_ne!(new_token(), new_token());
        assert_eq!(hash_token("a").len(), 64);
        assert!(constant_time_eq(b"abc", b"abc") && !constant_time_eq(b"abc", b"abd"));
    }
}
