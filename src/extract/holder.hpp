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

// One of several people looked for on the same page (a household's
// members): who they are (name, NIE or passport numbers) and their name as
// parsed. Both outlive the call.
struct Sought {
    const core::CaseInfo* info = nullptr;
    const ApplicantName* name = nullptr;
};

// The people among `names` a printed name is: of those it names as the same
// person (match_name), those it fits exactly rather than through an OCR
// tolerance ("Wei Liu Lin" is not "Wei Liu" with a surname misread), then
// with the largest share of their name printed (name_coverage), then whose
// surnames it prints in their order ("Mohamed Ouali El Amrani" is not
// Mohamed El Amrani Ouali), then whose first surname it keeps (a surname
// dropped is the second); several when they still tie ("Katherine Peña"
// for Katherine Peña López and Katherine Peña Suárez). Empty when it is
// nobody's.
std::vector<size_t> best_fits(std::string_view printed,
                              const std::vector<const ApplicantName*>& names, const Lexicon& lex);

// RULES.md, Households: which of `sought` the page names, one flag each in
// the same order. Each is looked for as the applicant is (decide_holder);
// a name printed once is one person's, the one it fits best (best_fits),
// read on the longest print found on its line: "KATHERINE PENA" inside
// "KATHERINE PENA LOPEZ" is the mother's, not her daughter Katherine Peña
// Suárez's with a surname missing. Whoever loses a print is looked for
// again on the page's other lines (a household sheet's own row further
// down). An identity number names its holder outright.
std::vector<bool> people_named(const std::vector<LineWords>& lines,
                               const std::vector<Sought>& sought, const Lexicon& lex);

} // namespace presencia::extract
