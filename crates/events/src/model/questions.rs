//! An event's own registration questions (a training asks for years of experience, a forum
//! whether one joins the local tour): their kinds, and how an answer is checked. Answers are
//! kept as text by question code, so a question can be reworded without losing them.

use std::collections::BTreeMap;

use hansa_core::code_enum;
use hansa_core::validate::{self, Errors};
use hansa_core::{FieldError, Localized};

code_enum!(
    /// What kind of answer a question takes.
    QuestionKind {
        Text = "text",
        Choice = "choice",
        Multi = "multi",
        YesNo = "yes_no",
        Date = "date",
    }
);

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct QuestionChoice {
    pub code: String,
    #[schema(value_type = BTreeMap<String, String>)]
    pub label: Localized,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Question {
    /// Stable key of the answers, a slug (`local-tour`).
    pub code: String,
    pub kind: QuestionKind,
    #[schema(value_type = BTreeMap<String, String>)]
    pub label: Localized,
    #[serde(default)]
    pub choices: Vec<QuestionChoice>,
    #[serde(default)]
    pub required: bool,
}

/// What an event asks of those who register: the categories it offers with their places, its
/// own questions, and until when (a local time in the event's zone, `2023-11-30T18:00`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct FormSettings {
    #[serde(default)]
    pub deadline: Option<String>,
    #[serde(default, alias = "category")]
    pub categories: Vec<super::CategoryPlaces>,
    #[serde(default, alias = "question")]
    pub questions: Vec<Question>,
}

/// The separator of a multiple-choice answer's codes (codes are slugs, so never in one).
pub const MULTI_SEPARATOR: char = ',';

impl Question {
    /// Checks a question as staff define it: a slug code, a label, choices where it has them.
    pub fn check(&self, field: &str, e: &mut Errors) -> Question {
        validate::check_slug(&format!("{field}.code"), &self.code, e);
        let label = self.label.clean(&format!("{field}.label"), 300, true, e);
        let needs_choices = matches!(self.kind, QuestionKind::Choice | QuestionKind::Multi);
        if needs_choices && self.choices.len() < 2 {
            e.push(FieldError::new(format!("{field}.choices"), "err-question-choices"));
        }
        if !needs_choices && !self.choices.is_empty() {
            e.push(FieldError::with(format!("{field}.choices"), "err-question-no-choices", self.kind.code()));
        }
        let mut seen = std::collections::HashSet::new();
        let choices = self
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                validate::check_slug(&format!("{field}.choices.{i}.code"), &c.code, e);
                if !seen.insert(c.code.as_str()) {
                    e.push(FieldError::with(format!("{field}.choices.{i}.code"), "err-duplicate", &c.code));
                }
                QuestionChoice {
                    code: c.code.clone(),
                    label: c.label.clean(&format!("{field}.choices.{i}.label"), 200, true, e),
                }
            })
            .collect();
        Question { code: self.code.clone(), kind: self.kind, label, choices, required: self.required }
    }

    fn has_choice(&self, code: &str) -> bool {
        self.choices.iter().any(|c| c.code == code)
    }

    /// The answer as stored (trimmed; a multiple choice in the order of the choices), or the
    /// field's problem. `None`: not answered.
    fn answer(&self, raw: Option<&str>, e: &mut Errors) -> Option<String> {
        let field = format!("answers.{}", self.code);
        let raw = raw.map(str::trim).filter(|v| !v.is_empty());
        let Some(raw) = raw else {
            if self.required {
                e.push(FieldError::new(field, "err-required"));
            }
            return None;
        };
        match self.kind {
            QuestionKind::Text => {
                validate::check_len(&field, raw, 2_000, e);
                Some(raw.to_owned())
            }
            QuestionKind::Choice if self.has_choice(raw) => Some(raw.to_owned()),
            QuestionKind::Multi => {
                let picked: Vec<&str> = raw.split(MULTI_SEPARATOR).map(str::trim).filter(|c| !c.is_empty()).collect();
                if let Some(bad) = picked.iter().find(|c| !self.has_choice(c)) {
                    e.push(FieldError::with(field, "err-choice", *bad));
                    return None;
                }
                let ordered: Vec<&str> =
                    self.choices.iter().map(|c| c.code.as_str()).filter(|c| picked.contains(c)).collect();
                Some(ordered.join(&MULTI_SEPARATOR.to_string()))
            }
            QuestionKind::YesNo if raw == "yes" || raw == "no" => Some(raw.to_owned()),
            QuestionKind::Date => match raw.parse::<jiff::civil::Date>() {
                Ok(d) => Some(d.to_string()),
                Err(_) => {
                    e.push(FieldError::with(field, "err-date", raw));
                    None
                }
            },
            QuestionKind::Choice | QuestionKind::YesNo => {
                e.push(FieldError::with(field, "err-choice", raw));
                None
            }
        }
    }
}

/// Checks every answer against the event's questions: answers to questions the event does not
/// ask are refused rather than kept unseen.
pub fn check_answers(
    questions: &[Question],
    answers: &BTreeMap<String, String>,
    e: &mut Errors,
) -> BTreeMap<String, String> {
    for code in answers.keys() {
        if !questions.iter().any(|q| &q.code == code) {
            e.push(FieldError::with(format!("answers.{code}"), "err-unknown", code));
        }
    }
    questions
        .iter()
        .filter_map(|q| Some((q.code.clone(), q.answer(answers.get(&q.code).map(String::as_str), e)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(code: &str, kind: QuestionKind, required: bool) -> Question {
        let choices = ["aa", "bb", "cc"]
            .iter()
            .map(|c| QuestionChoice { code: (*c).into(), label: Localized::en(c) })
            .collect::<Vec<_>>();
        let choices = if matches!(kind, QuestionKind::Choice | QuestionKind::Multi) { choices } else { vec![] };
        Question { code: code.into(), kind, label: Localized::en(code), choices, required }
    }

    fn check(questions: &[Question], pairs: &[(&str, &str)]) -> Result<BTreeMap<String, String>, Vec<FieldError>> {
        let answers = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let mut e = Errors::default();
        let out = check_answers(questions, &answers, &mut e);
        e.finish(out).map_err(|err| match err {
            hansa_core::DomainError::Invalid(v) => v,
            other => panic!("{other:?}"),
        })
    }

    #[test]
    fn each_kind_takes_its_own_answers() {
        let qs = [
            q("bio", QuestionKind::Text, false),
            q("track", QuestionKind::Choice, true),
            q("topics", QuestionKind::Multi, false),
            q("tour", QuestionKind::YesNo, true),
            q("arrival", QuestionKind::Date, false),
        ];
        let ok =
            check(&qs, &[("track", "bb"), ("topics", "cc, aa"), ("tour", "yes"), ("arrival", "2023-12-06")]).unwrap();
        assert_eq!(ok["topics"], "aa,cc", "kept in the order of the choices");
        assert!(!ok.contains_key("bio"));
        let bad = check(&qs, &[("track", "z"), ("topics", "aa,qq"), ("tour", "maybe"), ("arrival", "06/12/2023")])
            .unwrap_err();
        let codes: Vec<_> = bad.iter().map(|f| (f.field.as_str(), f.code.as_str())).collect();
        assert_eq!(
            codes,
            [
                ("answers.track", "err-choice"),
                ("answers.topics", "err-choice"),
                ("answers.tour", "err-choice"),
                ("answers.arrival", "err-date")
            ]
        );
    }

    #[test]
    fn required_and_unknown_questions() {
        let qs = [q("tour", QuestionKind::YesNo, true)];
        let bad = check(&qs, &[("tour", "  "), ("shoe-size", "44")]).unwrap_err();
        let codes: Vec<_> = bad.iter().map(|f| (f.field.as_str(), f.code.as_str())).collect();
        assert_eq!(codes, [("answers.shoe-size", "err-unknown"), ("answers.tour", "err-required")]);
    }

    #[test]
    fn a_choice_question_needs_choices() {
        let mut e = Errors::default();
        let mut bad = q("track", QuestionKind::Choice, false);
        bad.choices.truncate(1);
        bad.check("questions.0", &mut e);
        let mut text = q("bio", QuestionKind::Text, false);
        text.choices = q("x", QuestionKind::Choice, false).choices;
        text.check("questions.1", &mut e);
        let Err(hansa_core::DomainError::Invalid(v)) = e.finish(()) else { panic!() };
        assert_eq!(
            v.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
            ["err-question-choices", "err-question-no-choices"]
        );
    }
}
