#pragma once
// Documents + profile → flags, coverage, gaps and the verdict, exactly as
// RULES.md says. Reads no clock: the submission date is a parameter.

#include "core/case_report.hpp"

#include <vector>

namespace presencia::rules {

// The window of continuous presence: [submission − N calendar months, submission].
core::Interval presence_window(core::Date submission, int window_months);

// Uncovered window runs longer than max_gap_days (a run of exactly the
// maximum is allowed).
std::vector<core::Interval> find_gaps(const core::Interval& window, const std::vector<core::Interval>& coverage,
                                      int max_gap_days);

// Flags each document (not_nominative, other_person, undated,
// after_submission, duplicate; file flags are already set), decides which
// count, and computes coverage, gaps, checks and verdict. Never `complete`
// unless both requirements are proven.
core::CaseReport evaluate_case(const core::CaseInfo& info, const core::Profile& profile,
                               std::vector<core::Document> documents);

} // namespace presencia::rules
