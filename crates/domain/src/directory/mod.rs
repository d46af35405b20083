//! The member directory: who belongs to which network, where its offices are, who sits in
//! which governance body, and the people who act for members.

pub mod body;
pub mod membership;
pub mod network;
pub mod office;
pub mod organisation;
pub mod person;
pub mod service;

pub use body::*;
pub use membership::*;
pub use network::*;
pub use office::*;
pub use organisation::*;
pub use person::*;

/// Declares a closed set of codes stored as text: `code()`, `parse()` and `ALL`.
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;

/// A page of results and the total that matched, for pagination.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}
