//! The underlying benefits a household receives, and the BuT benefits the portal handles.

use serde::{Deserialize, Serialize};

/// The benefit that makes a household eligible for BuT, with its legal basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnderlyingBenefit {
    /// Bürgergeld (SGB II)
    Buergergeld,
    /// Sozialhilfe / Grundsicherung (SGB XII)
    Sozialhilfe,
    /// Wohngeld (BuT via § 6b BKGG)
    Wohngeld,
    /// Kinderzuschlag (BuT via § 6b BKGG)
    Kinderzuschlag,
    /// Leistungen nach dem Asylbewerberleistungsgesetz
    Asylblg,
}

impl UnderlyingBenefit {
    pub const ALL: [UnderlyingBenefit; 5] = [
        UnderlyingBenefit::Buergergeld,
        UnderlyingBenefit::Sozialhilfe,
        UnderlyingBenefit::Wohngeld,
        UnderlyingBenefit::Kinderzuschlag,
        UnderlyingBenefit::Asylblg,
    ];

    /// Stored value and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            UnderlyingBenefit::Buergergeld => "sgb2",
            UnderlyingBenefit::Sozialhilfe => "sgb12",
            UnderlyingBenefit::Wohngeld => "wohngeld",
            UnderlyingBenefit::Kinderzuschlag => "kinderzuschlag",
            UnderlyingBenefit::Asylblg => "asylblg",
        }
    }

    pub fn parse(s: &str) -> Option<UnderlyingBenefit> {
        UnderlyingBenefit::ALL.into_iter().find(|b| b.as_str() == s)
    }

    /// Fluent id of the benefit's name.
    pub fn label_id(self) -> &'static str {
        match self {
            UnderlyingBenefit::Buergergeld => "benefit-sgb2",
            UnderlyingBenefit::Sozialhilfe => "benefit-sgb12",
            UnderlyingBenefit::Wohngeld => "benefit-wohngeld",
            UnderlyingBenefit::Kinderzuschlag => "benefit-kinderzuschlag",
            UnderlyingBenefit::Asylblg => "benefit-asylblg",
        }
    }

    /// The legal basis of BuT for this benefit, as cited in notices (German, not translated).
    pub fn legal_basis(self) -> &'static str {
        match self {
            UnderlyingBenefit::Buergergeld => "§ 28 SGB II",
            UnderlyingBenefit::Sozialhilfe => "§ 34 SGB XII",
            UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => "§ 6b BKGG",
            UnderlyingBenefit::Asylblg => "§ 3 Abs. 4 AsylbLG i. V. m. § 34 SGB XII",
        }
    }

    /// The law BuT rests on for this benefit, as norms name it ("SGB II").
    pub fn law(self) -> &'static str {
        match self {
            UnderlyingBenefit::Buergergeld => "SGB II",
            UnderlyingBenefit::Sozialhilfe => "SGB XII",
            UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => "BKGG",
            UnderlyingBenefit::Asylblg => "AsylbLG",
        }
    }

    /// Whether school-related benefits end at the 25th birthday (not so under SGB XII and
    /// AsylbLG).
    pub fn school_age_limit(self) -> Option<u32> {
        match self {
            UnderlyingBenefit::Sozialhilfe | UnderlyingBenefit::Asylblg => None,
            _ => Some(25),
        }
    }

    /// Whether a training allowance (Ausbildungsvergütung) excludes Lernförderung: so under
    /// SGB II and BKGG (§ 28 Abs. 1 Satz 2 SGB II), not under SGB XII and AsylbLG
    /// (`but-rules.md` § Corrections, item 12).
    pub fn training_allowance_excludes(self) -> bool {
        !matches!(
            self,
            UnderlyingBenefit::Sozialhilfe | UnderlyingBenefit::Asylblg
        )
    }

    /// Whether the household must apply for BuT separately. Bürgergeld covers all BuT
    /// components except Lernförderung; Wohngeld and Kinderzuschlag households always
    /// apply separately (§ 9 Abs. 3 BKGG).
    pub fn separate_application_always(self) -> bool {
        matches!(
            self,
            UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag
        )
    }
}

/// The BuT benefits families apply for in this portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BenefitKind {
    /// Lernförderung (tutoring), § 28 Abs. 5 SGB II
    Lernfoerderung,
    /// Soziokulturelle Teilhabe (clubs, music, courses), § 28 Abs. 7 SGB II
    Teilhabe,
}

impl BenefitKind {
    pub const ALL: [BenefitKind; 2] = [BenefitKind::Lernfoerderung, BenefitKind::Teilhabe];

    pub fn as_str(self) -> &'static str {
        match self {
            BenefitKind::Lernfoerderung => "lernfoerderung",
            BenefitKind::Teilhabe => "teilhabe",
        }
    }

    pub fn parse(s: &str) -> Option<BenefitKind> {
        BenefitKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The benefit's German short name, as norms and notices name it.
    pub fn german(self) -> &'static str {
        match self {
            BenefitKind::Lernfoerderung => "Lernförderung",
            BenefitKind::Teilhabe => "Teilhabe",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            BenefitKind::Lernfoerderung => "kind-lernfoerderung",
            BenefitKind::Teilhabe => "kind-teilhabe",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn benefits_round_trip_and_name_their_legal_basis() {
        for b in UnderlyingBenefit::ALL {
            assert_eq!(UnderlyingBenefit::parse(b.as_str()), Some(b));
            assert!(b.legal_basis().starts_with('§'));
        }
        assert_eq!(UnderlyingBenefit::Kinderzuschlag.legal_basis(), "§ 6b BKGG");
        assert_eq!(UnderlyingBenefit::parse("none"), None);
    }

    #[test]
    fn only_sgb12_and_asylblg_have_no_25_year_limit() {
        assert_eq!(UnderlyingBenefit::Buergergeld.school_age_limit(), Some(25));
        assert_eq!(UnderlyingBenefit::Wohngeld.school_age_limit(), Some(25));
        assert_eq!(UnderlyingBenefit::Sozialhilfe.school_age_limit(), None);
        assert_eq!(UnderlyingBenefit::Asylblg.school_age_limit(), None);
    }
}
