#pragma once
// RULES.md, Households: the members' part of every report (JSON `members`,
// the text report's and the HTML page's sections), shown only when
// case.json lists members (a plain case reads as before).

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace presencia::report {

// "Fatima Zahra Mansour (spouse)" for each member other than the applicant
// that `d` names; empty without a household.
std::vector<std::string> document_members(const core::CaseReport& r, const core::Document& d,
                                          const Messages& m);

// Adds `members` (case-report.schema.json names) and `household` (the
// family supuesto and who is on which document) to the report's JSON, and
// `members` to each document naming one; nothing for a plain case.
void add_household_json(nlohmann::ordered_json& j, const core::CaseReport& r, const Messages& m);

// A section per member: verdict, checks, gaps, documents, needs, notes;
// then the family supuesto. Empty for a plain case.
std::string household_text(const core::CaseReport& r, const Messages& m);

// The same as HTML sections, plus a shared table of who is on which
// document. Empty for a plain case. Every value is escaped.
std::string household_html(const core::CaseReport& r, const Messages& m);

} // namespace presencia::report
