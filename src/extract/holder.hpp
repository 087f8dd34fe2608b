#pragma once
// Whose document it is. The page's people (extract/people.hpp) with their
// roles; the applicant searched for among them and anywhere on the page by
// name, NIE or passport number, tolerating OCR's confusions
// (extract/approximate_match.hpp). RULES.md, "Who a document names".

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "extract/lexicon.hpp"
#include "extract/line_words.hpp"
#include "extract/names.hpp"
#include "extract/people.hpp"

#include <optional>
#include <vector>

namespace presencia::extract {

struct HolderDecision {
    // The person in the subject role the decision rests on: the applicant
    // when found in one, else the other person who holds it; empty when no
    // one is named (or only the applicant's number is printed).
    std::optional<PersonMention> holder;
    core::HolderMatch match = core::HolderMatch::none;
    std::vector<core::Person> people; // everyone named, the applicant marked
};

// The applicant in a subject role (holder, patient, passenger, student,
// user, sender, beneficiary, tenant) makes the page nominative (match
// `name`); the applicant's NIE or passport number on the page too
// (`id_number`); the applicant's name unlabelled on a page where no one else
// holds a subject role too. Someone else in a subject role, with the
// applicant in none, is `other_person`; nobody is `none`. An official, a
// doctor, a landlord or a relative never make the page the applicant's.
HolderDecision decide_holder(const std::vector<LineWords>& lines, const core::CaseInfo& info,
                             const ApplicantName& applicant, const Lexicon& lex);

} // namespace presencia::extract
