//! The audit log: every change by staff, with who, when and what changed.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::area::Area;

/// What a change is, given to the store with the change itself so both are written together.
#[derive(Debug, Clone)]
pub struct AuditNote {
    pub actor_id: Option<i64>,
    pub action: String,
    pub entity: String,
    pub changes: Value,
    /// The name of the API token the change was made with, if any.
    pub token: Option<String>,
    /// The public area whose data version the change bumps (none for accounts). Set from
    /// the entity by `new`, the one place that decides it.
    pub area: Option<Area>,
}

impl AuditNote {
    pub fn new(actor_id: Option<i64>, action: &str, entity: &str, changes: Value) -> Self {
        Self {
            actor_id,
            action: action.into(),
            entity: entity.into(),
            changes,
            token: None,
            area: Area::of_entity(entity),
        }
    }

    /// The same note about another entity (one whose id the store learns as it writes).
    pub fn with_entity(mut self, entity: String) -> Self {
        self.area = Area::of_entity(&entity);
        self.entity = entity;
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    pub actor: Option<String>,
    /// The API token the change was made with.
    pub token: Option<String>,
    pub action: String,
    pub entity: String,
    pub changes: Value,
}

/// The fields that differ between two JSON objects, as `{field: [before, after]}`.
pub fn diff(before: &Value, after: &Value) -> Value {
    let empty = Map::new();
    let b = before.as_object().unwrap_or(&empty);
    let a = after.as_object().unwrap_or(&empty);
    let mut out = Map::new();
    for key in b.keys().chain(a.keys()) {
        let (x, y) = (b.get(key).unwrap_or(&Value::Null), a.get(key).unwrap_or(&Value::Null));
        if x != y && !out.contains_key(key) {
            out.insert(key.clone(), Value::Array(vec![x.clone(), y.clone()]));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn diff_lists_changed_fields_only() {
        let d = super::diff(&json!({"a": 1, "b": 2}), &json!({"a": 1, "b": 3, "c": 4}));
        assert_eq!(d, json!({"b": [2, 3], "c": [null, 4]}));
    }
}
