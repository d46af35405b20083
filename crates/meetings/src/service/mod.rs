//! Every write of the outreach log passes here with the `Caller`: the policy decides
//! (`Permission::EditOutreach`, staff and admins only), the model checks the fields, and the
//! store resolves what they name and writes it with its audit entry in one transaction.
//! Reads ask the same permission: notes of meetings are the secretariat's, never public.

mod follow_ups;
mod meetings;
mod pipeline;
mod reminders;
mod timeline;

pub use follow_ups::*;
pub use meetings::*;
pub use pipeline::*;
pub use reminders::*;
pub use timeline::*;
