#pragma once
// The batch summary: one row per case, as summary.csv (for spreadsheets and
// scripts: machine values, English column names) and index.html (for
// volunteers: translated, self-contained, sortable by clicking a column).

#include "core/case_report.hpp"
#include "core/result.hpp"
#include "report/messages.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace presencia::batch {

// RULES.md, Households: one member of a case that lists members.
struct MemberRow {
    std::string name;
    std::string relation; // applicant, spouse, partner, child, parent, other
    std::string verdict;  // complete, incomplete, error, not_needed
    int gaps = 0;
    int gap_days_total = 0;
    int documents = 0; // counted for this member
};

struct SummaryRow {
    std::string case_name; // relative path under ROOT
    std::string applicant;
    std::string submission_date; // YYYY-MM-DD, empty when unknown
    std::string verdict;         // complete, incomplete, error, or pending (not audited yet)
    int gaps = 0;
    int gap_days_total = 0;
    int flagged_documents = 0;
    int documents = 0;
    std::string error;  // why the case could not be audited, or its case-level errors
    std::string report; // the case's report, relative to the output folder; may be empty
    std::vector<MemberRow> members; // empty unless case.json lists members
    // RULES.md, the dossier: its verdict (ready, missing_documents,
    // to_check) and each requirement's status in core::all_requirements()
    // order; both empty when the profile has no dossier.
    std::string dossier;
    std::vector<std::string> requirements;
};

// The rows written after a case's own row, one per member: the case column
// says "CASE [relation]", the applicant column the member's name, the
// counts are the member's. None for a plain case.
std::vector<SummaryRow> member_rows(const SummaryRow& row);

SummaryRow row_for(const std::string& case_name, const core::CaseReport& report);
// A case that could not be audited: verdict error, `why` in the error column.
SummaryRow error_row(const std::string& case_name, const std::string& why);

nlohmann::json to_json(const SummaryRow& row);
// Fails with bad_case when a stored row is damaged.
[[nodiscard]] core::Result<SummaryRow> row_from_json(const nlohmann::json& j);

// RFC 4180: CRLF line ends, fields with a comma or a quote quoted. Names,
// folder names and errors come from volunteers' files, so in every cell
// control and bidi characters are shown as escapes (util::escape_controls:
// a cell is always one line) and text a spreadsheet would run as a formula
// (=, +, -, @ first, after any spaces) gets a leading apostrophe.
std::string to_csv(const std::vector<SummaryRow>& rows);

// One HTML page with no external resource; links go to each row's report.
std::string to_html(const std::vector<SummaryRow>& rows, const report::Messages& messages);

} // namespace presencia::batch
