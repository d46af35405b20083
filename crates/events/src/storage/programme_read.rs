//! An event's programme read in six statements whatever its size: rooms, sessions, their
//! participants and contributions, and the people and organisations they name.

use std::collections::HashMap;

use hansa_core::db::{SqlStore, db_error, on_pool};
use hansa_core::error::DomainResult;

use super::rows::{SessionRow, text};
use crate::model::*;
use crate::store::{OrgName, Programme};

pub(super) async fn programme(store: &SqlStore, event_id: i64) -> DomainResult<Programme> {
    type RoomRow = (String, String, Option<i32>);
    type PartRow = (i64, String, String, String, Option<String>);
    type ContribRow = (i64, String, Option<String>, Option<String>, Option<String>);
    let (rooms, sessions, parts, contribs): (Vec<RoomRow>, Vec<SessionRow>, Vec<PartRow>, Vec<ContribRow>) = on_pool!(
        store,
        |p| {
            (
            sqlx::query_as("SELECT slug, name_json, capacity FROM event_rooms WHERE event_id = $1 ORDER BY position")
                .bind(event_id)
                .fetch_all(p)
                .await
                .map_err(db_error)?,
            sqlx::query_as(
                "SELECT s.id, s.slug, s.kind, s.title_json, s.description_json, s.starts_at, s.ends_at, s.local_start, \
                 s.local_end, r.slug AS room, s.online, s.languages_json, s.interpretation_json \
                 FROM event_sessions s LEFT JOIN event_rooms r ON r.id = s.room_id \
                 WHERE s.event_id = $1 ORDER BY s.starts_at, r.position, s.slug"
            )
            .bind(event_id)
            .fetch_all(p)
            .await
            .map_err(db_error)?,
            sqlx::query_as(
                "SELECT sp.session_id, p.slug, sp.role, sp.title_json, o.slug FROM session_participants sp \
                 JOIN event_sessions s ON s.id = sp.session_id JOIN people p ON p.id = sp.person_id \
                 LEFT JOIN organisations o ON o.id = sp.organisation_id WHERE s.event_id = $1 ORDER BY sp.session_id, sp.position"
            )
            .bind(event_id)
            .fetch_all(p)
            .await
            .map_err(db_error)?,
            sqlx::query_as(
                "SELECT c.session_id, c.title_json, p.slug, o.slug, c.slides_url FROM session_contributions c \
                 JOIN event_sessions s ON s.id = c.session_id LEFT JOIN people p ON p.id = c.presenter_id \
                 LEFT JOIN organisations o ON o.id = c.organisation_id WHERE s.event_id = $1 ORDER BY c.session_id, c.position"
            )
            .bind(event_id)
            .fetch_all(p)
            .await
            .map_err(db_error)?,
        )
        }
    );
    let mut sessions: Vec<Session> = sessions.into_iter().map(Into::into).collect();
    let index: HashMap<i64, usize> = sessions.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    for (sid, person, role, title, org) in parts {
        if let Some(&i) = index.get(&sid) {
            sessions[i].draft.participants.push(Participant {
                person,
                role: ParticipantRole::parse(&role).unwrap_or(ParticipantRole::Speaker),
                title: text(&title),
                organisation: org,
            });
        }
    }
    for (sid, title, presenter, organisation, slides_url) in contribs {
        if let Some(&i) = index.get(&sid) {
            sessions[i].draft.contributions.push(Contribution {
                title: text(&title),
                presenter,
                organisation,
                slides_url,
            });
        }
    }
    let rooms = rooms.into_iter().map(|(slug, name, capacity)| Room { slug, name: text(&name), capacity }).collect();
    type PersonRow = (i64, String, String, String, String, Option<String>, Option<String>);
    type OrgRow = (String, String, String);
    let (people, organisations): (Vec<PersonRow>, Vec<OrgRow>) = on_pool!(store, |p| {
        (
        sqlx::query_as(
            "SELECT p.id, p.slug, p.given_name, p.family_name, p.name_order, p.native_name, p.honorific FROM people p \
             WHERE p.id IN (SELECT sp.person_id FROM session_participants sp JOIN event_sessions s ON s.id = sp.session_id WHERE s.event_id = $1) \
                OR p.id IN (SELECT c.presenter_id FROM session_contributions c JOIN event_sessions s ON s.id = c.session_id WHERE s.event_id = $1)"
        )
        .bind(event_id)
        .fetch_all(p)
        .await
        .map_err(db_error)?,
        sqlx::query_as(
            "SELECT o.slug, o.name_json, o.default_lang FROM organisations o \
             WHERE o.id IN (SELECT organisation_id FROM event_organisations WHERE event_id = $1) \
                OR o.id IN (SELECT sp.organisation_id FROM session_participants sp JOIN event_sessions s ON s.id = sp.session_id WHERE s.event_id = $1) \
                OR o.id IN (SELECT c.organisation_id FROM session_contributions c JOIN event_sessions s ON s.id = c.session_id WHERE s.event_id = $1)"
        )
        .bind(event_id)
        .fetch_all(p)
        .await
        .map_err(db_error)?,
    )
    });
    let people = people
        .into_iter()
        .map(|(id, slug, given_name, family_name, order, native_name, honorific)| hansa_directory::model::Person {
            id,
            slug,
            given_name,
            family_name,
            name_order: hansa_directory::model::NameOrder::parse(&order)
                .unwrap_or(hansa_directory::model::NameOrder::GivenFirst),
            native_name,
            honorific,
            email: None,
            phone: None,
            focal_point_for: None,
        })
        .collect();
    let organisations = organisations
        .into_iter()
        .map(|(slug, name, default_lang)| OrgName { slug, name: text(&name), default_lang })
        .collect();
    Ok(Programme { rooms, sessions, people, organisations })
}
