//! The programme in formats other tools read. Pure: an event and its programme in, a document
//! out; the pages decide where it is served.

pub mod frab;
pub mod ical;
pub mod registrations;
