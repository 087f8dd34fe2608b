#pragma once
// RULES.md, Households: one folder, every member of the household. Each
// document is assigned to the members it names in a nominating role, by the
// same name matching as the applicant's (extract/names.hpp); each member then
// gets the presence rules (rules::evaluate_case) on their own documents; and
// the family supuesto is decided from the members and the convivencia
// evidence. Pure: no I/O, no clock (the submission date is the case's).

#include "core/case_report.hpp"
#include "core/household.hpp"
#include "extract/lexicon.hpp"

#include <vector>

namespace presencia::household {

// The members of the case: case.json's, the applicant first; a plain case
// is a household of one (the applicant, from the top-level fields).
std::vector<core::Member> members_of(const core::CaseInfo& info);

// Age in whole years on `day`.
int age_on(core::Date birth, core::Date day);

// Who each document names among `members` (members_of order). The
// applicant (index 0) is who the holder decision found; another member is a
// person the page gives a nominating role, matched like the applicant. On a
// padrón or a rental contract everyone listed but the official and the
// landlord is named by it (the household's sheet). Returns one entry per
// document naming at least one member, in the documents' order.
std::vector<core::DocumentMembers> assign_documents(const std::vector<core::Member>& members,
                                                    const std::vector<core::Document>& documents,
                                                    const extract::Lexicon& lex);

// RULES.md: the family supuesto holds when an adult member lives with a
// minor child, an adult child with a disability or a first-degree ascendant,
// shown by convivencia evidence naming both. `reason` is a messages key
// (household.supuesto.*).
core::FamilySupuesto family_supuesto(const std::vector<core::Member>& members,
                                     const std::vector<core::DocumentMembers>& documents,
                                     core::Date submission);

// The household of an evaluated case: per member the verdict, coverage,
// gaps and documents (the applicant's are the case's own), what a minor's
// application needs, and the family supuesto.
core::Household evaluate_household(const core::CaseReport& report, const extract::Lexicon& lex);

// RULES.md: a document naming a member is never other_person in that
// household. Lifts the flag from the case's documents that `household`
// assigns to a member (they still count only for whom they name).
void lift_other_person(core::CaseReport& report, const core::Household& household);

// The whole stage on an audited case that lists members: a document the
// household assigns to the applicant that the holder decision gave to
// someone else (the applicant on a padrón's list of residents) counts for
// the applicant too, and the case is evaluated again so that the top-level
// fields stay the applicant's; then evaluate_household, lift_other_person,
// and report.household is set. A plain case (no members) is left as it is.
void apply_household(core::CaseReport& report, const extract::Lexicon& lex);

} // namespace presencia::household
