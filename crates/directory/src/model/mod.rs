//! The member directory: who belongs to which network, where its offices are, who sits in
//! which governance body, and the people who act for members.

pub mod body;
pub mod membership;
pub mod network;
pub mod office;
pub mod organisation;
pub mod person;

pub use body::*;
pub use membership::*;
pub use network::*;
pub use office::*;
pub use organisation::*;
pub use person::*;

pub use hansa_core::Page;
pub(crate) use hansa_core::code_enum;
